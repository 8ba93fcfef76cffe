# bytes % args (printf-style formatting) for bytes and bytearray.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(b'%s and %b' % (b'x', bytearray(b'y')), b'%d|%i|%u' % (1, -2, 3), b'%5d|%-5d|%05d' % (42, 42, 42))
print(b'%x %X %#x %o %#o' % (255, 255, 255, 8, 8), b'%+d % d %x' % (5, 3, -255))
print(b'%5.2f|%e|%g|%E|%G|%F' % (3.14159, 1.5, 2.5, 3.5, 4.5, 5.5))
print(b'%c%c' % (65, b'B'), b'%r %a' % ('é', b'x'), b'%.3s|%5s|%-5s|' % (b'abcdef', b'ab', b'ab'))
print(b'%*d|%-*d|%.*f' % (5, 3, 4, 7, 2, 3.14159), b'%%', b'100%%' % (), b'%(x)s-%(y)d' % {b'x': b'q', b'y': 7})
print(b'no args' % (), b'x' % {}, b'x' % [], b'%d' % True, b'%s' % b'one', bytearray(b'%d') % 5)

class WithBytes:
    def __bytes__(self):
        return b'wb'

print(b'<%s>' % WithBytes(), b'%s' % (WithBytes(),))
show('str arg', lambda: b'%s' % 'a')
show('int arg', lambda: b'%s' % 5)
show('dict arg', lambda: b'%s' % {'a': 1})
show('d str', lambda: b'%d' % 'a')
show('x float', lambda: b'%x' % 1.5)
show('not enough', lambda: b'%s %s' % (b'a',))
show('too many', lambda: b'%s' % (b'a', b'b'))
show('not converted', lambda: b'x' % 5)
show('c range', lambda: b'%c' % 256)
show('c bytes', lambda: b'%c' % b'ab')
show('bad char', lambda: b'%z' % 1)
show('incomplete', lambda: b'%' % ())
show('mapping needed', lambda: b'%(a)s' % (1,))
show('key missing', lambda: b'%(a)s' % {'a': b'x'})
show('star type', lambda: b'%*d' % ('a', 1))
show('rmod', lambda: 5 % b'x')
