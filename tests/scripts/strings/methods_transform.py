# str methods that build new strings: strip family, split/rsplit/splitlines,
# join, replace, partition, center/ljust/rjust/zfill, expandtabs, translate,
# removeprefix/removesuffix.
s = "  \t spaced out \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "..a.b..".lstrip("."), "..a.b..".rstrip("."))
print("a,b,,c".split(","), "a b  c".split(), "  lead trail  ".split(), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(None, 1))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("x\ny\n".split("\n"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(4)), "+".join([]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "banana".replace("", "-"), "aaa".replace("aa", "b"))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print(repr("hi".center(9)), repr("hi".center(8, "*")), repr("hi".ljust(5, ".")), repr("hi".rjust(5)), repr("toolong".center(3)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(2)))
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}))
print(str.maketrans({"a": "1"}) == {97: "1"})
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("Hello" * 3, 3 * "ab", "x" * 0, "x" * -2, "-" * 20)
print("abc" + "def", "a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab")
print(min("hello"), max("hello"), sorted("hello"), list(reversed("abc")))
