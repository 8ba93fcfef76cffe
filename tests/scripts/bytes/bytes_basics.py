# bytes literals and operations: indexing gives ints, slicing gives bytes,
# repr escapes, concatenation, methods, conversions to and from str and int
# lists, bytes(n), and immutability.
b = b"hello \x00\xff world"
print(b, len(b), b[0], b[-1], b[6], b[:5], b[-5:], b[::-1][:5])
print(repr(b"quote'"), repr(b'dq"'), repr(b"both'\""), b"\t\n\r", b"\\", rb"raw\n")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes())
print(list(b"abc"), tuple(b"\x01\x02"), b"ab" + b"cd", b"ab" * 3, 3 * b"-")
print(b"abc" == b"abc", b"abc" < b"abd", b"a" in b"cat", 97 in b"cat", b"" in b"x")
print(b"hello".upper(), b"Hello".lower(), b" x ".strip(), b"a,b,c".split(b","), b"-".join([b"x", b"y"]))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"))
print(b"hello".hex(), bytes.fromhex("68 65 6c"), b"\x00\x0f".hex(), b"abc".decode(), b"abc".isalpha(), b"123".isdigit())
print(b"%d-%s" % (5, b"x"), b"abc".center(7, b"*"), b"abc".title(), b"AbC".swapcase())
for bad in [lambda: b"abc" + "def", lambda: bytes([256]), lambda: b"x"[5]]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes("text")
except TypeError as e:
    print("TypeError:", e)
print(type(b[0]).__name__, type(b[0:1]).__name__, str(b"x"), hash(b"k") == hash(b"k"))
for i, byte in enumerate(b"AZ"):
    print(i, byte, chr(byte))
print(sorted(b"banana"), max(b"abc"), sum(b"\x01\x02\x03"))
print(b"a\nb\nc".splitlines(), b"  a  b ".split(), b"abc".endswith((b"x", b"c")))
