# gc.get_objects (optionally per generation) contains tracked objects such
# as our lists but not untracked atoms; gc.get_stats has one dict per
# generation with fixed keys (values are not printed).
import gc
mine = [1, 2, 3]
print(any(o is mine for o in gc.get_objects()))
s = "not tracked string"
print(any(o is s for o in gc.get_objects()))
gc.collect()
print(any(o is mine for o in gc.get_objects(generation=2)), any(o is mine for o in gc.get_objects(generation=0)))
fresh = []
print(any(o is fresh for o in gc.get_objects(generation=0)))
try:
    gc.get_objects(generation=3)
except ValueError as e:
    print("ValueError:", e)
stats = gc.get_stats()
print(type(stats).__name__, len(stats), [sorted(s) for s in stats][0])
print(all(isinstance(v, int) for s in stats for v in s.values()))
