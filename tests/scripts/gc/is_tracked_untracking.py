# CPython's untracking optimisations observable with gc.is_tracked: empty
# dicts and dicts of atomic values are not tracked until a container is
# stored in them; a tuple of atoms is untracked by the first collection
# that examines it; a tuple holding a list stays tracked.
import gc
d = {}
print("empty dict:", gc.is_tracked(d))
d["a"] = 1
d["b"] = "text"
print("dict of atoms:", gc.is_tracked(d))
d["c"] = []
print("dict holding a list:", gc.is_tracked(d))
print("dict literal with list:", gc.is_tracked({"k": []}), "with tuple of atoms:", gc.is_tracked({"k": (1, 2)}))
n = 3
t = (n, "x")
print("fresh tuple of atoms:", gc.is_tracked(t))
gc.collect()
print("after a collection:", gc.is_tracked(t))
lst = []
t2 = (n, lst)
gc.collect()
print("tuple with a list after collection:", gc.is_tracked(t2))
print("empty tuple:", gc.is_tracked(()))
class K:
    pass
print("instance:", gc.is_tracked(K()), "its __dict__:", gc.is_tracked(K().__dict__))
