# enumerate, zip (strict too), map, filter, reversed, iter(callable,
# sentinel) and the sequence iterator of classes with __getitem__.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate('ab', start=-1)))
print(list(enumerate('ab', 2**70)), list(enumerate('abc', 2**63 - 2)))
print(list(enumerate(iterable='xy')), list(enumerate([], 5)))
e = enumerate('abc')
print(type(e).__name__, next(e), next(e), list(e), list(e))

print(list(zip('abc', range(10))), list(zip()), list(zip('ab')), list(zip([1, 2], [3, 4], [5, 6])))
print(list(zip('ab', 'xy', strict=True)), list(zip([1], strict=0)), list(zip([1], [], strict=False)))
show('zip longer', lambda: list(zip('ab', 'abc', strict=True)))
show('zip shorter', lambda: list(zip('abc', 'ab', strict=True)))
show('zip 3 longer', lambda: list(zip('ab', 'ab', 'abc', strict=True)))
show('zip 3 shorter', lambda: list(zip('abc', 'abc', 'ab', strict=True)))
show('zip 3 shorter 2', lambda: list(zip('abc', 'ab', 'ab', strict=True)))
show('zip kw', lambda: zip('a', foo=1))
show('zip int', lambda: zip(1))

print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3, 4], [5, 6])), list(map(str, range(3))))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [1, 1], [2, 2],
               [3, 3], [4, 4], [5, 5])))
show('map()', lambda: map())
show('map(f)', lambda: map(len))
show('map kw', lambda: map(len, [], x=1))
show('map int', lambda: map(len, 5))
show('map None', lambda: list(map(None, [1])))

print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(bool, [0, 2, 0.0, 3])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2c3')))
show('filter(None)', lambda: filter(None))
show('filter kw', lambda: filter(None, [], x=1))
show('filter int', lambda: list(filter(1, [1])))

print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed({'a': 1, 'b': 2})))

class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

r = reversed(Seq(4))
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
print(list(Seq(3)), 20 in Seq(3), 25 in Seq(3), list(enumerate(Seq(2))))
it = iter(Seq(3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))

class Rev:
    def __reversed__(self):
        return iter('zyx')
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
print(list(reversed(Rev())))
show('reversed None', lambda: reversed(NoRev()))
show('reversed int', lambda: reversed(1))
show('reversed()', lambda: reversed())
show('reversed 2', lambda: reversed([1], [2]))
show('reversed set', lambda: reversed({1, 2}))

class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))

n = [0]
def counter():
    n[0] += 1
    return n[0]
ci = iter(counter, 4)
print(type(ci).__name__, list(ci), list(ci), n)
def raiser():
    raise StopIteration
print(list(iter(raiser, 1)))
show('iter 3 args', lambda: iter(len, 1, 2))
show('iter int', lambda: iter(1))

class Enum2(enumerate):
    pass
print(list(Enum2('ab', 1)), type(Enum2('a')).__name__, isinstance(Enum2('a'), enumerate))
class Zip2(zip):
    def __init__(self, *args, **kw):
        self.extra = 'yes'
z = Zip2('ab', 'cd')
print(list(z), z.extra)

show('enumerate()', lambda: enumerate())
show('enumerate 3', lambda: enumerate('a', 1, 2))
show('enumerate kw', lambda: enumerate('a', foo=1))
show('enumerate start', lambda: enumerate('a', 'x'))
show('enumerate float', lambda: enumerate('a', 1.5))
show('enumerate int', lambda: enumerate(5))

def gen():
    yield 1
    yield 2
print(list(zip(gen(), enumerate(gen()))), dict(zip('abc', map(ord, 'abc'))))
