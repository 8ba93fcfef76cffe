/* tests/unit/gc/test_gc_module.c: the `gc` module's switches as programs
 * use them: DEBUG_SAVEALL fills gc.garbage instead of freeing, freeze()
 * moves everything to a generation that is never collected and unfreeze()
 * brings it back into the oldest one, atomic tuples and dicts stop being
 * tracked, gc.callbacks and gc.get_stats() see every collection, and
 * get_count() follows the generations.  Each program passes unchanged under
 * CPython 3.10. */
#include "interp_helpers.h"

/* DEBUG_SAVEALL: the cycles land in gc.garbage (finalizers still run, once),
 * and are freed after gc.garbage is emptied. */
static const char saveall_keeps_garbage_in_gc_garbage_src[] =
    "import gc, weakref\n"
    "gc.disable()\n"
    "gc.collect()\n"
    "class A: pass\n"
    "gc.set_debug(gc.DEBUG_SAVEALL)\n"
    "a = []; a.append(a)\n"
    "b = A(); b.self = b\n"
    "ida, idb = id(a), id(b)\n"
    "wb = weakref.ref(b)\n"
    "del a, b\n"
    "n = gc.collect()\n"
    "assert n == 3, n\n"
    "assert len(gc.garbage) == 3, len(gc.garbage)\n"
    "ids = [id(x) for x in gc.garbage]\n"
    "assert ida in ids and idb in ids\n"
    "assert wb() is None, \"weak references are cleared even when saved\"\n"
    "gc.set_debug(0)\n"
    "gc.garbage.clear()\n"
    "n = gc.collect()\n"
    "assert n == 3, n\n"
    "assert gc.garbage == []\n"
    "calls = []\n"
    "class F:\n"
    "    def __del__(self):\n"
    "        calls.append(1)\n"
    "gc.set_debug(gc.DEBUG_SAVEALL)\n"
    "f = F(); f.self = f\n"
    "del f\n"
    "assert gc.collect() == 2\n"
    "assert calls == [1], \"finalizers run under DEBUG_SAVEALL\"\n"
    "gc.set_debug(0)\n"
    "gc.garbage.clear()\n"
    "assert gc.collect() == 2\n"
    "assert calls == [1], calls\n";

INTERP_TEST(gc_module, saveall_keeps_garbage_in_gc_garbage)
{
    run_py(saveall_keeps_garbage_in_gc_garbage_src);
}

/* gc.freeze() / gc.unfreeze(). */
static const char frozen_objects_are_never_collected_src[] =
    "import gc, weakref\n"
    "gc.disable()\n"
    "gc.collect()\n"
    "class A: pass\n"
    "a = A(); a.self = a\n"
    "wa = weakref.ref(a)\n"
    "gc.freeze()\n"
    "assert gc.get_freeze_count() > 0\n"
    "assert gc.get_count() == (0, 0, 0), gc.get_count()\n"
    "del a\n"
    "assert gc.collect() == 0\n"
    "assert wa() is not None, \"frozen objects are never collected\"\n"
    "assert not any(o is wa() for o in gc.get_objects(generation=2))\n"
    "gc.unfreeze()\n"
    "assert gc.get_freeze_count() == 0\n"
    "assert any(o is wa() for o in gc.get_objects(generation=2))\n"
    "assert gc.collect(1) == 0, \"unfrozen objects go to the oldest generation\"\n"
    "assert gc.collect() == 2\n"
    "assert wa() is None\n";

INTERP_TEST(gc_module, frozen_objects_are_never_collected)
{
    run_py(frozen_objects_are_never_collected_src);
}

/* gc.is_tracked() of tuples and dicts at creation and after collections. */
static const char atomic_tuples_and_dicts_are_untracked_src[] =
    "import gc\n"
    "gc.disable()\n"
    "gc.collect()\n"
    "class A: pass\n"
    "one = 1\n"
    "t1 = (one, 2, \"x\"); t2 = (t1, 3.0); t3 = ([],); t4 = ((), (one,))\n"
    "d1 = {}; d2 = {\"a\": 1}; d3 = {\"a\": []}; d4 = {\"a\": (one, 2)}\n"
    "assert gc.is_tracked(t1) and gc.is_tracked(t2) and gc.is_tracked(t3)\n"
    "assert not gc.is_tracked(d1), \"an empty dict is not tracked\"\n"
    "assert not gc.is_tracked(d2), \"nor a dict of atoms\"\n"
    "assert gc.is_tracked(d3)\n"
    "assert gc.is_tracked(d4), \"a tracked tuple tracks the dict\"\n"
    "gc.collect()\n"
    "assert not gc.is_tracked(t1) and not gc.is_tracked(t2), \"atomic tuples are untracked\"\n"
    "assert gc.is_tracked(t3)\n"
    "gc.collect()\n"
    "assert not gc.is_tracked(t4), \"nested atomic tuples: by the second collection\"\n"
    "assert not gc.is_tracked(d4), \"a full collection untracks atomic dicts\"\n"
    "assert gc.is_tracked(d3)\n"
    "d3[\"a\"] = 1\n"
    "gc.collect(0)\n"
    "assert gc.is_tracked(d3), \"only full collections untrack dicts\"\n"
    "gc.collect()\n"
    "assert not gc.is_tracked(d3)\n"
    "d3[\"b\"] = A()\n"
    "assert gc.is_tracked(d3)\n"
    "assert not gc.is_tracked(1) and not gc.is_tracked(\"s\") and not gc.is_tracked(None)\n"
    "assert gc.is_tracked([]) and gc.is_tracked(A()) and gc.is_tracked(set())\n"
    "t5 = tuple([A()])\n"
    "gc.collect()\n"
    "assert gc.is_tracked(t5)\n";

INTERP_TEST(gc_module, atomic_tuples_and_dicts_are_untracked)
{
    run_py(atomic_tuples_and_dicts_are_untracked_src);
}

/* gc.callbacks, gc.get_stats(), gc.get_count() after collections, thresholds. */
static const char callbacks_stats_counts_thresholds_src[] =
    "import gc\n"
    "gc.disable()\n"
    "gc.collect()\n"
    "log = []\n"
    "def cb(phase, info):\n"
    "    log.append((phase, info[\"generation\"], info[\"collected\"], info[\"uncollectable\"]))\n"
    "gc.callbacks.append(cb)\n"
    "a = []; a.append(a)\n"
    "del a\n"
    "gc.collect(1)\n"
    "gc.callbacks.remove(cb)\n"
    "assert log == [(\"start\", 1, 0, 0), (\"stop\", 1, 1, 0)], log\n"
    "s0 = gc.get_stats()\n"
    "b = []; b.append(b); del b\n"
    "gc.collect(0)\n"
    "s1 = gc.get_stats()\n"
    "assert s1[0][\"collections\"] == s0[0][\"collections\"] + 1\n"
    "assert s1[0][\"collected\"] == s0[0][\"collected\"] + 1\n"
    "assert s1[1] == s0[1] and s1[2] == s0[2]\n"
    "gc.collect(0)\n"
    "c = gc.get_count()\n"
    "gc.collect(0)\n"
    "c2 = gc.get_count()\n"
    "assert c2[1] == c[1] + 1, (c, c2)\n"
    "gc.collect(1)\n"
    "c3 = gc.get_count()\n"
    "assert c3[1] == 0 and c3[2] == c2[2] + 1, (c2, c3)\n"
    "gc.collect()\n"
    "assert gc.get_count()[1:] == (0, 0)\n"
    "old = gc.get_threshold()\n"
    "gc.set_threshold(123, 4, 5)\n"
    "assert gc.get_threshold() == (123, 4, 5)\n"
    "gc.set_threshold(*old)\n"
    "assert not gc.isenabled()\n"
    "gc.enable(); assert gc.isenabled(); gc.disable()\n";

INTERP_TEST(gc_module, callbacks_stats_counts_thresholds)
{
    run_py(callbacks_stats_counts_thresholds_src);
}
