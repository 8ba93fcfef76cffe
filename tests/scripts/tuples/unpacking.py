# Unpacking assignment: tuples, lists, strings, nested targets, starred
# targets in every position, swaps, unpacking in for loops, and errors for
# too many / too few values.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "hi"
print(p, q)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *mid, tail = "abcdef"
print(head, mid, tail)
one, *none = [1]
print(one, none)
*everything, = (1, 2)
print(everything)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
for k, *vals in [("x", 1, 2), ("y",)]:
    print(k, vals)
d = {"one": 1, "two": 2}
for key, value in d.items():
    print(key, value)
m, n = {"k1": 0, "k2": 0}
print(m, n)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
for bad in ["a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, b = 5", "a, *b, c = [1]"]:
    try:
        exec(bad) if False else None
        if bad == "a, b = [1, 2, 3]":
            a, b = [1, 2, 3]
        elif bad == "a, b, c = [1, 2]":
            a, b, c = [1, 2]
        elif bad == "a, b = 5":
            a, b = 5
        else:
            a, *b, c = [1]
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print([*range(3), *"ab"], (*[1, 2], 3), {*(1, 2), 2}, {**{"a": 1}, "b": 2})
def f(*args):
    return args
print(f(*[1, 2], *(3,), 4))
coords = [(1, 2, 3), (4, 5, 6)]
print([x + y + z for x, y, z in coords])
x = y = z = 0
x, y = y, x = 5, 6
print(x, y, z)
