# gc.callbacks: functions called with ("start", info) and ("stop", info)
# around each collection; info has generation, collected, uncollectable.
# Automatic collection is disabled so only explicit collections report.
import gc
gc.disable()
gc.collect()
events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
a = []
a.append(a)
b = {}
b["b"] = b
del a, b
n = gc.collect()
print(n, events)
events.clear()
gc.collect(0)
print(events)
def cb2(phase, info):
    events.append(("cb2", phase))
gc.callbacks.append(cb2)
events.clear()
gc.collect()
print(events)
gc.callbacks.remove(cb)
gc.callbacks.remove(cb2)
events.clear()
gc.collect()
print(events, gc.callbacks)
gc.enable()
