# examples/02_aliases.py: who holds a reference, drawn.
#
# Every alias is one more arrow into the same object.  sys.getrefcount
# counts the arrows (plus its own argument); objgraph.show_backrefs draws
# them: the module's globals (a dict) under the names a, b and c, and the
# list `holder` at two indexes.  Writes aliases.png (or aliases.dot when
# Graphviz is missing).
import sys
import objgraph

a = [1, 2, 3]
b = a
c = b
holder = [a, a]
print("sys.getrefcount(a) =", sys.getrefcount(a),
      "(a, b, c, holder[0], holder[1], and getrefcount's argument)")
print("Drawing who refers to a; [N] in a label is its refcount without objgraph's own:")
objgraph.show_backrefs([a], max_depth=1, refcounts=True, filename="aliases.png")
del b, c, holder
print("after del b, c, holder: sys.getrefcount(a) =", sys.getrefcount(a))
