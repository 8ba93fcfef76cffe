# strip/lstrip/rstrip (whitespace and chars), center/ljust/rjust with fill
# characters, zfill, expandtabs.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(repr('  hi  '.strip()), repr('  hi  '.lstrip()), repr('  hi  '.rstrip()), repr('\t\n hi \x0b\x0c\r'.strip()))
print(repr('xxhixx'.strip('x')), repr('xyhiyx'.strip('xy')), repr('abc'.strip('')), repr('abc'.strip(None)))
print(repr('éhié'.strip('é')), repr('\u3000hi\xa0'.strip()), repr('\u200bhi'.strip()), repr('😀a😀'.strip('😀')))
print(repr('aaa'.strip('a')), repr(''.strip()), repr('   '.rstrip()), repr('ab'.lstrip('ba')), repr('a.b.'.rstrip('.')))
print(repr('www.example.com'.strip('cmowz.')), repr('  spacious  '.lstrip(None)), repr('ñññaññ'.rstrip('ñ')))
show('strip(1)', lambda: 'a'.strip(1))
show('lstrip(1)', lambda: 'a'.lstrip(1))
show('rstrip(1,2)', lambda: 'a'.rstrip(1, 2))
show('strip kw', lambda: 'a'.strip(chars='a'))
s = 'clean'
print(s.strip() is s, s.strip('x') is s, s.lstrip() is s)

print(repr('ab'.center(5)), repr('ab'.center(6, '*')), repr('abc'.center(6)), repr('a'.center(4)), repr('abc'.center(2)))
print(repr('é'.center(4, 'ü')), repr('ab'.ljust(4, '-')), repr('ab'.rjust(4)), repr('ab'.ljust(1)), repr('ab'.rjust(-3)))
print(repr('x'.center(7, '😀')), repr('日本'.rjust(5, '・')), repr(''.center(3)), repr('abc'.center(0)))
show('center()', lambda: 'a'.center())
show("center(5, 'ab')", lambda: 'a'.center(5, 'ab'))
show('center(5, 1)', lambda: 'a'.center(5, 1))
show("center('x')", lambda: 'a'.center('x'))
show("ljust(1, '')", lambda: 'a'.ljust(1, ''))
show('ljust 3 args', lambda: 'a'.ljust(1, 2, 3))
show('center None', lambda: 'a'.center(3, None))
show('center huge', lambda: 'a'.center(2**70))
show('rjust kw', lambda: 'a'.rjust(width=3))

print('-42'.zfill(5), '+x'.zfill(4), 'abc'.zfill(2), 'é'.zfill(3), '42'.zfill(-1), ''.zfill(3), '-'.zfill(3), '--1'.zfill(5))
show('zfill()', lambda: 'a'.zfill())
show("zfill('x')", lambda: 'a'.zfill('x'))
show('zfill huge', lambda: 'a'.zfill(2**63))

print(repr('a\tb'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('a\tb'.expandtabs(-1)), repr('\t'.expandtabs(0)))
print(repr('ab\tc\nd\te'.expandtabs(4)), repr('12345\t|\r1\t|'.expandtabs(3)), repr('é\tü\t'.expandtabs(2)))
print(repr('no tabs'.expandtabs()), repr('\t\t'.expandtabs(tabsize=1)), repr(''.expandtabs()))
show('expandtabs(x)', lambda: 'a'.expandtabs('x'))
show('expandtabs(tabsize=x)', lambda: 'a'.expandtabs(tabsize='x'))
show('expandtabs(1, 2)', lambda: 'a'.expandtabs(1, 2))
show('expandtabs huge', lambda: 'a'.expandtabs(tabsize=2**70))
