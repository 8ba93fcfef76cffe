# Iterators, views and lazy objects hold references to what they iterate:
# a list iterator holds its list, dict views hold their dict, map/zip/
# enumerate/reversed hold their iterators; copies made by list(), dict.copy()
# and multiplication add one reference per slot.
import sys
data = [[0], [1]]
print("list:", sys.getrefcount(data))
it = iter(data)
print("with iterator:", sys.getrefcount(data))
rv = reversed(data)
print("with reversed:", sys.getrefcount(data))
del it, rv
print("iterators gone:", sys.getrefcount(data))
d = {"k": [1]}
keys, vals, items = d.keys(), d.values(), d.items()
print("dict with three views:", sys.getrefcount(d))
del keys, vals, items
print("views gone:", sys.getrefcount(d))
inner = data[0]
print("element:", sys.getrefcount(inner))
copy1 = list(data)
copy2 = data[:]
copy3 = data.copy()
print("three shallow copies:", sys.getrefcount(inner))
del copy1, copy2, copy3
tripled = data * 3
print("list * 3:", sys.getrefcount(inner))
del tripled
print("back:", sys.getrefcount(inner))
m = map(len, data)
z = zip(data, data)
e = enumerate(data)
print("map, zip, enumerate over the list:", sys.getrefcount(data))
first_pair = next(z)
print("pair from zip holds the element twice:", sys.getrefcount(inner))
del first_pair
del m, z, e
print("lazy objects gone:", sys.getrefcount(data), sys.getrefcount(inner))
dcopy = d.copy()
value = d["k"]
print("dict value shared by copy:", sys.getrefcount(value))
del dcopy
s = sorted(data, key=len)
print("sorted copy:", sys.getrefcount(inner))
del s
print("final:", sys.getrefcount(data), sys.getrefcount(inner), sys.getrefcount(value))
