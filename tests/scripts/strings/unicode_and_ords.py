# Unicode text: len counts code points, ord/chr round trips, comparisons by
# code point, upper/lower of non-ASCII, encode/decode with utf-8.
words = ["café", "naïve", "Ελληνικά", "日本語", "emoji😀", "ü"]
for w in words:
    b = w.encode("utf-8")
    print(w, len(w), len(b), b.decode("utf-8") == w, w.upper(), [ord(c) for c in w][:4])
print(chr(65), chr(0x3b1), chr(0x1F600), ord("€"), hex(ord("😀")), chr(ord("a") + 1))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print(sorted(["b", "A", "á", "a", "Z", "ä"]), "é" > "z", "Z" < "a")
print("ÀÉÎ".lower(), "àéî".upper(), "Ölçü".swapcase(), "élan vital".title())
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world xyz")
print(caesar)
print("é".encode("latin-1"), "abc".encode("ascii"), "€".encode())
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xe2\x82\xac".decode(), b"caf\xc3\xa9".decode("utf-8"), "x".encode("utf-8").decode("ascii"))
print("ab\u0301c", len("ab\u0301c"))
print("😀".isalpha(), "日".isalpha(), "é".isalpha(), "é".islower(), "É".isupper())
