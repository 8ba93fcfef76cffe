# float and complex methods over special values, float()/fromhex() parsing and
# arithmetic errors.  Bugs fixed: hex() of subnormals, fromhex() of digits
# without 0x and of overflowing values, float(bytes), __getformat__.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
print(sorted(n for n in dir(1.5) if not n.startswith('__')), sorted(n for n in dir(1j) if not n.startswith('__')))
print([n for n in ('__getformat__', '__setformat__', '__getnewargs__', '__trunc__', '__floor__', '__ceil__', '__round__') if hasattr(float, n)])
print([n for n in ('__getnewargs__', '__format__', '__complex__', '__round__', '__floordiv__', '__mod__') if hasattr(complex, n)])
print(float.__getformat__('double'), float.__getformat__('float'), (1+2j).__getnewargs__(), (2.5).__getnewargs__())
show('getformat bad', lambda: float.__getformat__('x'))
show('getformat int', lambda: float.__getformat__(1))
for v in [0.0, -0.0, 1.5, -2.5, 1e300, 5e-324, float('inf'), float('nan'), 3.0]:
    out = []
    for f in [float.hex, float.is_integer, float.as_integer_ratio, float.__trunc__, float.__floor__, float.__ceil__, round, lambda x: round(x, 1), lambda x: round(x, -1), float.conjugate, lambda x: x.real, lambda x: x.imag, int, lambda x: hash(x) if x == x else 'nan', abs, lambda x: x.__getnewargs__(), lambda x: divmod(x, 0.7), lambda x: x // -0.3, lambda x: x % -0.3, lambda x: x ** 0.5, lambda x: -x, lambda x: float.__format__(x, '')]:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(' '.join(out))
for s in ['0x1p-1074', '0x1.fffffffffffffp+1023', '-0x0p0', 'inf', '-Infinity', 'nan', '0X1.8P1', '1', '0x.8', '  0x1  ', '0x1p', 'x', '0x1p2000', '0x1.0000000000000Fp0']:
    show('fromhex ' + s, lambda: float.fromhex(s))
for s in ['1.5', ' 1_0.5 ', '1e5', '-inf', '+nan', 'infinity', 'iNfInItY', '1.', '.5', '1e', '', ' ', '1__0', '_1', '0x10', '1e-400', '1e400', '٣.٥', '1.5\x00']:
    show('float ' + repr(s), lambda: float(s))
show('float bytes', lambda: float(b'1.5'))
show('float bytearray', lambda: float(bytearray(b' 2.5 ')))
show('float none', lambda: float(None))
show('float list', lambda: float([]))
class F:
    def __float__(self): return 1
class G:
    def __float__(self): return True
class H(float): pass
class I:
    def __index__(self): return 2**2000
show('subclass', lambda: (float(H(2.5)), type(float(H(2.5))).__name__, type(H(2.5)).__name__, H(2.5) + 1, type(H(1) + 1).__name__))
show('index huge', lambda: float(I()))
show('int huge', lambda: float(2**2000))
show('div zero', lambda: 1.0 / 0)
show('floordiv zero', lambda: 1.0 // 0.0)
show('mod zero', lambda: 1.0 % 0)
show('divmod zero', lambda: divmod(1.0, 0))
show('pow overflow', lambda: 10.0 ** 400)
show('pow neg zero', lambda: 0.0 ** -1)
show('pow nan', lambda: float('nan') ** 0)
show('round huge', lambda: round(1e300, -400))
show('round nan', lambda: round(float('nan')))
show('round inf', lambda: round(float('inf')))
show('round ndigits float', lambda: round(1.5, 1.0))
show('int nan', lambda: int(float('nan')))
show('int inf', lambda: int(float('inf')))
show('as_integer_ratio inf', lambda: float('inf').as_integer_ratio())
print(1.1 + 2.2, 0.1 * 3, 1e16 + 2, 2 ** 0.5, 10 ** -2, (-8) ** (1 / 3), 1 / 3 * 3, 7.0 // 2, -7.0 // 2, 7 % -2.5, 1e-7, 1e21, 1e22 / 7)
print(0.1 == 1 / 10, 1.0 == 1, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), float('nan') == float('nan'), 1e309 == float('inf'), -0.0 == 0.0, hash(-0.0), hash(float('inf')), hash(1.5))
print(sorted([3.5, -1, 2, float('inf'), -0.0, 0]), max(1.5, 2), min(-0.0, 0.0), sum([0.1] * 10), float.__name__, isinstance(1.5, float), float.fromhex('0x1p3') == 8)
