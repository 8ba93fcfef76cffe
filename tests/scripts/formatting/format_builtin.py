# format() and f-strings route through __format__: built-in types, user
# classes with and without __format__, complex numbers and errors.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class A:
    pass
class B:
    def __format__(self, spec):
        return '[' + spec + ']'
class C:
    def __format__(self, spec):
        return 42
print(format(1), format('x'), format(1.5), format(None), format([1, 2]), format(A()) [:10])
print(format(B(), 'abc'), format(B()), f'{B():xyz}')
show('A spec', lambda: format(A(), 'x'))
show('None spec', lambda: format(None, '>5'))
show('C', lambda: format(C(), ''))
show('spec type', lambda: format(1, 1))
print(format(1j), format(1 + 2j, '.2f'), format(1 + 2j, '>20'), format(-1.5 - 0j), format(1j, 'g'))
print(format(1j, '+.1e'), format(2 - 3j, '^16'), format(complex(1e20, -0.0), ''), format(1.5j, 'n'))
show('complex zero pad', lambda: format(1j, '010'))
show('complex =', lambda: format(1j, '='))
show('complex %', lambda: format(1j, '%'))
show('complex d', lambda: format(1j, 'd'))
width, prec = 12, 3
value = 3.14159265
print(f'{value:{width}.{prec}f}|', f'{value!r}', f'{"é":^{width}}|', f'{12345678:_}', f'{-7:+05d}')
print(f'{1e6:,.2f}', f'{0.000123:.2e}', f'{255:#010b}', f'{"left":<8}|{"right":>8}|')
