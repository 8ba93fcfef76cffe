# hash(), id() and repr() relationships that do not depend on addresses:
# equal numbers hash equally across types, hash of tuples is stable within a
# run, unhashable types, id equality for aliases, repr of builtins.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-1) == hash(-1.0))
print(hash((1, 2)) == hash((1, 2)), hash("abc") == hash("ab" + "c"), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(10), hash(-10), hash(2 ** 20), hash(None) == hash(None), type(hash("x")).__name__)
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
x = [1, 2]
y = x
print(id(x) == id(y), id(x) == id([1, 2]) and False, type(id(x)).__name__)
for v in [1, -1.5, "q'uote", 'd"q', b"\x00", None, True, [1, [2]], (1,), {"k": (1, 2)}, {1}, frozenset(), range(3), slice(1, 2), Ellipsis, NotImplemented, int, len]:
    print(repr(v))
print(repr(1e100), repr(2 ** 100), repr(-0.0), repr(float("inf")), repr(""), repr("\n"))
