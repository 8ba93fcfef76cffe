# Every one- and two-argument math function over special values; integer functions; errors.
import math
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
names = sorted(n for n in dir(math) if not n.startswith('_'))
print(names)
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 10.0, 1e-300, 1e300, 3.7, -3.7, float('inf'), float('-inf'), float('nan'), 7, -7, 2**100]
one = ['sqrt', 'exp', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'floor', 'ceil', 'trunc', 'fabs', 'erf', 'erfc', 'gamma', 'lgamma', 'degrees', 'radians', 'isfinite', 'isinf', 'isnan', 'frexp', 'modf']
for name in one:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
two = ['pow', 'atan2', 'fmod', 'copysign', 'hypot', 'remainder', 'ldexp', 'isclose', 'dist' if False else 'nextafter', 'log']
pairs = [(2, 3), (2.0, -1), (-2, 0.5), (0, 0), (0.0, -1), (10, 3), (-10, 3), (1e308, 10), (float('inf'), 2), (float('nan'), 0), (5, float('inf')), (-1, float('inf')), (3, -3)]
for name in two:
    f = getattr(math, name)
    out = []
    for a, b in pairs:
        try:
            out.append(repr(f(a, b) if name != 'ldexp' else f(a, int(b) if not isinstance(b, float) or b == b and abs(b) != float('inf') else 1)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
print(math.factorial(0), math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(), math.gcd(0, 0), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(), math.lcm(0, 5))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.isqrt(99), math.isqrt(10**40), math.prod([1, 2, 3]), math.prod([]), math.prod([1.5, 2]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.dist([0, 0], [3, 4]), math.hypot(3, 4, 12), math.hypot(), math.hypot(-2), math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), type(math.floor(2.5)))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log10(10**50), math.log2(2**80), math.log(1e-320))
print(math.ulp(1.0), math.nextafter(1, 2), math.nextafter(0, -1), math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 2))
show('sqrt -1', lambda: math.sqrt(-1))
show('log 0', lambda: math.log(0))
show('log -1', lambda: math.log(-1))
show('log base 1', lambda: math.log(10, 1))
show('exp big', lambda: math.exp(1000))
show('factorial -1', lambda: math.factorial(-1))
show('factorial float', lambda: math.factorial(2.0))
show('factorial 2.5', lambda: math.factorial(2.5))
show('comb neg', lambda: math.comb(-1, 2))
show('isqrt neg', lambda: math.isqrt(-1))
show('gcd float', lambda: math.gcd(1.5, 2))
show('floor str', lambda: math.floor('a'))
show('sqrt str', lambda: math.sqrt('a'))
show('pow 0 neg', lambda: math.pow(0, -1))
show('pow neg frac', lambda: math.pow(-2, 0.5))
show('pow overflow', lambda: math.pow(10, 400))
show('acos 2', lambda: math.acos(2))
show('gamma 0', lambda: math.gamma(0))
show('gamma -1', lambda: math.gamma(-1))
show('lgamma -1', lambda: math.lgamma(-1))
show('fmod inf', lambda: math.fmod(float('inf'), 1))
show('ldexp big', lambda: math.ldexp(1, 10000))
show('trunc str', lambda: math.trunc('x'))
show('ceil inf', lambda: math.ceil(float('inf')))
show('floor nan', lambda: math.floor(float('nan')))
show('sqrt big int', lambda: math.sqrt(10**400))
show('log big int', lambda: math.log(10**400))
show('perm k>n', lambda: math.perm(3, 5))
show('dist len', lambda: math.dist([1], [1, 2]))
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 5
class Fl:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
    def __trunc__(self): return 'trunced'
print(math.sqrt(F()), math.factorial(I()), math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.isqrt(I()))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(float('inf'), float('inf')))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(iter([1, 2, 3])))
show('fsum inf-inf', lambda: math.fsum([float('inf'), float('-inf')]))
show('fsum overflow', lambda: math.fsum([1e308, 1e308]))
print(math.floor(1e20), math.ceil(-1e20), math.floor(True), math.frexp(0.0), math.modf(-3.5), math.modf(float('inf')))
print(math.sin(math.pi), math.cos(math.pi / 3), math.tan(math.pi / 4), math.atan(1) * 4, math.degrees(math.pi), math.radians(180))
print(math.erf(0.5), math.erfc(0.5), math.gamma(0.5), math.lgamma(0.5), math.gamma(5), math.gamma(171), math.lgamma(1000))
show('gamma 172', lambda: math.gamma(172))
print(math.expm1(1e-10), math.log1p(1e-10), math.cosh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
