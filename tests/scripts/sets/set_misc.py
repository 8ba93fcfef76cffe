# set and frozenset operators, methods, subclasses and errors.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
a = set(range(10)); b = {5, 6, 7, 8, 9, 10, 11}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a < a, a >= {1}, a > a, a == set(range(10)), a != b)
print(a.union(b, [100]), a.intersection(b, range(7)), a.difference(b, {0}), a.symmetric_difference(b), a.issubset(range(20)), a.issuperset([1, 2]), a.isdisjoint({100}))
fs = frozenset([1, 2, 3]); print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, fs & {1}, hash(fs) == hash(frozenset([3, 2, 1])), frozenset(), repr(frozenset()))
s = set(); print(s, repr(s), set('abc') == {'a', 'b', 'c'}, len(set('hello')), sorted(set('hello')))
s = {1, 2, 3}; s.add(4); s.discard(10); s.remove(1); print(s, s.pop(), s, s.copy(), s.clear(), s)
show('remove missing', lambda: set().remove(1))
show('pop empty', lambda: set().pop())
show('unhashable', lambda: {[1]})
show('unhashable add', lambda: set().add({}))
show('set | list', lambda: {1} | [2])
show('set < list', lambda: {1} < [2])
show('fs add', lambda: frozenset().add(1))
s = {1, 2}; s |= {3}; s &= {1, 3, 5}; s -= {5}; s ^= {7, 1}; print(s)
s = set(); s.update([1], (2,), {3: 4}, 'ab'); print(sorted(s, key=str))
s = set(range(5)); s.intersection_update([1, 2, 9], range(2)); print(s); s.difference_update([1]); print(s); s.symmetric_difference_update([5, 6]); print(s)
print({1, 2} == frozenset([1, 2]), {frozenset([1])}, frozenset([frozenset()]), {(1, 2), (1, 2)}, {1, 1.0, True}, {0.0, -0.0})
print(set([1, 2, 3]).__contains__(2), 2 in frozenset([2]), [1] in {1} if False else 'skip')
show('list in set', lambda: [1] in {1})
print(sorted({'b', 'a', 'c'}), min({3, 1, 2}), max(frozenset([5, 9])), sum({1, 2, 3}), len(frozenset('aabbc')))
print({x % 3 for x in range(10)}, set(map(abs, [-1, 1, -2])), set(zip([1, 2], [3, 4])))
class S(set):
    def __repr__(self): return 'S' + super().__repr__()
x = S([1, 2]); print(x, type(x | {3}).__name__, x | {3}, x.copy(), type(x.copy()).__name__)
class FS(frozenset): pass
y = FS([1]); print(type(y).__name__, y, type(y.copy()).__name__, type(y | {2}).__name__)
s = {1, 2, 3}
show('mutate during iter', lambda: [s.add(x + 10) for x in s])
it = iter({1, 2, 3}); print(next(it), it.__length_hint__(), list(it))
print(set.__name__, frozenset.__name__, isinstance(frozenset(), set), issubclass(frozenset, set), set.__doc__[:20] if set.__doc__ else None)
print({1, 2}.__or__([3]), {1}.__and__(1), {1, 2}.__sub__({2}), {1}.__rsub__({1, 2}) if hasattr(set, '__rsub__') else 'x')
s = {3, 1, 2}; print(s.__len__(), s.__iter__().__next__(), s.__eq__({1, 2, 3}), s.__le__({1, 2, 3, 4}), s.__hash__)
print(frozenset({1: 2, 3: 4}), set(b'abc'), set(range(3)) | set(range(5, 2, -1)))
