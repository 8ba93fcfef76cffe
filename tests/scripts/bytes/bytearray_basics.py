# bytearray: construction, repr, mutation through methods, item and slice
# assignment and deletion, in-place operators, and their errors.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(bytearray(), bytearray(3), bytearray(b'ab'), bytearray([1, 2]), bytearray('é', 'utf-8'))
print(bytearray(b"'"), bytearray(b'"\''), bytearray(b'"'), bytearray(range(250, 256)))
print(bytearray(source=b'kw'), bytearray(bytearray(b'copy')), bytearray(iter([104, 105])))
show('negative', lambda: bytearray(-1))
show('str', lambda: bytearray('abc'))
show('float', lambda: bytearray(1.5))
show('range', lambda: bytearray([256]))
show('too many', lambda: bytearray(1, 2, 3, 4))
show('bad keyword', lambda: bytearray(x=1))
show('encoding type', lambda: bytearray('a', encoding=1))
show('hash', lambda: hash(bytearray()))

ba = bytearray(b'hello')
ba[0] = 72
ba[1:3] = b'EY'
print(ba)
del ba[0]
print(ba)
ba[::2] = b'xy'
print(ba)
del ba[::2]
print(ba)
ba.extend(b'123')
ba.append(33)
ba.insert(0, 64)
ba.insert(-1, 35)
ba.insert(100, 36)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('1'))
ba.reverse()
print(ba)
ba += b'!!'
print(ba)
ba *= 2
print(ba)
ba += bytearray(b'?')
show('iadd self', lambda: exec('ba += ba', {'ba': ba}))
print(ba, len(ba))
ba.clear()
print(ba, len(ba), ba.copy() is ba)
ba = bytearray(b'abc')
ba[1:2] = [1, 2, 3]
print(ba)
ba[0:0] = ba
print(ba)
ba = bytearray(b'abcdef')
ba[4:1:-1] = b'XYZ'
print(ba)
ba[10:] = b'Q'
ba[3:1] = b'--'
print(ba)
ba[-1] = 0
del ba[-2:]
del ba[::-3]
print(ba, ba[1], ba[1:3], type(ba[1:3]).__name__)
ba.extend(x for x in range(48, 52))
ba.extend([53, 54])
ba[2:4] = ()
print(ba)
ba = bytearray(b'xyz')
ba *= 0
print(ba)
ba = bytearray(b'ab')
ba *= -1
print(ba, bytearray(b'ab') * 2, 2 * bytearray(b'c'), bytearray(b'a') + b'b', b'a' + bytearray(b'b'))
print(type(b'a' + bytearray(b'b')).__name__, type(bytearray(b'a') + b'b').__name__)

b = bytearray(b'abc')
show('index', lambda: b[5])
show('index type', lambda: b['x'])
show('set range', lambda: b.__setitem__(0, 256))
show('set type', lambda: b.__setitem__(0, 'a'))
show('set index', lambda: b.__setitem__(5, 1))
show('set slice int', lambda: b.__setitem__(slice(0, 2), 5))
show('set slice str', lambda: b.__setitem__(slice(0, 2), 'ab'))
show('set ext slice', lambda: b.__setitem__(slice(0, 3, 2), b'a'))
show('set slice range', lambda: b.__setitem__(slice(0, 1), [300]))
show('del index', lambda: b.__delitem__(5))
show('pop empty', lambda: bytearray().pop())
show('pop index', lambda: b.pop(5))
show('pop many', lambda: b.pop(1, 2))
show('remove missing', lambda: b.remove(5))
show('remove range', lambda: b.remove(256))
show('append range', lambda: b.append(256))
show('append str', lambda: b.append('a'))
show('insert str', lambda: b.insert(5, 'a'))
show('insert few', lambda: b.insert(1))
show('extend int', lambda: b.extend(5))
show('extend range', lambda: b.extend([300]))
show('extend str', lambda: b.extend('ab'))
show('iadd str', lambda: exec('x = bytearray(); x += "a"'))
show('imul str', lambda: exec('x = bytearray(); x *= "a"'))
print(b, b.__alloc__(), bytearray().__alloc__(), bytearray(10).__alloc__(), bytearray(b'ab').__sizeof__())
grow = bytearray()
sizes = []
for i in range(20):
    grow.append(i)
    sizes.append(grow.__alloc__())
print(sizes)

class BA(bytearray):
    pass

x = BA(b'sub')
print(repr(x), repr(BA()), type(x.copy()).__name__, type(x + b'!').__name__, x == b'sub')
it = iter(bytearray(b'ab'))
print(next(it), list(it), type(iter(bytearray())).__name__, type(iter(b'')).__name__)
