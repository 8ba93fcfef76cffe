# repr() of floats is the shortest string that reads back to the same float,
# as David Gay's algorithm finds it.  Bug fixed: at powers of two the doubles
# below are twice as dense as above, so the shortest string may lie beyond
# the nearest decimal of its length (2.0**-24 is 5.960464477539063e-08, not
# 5.9604644775390625e-08); repr, str() and format(x, '') all use it.
import random

print([2.0 ** i for i in range(-1074, 1024, 61)])
print([repr(2.0 ** -i) for i in range(20, 40)])
print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e23, 9007199254740993.0)
print([i / 7 for i in range(1, 15)], [0.1 * i for i in range(12)])
print(0.1 + 0.2, 1 / 3, 2 / 3, 100 / 3, 1e16, 1e15 + 0.3, 123456789012345678.0)
random.seed(12345)
vals = [random.random() * 10.0 ** random.randint(-300, 300) for _ in range(300)]
print(vals[:40])
print(all(float(repr(v)) == v for v in vals), sum(len(repr(v)) for v in vals))
print(str(2.0 ** -30), format(2.0 ** 70, ''), '{}'.format(2.0 ** -50), f'{2.0 ** -60}', '%r' % 2.0 ** 90)
print(complex(2.0 ** -24, 2.0 ** -40), [float(repr(2.0 ** -i)) == 2.0 ** -i for i in range(1070, 1075)])
