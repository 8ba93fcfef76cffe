# __format__, __getnewargs__, __sizeof__, format_map, methods on str
# subclasses (results are exact str), and calls through the type.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print('a'.__format__('>3'), 'abc'.__format__(''), 'abc'.__getnewargs__(), ''.__getnewargs__())
print('abc'.__sizeof__(), ''.__sizeof__(), 'x'.__sizeof__(), 'é'.__sizeof__(), '€'.__sizeof__(), '𝄞'.__sizeof__(), 'aé€'.__sizeof__())
show('__format__(1)', lambda: 'a'.__format__(1))
show('__format__()', lambda: 'a'.__format__())
show('__sizeof__(1)', lambda: 'a'.__sizeof__(1))
show('format_map', lambda: '{a}-{b}'.format_map({'a': 1, 'b': 'x'}))
show('format_map(1)', lambda: 'a'.format_map(1))
show('format_map int', lambda: '{a}'.format_map(1))
show('format_map missing', lambda: '{a}'.format_map({}))
show('format_map 2', lambda: 'a'.format_map({}, 1))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} is {age}'.format_map(Default(name='Ann')))

class S(str):
    def __repr__(self):
        return 'S(' + str.__repr__(self) + ')'
s = S('Hello World')
for r in [s.upper(), s.strip(), s.strip('x'), s.replace('x', 'y'), s.center(3), s.zfill(1),
          s.expandtabs(), s[:], s.split()[0], s.partition('o')[0], s.partition('x')[0], s.ljust(2),
          s.removeprefix('x'), s.translate({}), s.format(), s.join([]), s.lower(), s.title()]:
    print(type(r).__name__, repr(r))
print(str.upper('abc'), str.split('a b'), str.join(',', 'ab'), str.count('aaa', 'a'))
show('str.upper()', lambda: str.upper())
show('str.format()', lambda: str.format())
show('str.upper(1)', lambda: str.upper(1))
names = ['capitalize', 'casefold', 'center', 'count', 'encode', 'endswith', 'expandtabs', 'find',
         'format', 'format_map', 'index', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit',
         'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper',
         'join', 'ljust', 'lower', 'lstrip', 'maketrans', 'partition', 'removeprefix',
         'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip',
         'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper',
         'zfill', '__format__', '__getnewargs__', '__sizeof__', '__mod__', '__rmod__']
print([n for n in names if not hasattr(str, n)], callable(str.maketrans), str.maketrans is ''.maketrans)
