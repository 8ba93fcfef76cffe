# math.fsum (exact), math.hypot and math.dist (CPython 3.10's vector norm).
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e-16, 1, 1e16]), math.fsum([]))
print(math.fsum([1, 1e100, 1, -1e100] * 10000), math.fsum([1e308, -1e308, 1e-308]))
print(math.fsum([math.inf, 1]), math.fsum([math.nan, 1]), math.fsum([-math.inf, -math.inf]))
print(math.fsum(range(1000)), math.fsum(x / 7 for x in range(100)), math.fsum([2**60, 1, -2**60]))
vals = [(i * 0.37) % 1.3 - 0.6 for i in range(200)]
print(math.fsum(vals), math.fsum(reversed(vals)) == math.fsum(vals))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 3.0]))

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1, 1))
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(math.nan, math.inf))
print(math.hypot(math.nan, 1), math.hypot(*range(20)), math.hypot(0.1, 0.2, 0.3, 0.4))
print([math.hypot(x / 10, (x * 7) % 11 / 3) for x in range(12)])
print(math.dist((1, 2, 3), (4, 5, 6)), math.dist([0], [7]), math.dist((), ()))
print(math.dist(range(5), [1.5] * 5), math.dist((1e308, -1e308), (-1e308, 1e308)))
print([math.dist((x, x / 3), (x / 7, 1)) for x in range(6)])
