# slice objects: construction, repr, attributes, indices(), comparison,
# and the clipping rules used when sequences are sliced.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, 2), slice('a', [1], None))
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop)
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(10))
print(slice(-100, 100).indices(10), slice(10**30).indices(5), slice(-3, None).indices(10))
print(slice(None, 10**30, -10**30).indices(5), slice(0, 0).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
print(slice(1, 2, 3) == (1, 2, 3), slice(2) != slice(2))

L = list(range(10))
print(L[2:5], L[::3], L[::-1], L[-3:], L[:-3], L[8:2:-2], L[100:], L[-100:2], L[5:1])
print(L[slice(1, 4)], 'abcdef'[slice(None, None, 2)], (1, 2, 3, 4)[slice(-2, None)])
print(L[2**70:], L[-2**70:2], L[::2**70], L[::-2**70])

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(L[Idx(2):Idx(6):Idx(2)], slice(Idx(1), Idx(3)).indices(10))

class Sub:
    def __getitem__(self, key):
        return key
print(Sub()[1:2], Sub()[::], Sub()[1:2, 3], Sub()[:, 'x':'y'])

show('slice()', lambda: slice())
show('slice 4 args', lambda: slice(1, 2, 3, 4))
show('slice kw', lambda: slice(stop=3))
show('hash', lambda: hash(slice(1)))
show('step 0', lambda: slice(0, 1, 0).indices(3))
show('negative length', lambda: slice(1, 2).indices(-1))
show('float bound', lambda: slice(1.5, 2).indices(4))
show('float length', lambda: slice(1, 2).indices(4.0))
show('list step 0', lambda: L[::0])
show('list float', lambda: L[1.0:])
show('readonly', lambda: setattr(slice(1), 'start', 2))
