# str.encode: utf-8, latin-1, ascii (and aliases), utf-16/32, error handlers
# and UnicodeEncodeError messages.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print('abc'.encode(), 'héllo'.encode(), '😀'.encode('utf-8'), 'é'.encode('latin-1'), 'abc'.encode('ascii'))
for name in ['UTF8', 'utf_8', 'U8', 'Latin1', 'iso-8859-1', 'ISO8859-1', 'ASCII', 'us-ascii', 'latin']:
    print(name, 'é'.encode(name, 'replace'))
print('é€'.encode('latin-1', 'replace'), 'é'.encode('ascii', 'ignore'), 'é'.encode('ascii', 'replace'))
print('aé€😀b'.encode('ascii', 'backslashreplace'), 'aé€b'.encode('ascii', 'xmlcharrefreplace'))
print('a\udc80b'.encode('utf-8', 'surrogateescape'), 'a\udce9'.encode('latin-1', 'surrogateescape'))
print('\ud800'.encode('utf-8', 'ignore'), '\ud800'.encode('utf-8', 'surrogatepass'), '\ud800x'.encode('utf-8', 'replace'))
print('a'.encode('utf-16'), 'aé'.encode('utf-16-le'), 'a'.encode('utf-16-be'), '😀'.encode('utf-16-le'))
print('a'.encode('utf-32'), 'a'.encode('utf-32-be'), 'a'.encode(encoding='utf-8', errors='strict'))
print('a'.encode('ascii', 'nonsense'), type('x'.encode()).__name__, len('日本語'.encode()))
show('ascii é', lambda: 'é'.encode('ascii'))
show('ascii run', lambda: 'aé€b'.encode('ascii'))
show('latin-1 €', lambda: '€'.encode('latin-1'))
show('latin-1 run', lambda: 'a€€b'.encode('latin-1'))
show('ascii astral', lambda: 'x😀'.encode('ascii'))
show('utf-8 surrogate', lambda: '\ud800'.encode())
show('utf-8 surrogates', lambda: 'a\ud800\udc00'.encode('utf-8'))
show('unknown', lambda: 'a'.encode('foo'))
show('encoding int', lambda: 'a'.encode(1))
show('errors int', lambda: 'a'.encode(errors=1))
show('encoding None', lambda: 'a'.encode(None))
show('bad handler', lambda: 'é'.encode('ascii', 'foo'))
show('3 args', lambda: 'a'.encode('a', 'b', 'c'))
show('surrogateescape bad', lambda: 'é'.encode('ascii', 'surrogateescape'))
try:
    'café'.encode('ascii')
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
