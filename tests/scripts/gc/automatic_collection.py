# With the collector enabled, allocating many container objects triggers
# generation-0 collections automatically; with it disabled, cycles pile up
# until an explicit gc.collect().  Weak references count the survivors.
import gc, weakref
class Blob:
    pass
def make_cycles(n):
    refs = []
    for _ in range(n):
        b = Blob()
        b.self = b
        refs.append(weakref.ref(b))
    return refs
def alive(refs):
    return sum(1 for r in refs if r() is not None)
gc.collect()
gc.disable()
refs = make_cycles(500)
print("disabled: all alive:", alive(refs))
print("explicit collect frees:", gc.collect() >= 500, alive(refs))
gc.enable()
gc.set_threshold(50, 10, 10)
refs = make_cycles(2000)
print("enabled: some already freed:", alive(refs) < 2000)
gc.collect()
print("after collect:", alive(refs))
gc.set_threshold(700, 10, 10)
