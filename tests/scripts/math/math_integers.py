# math on ints: exact results of any size, rounding to ints, logs of big ints.
import math

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print([math.factorial(n) for n in range(8)], math.factorial(30), math.factorial(True))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18, 2**70), math.gcd(0, 0))
print(math.gcd(2**100, 6**50), math.gcd(True, 4), math.lcm(), math.lcm(-5), math.lcm(4, 6), math.lcm(-4, 6, 10))
print(math.lcm(0, 6), math.lcm(2**64, 3**40))
print(math.comb(5, 2), math.comb(5, 0), math.comb(5, 6), math.comb(100, 50), math.comb(10**20, 3))
print(math.perm(5), math.perm(5, None), math.perm(5, 2), math.perm(3, 5), math.perm(100, 50))
print(math.comb(2**70, 2**70 - 1), math.perm(2**70, 1))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(2**130 - 1), math.isqrt(10**50))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(-2.7), math.trunc(2.7))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(10**400) == 10**400, math.ceil(True), math.trunc(False))
print(math.ceil(1e300), math.floor(-1e20), math.trunc(1e16))
print(type(math.floor(2.0)).__name__, type(math.ceil(True)).__name__, type(math.trunc(True)).__name__)

class Num:
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
    def __trunc__(self):
        return 'trunc'
class F(float):
    pass
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()), math.floor(F(2.5)), math.ceil(F(-2.5)))

print(math.log(10**400), math.log(2**1000, 2), math.log10(10**400), math.log2(2**5000))
print(math.log(10**400, 10**300), math.log(2**1024), math.log(2**1024 - 1), math.log(True))
print(math.log(8, 2), math.log(10, 0.5), math.log(2**1023 * 2 - 1), math.log2(3**700), math.log10(7**500))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([2**62, 2**62]), math.prod([1.5, 2, 3]))
print(math.prod([2, 'a']), math.prod([], start='x'), math.prod(range(1, 6), start=2), math.prod([0.5] * 3))

for expr in ['math.factorial(-1)', 'math.factorial(2**70)', 'math.factorial(5.0)',
             'math.factorial("a")', 'math.gcd(1.5)', 'math.lcm(2, "a")', 'math.comb(-1, 2)',
             'math.comb(5, -1)', 'math.comb(5)', 'math.comb(3.0, 1)', 'math.perm(-5, 1)',
             'math.perm(5, -1)', 'math.perm()', 'math.perm(1, 2, 3)', 'math.perm(10**20, 2**64)',
             'math.comb(2**64 * 3, 2**64)', 'math.isqrt(-1)', 'math.isqrt(2.0)',
             'math.log(-10**400)', 'math.log2(0)', 'math.prod(["a"], start="")']:
    show(expr, lambda: eval(expr))
