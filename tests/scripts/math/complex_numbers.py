# complex numbers: construction, repr, arithmetic, comparisons, formatting.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for args in [(), (1,), (1.5,), (1, 2), (1.5, -2.5), (1j,), (1j, 1j), (1+2j, 3), (2, 1j),
             ('1+2j',), ('  (1-2j)  ',), ('j',), ('-j',), ('+1.5e3j',), ('inf+nanj',),
             ('1_000+2_0j',), ('-1',), (True, False), (1e20, -0.0), (-0.0, 0.0),
             (float('inf'), float('nan'))]:
    show('complex%r' % (args,), lambda: complex(*args))
for bad in ['', '1+', 'x', '1+2', '1+2jj', '(1+2j', ' ( 1+2j ) ', '1 + 2j', '1__0j']:
    show('complex(%r)' % bad, lambda: complex(bad))
show('str and arg', lambda: complex('1', 2))
show('arg str', lambda: complex(1, '2'))
show('None', lambda: complex(None))
show('list', lambda: complex([]))
show('kw', lambda: complex(real=1, imag=2))
class C:
    def __complex__(self): return 3+4j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
show('__complex__', lambda: complex(C()))
show('__float__', lambda: complex(F()))
show('__index__', lambda: complex(I()))
class Sub(complex):
    pass
s = Sub(1, 2)
print(type(s).__name__, s, s + 1, type(s + 1).__name__, s.real, s.imag)
a, b = 3+4j, 1-2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a ** 2, a ** 0.5, a ** b)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, 1 / a, a - 1, 1 - a, 2 ** a)
print(a == 3+4j, a != b, a == 3, complex(3, 0) == 3, complex(3, 0) == 3.0, 1j == 1)
print(a.conjugate(), a.real, a.imag, (1j).imag, bool(0j), bool(1j), bool(0.0+0j))
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(0j) == 0)
show('lt', lambda: a < b)
show('floordiv', lambda: a // b)
show('mod', lambda: a % b)
show('divmod', lambda: divmod(a, b))
show('int', lambda: int(a))
show('float', lambda: float(a))
show('div zero', lambda: a / 0)
show('zero pow neg', lambda: 0j ** -1)
show('pow mod', lambda: pow(a, 2, 3))
show('round', lambda: round(a))
for z in [1j, -1j, 0j, -0j, complex(-0.0, -0.0), 1+0j, 1e300*1e300*1j, complex(1, float('nan')),
          complex(1.5, 2.25), complex(1e16, 1e-7), complex(123456789012345678, 1)]:
    print(repr(z), str(z), format(z), format(z, ''), format(z, '10'), format(z, '.3g'),
          format(z, '<30.2e'), format(z, '^+20.1f'), format(z, 'g'))
print('%s %r' % (1+2j, 3j), '{} {:>12} {!r:^14}'.format(1j, 2-1j, 3+0j), f'{1+2j:*^16.2f}')
print(1j ** 2, (1+1j) ** 3, 2j ** 0, (1+2j) ** -1, (2+0j) ** 0.5, 4 ** 0.5j)
print(complex.__name__, isinstance(1j, complex), type(1j) is complex, 1j.__class__.__name__)
print(complex(2**53, 0) == 2**53 + 1, 2**53 + 1 == complex(2**53), complex(3) == 3, 3 != complex(3, 1), complex(2**1000 * 1.0) == 2**1000, 1j == 0, complex(float("nan")) == 0, complex(1) != True)
