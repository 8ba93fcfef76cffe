# str.split / rsplit (whitespace and separator, maxsplit, keywords),
# splitlines (every line boundary, keepends), join and partition.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print('  a  b  '.split(), '  a  b  '.split(None, 1), '  a  b  '.rsplit(None, 1))
print('a b c'.split(maxsplit=0), ' a b c '.split(maxsplit=0), ' a b c '.rsplit(maxsplit=0))
print(''.split(), ''.split(','), '   '.split(), '   '.rsplit(), 'a'.split(), ' a'.rsplit(None, 0))
print('a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj'.split())
print('a\x85b\xa0c\u3000d\u2028e\u200bf'.split(), 'x\u2003y'.rsplit())
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), 'a,b,,c'.split(',', -1))
print('abc'.split('abc'), 'aaa'.split('aa'), 'aaa'.rsplit('aa'), ',a,'.split(','), 'a'.split('a'))
print('1<>2<>3'.split('<>'), '1<>2<>3'.rsplit('<>', 1), '1<>2<>3'.split(sep='<>', maxsplit=1))
print('a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2), 'a b'.split(None, -5))
print('één twee  drie'.split(), 'één,twee'.split(','), 'αβγ—δε—ζ'.split('—'), 'αβγ—δε—ζ'.rsplit('—', 1))
print('日本 語'.split(' '), '😀x😀y'.split('x'), '😀 😀'.rsplit())
show('split(1,2,3)', lambda: 'a'.split(1, 2, 3))
show('split(sep=1)', lambda: 'a'.split(sep=1))
show('rsplit(1)', lambda: 'a'.rsplit(1))
show("split('')", lambda: 'a'.split(''))
show("rsplit('')", lambda: 'a'.rsplit(''))
show('split(maxsplit=x)', lambda: 'a'.split(maxsplit='x'))
show('split(foo=1)', lambda: 'a'.split(foo=1))
show('split(maxsplit, foo)', lambda: 'a'.split(maxsplit=1, foo=2))
show('split dup', lambda: 'a'.split(' ', sep=' '))
show('split huge', lambda: 'a b'.split(maxsplit=2**70))
show('split float', lambda: 'a'.split(None, 1.5))

text = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(text.splitlines())
print(text.splitlines(True))
print('a\n\nb\n'.splitlines(), 'a\n\nb\n'.splitlines(keepends=True), ''.splitlines(), '\n'.splitlines())
print('x'.splitlines(), '\r\n'.splitlines(True), '\n\r'.splitlines(True), 'é\nü'.splitlines(1))
show('splitlines(1,2)', lambda: 'a'.splitlines(1, 2))
show('splitlines(x)', lambda: 'a'.splitlines('x'))
show('splitlines kw', lambda: 'a'.splitlines(keepends=1, x=2))
show('splitlines None', lambda: 'a'.splitlines(keepends=None))

print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(('x',)), 'é'.join('abc'), '<>'.join(iter(['1', '2'])))
print(' '.join(str(i) for i in range(5)), ''.join({'k': 1}), '+'.join({'a'}))
show('join(1)', lambda: 'a'.join(1))
show('join([1])', lambda: 'a'.join(['x', 1]))
show('join(None)', lambda: ''.join(None))
show('join kw', lambda: 'a'.join(iterable=[]))

print('abc'.partition('b'), 'abc'.partition('x'), 'abc'.rpartition('x'), 'abcb'.rpartition('b'))
print('a==b==c'.partition('=='), 'a==b==c'.rpartition('=='), 'ñañb'.partition('a'), 'ñañb'.rpartition('ñ'))
show("partition('')", lambda: 'a'.partition(''))
show('partition(1)', lambda: 'a'.partition(1))
show("rpartition('')", lambda: 'a'.rpartition(''))
show('partition()', lambda: 'a'.partition())

s = 'no separator here'
parts = s.split(',')
print(parts[0] is s, s.split()[0] == 'no', s.partition(',')[0] is s, s.splitlines()[0] is s)
