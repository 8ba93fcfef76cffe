# Containers hold references: each slot of a list, tuple, dict value and dict
# key counts, and removing the element gives the reference back.
import sys

obj = []
print("start:", sys.getrefcount(obj))
holder = [obj]
print("in one list:", sys.getrefcount(obj))
holder.append(obj)
holder.append(obj)
print("three slots:", sys.getrefcount(obj))
holder.pop()
print("after pop:", sys.getrefcount(obj))
holder.remove(obj)
print("after remove:", sys.getrefcount(obj))
holder.clear()
print("after clear:", sys.getrefcount(obj))

t = (obj, obj, obj)
print("tuple of three:", sys.getrefcount(obj))
del t
print("tuple deleted:", sys.getrefcount(obj))

d = {}
d["k1"] = obj
d["k2"] = obj
print("two dict values:", sys.getrefcount(obj))
d["k1"] = None
print("one value replaced:", sys.getrefcount(obj))
del d["k2"]
print("key deleted:", sys.getrefcount(obj))

n = 2
key = (1, n, "tuple key")
kd = {key: "v"}
print("tuple as dict key:", sys.getrefcount(key))
kd.pop(key)
print("popped:", sys.getrefcount(key))

s = set()
fz = frozenset([1])
s.add(fz)
print("in a set:", sys.getrefcount(fz))
s.discard(fz)
print("discarded:", sys.getrefcount(fz))

# slices copy references
big = [obj] * 5
print("list of five:", sys.getrefcount(obj))
part = big[1:3]
print("plus slice of two:", sys.getrefcount(obj))
del big[:]
print("big emptied:", sys.getrefcount(obj))
del part
print("slice gone:", sys.getrefcount(obj))

# nested containers
inner = [1, 2]
outer = [[inner], {"x": inner}, (inner,)]
print("nested three times:", sys.getrefcount(inner))
del outer
print("outer deleted:", sys.getrefcount(inner))
