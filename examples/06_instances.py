# examples/06_instances.py: instances that point at each other.
#
# An instance keeps its attributes in a __dict__, so x.other = y is the
# path x -> x.__dict__ -> y.  Two such instances form a cycle of four
# containers.  Person has a __del__ (drawn as a small red circle): since
# Python 3.4 (PEP 442) the collector runs it once and then frees the cycle.
# Writes instances.png, and instances_explained.png after del.
import gc
import objgraph


class Person:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__ of", self.name)


x = Person("x")
y = Person("y")
x.other = y
y.other = x
not_types = lambda o: not isinstance(o, type)
objgraph.show_refs([x], max_depth=4, filter=not_types, filename="instances.png")
print("Person instances:", objgraph.count("Person"))
objs = [x]
del x, y
objgraph.show_refs(objs, max_depth=4, filter=not_types, explain=True,
                   filename="instances_explained.png")
del objs
print("gc.collect():")
print("  found", gc.collect(), "unreachable objects (two instances, two __dict__s)")
print("Person instances:", objgraph.count("Person"))
