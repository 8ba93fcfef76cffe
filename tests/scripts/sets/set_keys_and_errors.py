# Sets of user-defined keys (custom __hash__/__eq__, failing ones), frozenset
# hashes, comparisons with other types, pop order, constructor errors.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(range(100))), hash(frozenset([(1, 2), 3.5, -1])))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f'K{self.v}'
s = {K(i) for i in range(10)}
print(len(s), K(4) in s, K(40) in s, sorted(s, key=lambda k: k.v))
s.discard(K(4)); print(len(s), K(4) in s)
class BadHash:
    def __hash__(self): raise ValueError('bad hash')
show('bad hash add', lambda: {BadHash()})
show('bad hash in', lambda: BadHash() in {1})
class BadEq:
    def __hash__(self): return 1
    def __eq__(self, o): raise RuntimeError('bad eq')
show('bad eq', lambda: {BadEq(), BadEq()})
show('bad eq in', lambda: 1 in {BadEq()})
class Unh:
    __hash__ = None
show('unhashable instance', lambda: {Unh()})
print({1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1} <= {1}, {3} > set(), frozenset([1]) == {1}, {1} != frozenset([1]))
show('set le int', lambda: {1} <= 1)
print(set() == [], {1}.__eq__([1]), {1}.__le__([1]))
s = {1, 2, 3}
for x in list(s):
    s.discard(x)
print(s, bool(s), len(s))
a = set(range(100)); b = set(range(50, 150))
print(len(a & b), len(a | b), len(a - b), len(a ^ b), sum(a & b), min(a ^ b), max(a - b))
print(sorted(set('mississippi')), ''.join(sorted(set('hello world'))), len({'a', 'A', 'a'.upper()}))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), frozenset({1, 2}) in nested, sorted(map(sorted, nested)))
d = {}
for w in 'the cat and the hat and the bat'.split():
    d.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(d.items())})
s = set(); s.add(1); s.add(1.0); s.add(True); print(s, {0, 0.0, False, -0.0}, {1: 'a', 1.0: 'b'})
print({x for x in range(20) if x % 3 == 0} - {x for x in range(20) if x % 2 == 0})
fs = frozenset(range(5)); print(fs.union([10]), fs.intersection({1, 2, 99}), fs.difference(range(3)), fs.symmetric_difference({4, 5}), fs.issubset(range(10)), fs.copy() is fs)
s = set(range(5)); print(s.copy() is s, s.copy() == s, s.isdisjoint([5, 6]), s.isdisjoint(iter([4])))
show('update non-iter', lambda: set().update(5))
show('union non-iter', lambda: set().union(5))
show('set(5)', lambda: set(5))
show('set two args', lambda: set([1], [2]))
show('set kwargs', lambda: set(iterable=[1]))
show('frozenset kwargs', lambda: frozenset(iterable=[1]))
show('pop order', lambda: [set(range(8, 0, -1)).pop() for _ in range(2)])
s = set(range(0, 200, 10))
print([s.pop() for _ in range(5)], sorted(s)[:3], len(s))
print(set.union({1}, {2}, [3]), set.intersection({1, 2}, {2}), frozenset.union(frozenset([1]), [2]))
show('set.union no args', lambda: set.union())
print(repr(set([frozenset()])), str({()}), repr({(1,)}), {None}, {...}, {1.5, -2})
