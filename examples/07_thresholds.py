# examples/07_thresholds.py: generations and thresholds.
#
# gc.get_threshold() is (700, 10, 10): generation 0 is collected when
# allocations minus deallocations of containers pass 700, generation 1
# after 10 collections of generation 0, generation 2 after 10 of
# generation 1.  gc.get_count() shows the three counters move; a callback
# in gc.callbacks reports each automatic collection.  Objects that survive
# a collection move one generation up.
import gc
import objgraph

print("thresholds:", gc.get_threshold())
gc.collect()
print("after gc.collect(), counts:", gc.get_count())

seen = []


def watch(phase, info):
    if phase == "stop":
        seen.append(info["generation"])


gc.callbacks.append(watch)
keep = []
for i in range(2000):
    keep.append([i])
gc.callbacks.remove(watch)
print("2000 new lists triggered", len(seen), "automatic collections",
      "of generations", sorted(set(seen)))
print("counts now:", gc.get_count())

survivor = [1, 2]
where = [g for g in range(3) if any(o is survivor for o in gc.get_objects(g))]
print("a new list is in generation", where)
gc.collect(0)
where = [g for g in range(3) if any(o is survivor for o in gc.get_objects(g))]
print("after gc.collect(0) it survived into generation", where)
gc.collect(1)
where = [g for g in range(3) if any(o is survivor for o in gc.get_objects(g))]
print("after gc.collect(1): generation", where)
print("lists alive:", objgraph.count("list") >= 2000)
