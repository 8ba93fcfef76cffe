# List indexing and slicing: negative indexes, steps, slice assignment that
# grows/shrinks, extended slice assignment with matching length, slice
# deletion, and the errors of each.
a = list(range(10))
print(a[0], a[-1], a[3:7], a[:3], a[7:], a[::3], a[::-1], a[-3:-1], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 11, 12]
print(b)
b[:0] = ["head"]
b[len(b):] = ["tail"]
print(b)
b[-2:] = []
print(b)
c = list(range(8))
c[::2] = "ABCD"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c[::-1] = range(8)
print(c)
del c[::3]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-11] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    del a[20]
except IndexError as e:
    print("IndexError:", e)
try:
    a["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
print(m)
shared = [[0] * 3] * 3
shared[1][2] = 5
print(shared)
s = slice(1, 8, 3)
print(a[s], s.start, s.stop, s.step, s.indices(5), slice(None, 2))
a[1], a[-1] = a[-1], a[1]
print(a)
print(a[True], a[False:3])
