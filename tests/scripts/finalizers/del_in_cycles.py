# Objects with __del__ in reference cycles (PEP 442): they are finalized by
# the cycle collector, each __del__ runs exactly once, and the objects are
# then freed; nothing ends up in gc.garbage.  The order in which members of
# one cycle are finalized is the collector's business, so names are sorted.
import gc
finalized = []
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        finalized.append(self.name)
gc.collect()
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
del a, b
print("cycle unreachable, nothing finalized yet")
n = gc.collect()
print("collected objects:", n, "finalized:", sorted(finalized))
finalized.clear()
print("gc.garbage:", gc.garbage)
s = Node("self")
s.peer = s
del s
print("self-cycle collected:", gc.collect(), finalized)
finalized.clear()
ring = [Node(f"r{i}") for i in range(3)]
for i in range(3):
    ring[i].peer = ring[(i + 1) % 3]
names = sorted(node.name for node in ring)
del ring
print("ring of three built:", names, "finalized so far:", finalized)
count = gc.collect()
print("ring collected:", count, sorted(finalized))
print("each finalized once:", len(finalized) == len(set(finalized)))
finalized.clear()
gc.collect()
print("nothing more:", finalized)
