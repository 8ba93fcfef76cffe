# Counts of objects in reference cycles: a cycle keeps every member's count
# above zero after the names are gone; weak references show they survive.
import sys, gc, weakref

gc.disable()
a = []
b = []
a.append(b)
b.append(a)
print("two-cycle:", sys.getrefcount(a), sys.getrefcount(b))
c = [a]
print("plus outside holder:", sys.getrefcount(a))
del c

class N:
    pass

n1 = N()
n2 = N()
n3 = N()
n1.next = n2
n2.next = n3
n3.next = n1
print("three-cycle of instances:", sys.getrefcount(n1), sys.getrefcount(n2), sys.getrefcount(n3))
w = weakref.ref(n2)
print("weak ref does not count:", sys.getrefcount(n2))
del n1, n2, n3
print("instances alive after del:", w() is not None)
print("count of survivor via weakref:", sys.getrefcount(w()))
gc.enable()
gc.collect()
print("after collect:", w())

d = {}
d["me"] = d
print("self-referencing dict:", sys.getrefcount(d))
d2 = {"me": d}
print("plus another dict:", sys.getrefcount(d))
del d2
print(d)
del d["me"]
print("self reference removed:", sys.getrefcount(d))
