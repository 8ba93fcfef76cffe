# examples/04_scenarios_a_b.py: article 000's scenarios A and B, as the
# collector sees them.
#
#   A: a=[1,3]; b=[2,4]; a.append(b); b.append(a); del a; del b
#   B: the same, but only `del a`
# The collector copies each refcount into gc_refs, subtracts the references
# the examined objects hold on each other, and keeps whatever has gc_refs > 0
# plus everything reachable from it.  In B, a's gc_refs drops to 0 ("first
# instance: guilty"), but b still reaches it ("second instance: acquitted").
# Pictures: scenario_a.png and scenario_b.png, coloured by verdict (salmon:
# unreachable, light blue: reachable through another object, green:
# reachable from outside).  The table printed here is what
# gc.set_debug(gc.DEBUG_EXPLAIN) prints on stderr during a real collection.
import gc
import objgraph


def explain(objs):
    for obj, (refcount, gc_refs, verdict) in zip(objs, gc._explain(objs)):
        print("  %-16s refcount %d, gc_refs %d: %s" % (str(obj[:2]) + "+", refcount,
                                                      gc_refs, verdict))


def scenario(keep_b):
    a = [1, 3]
    b = [2, 4]
    a.append(b)
    b.append(a)
    objs = [a, b]
    del a
    if not keep_b:
        del b
    explain(objs)
    name = "scenario_b.png" if keep_b else "scenario_a.png"
    objgraph.show_refs(objs, explain=True, filename=name,
                       filter=lambda x: type(x) is list)
    return objs


print("Scenario A (del a; del b):")
scenario(keep_b=False)
print("gc.collect() ->", gc.collect())
print("Scenario B (del a only; b is a local name here: an outside reference):")
scenario(keep_b=True)
print("gc.collect() ->", gc.collect(), "(b was returned and dropped: now both are garbage)")
