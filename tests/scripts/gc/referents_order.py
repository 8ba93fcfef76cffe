# The order of gc.get_referents in CPython 3.10 follows each type's
# traverse function: lists and tuples are visited from the last item to the
# first; a dict with only str keys visits its values in order, other dicts
# visit value then key for each entry; an instance's __dict__ visits values.
# objgraph-style pictures are drawn in this order.
import gc
a, b, c = [1], {"d": 2}, "s"
print(gc.get_referents([a, b, c]))
print(gc.get_referents((a, b, c)))
print(gc.get_referents({"first": a, "second": 5}))
print(gc.get_referents({1: a, 2: 5}))
print(gc.get_referents({(1, 2): "tuple key"}))
class Obj:
    pass
o = Obj()
o.x = a
o.y = "why"
print(gc.get_referents(o.__dict__))
print(gc.get_referents([a, a]), gc.get_referents([]))
