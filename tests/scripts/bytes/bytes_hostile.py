# Objects whose __index__, __bytes__ or iteration raise, met by bytes and
# bytearray constructors and methods: the error propagates, nothing leaks.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        if self.v is None:
            raise ValueError('bad index')
        return self.v

def gen():
    yield 65
    yield 66
    raise KeyError('gen failed')

class BadBytes:
    def __bytes__(self):
        raise OSError('no bytes')

show('bytes(Idx)', lambda: bytes(Idx(3)))
show('bytes(bad Idx)', lambda: bytes(Idx(None)))
show('bytes([Idx])', lambda: bytes([Idx(65), Idx(66)]))
show('bytes([bad Idx])', lambda: bytes([Idx(65), Idx(None)]))
show('bytes(gen)', lambda: bytes(gen()))
show('bytearray(gen)', lambda: bytearray(gen()))
show('bytes(BadBytes)', lambda: bytes(BadBytes()))
show('%s BadBytes', lambda: b'%s' % BadBytes())
ba = bytearray(b'xy')
show('extend gen', lambda: ba.extend(gen()))
print(ba)
show('setitem Idx', lambda: (ba.__setitem__(Idx(0), Idx(90)), ba))
show('setitem bad', lambda: ba.__setitem__(0, Idx(None)))
show('getitem Idx', lambda: (b'abc'[Idx(1)], b'abc'[Idx(-1)], bytearray(b'q')[Idx(0)]))
show('repeat Idx', lambda: (b'ab' * Idx(2), Idx(3) * b'c'))
show('find Idx', lambda: (b'abc'.find(Idx(98)), b'abc'.find(b'c', Idx(1)), Idx(99) in b'abc'))
show('slice gen', lambda: ba.__setitem__(slice(0, 1), gen()))
print(ba)
show('join gen', lambda: b'-'.join(x for x in [b'a', b'b']))
show('join gen error', lambda: b'-'.join(bytes([x]) for x in gen()))
show('insert bad', lambda: ba.insert(Idx(None), 1))
show('pop Idx', lambda: ba.pop(Idx(0)))
show('fromhex sub', lambda: type(bytearray.fromhex('00')).__name__)
