# del on every kind of target, with reference counts showing the release:
# names, subscripts, slices, attributes, tuples and lists of targets.
import sys

val = ["value"]
names = {}
n1 = val
n2 = val
print("two names:", sys.getrefcount(val))
del n1, n2
print("del a, b:", sys.getrefcount(val))

seq = [val, val, val, val, val]
print("list of five:", sys.getrefcount(val))
del seq[0]
print("del seq[0]:", sys.getrefcount(val), len(seq))
del seq[-1]
print("del seq[-1]:", sys.getrefcount(val), len(seq))
del seq[::2]
print("del seq[::2]:", sys.getrefcount(val), len(seq))
del seq[:]
print("del seq[:]:", sys.getrefcount(val), seq)

d = {"a": val, "b": val}
del d["a"]
print("del d['a']:", sys.getrefcount(val), d == {"b": val})

class O:
    pass

o = O()
o.attr = val
print("attribute:", sys.getrefcount(val))
del o.attr
print("del o.attr:", sys.getrefcount(val), hasattr(o, "attr"))

m = [val]
k = {"x": val}
del (m[0], k["x"])
print("del (m[0], k['x']):", sys.getrefcount(val), m, k)

p = val
q = val
del [p, q]
print("del [p, q]:", sys.getrefcount(val))

nested = [[val, val], [val]]
del nested[0][1], nested[1]
print("nested targets:", sys.getrefcount(val), len(nested), len(nested[0]))

try:
    del p
except NameError as e:
    print("NameError:", e)

def f():
    local = val
    print("local bound:", sys.getrefcount(val))
    del local
    print("local deleted:", sys.getrefcount(val))
    try:
        print(local)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

f()
