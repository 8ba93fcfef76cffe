# find/rfind/index/rindex/count/startswith/endswith with start/end in code
# points, on ASCII and non-ASCII strings, and their argument errors.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

s = 'abcabc'
print(s.find('c'), s.find('c', 3), s.find('c', -2), s.find('c', 0, 2), s.find('x'), s.find(''), s.find('', 6), s.find('', 7))
print(s.rfind('c'), s.rfind('c', 0, -1), s.rfind('abc'), s.rfind(''), s.rfind('', 2, 4), s.rfind('a', 1))
print(s.index('b'), s.rindex('b'), s.index('abc', 1), s.find('c', None, None), s.find('b', -100, 100))
print(s.count('a'), s.count('abc'), s.count(''), s.count('', 2), s.count('', 10), s.count('a', 1), s.count('bc', 0, -1))
print('aaaa'.count('aa'), 'aaa'.count('', 1, 2), ''.count(''), ''.find(''), ''.rfind(''))
print(s.find('c', 2**70), s.find('a', -2**70), s.count('a', 0, 2**70))
u = 'héllo wörld héllo'
print(u.find('é'), u.find('llo'), u.rfind('é'), u.find('ö'), u.find('llo', 5), u.rfind('llo', 0, 10))
print(u.index('w'), u.rindex('h'), u.count('é'), u.count('l', 3, -3), u.find('é', -5), u.find('h', 1, -1))
e = 'x😀y😀z'
print(e.find('😀'), e.rfind('😀'), e.find('y'), e.count('😀'), e.find('z', -1), e.rfind('😀', 0, 3))
show('index missing', lambda: s.index('x'))
show('rindex missing', lambda: s.rindex('x', 1))
show('find()', lambda: s.find())
show('find(1)', lambda: s.find(1))
show('find(a, x)', lambda: s.find('a', 'x'))
show('find(a, 1.5)', lambda: s.find('a', 1.5))
show('find kw', lambda: s.find(sub='a'))
show('find 4 args', lambda: s.find('a', 1, 2, 3))
show('count()', lambda: s.count())
show('count(None)', lambda: s.count(None))
show('index()', lambda: s.index())
show('rindex 4', lambda: s.rindex('a', 1, 2, 3))

print('abc'.startswith('ab'), 'abc'.startswith('b', 1), 'abc'.startswith(('x', 'a')), 'abc'.startswith(()))
print('abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith('bc'), 'abc'.endswith('bc', 0, 3))
print('abc'.endswith('b', -3, -1), 'abc'.endswith(('c',)), 'abc'.endswith('abcd'), 'abc'.startswith('abc', -10))
print('héllo'.startswith('hé'), 'héllo'.endswith('llo'), 'héllo'.startswith('é', 1), 'héllo'.endswith('é', 0, 2))
print('héllo'.startswith('l', 2, 3), 'héllo'.endswith(('x', 'o')), ''.startswith(''), ''.endswith('', 0, 0))
show('startswith(1)', lambda: 'a'.startswith(1))
show('startswith((1,))', lambda: 'a'.startswith(('a', 1)))
show('endswith([])', lambda: 'a'.endswith([]))
show('startswith()', lambda: 'a'.startswith())
show('startswith 4', lambda: 'a'.startswith('a', 1, 2, 3))
show('startswith(a, x)', lambda: 'a'.startswith('a', 'x'))
show('endswith kw', lambda: 'a'.endswith(suffix='a'))

print('ab' in 'cabd', 'é' in 'café', '' in 'x', 'x' in '')
