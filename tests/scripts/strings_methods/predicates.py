# The is*() predicates on ASCII, Latin-1, CJK, digits of other scripts,
# fractions, whitespace of every kind and identifiers.

samples = ['', 'abc', 'ABC', 'Abc', 'aBc', 'Abc Def', 'Abc def', 'ABC DEF', '1A', '1a', 'A1',
           'a_1', '_', '1a', '123', '12.5', '-1', '²', '½', '٣', '一', '日本', 'é', 'É', 'ß',
           'ǅa', 'aǅ', 'ª', 'ⅻ', 'Ⅻ', ' ', '\t\n', ' \t\x1c\x85\xa0\u3000', '\u200b', '\x7f',
           'a·', '·', 'ab cd', 'x\u0301', '𝟘', '🎉', '\U0001D400', 'if', 'None', 'Ꭰ', 'ǈ', 'ᾈ']
names = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
         'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']
for s in samples:
    print(repr(s), ''.join('1' if getattr(s, n)() else '.' for n in names))
print(' '.join(names))
count = {}
for cp in range(0x3000):
    c = chr(cp)
    for n in names:
        if getattr(c, n)():
            count[n] = count.get(n, 0) + 1
print(count)
try:
    'a'.isdigit(1)
except TypeError as e:
    print(e)
try:
    'a'.isidentifier(1)
except TypeError as e:
    print(e)
