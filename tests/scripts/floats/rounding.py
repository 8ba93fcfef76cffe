# round() with and without ndigits (banker's rounding on exact halves,
# binary representation effects like round(2.675, 2)), int() truncation,
# and float methods is_integer, as_integer_ratio, hex.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6, 1e20]:
    print(v, round(v), type(round(v)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(1234.5678, -2), round(-1234.5678, -1))
print(round(2.5, 0), round(3.5, 0), round(0.1, 20), round(123.456, 1))
print(int(2.9), int(-2.9), int(0.9999), int(-0.1))
print((2.0).is_integer(), (2.5).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), float.fromhex("0x1.8p1"), (-2.5).hex())
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
print(round(7), round(7, 2), round(15, -1), round(25, -1), round(-15, -1))
print((3.7).__trunc__(), (3.7).__floor__() if hasattr(3.7, "__floor__") else 3, (-3.2).__ceil__() if hasattr(3.7, "__ceil__") else -3)
print(1.5.real, 1.5.imag, (1.5).conjugate())
