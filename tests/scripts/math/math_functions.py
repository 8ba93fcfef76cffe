# math: constants and float functions, printed with repr (every bit shows).
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for f in [math.sqrt, math.exp, math.log, math.log2, math.log10, math.log1p, math.expm1,
          math.sin, math.cos, math.tan, math.atan, math.sinh, math.cosh, math.tanh,
          math.asinh, math.fabs, math.erf, math.erfc, math.gamma, math.lgamma]:
    print(f.__name__, [f(x) for x in [0.5, 1, 2.5, 7, 1e-5, 3]])
print([math.asin(x) for x in [-1, -0.5, 0, 0.3, 1]], [math.acos(x) for x in [-1, 0, 0.7, 1]])
print([math.acosh(x) for x in [1, 2, 10]], [math.atanh(x) for x in [-0.5, 0, 0.9]])
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1))
print(math.atan2(math.inf, -math.inf), math.atan2(1, math.inf), math.atan2(-1, -math.inf))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(math.nan, 0), math.pow(1, math.nan))
print(math.pow(-math.inf, 3), math.pow(-math.inf, 2), math.pow(math.inf, -1), math.pow(0.5, -math.inf))
print(math.pow(2, math.inf), math.pow(0.5, math.inf), math.pow(-1, math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5, math.inf))
print(math.remainder(7, 2), math.remainder(5, 2), math.remainder(-5, 2), math.remainder(3, math.inf))
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(math.inf, -1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.frexp(1e300), math.frexp(0.0), math.frexp(-3), math.frexp(math.inf))
print(math.ldexp(0.5, 2), math.ldexp(1.0, -1074), math.ldexp(1.0, -10**30), math.ldexp(3, True))
print(math.modf(-3.5), math.modf(2.25), math.modf(math.inf), math.modf(-math.inf))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0000000001), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(a=1, b=1.05, rel_tol=0.1), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.nextafter(1, 2), math.nextafter(0, -1), math.nextafter(1, 1))
print(math.ulp(1), math.ulp(0.0), math.ulp(1e308 * 1.7), math.ulp(math.inf), math.ulp(-2))
print(math.sqrt(-0.0), math.copysign(1, math.sqrt(-0.0)), math.log1p(-0.0), math.exp(-math.inf))
print(math.gamma(0.5), math.gamma(-0.5), math.gamma(171.5), math.gamma(23), math.gamma(1e-30))
print(math.lgamma(0.5), math.lgamma(-2.5), math.lgamma(1), math.lgamma(2), math.lgamma(1e300))
print(math.gamma(-200.5), math.gamma(-1e-30))

class Half:
    def __float__(self):
        return 0.5
print(math.sqrt(Half()), math.sin(True), math.exp(2**9))
