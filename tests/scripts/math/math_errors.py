# math: ValueError "math domain error", OverflowError "math range error",
# and argument errors, as CPython 3.10 raises them.
import math

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for expr in ['math.sqrt(-1)', 'math.log(0)', 'math.log(-1)', 'math.log(0.0)', 'math.log2(0)',
             'math.log10(-5)', 'math.log1p(-1)', 'math.log1p(-2)', 'math.acos(2)', 'math.asin(-2)',
             'math.acosh(0)', 'math.atanh(1)', 'math.exp(1000)', 'math.expm1(1000)',
             'math.cosh(1000)', 'math.sinh(-1000)', 'math.pow(0, -1)', 'math.pow(10, 400)',
             'math.pow(-1, 0.5)', 'math.pow(0.0, -math.inf)', 'math.fmod(1, 0)',
             'math.fmod(math.inf, 1)', 'math.remainder(1, 0)', 'math.remainder(math.inf, 1)',
             'math.gamma(0)', 'math.gamma(-1)', 'math.gamma(-math.inf)', 'math.gamma(172)',
             'math.lgamma(0)', 'math.lgamma(-3)', 'math.lgamma(1e308)', 'math.ldexp(1e308, 10)',
             'math.ldexp(1, 10**30)', 'math.sin(math.inf)', 'math.tan(-math.inf)',
             'math.sqrt(10**400)', 'math.exp(10**400)', 'math.isinf(10**400)',
             'math.log(1, 1)', 'math.log(10, 0)', 'math.log(2, -1)',
             'math.sin("a")', 'math.floor("a")', 'math.trunc("a")', 'math.hypot("a")',
             'math.fsum("ab")', 'math.fsum(1)', 'math.dist(1, 2)', 'math.dist([1], [1, 2])',
             'math.isclose(1, 2, rel_tol=-1)', 'math.isclose(1, 2, 3)', 'math.isclose(1)',
             'math.isclose()', 'math.isclose(1, 2, foo=1)', 'math.isclose(1, a=1)',
             'math.atan2(1)', 'math.copysign(1)', 'math.pow(1)', 'math.fmod(1)', 'math.ldexp(1)',
             'math.ldexp(1.0, 1.5)', 'math.nextafter(1)', 'math.dist()', 'math.log()',
             'math.log(1, 2, 3)', 'math.log(x=1)', 'math.prod()', 'math.prod([1], 2)',
             'math.prod([1], foo=2)', 'math.prod(iterable=[1])',
             'math.fsum([1e308, 1e308])', 'math.fsum([math.inf, -math.inf])',
             'math.floor(math.inf)', 'math.floor(math.nan)', 'math.ceil(-math.inf)',
             'math.trunc(math.nan)']:
    show(expr, lambda: eval(expr))
