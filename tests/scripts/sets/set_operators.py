# Set operators, comparisons, frozenset hashing, subclasses, repr cycles,
# equality-based lookups and weak references.
import weakref

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

a, b = {1, 2, 3}, {3, 4}
f = frozenset({3, 5})
print(a | b, a & b, a - b, a ^ b, a | f, f | a, f & a, f - a, f ^ a)
print(type(a | f).__name__, type(f | a).__name__, type(f - a).__name__)
show('| list', lambda: a | [1])
show('& tuple', lambda: (1,) & a)
show('- int', lambda: a - 1)
show('^ str', lambda: a ^ 'x')
show('|= list', lambda: exec('x = {1}; x |= [2]'))
show('-= range', lambda: exec('x = {1}; x -= range(2)'))
x = {1, 2}
y = x
x |= {3}
x &= {1, 3, 4}
x -= {1}
x ^= {9}
print(x, x is y)
g = frozenset({1})
h = g
g |= {2}
print(g, h, g is h)

print(a == {3, 2, 1}, a == frozenset({1, 2, 3}), a != b, {1} < {1, 2}, {1, 2} < {1, 2})
print({1} <= {1}, {1, 2} > {1}, {1} >= {1, 2}, frozenset() < {0}, set() == frozenset())
print(a == [1, 2, 3], a != (1, 2, 3))
show('< list', lambda: a < [1])
show('<= tuple', lambda: a <= (1,))

print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})))
print(hash(frozenset(range(100))), hash(frozenset({(1, 2), (3, 4)})), hash(frozenset([frozenset([1])])))
print(hash(frozenset([1.5, -2])) == hash(frozenset([-2, 1.5])))
fs = frozenset(range(10))
print(hash(fs) == hash(frozenset(range(9, -1, -1))), hash(fs - {3}))
print({frozenset([1, 2]): 'a'}[frozenset([2, 1])], frozenset([1]) in {frozenset([1])})

class S(set):
    pass

class F(frozenset):
    pass

s = S([3, 1, 2])
print(s, repr(S()), F([1]), repr(F()), type(s.copy()).__name__, type(s | {9}).__name__)
print(type(F([1]) | {2}).__name__, type(F([1]).copy()).__name__, s == {1, 2, 3}, isinstance(s, set))

class S2(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag

t = S2([5, 6], 'x')
print(t, t.tag, len(t))

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return 'Key(%r)' % self.v

k = {Key(1), Key(2), Key(1)}
print(len(k), Key(2) in k, Key(3) in k, sorted(x.v for x in k))

class Holder:
    def __init__(self):
        self.s = set()
    def __hash__(self):
        return 1
    def __repr__(self):
        return 'H(%r)' % (self.s,)

hold = Holder()
hold.s.add(hold)
print(hold.s)
r = weakref.ref(a)
print(r() is a)
del a
print(r())
print(list(map(sorted, [{3, 1}, frozenset([2, 0])])))
print(sorted({1, 2} | {3}), max({4, 9, 2}), sum(frozenset(range(5))))
