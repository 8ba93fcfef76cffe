# Freeing very long chains of containers (lists, instances, dicts, tuples,
# a cycle through a long chain) must not overflow the C stack: the
# trashcan defers nested deallocations past a fixed depth.
x = []
for i in range(200000):
    x = [x]
del x
print("lists ok")
class N:
    pass
h = None
for i in range(200000):
    n = N(); n.next = h; h = n
del h, n
print("instances ok")
d = {}
for i in range(100000):
    d = {"k": d}
del d
t = ()
for i in range(100000):
    t = (t,)
del t
print("dicts/tuples ok")
import gc
x = []
for i in range(100000):
    x = [x]
x.append(x)
del x
print(gc.collect() > 0)
