# len() of every container and its errors, range() behaviour, type() of
# many values, and constructors called with no arguments.
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(""), len(frozenset()))
print(len(range(0, 10, 3)), len(range(10, 0, -2)), len(range(5, 5)), len(range(-3, 3)))
for bad in [5, 3.0, None, True]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
for v in [1, 1.0, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), len, print, type, object(), Ellipsis, ...]:
    print(type(v).__name__, end=" ")
print()
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), repr(object())[:8])
print(type(type), type(int), type(None), type(...), ... is Ellipsis, repr(...))
print(type(3) == int, type(3) is int, type(True) is bool, type(True) == int)
r = range(2, 20, 3)
print(list(r), r[0], r[-1], r[2:4], 5 in r, 6 in r, r.index(8), r == range(2, 20, 3), range(0) == range(5, 5))
print(list(range(-5)), list(range(-5, -1)), list(range(3, -3, -2)), range(10)[::-2])
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
print(sum(range(1, 11)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(bool(0), bool(""), bool("0"), bool([]), bool([[]]), bool(None), bool(0.0), bool(-1))
print(str(123), str(-4.5), str([1]), str(b"x"), str(None), str(True), str(str))
print(list("ab"), tuple([1]), set("aab") == {"a", "b"}, dict([(1, 2)]), frozenset([1]) == {1})
