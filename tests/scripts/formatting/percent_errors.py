# printf-style formatting errors, with CPython's types and messages.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

cases = [
    ("'%d' % 'x'", lambda: '%d' % 'x'),
    ("'%x' % 3.0", lambda: '%x' % 3.0),
    ("'%x' % 'a'", lambda: '%x' % 'a'),
    ("'%f' % 'x'", lambda: '%f' % 'x'),
    ("'%c' % 1.5", lambda: '%c' % 1.5),
    ("'%c' % 'ab'", lambda: '%c' % 'ab'),
    ("'%c' % -1", lambda: '%c' % -1),
    ("'%c' % 2**70", lambda: '%c' % 2**70),
    ("'%5%' % ()", lambda: '%5%' % ()),
    ("'%5%' % (1,)", lambda: '%5%' % (1,)),
    ("'%y' % ()", lambda: '%y' % ()),
    ("'%y' % 1", lambda: '%y' % 1),
    ("'ab %y' % 1", lambda: 'ab %y' % 1),
    ("'é%é' % 1", lambda: 'é%é' % 1),
    ("'%\\n' % 1", lambda: '%\n' % 1),
    ("'abc%' % ()", lambda: 'abc%' % ()),
    ("'%' % ()", lambda: '%' % ()),
    ("'%5' % 1", lambda: '%5' % 1),
    ("'%.' % 1", lambda: '%.' % 1),
    ("'%*' % ()", lambda: '%*' % ()),
    ("'%*' % (5,)", lambda: '%*' % (5,)),
    ("'%(a)s' % (1,)", lambda: '%(a)s' % (1,)),
    ("'%(a' % {'a': 1}", lambda: '%(a' % {'a': 1}),
    ("'%(a)' % {'a': 1}", lambda: '%(a)' % {'a': 1}),
    ("'%(a)s' % {}", lambda: '%(a)s' % {}),
    ("'%(a)(b)s'", lambda: '%(a)(b)s' % {'a(b': 1}),
    ("'%*d' % ('x', 1)", lambda: '%*d' % ('x', 1)),
    ("'%.*f' % (2.0, 1)", lambda: '%.*f' % (2.0, 1)),
    ("'%s %s' % (1,)", lambda: '%s %s' % (1,)),
    ("'%s' % (1, 2)", lambda: '%s' % (1, 2)),
    ("'hello' % 5", lambda: 'hello' % 5),
    ("'%(a)s %s' % {'a': 1}", lambda: '%(a)s %s' % {'a': 1}),
    ("'%s' % ()", lambda: '%s' % ()),
    ("'%d' % [1]", lambda: '%d' % [1]),
    ("'%d' % None", lambda: '%d' % None),
    ("'%c' % None", lambda: '%c' % None),
    ("'%e' % 10**400", lambda: '%e' % 10**400),
    ("'%d' % 1j", lambda: '%d' % 1j),
    ("'%d' % inf", lambda: '%d' % float('inf')),
    ("'%d' % nan", lambda: '%d' % float('nan')),
    ("'%s' % '' + 1", lambda: ('%s' % '') + 1),
    ("1 % 'x'", lambda: 1 % 'x'),
    ("'%s %s' % [1, 2]", lambda: '%s %s' % [1, 2]),
]
for label, f in cases:
    show(label, f)
