# Float repr is the shortest round-tripping string; exponent switching points,
# negative zero, inf and nan, and str() of floats.
values = [0.1 + 0.2, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.0001234, 1.5e-7, 1e22, 1e-310, 5e-324, 1.7976931348623157e308,
          -0.0, 0.0, 100.0, 2.5, 1e100, 3.14159, 1.0 / 7, 9007199254740993.0,
          float("inf"), float("-inf"), float("nan"), 0.30000000000000004, 1.1 * 3]
for v in values:
    print(repr(v), str(v))
print(1.0, 10.0, 1e3, 1.23e2, 12e-1, .5, 5., 0e0)
print(float("1.5"), float("  -2.25 "), float("1e3"), float("inf"), float("-Infinity"), float("nan"))
print(float("1_000.5"), float(".5"), float("5."), float(7), float(True))
for s in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(0.1 + 0.7, 0.1 * 3, 4.35 * 100, 1.1 + 2.2, 3.3 - 1.1)
print(sum([0.1] * 10), 0.1 * 10)
print(2.0 ** 0.5, 10 ** 0.5, 2 ** 0.5 * 2 ** 0.5)
print(float(2 ** 100), float(10 ** 16), float(-(2 ** 70)))
print(-0.0 == 0.0, str(-0.0), repr(0.0 * -1))
