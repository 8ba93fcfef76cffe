# str.format: automatic/manual/keyword fields, attribute and index lookups,
# conversions, nested specs, brace escapes, __format__ of user classes.

class P:
    x = 5
    items = [10, 20]
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p'

print('{} {} {}'.format(1, 'two', 3.0), '{0}{1}{0}'.format('a', 'b'), '{a}-{b}'.format(a=1, b=2))
print('{0.x} {0.items[1]} {p.x}'.format(P(), p=P()), '{0[1]} {0[a]}'.format({1: 'one', 'a': 'A'}))
print('{0[0][1]}'.format([[1, 2]]), '{.x}'.format(P()), '{[0]}'.format([9]), '{0[1]}'.format('abc'))
print('{!r} {!s} {!a}'.format('x', P(), 'é'), '{0!r:>10}|'.format('x'), '{0!s:5}|'.format(1))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{:{}.{}f}'.format(3.14159, 10, 2), '{0:{1}}|'.format(5, 3))
print('{0:a{b}c}'.format(P(), b='Z'), '{0:}'.format(P()), '{0:abc}'.format(P()), '{}'.format(P()))
print('{{}}', '{{{0}}}'.format(1), 'a}}b{{c'.format(), '{{x}}'.format(x=1))
print('{٣}'.format(1, 2, 3, 4), '{0.real.imag}'.format(3), '{0.__class__.__name__}'.format(1))
print('{:,}'.format(10**10), '{:>8.3f}|{:<6}|{:^5}'.format(3.14159, 'ab', 'c'), '{!r:{}}|'.format('a', 5))
print('x{0}y{1}z'.format('é', 'ü'), '{ü}'.format(ü=1), '{0:ü>5}'.format(1), '{}'.format(1, 2))
print('{0}'.format(*range(3)), '{k[x]}'.format(k={'x': 'kx'}), '{0:%}'.format(0.25), '{:c}'.format(97))
print('{:d} {:x} {:o} {:b} {:e}'.format(42, 255, 8, 5, 12345.678), '{:+.1e}'.format(1j))
print('{:.2f}'.format(1 + 2j), '{:>20}|'.format(1 + 2j), '{}'.format(-1.5 - 0j), '{:g}'.format(1j))
d = {'name': 'Ann', 'age': 7}
print('{name} is {age}'.format(**d), '{0[name]}'.format(d), 'plain'.format(1, 2, x=3))

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for fmt in ['{0!r', '{!}', '{0!}', '{0!x}', '{0!rr}', '{0:', '{0', '{', '}', 'a}b', '{}{1}', '{1}{}',
            '{1}', '{a}', '{0.y}', '{0[5]}', '{0[0]x}', '{0[0}', '{0.}', '{0[]}', '{0:{1:{2}}}',
            '{:{:{}}}', '{x:{{}}}', '{0:{{}', '{0}}', '{0{}', '{-1}', '{ 0}', '{0 }', '{0[-1]}',
            '{0.x[0]}', '{0:%Y}', '{0:>{1}}', '{0:{}}', '{:{0}}', '{0!é}', '{0!\n}', '{0[a]}',
            '{:{}}', '{:{}}{}']:
    show(repr(fmt), lambda: fmt.format([1], 'x', 3, y=4))
show('no args', lambda: '{}'.format())
show('kw missing', lambda: '{a}'.format(b=1))
show('index str', lambda: '{0[10]}'.format('abc'))
show('not subscriptable', lambda: '{0[0]}'.format(5))
show('getattr', lambda: '{0.y}'.format(P()))
show('format_map positional', lambda: '{0}'.format_map({'a': 1}))
show('format_map auto', lambda: '{}'.format_map({'a': 1}))
show('bad __format__', lambda: '{}'.format(type('Q', (), {'__format__': lambda s, f: 1})()))
order = []
class Loud:
    def __init__(self, n):
        self.n = n
    def __format__(self, spec):
        order.append(self.n)
        return str(self.n)
show('partial', lambda: '{} {} {}}'.format(Loud(1), Loud(2), Loud(3)))
print(order)
