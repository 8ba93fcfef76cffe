# upper/lower/casefold/capitalize/title/swapcase: the ASCII fast path and
# full Unicode mappings (Latin-1, Greek with final sigma, Cyrillic, sharp s,
# ligatures, titlecase digraphs).

words = ['hello world', 'Hello World', 'HELLO', "they're bill's friends", 'a1b2c3',
         'ÿ', 'straße', 'ﬁnance', 'İstanbul', 'ΟΔΥΣΣΕΥΣ', 'Σ', 'ΑΣ', 'ΑΣ.', 'ΑΣΒ', 'Σα',
         'привет мир', 'ПРИВЕТ', 'ǆemal ǅ', 'ŉ', 'ǰ', 'ﬀ', 'ᾳ', 'Ⅻ', 'ⓐⓑ', '𝐀𝐛',
         'µ', 'ſ', 'ı', 'Ꭰꭰ', 'Ǳ', 'ǈudevit', 'éclair', 'ÀÉÎÕÜ', '', '123', 'ß'.upper()]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print('   ', repr(w.capitalize()), repr(w.title()), repr(w.swapcase()))
print('hello'.upper() == 'HELLO', 'ß'.upper(), len('ß'.upper()), 'İ'.lower(), len('İ'.lower()))
print('ΣΑΣ ΣΑΣ'.lower(), 'ΣΑΣ'.swapcase(), 'σας'.upper(), 'ΌΣΟΣ'.lower(), "Σ'Σ".lower(), 'aΣ́ b'.lower())
for name in ['upper', 'lower', 'casefold', 'capitalize', 'title', 'swapcase']:
    try:
        getattr('a', name)(1)
    except TypeError as e:
        print(e)
class S(str):
    pass
print(type(S('AbC').lower()).__name__, S('AbC').upper(), type(S('x').title()).__name__)
