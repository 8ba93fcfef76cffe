/* tests/unit/gc/test_finalizers.c: __del__ and the collector (PEP 442).
 * Each test runs a Python program through the interpreter; the programs
 * assert on what CPython 3.10 guarantees (each passes unchanged there):
 * finalizers of garbage run before anything is cleared, at most once per
 * object ever, may resurrect their object (and so everything it reaches),
 * may build new cycles (left for the next collection), may call
 * gc.collect() (a no-op inside a collection), and may raise (reported, the
 * collection goes on).  Automatic collection is off: counts are exact. */
#include "interp_helpers.h"

/* A cycle member's __del__ saves it: nothing is freed, weak references are
 * cleared, and once released it dies without a second __del__. */
static const char resurrected_cycle_survives_once_src[] =
    "import gc, weakref\n"
    "gc.disable()\n"
    "gc.collect()\n"
    "calls = []\n"
    "saved = []\n"
    "class R:\n"
    "    def __del__(self):\n"
    "        calls.append(self.name)\n"
    "        saved.append(self)\n"
    "r = R(); r.name = \"r\"; r.self = r\n"
    "wr = weakref.ref(r)\n"
    "del r\n"
    "n = gc.collect()\n"
    "assert calls == [\"r\"], calls\n"
    "assert len(saved) == 1 and saved[0].name == \"r\"\n"
    "assert wr() is None, \"weak references to garbage are cleared before __del__\"\n"
    "assert gc.is_finalized(saved[0])\n"
    "assert n == 0, n\n"
    "wr2 = weakref.ref(saved[0])\n"
    "saved.clear()\n"
    "n = gc.collect()\n"
    "assert calls == [\"r\"], (\"__del__ ran again\", calls)\n"
    "assert wr2() is None\n"
    "assert n == 2, n\n";

INTERP_TEST(gc_finalizers, resurrected_cycle_survives_once)
{
    run_py(resurrected_cycle_survives_once_src);
}

/* __del__ run by a refcount death resurrects: the object is tracked again and
 * keeps its weak references; released, it dies without __del__. */
static const char resurrection_from_a_refcount_death_src[] =
    "import gc, weakref\n"
    "gc.disable()\n"
    "calls = []\n"
    "saved = []\n"
    "class R:\n"
    "    def __del__(self):\n"
    "        calls.append(self.name)\n"
    "        saved.append(self)\n"
    "r = R(); r.name = \"q\"\n"
    "wq = weakref.ref(r)\n"
    "del r\n"
    "assert calls == [\"q\"], calls\n"
    "assert wq() is saved[0], \"a resurrected object keeps its weak references\"\n"
    "assert gc.is_tracked(saved[0]) and gc.is_finalized(saved[0])\n"
    "saved.clear()\n"
    "assert wq() is None\n"
    "assert calls == [\"q\"], (\"__del__ ran again\", calls)\n";

INTERP_TEST(gc_finalizers, resurrection_from_a_refcount_death)
{
    run_py(resurrection_from_a_refcount_death_src);
}

/* What a resurrected object reaches survives intact: no cycle was broken. */
static const char resurrected_object_keeps_what_it_reaches_src[] =
    "import gc\n"
    "gc.disable()\n"
    "gc.collect()\n"
    "saved = []\n"
    "class Keep:\n"
    "    def __del__(self):\n"
    "        saved.append(self)\n"
    "k = Keep(); k.friend = [k]; k.friend.append({\"x\": k})\n"
    "del k\n"
    "n = gc.collect()\n"
    "assert n == 0, n\n"
    "assert len(saved) == 1 and saved[0].friend[1][\"x\"] is saved[0]\n"
    "assert saved[0].friend[0] is saved[0], \"the cycle was not broken\"\n"
    "saved.clear()\n"
    "n = gc.collect()\n"
    "assert n == 4, n\n";

INTERP_TEST(gc_finalizers, resurrected_object_keeps_what_it_reaches)
{
    run_py(resurrected_object_keeps_what_it_reaches_src);
}

/* Ten resurrecting objects in one ring; then an object resurrected by a
 * refcount death that later dies in a cycle. */
static const char finalizer_runs_once_per_object_ever_src[] =
    "import gc, weakref\n"
    "gc.disable()\n"
    "gc.collect()\n"
    "calls = []\n"
    "saved = []\n"
    "class R:\n"
    "    def __del__(self):\n"
    "        calls.append(self.i)\n"
    "        saved.append(self)\n"
    "ring = [R() for i in range(10)]\n"
    "for i, r in enumerate(ring):\n"
    "    r.i = i\n"
    "    r.next = ring[(i + 1) % 10]\n"
    "del r\n"
    "ring.clear()\n"
    "assert gc.collect() == 0\n"
    "assert sorted(calls) == list(range(10)), calls\n"
    "refs = [weakref.ref(x) for x in saved]\n"
    "saved.clear()\n"
    "n = gc.collect()\n"
    "assert n == 20, n\n"
    "assert sorted(calls) == list(range(10)), (\"__del__ ran twice\", calls)\n"
    "assert all(r() is None for r in refs)\n"
    "# refcount death first, then a cycle: still one call\n"
    "x = R(); x.i = 99\n"
    "del x\n"
    "x = saved.pop()\n"
    "x.self = x\n"
    "del x\n"
    "assert gc.collect() == 2\n"
    "assert calls.count(99) == 1, calls\n";

INTERP_TEST(gc_finalizers, finalizer_runs_once_per_object_ever)
{
    run_py(finalizer_runs_once_per_object_ever_src);
}

/* __del__ builds a new cycle, and one that refers to the dying object. */
static const char finalizer_cycles_wait_for_the_next_collection_src[] =
    "import gc, weakref\n"
    "gc.disable()\n"
    "gc.collect()\n"
    "class Node: pass\n"
    "created = []\n"
    "class F:\n"
    "    def __del__(self):\n"
    "        n = Node(); n.me = n\n"
    "        created.append(weakref.ref(n))\n"
    "f = F(); f.self = f\n"
    "del f\n"
    "n = gc.collect()\n"
    "assert n == 2, n\n"
    "assert len(created) == 1 and created[0]() is not None, \"a cycle made by __del__ waits\"\n"
    "n = gc.collect()\n"
    "assert n == 2, n\n"
    "assert created[0]() is None\n"
    "class G:\n"
    "    def __del__(self):\n"
    "        holder = Node(); holder.me = holder; holder.g = self\n"
    "        created.append(weakref.ref(holder))\n"
    "created.clear()\n"
    "g = G(); g.self = g\n"
    "wg = weakref.ref(g)\n"
    "del g\n"
    "assert gc.collect() == 0\n"
    "assert wg() is None\n"
    "h = created[0]()\n"
    "assert h is not None and type(h.g) is G, \"the new cycle resurrected the dying object\"\n"
    "del h\n"
    "n = gc.collect()\n"
    "assert n == 4, n\n";

INTERP_TEST(gc_finalizers, finalizer_cycles_wait_for_the_next_collection)
{
    run_py(finalizer_cycles_wait_for_the_next_collection_src);
}

/* gc.collect() inside __del__: 0 during a collection, a real collection from a
 * refcount death, and from many finalizers of one collection. */
static const char collect_called_from_del_src[] =
    "import gc\n"
    "gc.disable()\n"
    "gc.collect()\n"
    "results = []\n"
    "class D:\n"
    "    def __del__(self):\n"
    "        results.append(gc.collect())\n"
    "d = D(); d.self = d\n"
    "del d\n"
    "n = gc.collect()\n"
    "assert results == [0], (\"no collection inside a collection\", results)\n"
    "assert n == 2, n\n"
    "class E:\n"
    "    def __del__(self):\n"
    "        x = []; x.append(x)\n"
    "        del x\n"
    "        results.append(gc.collect())\n"
    "e = E()\n"
    "del e\n"
    "assert results == [0, 1], (\"from a refcount death it collects\", results)\n"
    "class Chain:\n"
    "    def __del__(self):\n"
    "        gc.collect()\n"
    "        results.append(self.n)\n"
    "for i in range(20):\n"
    "    c = Chain(); c.n = i; c.prev = c if i == 0 else prev; prev = c\n"
    "del c, prev\n"
    "gc.collect()\n"
    "assert sorted(results[2:]) == list(range(20)), results\n";

INTERP_TEST(gc_finalizers, collect_called_from_del)
{
    run_py(collect_called_from_del_src);
}

/* Both finalizers of a two-object cycle raise: both ran, both objects freed,
 * no exception left set. */
static const char raising_finalizers_do_not_stop_the_collection_src[] =
    "import gc, sys\n"
    "gc.disable()\n"
    "class Sink:\n"
    "    def __init__(self):\n"
    "        self.text = []\n"
    "    def write(self, s):\n"
    "        self.text.append(s)\n"
    "    def flush(self):\n"
    "        pass\n"
    "sink = Sink()\n"
    "sys.stderr = sink\n"
    "gc.collect()\n"
    "log = []\n"
    "class Boom:\n"
    "    def __del__(self):\n"
    "        log.append(self.name)\n"
    "        raise ValueError(self.name)\n"
    "a = Boom(); a.name = \"a\"\n"
    "b = Boom(); b.name = \"b\"\n"
    "a.b = b; b.a = a\n"
    "del a, b\n"
    "n = gc.collect()\n"
    "assert sorted(log) == [\"a\", \"b\"], log\n"
    "assert n == 4, n\n"
    "assert sys.exc_info() == (None, None, None)\n"
    "sys.stderr = sys.__stderr__\n"
    "report = \"\".join(sink.text)\n"
    "assert \"Exception ignored in\" in report, report\n"
    "assert \"ValueError: a\" in report, report\n";

INTERP_TEST(gc_finalizers, raising_finalizers_do_not_stop_the_collection)
{
    run_py(raising_finalizers_do_not_stop_the_collection_src);
}
