# Objects that survive a collection move to the next generation: a new list
# starts in generation 0, collect(0) promotes it to 1, collect(1) to 2, and
# a full collection leaves it in 2.  Automatic collection is disabled so
# only the explicit collections move objects.
import gc
gc.disable()
gc.collect()
def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(generation=g))]
survivor = ["I survive"]
print("new object:", where(survivor))
gc.collect(0)
print("after collect(0):", where(survivor))
gc.collect(0)
print("collect(0) again:", where(survivor))
gc.collect(1)
print("after collect(1):", where(survivor))
gc.collect(2)
print("after collect(2):", where(survivor))
young = []
print("another new object:", where(young))
gc.collect(1)
print("collect(1) examines generations 0 and 1, survivors go to 2:", where(young))
gc.collect()
print("full collection:", where(young))
cyc = []
cyc.append(cyc)
gc.collect(0)
del cyc
print("cycle promoted to generation 1 is not found by collect(0):", gc.collect(0))
print("collect(1) finds it:", gc.collect(1))
gc.enable()
