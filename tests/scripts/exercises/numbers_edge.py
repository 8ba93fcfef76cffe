# numeric builtins edge cases
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(3.14159, 3), round(-0.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(5, 1))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, -1), pow(-8, 1/3) if False else 0, 2 ** -2)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.0 // 2, -7.0 % 3, 1e300 * 10, -1e300 * 10)
print(int("42"), int("-0x1f", 16), int("0b101", 0), int("777", 8), int("z", 36), int(" 12 "), int("1_000"), int(3.99), int(-3.99))
print(float("3.5"), float("inf"), float("-inf"), float("nan"), float(" 1e3 "), float("1_0.5"))
print(abs(-5), abs(-2.5), abs(3 + 4j), hex(255), oct(8), bin(5), hex(-255), bin(-5))
print(2 ** 100, 2 ** 100 // 3, -(2 ** 70) % 1000, (2 ** 64 - 1) & 0xFFFF, 1 << 70, (1 << 70) >> 68)
print(10 ** 30 + 1, str(10 ** 25)[::-1], len(str(2 ** 1000)), sum(int(c) for c in str(2 ** 100)))
import math
print(math.factorial(25), math.gcd(48, 18), math.sqrt(16), math.isqrt(17), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.pi, math.e, math.inf, math.isnan(float('nan')), math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4))
print(math.log(100, 10), math.log2(8), math.log10(1000), math.exp(0), math.sin(0), math.cos(0), math.fabs(-3))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.copysign(3, -0.0), math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.lcm(4, 6))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-7, 123456789.0 * 10, 1.0, 100.0, 1e22, 1.5e-10, 3.0 * 1.1)
print(float('nan') == float('nan'), 1 == 1.0, 0.1 * 3 == 0.3, True + True, True * 10, False - 1, int(True))
print(1_000_000, 0xff, 0o17, 0b1010, 1e3, 1E-3, 0.5j, complex(1, 2) * complex(3, 4))
print(3 / 2, 4 / 2, -3 / 2, 10 / 4, type(4 / 2).__name__, 9 ** 0.5, (-8) ** 2, -8 ** 2, 2 ** 3 ** 2)
print(max(1, 2.5), min(-1, -1.0), max([1, 5, 3], key=lambda x: -x), max([], default='empty'), min((), default=None))
print(sum([1, 2], 10), sum([0.5, 0.25]), sum(range(101)), sum([], 5))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 >> 1, 5 << 2, (255).bit_length(), (0).bit_length(), (-1).bit_length())
print((10).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'), (3.5).is_integer(), (2.0).as_integer_ratio(), (0.75).as_integer_ratio())
print(int.__name__, (5).real, (5).imag, (3.7).real, 5 .conjugate(), (7).numerator, (7).denominator)
print(f"{1e100}", 1e100, 1.7976931348623157e308, 5e-324, 2.0 ** 0.5, 10 / 3 * 3)
print(hash(1) == hash(1.0), hash(-1), hash(0), isinstance(True, int), bool(0.0), bool(-1), bool(""))
print(int('12', base=5), str(-0.0), -0.0 == 0.0, round(-0.4), repr(round(-0.4, 1)), 1e5 == 100000)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    2 ** 10000.0
except OverflowError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
print(float(2 ** 53 + 1), 2 ** 53 + 1.0, int(1e20), int(-1e19), 10 ** 20 / 3, 7 // 2.0)
print(complex(3, 4).real, abs(complex(3, 4)), (1 + 2j).conjugate(), 1j * 1j, repr(2 + 0j))
