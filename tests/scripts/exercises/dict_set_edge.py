# dict and set methods
d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), 'a' in d, 1 in d, d.get('z'), d.get('z', 0), d.get('a', 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('a'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print("KeyError:", e)
try:
    d['missing']
except KeyError as e:
    print("KeyError", repr(e), str(e), e.args)
print(d.setdefault('b', 100), d.setdefault('n', []), d)
d.update({'x': 9}, y=10); d.update([('z', 11)]); print(d)
print(d.popitem(), d)
e = dict(a=1, b=2); f = dict([('a', 1), ('b', 2)]); g = dict(zip('ab', [1, 2]))
print(e == f == g, dict.fromkeys('abc', 0), dict.fromkeys([1, 2]))
print({k: v for k, v in sorted(d.items())}, {**e, 'c': 3, **{'a': 5}})
print(e | {'c': 3}, end=' '); e |= {'d': 4}; print(e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()))
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}; print(inv)
del counts['m']; print(counts)
print(list(reversed({'a': 1, 'b': 2})), dict(sorted({'b': 1, 'a': 2}.items())))
dd = {1: 'x'}; dd[1.0] = 'y'; dd[True] = 'z'; print(dd)
print({(1, 2): 'tuple key'}[(1, 2)], {frozenset([1]): 1})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
for k in d:
    pass
try:
    for k in d:
        d['new' + str(k)] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
v = {'a': 1}.keys(); print(v, {'a': 1}.values(), {'a': 1}.items())
print({'a': 1, 'b': 2}.keys() & {'b', 'c'}, {'a': 1}.keys() | {'z'} == {'a', 'z'})
# sets
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1); print(s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError:", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {1, 2} < a, a >= {1}, a.isdisjoint({9}))
print(a.union([7]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
c = set(a); c.update([10, 11]); c.intersection_update(range(5)); print(c)
c.difference_update({1}); print(c); c.symmetric_difference_update({2, 99}); print(c)
print(c.pop() in {0, 1, 2, 3, 4, 99}, len(c), set(), frozenset(), frozenset([1, 2]))
print(sorted({x % 4 for x in range(20)}), set("aab") == {'a', 'b'}, {1, 2} == frozenset({1, 2}))
fs = frozenset([1, 2]); print(fs | {3}, type(fs | {3}).__name__, hash(fs) == hash(frozenset([2, 1])))
print(set([1, 2, 3]).issubset([1, 2, 3, 4]), set([1, 2]).issuperset([2]))
s2 = {1, 2}; s2.clear(); print(s2, bool(s2))
print({'x': [1, 2]}.__contains__('x'), dict().get(1, 'none'))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(repr({}), repr(set()), {1: {2: {3: 4}}}, {None: None, True: False})
