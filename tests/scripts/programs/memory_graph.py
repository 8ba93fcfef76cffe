# A memory-management walk-through like the articles': build an object graph
# of lists, dicts and instances, print reference counts as names and
# containers come and go, break it into a cycle, show that del leaves the
# cycle alive (weak references), and that gc.collect() frees it.
# mini: gc-timing
import gc, sys, weakref
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []
    def __repr__(self):
        return f"Node({self.name})"
a, b, c = Node("a"), Node("b"), Node("c")
print("fresh:", [sys.getrefcount(n) for n in (a, b, c)])
a.edges.append(b)
b.edges.append(c)
print("a->b->c:", [sys.getrefcount(n) for n in (a, b, c)])
registry = {"root": a, "all": [a, b, c]}
print("plus registry:", [sys.getrefcount(n) for n in (a, b, c)])
del registry
print("registry gone:", [sys.getrefcount(n) for n in (a, b, c)])
c.edges.append(a)
print("cycle closed:", [sys.getrefcount(n) for n in (a, b, c)])
refs = {n.name: weakref.ref(n) for n in (a, b, c)}
del a, b, c
print("names deleted, still alive:", sorted(k for k, r in refs.items() if r() is not None))
print("count of b via the graph:", sys.getrefcount(refs["b"]()))
found = gc.collect()
print("gc.collect():", found, "alive:", sorted(k for k, r in refs.items() if r() is not None))
x = []
y = [x]
x.append(y)
z = [x, y]
print("x, y, z:", sys.getrefcount(x), sys.getrefcount(y), sys.getrefcount(z))
del x, y
print("reachable from z, nothing collected:", gc.collect())
del z
print("z deleted, cycle collected:", gc.collect())
def leak(n):
    for i in range(n):
        d = {"id": i}
        d["self"] = d
before = gc.collect()
leak(50)
print("50 self-referencing dicts collected:", gc.collect())
print("threshold:", gc.get_threshold(), "tracked list:", gc.is_tracked([]), "tracked int:", gc.is_tracked(42))
