# Set algebra with operators and methods: | & - ^, their in-place forms,
# union/intersection/difference with several arguments and with lists,
# subset/superset/disjoint, comparisons, and frozenset.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection([1, 2, 9], {2, 1}), a.difference([1], [2]))
try:
    a | [5]
except TypeError as e:
    print("TypeError:", e)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {2})
print({1}.issubset([1, 2]), {1, 2}.issuperset((1,)), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
c = set(a)
c |= {10}
print(sorted(c))
c &= {1, 2, 10, 11}
print(sorted(c))
c -= {2}
print(sorted(c))
c ^= {1, 5}
print(sorted(c))
c.update([20, 21], {22})
print(sorted(c))
c.intersection_update(range(15, 25))
print(sorted(c))
c.difference_update({20})
print(sorted(c))
c.symmetric_difference_update({21, 30})
print(sorted(c))
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & a)
print(hash(f) == hash(frozenset({1, 2, 3})), {f: "frozen key"}[frozenset([1, 2, 3])])
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(frozenset(), frozenset() == set(), {frozenset([1]), frozenset([1])})
print(set() < {1}, set() <= set(), {1, 2} == frozenset({1, 2}))
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes)[:3], len(evens | threes), sorted(evens ^ threes)[-3:])
