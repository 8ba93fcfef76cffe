# Cycles of class instances: in CPython 3.10 each ordinary instance has its
# own __dict__, so a cycle of N instances is 2N unreachable objects.
# Weak references confirm the instances are freed only by the collector.
import gc, weakref
class Node:
    def __init__(self, name):
        self.name = name
        self.link = None
gc.collect()
a, b = Node("a"), Node("b")
a.link, b.link = b, a
wa = weakref.ref(a)
del a, b
print("alive before collect:", wa() is not None, wa().name)
print("collected:", gc.collect())
print("alive after collect:", wa())
n = Node("solo")
n.link = n
del n
print("self loop:", gc.collect())
nodes = [Node(str(i)) for i in range(10)]
for i, node in enumerate(nodes):
    node.link = nodes[i - 1]
refs = [weakref.ref(node) for node in nodes]
del nodes, node
print("ten-node ring:", gc.collect(), sum(r() is None for r in refs))
class Parent:
    def __init__(self):
        self.children = []
    def add(self, child):
        self.children.append(child)
        child.parent = self
class Child:
    pass
p = Parent()
for _ in range(3):
    p.add(Child())
del p
print("parent with 3 children (back references):", gc.collect())
class Slotted:
    __slots__ = ("other",)
s1, s2 = Slotted(), Slotted()
s1.other, s2.other = s2, s1
del s1, s2
print("slotted instances have no __dict__:", gc.collect())
