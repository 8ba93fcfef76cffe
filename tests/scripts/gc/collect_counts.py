# gc.collect() returns the number of unreachable objects it found.  After a
# first collect to start clean, the count for cycles made of our own lists,
# dicts and tuples is exact; objects still reachable are never counted.
import gc
gc.collect()
a = []
a.append(a)
del a
print("self-referencing list:", gc.collect())
x, y = [], []
x.append(y)
y.append(x)
del x, y
print("two lists:", gc.collect())
ring = [[] for _ in range(5)]
for i in range(5):
    ring[i].append(ring[(i + 1) % 5])
del ring[:]
del ring
print("ring of five lists:", gc.collect())
d = {}
d["me"] = d
del d
print("self-referencing dict:", gc.collect())
l = []
t = (l,)
l.append(t)
del l, t
print("list and tuple:", gc.collect())
outer = {"a": [], "b": []}
outer["a"].append(outer)
outer["b"].append(outer["a"])
del outer
print("dict with two lists:", gc.collect())
keep = []
keep.append(keep)
print("still referenced by a name:", gc.collect())
holder = [keep]
del keep
print("reachable through holder:", gc.collect())
del holder
print("holder gone, cycle freed:", gc.collect())
print("nothing left:", gc.collect())
chain = []
node = chain
for _ in range(100):
    nxt = []
    node.append(nxt)
    node = nxt
node.append(chain)
del chain, node, nxt
print("cycle of 101 lists:", gc.collect())
plain = [[1], [2], {"k": [3]}]
del plain
print("acyclic garbage freed by refcount:", gc.collect())
