# examples/03_two_lists.py: the two lists that refer to each other.
#
# Article 000's cycle: list1 holds list2 and list2 holds list1.  After
# `del`, each still has refcount 1 (from the other), so reference counting
# never frees them; the cycle collector does.  This script draws the graph
# forwards (two_lists_refs.png) and backwards (two_lists_backrefs.png),
# asks the collector what it would decide (gc._explain: a dry run), then
# collects for real.
import gc
import objgraph


def explain(title, objs):
    """Prints the collector's dry-run verdict on each object of objs."""
    print(title)
    for obj, (refcount, gc_refs, verdict) in zip(objs, gc._explain(objs)):
        print("  %-18r refcount %d, gc_refs %d: %s" % (obj[:2], refcount, gc_refs, verdict))


list1 = [1, 2, 3]
list2 = [4, 5, 6]
list1.append(list2)
list2.append(list1)
objgraph.show_refs([list1], filename="two_lists_refs.png")
objgraph.show_backrefs([list1], max_depth=2, filename="two_lists_backrefs.png")

explain("While the names exist (the module's dict refers to both):", [list1, list2])
objs = [list1, list2]
del list1, list2
explain("After del list1, list2 (only each other, and this script's objs list):", objs)
objgraph.show_refs(objs, explain=True, filename="two_lists_explained.png")
del objs
print("gc.collect() found", gc.collect(), "unreachable objects: the two lists")
