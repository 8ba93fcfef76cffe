# gc.garbage and DEBUG_SAVEALL: with the flag set, unreachable objects are
# kept in gc.garbage instead of being freed; the flag constants; get_debug.
import gc
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print(gc.get_debug(), gc.garbage, type(gc.garbage).__name__)
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
a = ["first"]
b = ["second"]
a.append(b)
b.append(a)
del a, b
print("found:", gc.collect())
print("kept in gc.garbage:", len(gc.garbage))
kept = sorted(item[0] for item in gc.garbage)
print(kept)
print(gc.garbage[0][1][1] is gc.garbage[0])
gc.set_debug(0)
print(gc.get_debug())
gc.garbage.clear()
print("garbage cleared:", gc.garbage, gc.collect())
c = []
c.append(c)
del c
print("without SAVEALL:", gc.collect(), gc.garbage)
