# The math module: constants, rounding functions returning ints, sqrt/isqrt,
# pow/exp/log family, trigonometry, factorial/gcd/comb/perm, fsum vs sum,
# isclose, inf/nan helpers, hypot/dist, copysign/fabs, and domain errors.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 20), math.pow(2, 10), math.exp(1), math.exp(0))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(8, 2), math.log1p(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), round(math.cos(math.pi), 10), math.tan(0))
print(math.degrees(math.pi), math.radians(180), round(math.atan2(1, 1), 10), math.asin(1), math.acos(1), math.atan(0))
print(math.factorial(0), math.factorial(10), math.factorial(25), math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6))
print(math.comb(5, 2), math.comb(50, 25), math.perm(5, 2), math.perm(5), math.lcm(4, 6), math.prod([1, 2, 3, 4]))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.isfinite(math.inf), math.nan == math.nan)
print(math.hypot(3, 4), math.dist((0, 0), (6, 8)), math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.25), math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.remainder(10, 3))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.acos(2), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError:", e)
from math import sqrt, pi as PI
print(sqrt(81), PI == math.pi, math.floor(1e20), math.ceil(-0.5))
print(round(math.sqrt(2) ** 2, 12), math.isqrt(99) ** 2, [math.floor(math.log10(n)) + 1 for n in (1, 9, 10, 12345)])
