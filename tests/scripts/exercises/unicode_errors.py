# UnicodeDecodeError / UnicodeEncodeError messages and attributes, codec error handlers
for bs in [b"\xff", b"ab\xc3", b"\xc3\x28", b"a\x80b", b"\xe2\x82"]:
    try:
        bs.decode()
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, e.reason, e.encoding)
for s, enc in [("é", "ascii"), ("aé€", "latin-1"), ("\udcff", "utf-8")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e, e.start, e.end, e.reason)
print(b"\xff".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace") if True else "", "é".encode("ascii", "backslashreplace"))
