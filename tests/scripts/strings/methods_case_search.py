# str methods: case conversion, searching (find/index/count/startswith with
# tuples and ranges), predicates (isdigit, isalpha, ...), with unicode.
s = "Hello, World! héllo wö"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), sep=" | ")
print("hello world".title(), "they're bill's".title(), "3rd place".capitalize())
print(s.find("o"), s.find("o", 5), s.find("o", 5, 8), s.find("zz"), s.rfind("l"), s.rfind("l", 0, 4))
print(s.index("World"), s.rindex("l"))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("xyz")
except ValueError as e:
    print("ValueError:", e)
print(s.count("l"), s.count("l", 4), "aaaa".count("aa"), "abc".count(""), "".count(""))
print(s.startswith("Hello"), s.startswith(("x", "He")), s.endswith("ö"), s.startswith("World", 7), s.endswith("lo", 0, 5))
print("lo" in s, "LO" in s, "" in s, "abc" not in s)
tests = ["123", "12.3", "abc", "abc123", "ABC", "Abc", "   ", "", "Title Case", "x_1", "_x", "1x", "def"]
for t in tests:
    print(repr(t), t.isdigit(), t.isnumeric(), t.isdecimal(), t.isalpha(), t.isalnum(),
          t.isupper(), t.islower(), t.isspace(), t.istitle(), t.isidentifier())
print("abc".isascii(), "é".isascii(), "ab\tc".isprintable(), "abc".isprintable())
