# Iterators when the underlying objects raise, 64-bit boundaries of range
# iterators, __index__ arguments, exhausted iterators.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

# iterators raising mid-way
class Boom:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise KeyError('boom')
        return self.n
show('zip boom', lambda: list(zip('abc', Boom(2))))
show('zip strict boom', lambda: list(zip('abc', Boom(2), strict=True)))
show('zip strict boom2', lambda: list(zip(Boom(2), 'ab', strict=True)))
show('map boom', lambda: list(map(lambda x: 1 / x, [1, 0])))
show('filter boom', lambda: list(filter(lambda x: 1 / x, [1, 0])))
show('enum boom', lambda: list(enumerate(Boom(2))))
class GI:
    def __getitem__(self, i):
        if i > 1: raise KeyError(i)
        return i
show('seq boom', lambda: list(GI()))
show('reversed boom', lambda: list(reversed(GI())))
class L2:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i == 2: raise IndexError
        return i
print(list(reversed(L2())))
class Neg:
    def __len__(self): return -1
    def __getitem__(self, i): return i
show('neg len', lambda: reversed(Neg()))
def cb():
    raise ValueError('cb')
show('calliter boom', lambda: list(iter(cb, 1)))
class EqBoom:
    def __eq__(self, o): raise RuntimeError('eq')
show('calliter eq boom', lambda: list(iter(lambda: 1, EqBoom())))
show('range contains eq boom', lambda: EqBoom() in range(3))
show('range count obj', lambda: range(5).count(EqBoom()))
class Idx:
    def __index__(self): return 2
print(range(5)[Idx()], list(enumerate('abc', Idx())), [0,1,2,3][Idx():], slice(Idx()).indices(10))
z = zip([1, 2], [3])
print(list(z), list(z))
m = map(lambda: 5, [])
print(list(m))
e = enumerate(iter([]))
print(list(e))
r = reversed([])
print(list(r))
li = reversed([1, 2, 3])
print(next(li))
print(list(zip(*[[1, 2, 3], 'abc'])), list(map(max, [1, 5], [4, 2])))
print(sorted(filter(None, {0: 1, 2: 3, 3: 4})), list(zip(range(3), range(10**30, 10**30 + 5))))
print(range(0, -10, -3)[1:], range(5)[::-1][::-1], range(-5, 5)[-3], range(10)[3:3])
print(range(5).__reversed__().__length_hint__(), iter(range(3)).__length_hint__())
print(hash(range(5)) == hash(range(0, 5, 1)), range(2, 3, 100) == range(2, 3), {range(3): 1}[range(0, 3)])
print(list(range(9, -1, -3)), list(reversed(range(9, -1, -3))), list(reversed(range(0))))
print(list(reversed(range(-2**63, -2**63 + 3))), list(reversed(range(2**63 - 1, 2**63 - 4, -1))))
print(list(reversed(range(0, 10, 2**63 - 1))), list(range(0, 2**64, 2**62)))
print(slice(1, 2).__reduce__(), range(1, 5).__reduce__(), slice(None).start is None)
