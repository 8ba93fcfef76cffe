# Conversions between builtin types: str<->int<->float, list/tuple/set/dict
# constructors from other iterables, bool of everything, chr/ord round trip,
# and the errors of impossible conversions.
print(int("12") + int(3.9) + int(True), float("2.5") + float(1), str(1) + str(2.0) + str(None))
print(list("abc"), list((1, 2)), list({1: "a", 2: "b"}), list({"x": 1}.items()), list(range(3)), list(b"hi"))
print(tuple([1, 2]), tuple("xy"), tuple({5: 0}), tuple(x for x in range(2)))
print(sorted(set([3, 3, 1])), sorted(set("banana")), sorted(frozenset((2, 1))))
print(dict([("a", 1), ["b", 2]]), dict(zip(range(3), "abc")), dict(a=1), dict({"x": 1}, y=2), dict([]))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
try:
    int("3.5")
except ValueError as e:
    print("ValueError:", e)
print(int(float("3.5")), int("  42\n"), float(" -7 "), str(3.0), str(-0.5), repr(str(1e-7)))
print([bool(v) for v in (0, 1, "", "False", [], [False], None, 0.0, -0.1)])
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) for c in "09az"])
print(int("101", 2), int("7f", 16), format(127, "b"), format(127, "x"), str(int("0o17", 8)))
print(list(map(float, ["1", "2.5", "1e2"])), list(map(int, "1 2 3".split())), [str(x) for x in [1, 2.0, None]])
print(tuple(map(lambda p: p[0] + p[1], zip("ab", "cd"))), set(map(len, ["a", "bb", "cc"])) == {1, 2})
nested = [[1, 2], (3, 4), {5}, "67"]
print([list(x) for x in nested], [tuple(x) for x in nested[:2]])
print(bool("0"), int(bool("0")), float(False), str(True).lower(), int("-0"), float("-0"))
