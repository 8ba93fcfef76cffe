# Encoding str to bytes and decoding bytes to str with the utf-8, ascii
# and latin-1 codecs, their aliases, error handlers and error messages.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for enc in ('utf-8', 'UTF8', 'utf_8', 'U8', 'latin-1', 'Latin_1', 'iso-8859-1', 'L1',
            'ascii', 'US-ASCII', '646'):
    print(enc, bytes('abc', enc), b'abc'.decode(enc))
print(b'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'.decode(), b'\xe9\xff'.decode('latin-1'))
print(bytes('é€😀', 'utf-8'), bytes('aé\xff', 'latin-1'))
for errors in ('replace', 'ignore', 'backslashreplace', 'surrogateescape'):
    print(errors, ascii(b'a\xffb\xc3'.decode('utf-8', errors)), ascii(b'a\x80b'.decode('ascii', errors)))
print(b'\xe2\x82'.decode('utf-8', 'replace'), b'\xf0\x80abc'.decode('utf-8', 'replace'))
print(b'\xed\xa0\x80'.decode('utf-8', 'replace'), b'\xe0\x80\x80'.decode('utf-8', 'replace'))
for bad in [b'\xff', b'\x80', b'\xe2\x82', b'\xe2\x82a', b'\xf0\x90\x80', b'\xf0\x90\x80a',
            b'\xed\xa0\x80', b'\xc0\x80', b'\xf5', b'a\xc3', b'ab\xf4\x90\x80\x80']:
    show('decode %r' % bad, lambda: bad.decode())
show('ascii decode', lambda: b'a\xe9\xe9b'.decode('ascii'))
show('unknown handler', lambda: b'\xff'.decode('utf-8', 'nope'))
show('unknown handler unused', lambda: b'ok'.decode('utf-8', 'nope'))
show('ascii encode', lambda: bytes('é', 'ascii'))
show('ascii encode run', lambda: bytes('aéé!', 'ascii'))
show('latin-1 encode', lambda: bytes('a€', 'latin-1'))
show('astral encode', lambda: bytes('😀', 'latin-1'))
for errors in ('replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace'):
    print(errors, bytes('aé€😀', 'ascii', errors), bytes('aé€', 'latin-1', errors))
print(bytes(b'\xff\xfe'.decode('utf-8', 'surrogateescape'), 'utf-8', 'surrogateescape'))
show('surrogate encode', lambda: bytes(b'\xff'.decode('utf-8', 'surrogateescape'), 'utf-8'))
show('unknown encoding', lambda: bytes('a', 'utf-9'))
print(bytearray('é', 'utf-8'), bytearray(b'\xc3\xa9').decode(), str(b'\xc3\xa9', 'utf-8'))
