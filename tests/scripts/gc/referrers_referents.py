# gc.get_referents lists what an object refers to (list and tuple items,
# an instance's class and __dict__); gc.get_referrers finds containers
# holding an object (checked with `is`: the full list includes frames etc.).
# The order of referents is pinned down in referents_order.py.
import gc
x = [1, 2]
y = {"k": 3}
lst = [x, y, "s", x]
print(len(gc.get_referents(lst)), sum(r is x for r in gc.get_referents(lst)), any(r is y for r in gc.get_referents(lst)))
tup = (x, y)
print(len(gc.get_referents(tup)), any(r is x for r in gc.get_referents(tup)))
class Box:
    def __init__(self, v):
        self.v = v
b = Box(x)
refs = gc.get_referents(b)
print(any(r is Box for r in refs), any(r is b.__dict__ for r in refs))
print(any(r is x for r in gc.get_referents(b.__dict__)))
print(any(r is lst for r in gc.get_referrers(x)), any(r is tup for r in gc.get_referrers(x)), any(r is b.__dict__ for r in gc.get_referrers(x)))
print(any(r is lst for r in gc.get_referrers(y)), any(r is lst for r in gc.get_referrers([])))
multi = gc.get_referents(lst, tup)
print(len(multi), sum(1 for r in multi if r is x))
print(gc.get_referents(1, "s", None), gc.get_referents())
d = {"key": x}
print(any(r is x for r in gc.get_referents(d)))
print(any(r is d for r in gc.get_referrers(x)))
only_ref = [x]
owners = [r for r in gc.get_referrers(x) if isinstance(r, list) and r is not lst]
print(any(o is only_ref for o in owners))
