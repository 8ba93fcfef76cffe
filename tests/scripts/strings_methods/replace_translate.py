# replace (count, empty pattern), maketrans/translate, removeprefix/suffix.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print('aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'))
print('abc'.replace('b', ''), 'aé'.replace('', '-'), 'abc'.replace('x', 'y', -1), 'abab'.replace('ab', 'ba'))
print('héllo'.replace('é', 'e'), 'héllo'.replace('l', 'L', 1), '😀😀'.replace('😀', ':)'), 'aaa'.replace('a', 'a'))
print('abc'.replace('abc', ''), 'a.b.c'.replace('.', '::', 0), 'xyz'.replace('', '', 5), 'aa'.replace('a', 'bb', 1))
print('one two one'.replace('one', 'three'), 'mississippi'.replace('ss', 'SS'), 'abc'.replace('', 'é'))
show('replace 1 arg', lambda: 'a'.replace('a'))
show('replace int old', lambda: 'a'.replace(1, 'b'))
show('replace int new', lambda: 'a'.replace('a', 2))
show('replace str count', lambda: 'a'.replace('a', 'b', 'c'))
show('replace float count', lambda: 'a'.replace('a', 'b', 1.5))
show('replace kw', lambda: 'a'.replace(old='a', new='b'))
s = 'unchanged'
print(s.replace('x', 'y') is s, s.replace('u', 'u') is s)

t = str.maketrans('ab', 'xy', 'c')
print(sorted(t.items(), key=lambda kv: kv[0]))
print('abcd'.translate(t), 'abc'.translate({97: 'xyz'}), 'é'.translate({233: 'e'}), 'abc'.translate({97: None}))
print(str.maketrans({'a': 'b', 98: None}), str.maketrans({}), str.maketrans('é', 'x'), str.maketrans({'é': 1}))
print('hello'.translate(str.maketrans('lo', 'LO')), 'abc'.translate([1] * 100), 'abc'.translate('xyz' * 40))
print('a-b_c'.translate({ord('-'): ' ', ord('_'): ' '}), 'αβγ'.translate({0x3b2: 'B'}), 'x'.translate({}))
class Missing(dict):
    def __missing__(self, key):
        return key + 1
print('abc'.translate(Missing()))
show('maketrans()', lambda: str.maketrans())
show('maketrans(1)', lambda: str.maketrans(1))
show('maketrans ab c', lambda: str.maketrans('ab', 'c'))
show("maketrans {'ab'}", lambda: str.maketrans({'ab': 1}))
show('maketrans {1.5}', lambda: str.maketrans({1.5: 1}))
show('maketrans(1, 2)', lambda: str.maketrans(1, 2))
show('maketrans 3', lambda: str.maketrans('a', 'b', 3))
show('maketrans None', lambda: str.maketrans('ab', 'cd', None))
show('maketrans dict str', lambda: str.maketrans({'a': 1}, 'b'))
show('maketrans kw', lambda: str.maketrans(x=1))
show('translate()', lambda: 'a'.translate())
show('translate float', lambda: 'a'.translate({97: 1.5}))
show('translate big', lambda: 'a'.translate({97: 0x110000}))
show('translate neg', lambda: 'a'.translate({97: -1}))
show('translate int', lambda: 'a'.translate(1))

print('abc'.removeprefix('ab'), 'abc'.removesuffix('bc'), 'abc'.removeprefix('x'), 'abc'.removesuffix(''))
print('héllo'.removeprefix('hé'), 'héllo'.removesuffix('lo'), 'abc'.removeprefix('abc'), 'a'.removeprefix('ab'))
show('removeprefix(1)', lambda: 'a'.removeprefix(1))
show('removesuffix()', lambda: 'a'.removesuffix())
show('removeprefix kw', lambda: 'a'.removeprefix(prefix='a'))
