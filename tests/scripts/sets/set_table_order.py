# Iteration order of sets of ints, floats and tuples: the table layout,
# probing and resizing follow CPython 3.10, so printing matches it exactly,
# including after removals (dummies reused), growth and shrinking.

print({5, 3, 100, 7, 1000, -1})
print({0, 8, 16, 24, 32}, {1, 9, 17, 2, 10}, {-1, -2, -8, 7})
print({2**61 - 1, 2**61, 2**62, -2**63, 2**64 + 3, 12345678901234567890})
print({1.5, 2.25, -0.5, 1e100, float('inf'), 3.0, 0.1})
print({(1, 2), (3, 4), (), (5,), (1, (2, 3))})
print({1, 1.0, True}, {0, False, 0.0}, {2, 2.0})

s = set(range(20))
for x in (3, 7, 11, 15, 19, 0):
    s.discard(x)
print(s)
for x in (100, 200, 3, 300):
    s.add(x)
print(s)

s = set()
for x in range(0, 200, 7):
    s.add(x)
print(s)
for x in range(0, 200, 14):
    s.remove(x)
print(s, len(s))
for x in range(1000, 1100, 9):
    s.add(x)
print(s)

# the last dummy on a probe chain is reused
s = set()
for x in (0, 8, 16, 3):
    s.add(x)
s.remove(0)
s.remove(16)
s.add(24)
print(s)

# pop walks from a finger
s = set(range(0, 64, 3))
print([s.pop() for _ in range(5)], s)
s.add(0)
print(s.pop(), s.pop())
s.clear()
s.update(range(10))
print(s.pop(), s)

# bulk operations keep CPython's layout
a = set(range(0, 50, 2))
b = set(range(0, 50, 3))
print(a | b)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union(range(100, 90, -1), [7, 5]), a.intersection(range(10), b))
print(a.difference(range(10), {20, 22}), a.symmetric_difference([1, 2, 3, 4]))
c = set(range(100))
c -= set(range(0, 100, 2))
print(c)
c &= set(range(0, 100, 5))
print(c)
c ^= {5, 6, 7}
print(c)
c |= {1000, -1000}
print(c)
d = set(range(40))
d.difference_update(range(35))
print(d)
d.intersection_update([39, 38, 100])
print(d)
e = {i * 1000003 for i in range(30)}
print(e)
print(set(dict.fromkeys([9, 1, 8, 2, 7, 3])), set([(i, -i) for i in range(8)]))
print(frozenset(range(10, 0, -1)), frozenset({3: 1, 1: 2}))
big = set(range(50000, 50100))
big.update(range(-100, 0))
print(sum(big), list(big)[:10], list(big)[-10:])
