# examples/05_self_reference.py: a list that contains itself.
#
# a = []; a.append(a) prints as [[...]]: the repr stops at the cycle.  Its
# refcount is 2 (the name and its own slot); after `del a` it is 1 forever,
# until the collector subtracts the self-reference and finds gc_refs 0.
# Writes self_reference.png.
import gc
import sys
import objgraph

a = []
a.append(a)
print("a =", a, " a[0][0][0] is a:", a[0][0][0] is a)
print("sys.getrefcount(a) =", sys.getrefcount(a), "(name, own slot, argument)")
objgraph.show_refs([a], filename="self_reference.png")
objs = [a]
del a
(refcount, gc_refs, verdict), = gc._explain(objs)
print("after del a: refcount %d, gc_refs %d -> %s" % (refcount, gc_refs, verdict))
del objs
print("gc.collect() ->", gc.collect())
