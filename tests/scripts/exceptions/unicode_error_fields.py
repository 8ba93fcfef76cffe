# UnicodeDecodeError/EncodeError/TranslateError built by hand: fields, messages, argument checks
e = UnicodeDecodeError('utf-8', b'ab\xff', 2, 3, 'bad')
print(e, repr(e), e.args, e.object, e.start)
e = UnicodeEncodeError('ascii', 'a\u20acb', 1, 3, 'nope')
print(e, e.args)
e = UnicodeTranslateError('a\U0001F600', 1, 2, 'x')
print(e, e.encoding)
print(UnicodeError('plain'), UnicodeError())
for a in [(1,2), ('u', 'str', 0, 1, 'r'), ('u', b'x', 'a', 1, 'r')]:
    try: UnicodeDecodeError(*a)
    except TypeError as ex: print(ex)
e = UnicodeDecodeError('utf-8', b'', 0, 0, 'r'); print(e)
e.start = 5; print(e)
class E(UnicodeDecodeError): pass
try: raise E('x', bytearray(b'\x80'), 0, 1, 'why')
except UnicodeError as ex: print(ex, type(ex.object))
