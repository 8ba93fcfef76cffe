# bytes: construction, repr, indexing, slicing, operators, comparison,
# hashing, iteration, and the errors of each.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\x7f\x80\xff\t\n\r\\')
print(repr(bytes(range(256))))
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b'xy'))
print(bytes(bytearray(b'ba')), bytes((x for x in [72, 105])), bytes('é€', 'utf-8'))
print(bytes('abc', encoding='ascii'), bytes('é', 'latin-1'), bytes(source=b'kw'))
show('negative', lambda: bytes(-1))
show('str no encoding', lambda: bytes('abc'))
show('float', lambda: bytes(1.5))
show('range 256', lambda: bytes([256]))
show('range -1', lambda: bytes([-1]))
show('item str', lambda: bytes(['a']))
show('unknown encoding', lambda: bytes('a', 'no-such-codec'))
show('encoding no str', lambda: bytes(1, 'utf-8'))
show('errors no str', lambda: bytes(b'a', errors='strict'))
show('str errors only', lambda: bytes('a', errors='strict'))
show('bad keyword', lambda: bytes(x=1))
show('encoding type', lambda: bytes('a', encoding=1))
show('too many', lambda: bytes(1, 2, 3, 4))
show('twice', lambda: bytes(b'a', source=b'a'))
show('big count', lambda: bytes(10**20))

class WithBytes:
    def __bytes__(self):
        return b'custom'

class BadBytes:
    def __bytes__(self):
        return 'nope'

print(bytes(WithBytes()))
show('bad __bytes__', lambda: bytes(BadBytes()))

b = b'hello world'
print(b[0], b[-1], b[1:4], b[::2], b[::-1], b[100:], b[-3:], b[2:9:3], len(b))
show('index error', lambda: b[20])
show('index type', lambda: b['x'])
show('index float', lambda: b[1.5])
show('index big', lambda: b[10**20])
show('step zero', lambda: b[::0])
print(list(b'abc'), [x for x in b''], 104 in b, b'wor' in b, b'' in b, b'xyz' in b)
show('in str', lambda: 'a' in b)
show('in 256', lambda: 256 in b)
show('in float', lambda: 1.5 in b)
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -2)
show('concat str', lambda: b'a' + 'a')
show('concat int', lambda: b'a' + 1)
show('str concat', lambda: 'a' + b'a')
show('int concat', lambda: 1 + b'a')
show('repeat str', lambda: b'a' * 'x')
show('repeat float', lambda: b'a' * 1.5)
show('repeat big', lambda: b'a' * 10**20)
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'a' == bytearray(b'a'), b'a' != 'a')
print(b'a' <= b'a', b'' < b'\x00', b'\xff' > b'\x7f', sorted([b'b', b'a', b'ab', b'']))
show('compare str', lambda: b'a' < 'a')
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(b''), {b'k': 1}[b'k'], len({b'a', b'a', b'b'}))
it = iter(b'xyz')
print(next(it), it.__length_hint__(), list(it), list(it))
print(b'ab'.__sizeof__(), b''.__sizeof__(), b'a'.__getnewargs__(), str(b'ab'), bool(b''), bool(b'\0'))

class B(bytes):
    pass

x = B(b'sub')
print(repr(x), type(x).__name__, type(x[0:2]).__name__, type(x + b'!').__name__, x == b'sub')
print(type(bytes(x)).__name__, B(3), B([65]), B('é', 'utf-8'), hash(x) == hash(b'sub'))
print(B.fromhex('41 42'), type(B.fromhex('41')).__name__, bytes.fromhex(''), bytearray.fromhex('ff 00'))
