# Builtin iterators: map, filter, zip, enumerate, reversed, range, iter(callable, sentinel).
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(filter(None, [0, 1, '', 'a'])), list(zip('ab', range(5), [True] * 3)))
print(list(enumerate('abc', 10)), list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed('xyz')), list(reversed((1, 2))))
print(list(range(10, 0, -3)), range(5)[1:3], range(0, 10, 2)[-1], len(range(-5, 5, 3)), 3 in range(0, 10, 3), range(5).index(3), range(1, 10).count(5))
r = range(3); print(repr(r), repr(range(1, 5, 2)), r == range(0, 3), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3, 1)), list(range(5)[::-2]), range(5)[::-1])
show('range zero step', lambda: range(1, 5, 0))
show('range float', lambda: range(1.5))
show('range index', lambda: range(3)[5])
show('zip strict', lambda: list(zip([1], [1, 2], strict=True)))
show('next empty', lambda: next(iter([])))
print(next(iter([]), 'dflt'), next(iter('a')), list(iter([1, 2].__iter__())))
it = iter(range(3)); print(next(it), list(it), list(it))
def gen():
    yield 1; yield 2
print(list(gen()), sum(gen()), max(gen()), sorted(gen(), reverse=True), tuple(gen()))
class C:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(C()), [x * 2 for x in C()], set(C()), dict.fromkeys(C()))
class G:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(G()), 9 in G(), list(reversed([*G()])), list(iter(G())))
calls = iter([1, 2, 3, 0, 5]); print(list(iter(lambda: next(calls), 0)))
m = map(str, [1, 2]); print(next(m), list(m), list(m))
z = zip(); print(list(z), list(zip([])), list(map(abs, [])))
e = enumerate(['a', 'b']); print(next(e), e.__next__(), list(e))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter(range(1))).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(map(int, [])).__name__, type(zip()).__name__, type(reversed([])).__name__, type(enumerate([])).__name__, type(iter(b'')).__name__, type(reversed(range(2))).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(filter(None, [])).__name__, type(iter(lambda: 1, 2)).__name__)
li = [1, 2, 3]; it = iter(li); li.append(4); print(list(it))
d = {1: 1}; show('dict change', lambda: [d.update({x + 1: 1}) for x in d])
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('ab', [1, 2])), list(map(pow, [2, 3], [3, 2])))
print(any([]), all([]), any(x > 2 for x in range(5)), all(x < 2 for x in range(5)), sum(range(101)), sum([[1], [2]], []), sum([0.1] * 3), sum(range(5), 10))
print(sorted([3, 1, 2], key=lambda x: -x), sorted('bAc', key=str.lower), min([], default=0), max([1, 2], key=lambda x: -x), min(3, 1, 2), max('a', 'b', key=ord))
show('min empty', lambda: min([]))
show('max none', lambda: max())
it = iter([1, 2, 3]); print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(reversed(range(-3, 10, 4))), range(10)[2:8:3], range(-2**70, 2**70, 2**68)[3], len(range(2**70)) if False else 'big')
show('len big range', lambda: len(range(2**70)))
