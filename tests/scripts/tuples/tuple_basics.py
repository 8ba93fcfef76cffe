# Tuples: creation (with and without parentheses, singletons, empty),
# indexing/slicing, count/index, concatenation, comparison, immutability,
# tuples containing mutable lists, hashing, and tuple().
t = (1, "two", 3.0, None)
u = 4, 5
single = (7,)
not_tuple = (7)
empty = ()
print(t, u, single, not_tuple, empty, type(single).__name__, type(not_tuple).__name__)
print(t[0], t[-1], t[1:3], t[::-1], t[::2], len(t), len(empty))
print((1, 2, 2, 3, 2).count(2), (1, 2, 3).index(3), (1, 2, 3, 2).index(2, 2))
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
print(u + single, single * 3, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1,) == (1.0,), 3 in (1, 2, 3))
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
holder = ([1, 2], "x")
holder[0].append(3)
print(holder)
try:
    holder[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(holder)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "point"}[(1, 2)])
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"a": 1}))
print(tuple(x * x for x in range(4)), sum((1, 2, 3)), max((4, 9, 2)), sorted((3, 1, 2)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][1], repr(((),)), repr((1, (2,), [3])))
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print(tuple([1, 2]) is not None, (1, 2) * 0, 2 * (0,))
