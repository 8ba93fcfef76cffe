# Generation thresholds and the enable switch: get_threshold/set_threshold
# (one, two or three values), isenabled/enable/disable, get_count has three
# ints, collect(generation) accepts 0..2 and rejects others.
import gc
print(gc.get_threshold())
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
count = gc.get_count()
print(type(count).__name__, len(count), all(type(c) is int for c in count))
gc.collect()
for gen in (0, 1, 2):
    cyc = []
    cyc.append(cyc)
    del cyc
    print("collect(%d):" % gen, gc.collect(gen))
print("collect(generation=2):", gc.collect(generation=2))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
gc.disable()
gc.collect()
cyc = []
cyc.append(cyc)
del cyc
print("explicit collect works while disabled:", gc.collect())
gc.enable()
