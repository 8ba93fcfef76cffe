# Builtin iterators and range: __reversed__/sequence protocols, argument errors,
# exhaustion, __length_hint__, big ranges, unpacking into displays.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
class Rev:
    def __reversed__(self): return iter('zyx')
print(list(reversed(Seq())), list(reversed(Rev())), list(enumerate('ab', 2**70)), list(zip(*['abc'] * 4)))
show('reversed int', lambda: reversed(5))
show('reversed set', lambda: reversed({1}))
show('reversed dict', lambda: list(reversed({1: 2, 3: 4})))
show('reversed gen', lambda: reversed(x for x in 'a'))
show('map none', lambda: map(abs))
show('map int', lambda: map(abs, 5))
show('filter args', lambda: filter(None))
show('zip int', lambda: zip(1))
show('enumerate float', lambda: enumerate('a', 1.5))
show('iter int', lambda: iter(5))
show('iter sentinel noncallable', lambda: iter(5, 1))
show('next non-iter', lambda: next([1]))
show('range str', lambda: range('a'))
show('range big', lambda: range(2**100)[2**99])
show('range big len', lambda: len(range(2**63)))
r = range(-10, 100, 7)
print(r[3], r[-1], r[2:5], r[::-1], r[::2][1:3], r.index(4), r.count(4), 4 in r, 5 in r, 4.0 in r, '4' in r, r == range(-10, 101, 7), list(r[100:]))
show('range index missing', lambda: r.index(5))
show('range index float', lambda: range(5).index(2.0))
print(range(0), range(5, 1), range(2, 10, -1), len(range(10, 0, -3)), list(range(10, 0, -3)), range(3) == range(0, 3), range(0) == range(4, 4), range(1, 2) != range(1, 3))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 10, 20)) == hash(range(1, 2, 30)), range(3).start, range(3).stop, range(3).step, range(1, 5, 2).__reduce__())
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])), list(filter(lambda x: x % 2, range(10))), list(filter(bool, [0, [], 'a', None, 1])))
z = zip([1, 2, 3], 'ab'); print(next(z), list(z), list(z))
e = enumerate(iter([5, 6])); print(list(e), list(e))
it = iter(Seq()); print(next(it), next(it), next(it), next(it, 'end'))
it = reversed([1, 2, 3]); print(next(it), list(it))
ri = iter(range(5)); next(ri); print(ri.__length_hint__(), list(ri), ri.__length_hint__())
print(sum(1 for _ in zip(range(10**6), range(5))), max(enumerate('hello'), key=lambda t: t[1]), min(zip('ab', 'ba')))
class Count:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 5: raise StopIteration
        return self.n
c = Count(); print(list(zip(c, 'abc')), c.n, list(c), next(c, None))
print(list(iter([1, 2, 3].pop, 1)), sorted(reversed(range(5))), tuple(reversed('')), list(reversed(range(0))))
print(*map(str.upper, 'abc'), sep='-')
print(*zip(*zip('ab', 'cd')), *enumerate('x'), *reversed([1, 2]))
g = (i * i for i in range(5)); print(next(g), list(g), list(g))
print([*range(3), *'ab', *{'k': 1}], {*range(3)}, dict(enumerate('ab')), list(zip()), list(zip('a')), sorted(set(zip('ab', 'ab'))))
