# Random arguments (ints, big ints, floats, special values) to the math
# functions, fsum and prod (seeded: CPython draws the same cases).
import math, random
random.seed(555)
def rv():
    k = random.randrange(8)
    if k == 0: return random.randint(-10, 10)
    if k == 1: return random.randint(-2**80, 2**80)
    if k == 2: return random.uniform(-10, 10)
    if k == 3: return random.random() * 10 ** random.randint(-300, 300) * random.choice([1, -1])
    if k == 4: return random.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5])
    if k == 5: return random.choice([True, False])
    if k == 6: return random.randint(0, 200)
    return random.uniform(-1, 1)
one = [n for n in ['sqrt', 'exp', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'floor', 'ceil', 'trunc', 'fabs', 'erf', 'erfc', 'gamma', 'lgamma', 'degrees', 'radians', 'isfinite', 'isinf', 'isnan', 'frexp', 'modf', 'factorial', 'isqrt', 'ulp']]
two = ['pow', 'atan2', 'fmod', 'copysign', 'hypot', 'remainder', 'ldexp', 'isclose', 'nextafter', 'log', 'gcd', 'lcm', 'comb', 'perm', 'dist']
for _ in range(1200):
    if random.random() < 0.5:
        name = random.choice(one); args = (rv(),)
    else:
        name = random.choice(two); args = (rv(), rv())
        if name == 'dist': args = ([args[0]], [args[1]])
    try:
        r = getattr(math, name)(*args)
        if isinstance(r, int) and abs(r) > 10**50: r = ('bigint', r % 1000003, r.bit_length())
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    print(name, args, r)
for _ in range(150):
    xs = [rv() for _ in range(random.randrange(6))]
    try: r = math.fsum(xs)
    except Exception as e: r = '!' + type(e).__name__ + ': ' + str(e)
    try: p = math.prod(xs)
    except Exception as e: p = '!' + type(e).__name__ + ': ' + str(e)
    if isinstance(p, int) and abs(p) > 10**50: p = p % 1000003
    print('fsum/prod', xs, r, p)
