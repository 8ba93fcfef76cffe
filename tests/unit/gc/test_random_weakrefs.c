/* tests/unit/gc/test_random_weakrefs.c: random graphs (graph.h) with weak
 * references that have callbacks, held by the test or stored inside the
 * graph.  The oracle's rules, CPython's: a callback runs once when its
 * referent dies while the reference itself is alive; a collection clears
 * every weak reference to its garbage first and calls only the callbacks of
 * references that are not garbage themselves; when referent and reference
 * die together by refcounting, the order decides (either is accepted). */
#include "graph.h"
#include "interp_helpers.h"

static const int weak_kinds[NODE_KINDS] = {
    [NODE_LIST] = 3, [NODE_DICT] = 2, [NODE_INST] = 4, [NODE_TUPLE] = 2, [NODE_WREF] = 3,
};

static void
mutate(Graph *g, int steps)
{
    for (int k = 0; k < steps; k++) {
        int from = graph_pick(g, 1), to = graph_pick(g, 0);
        if (from < 0 || to < 0)
            return;
        if (rng_percent(&g->rng, 40))
            graph_unlink(g, from, rng_below(&g->rng, GRAPH_MAX_ITEMS));
        else
            graph_link(g, from, rng_below(&g->rng, GRAPH_SLOTS), to);
    }
}

INTERP_TEST(gc_random_weakrefs, callbacks_run_for_live_references_only)
{
    Graph g;
    graph_setup(&g, 0x3eac0001);
    for (int round = 0; round < 60; round++) {
        graph_grow(&g, 20 + rng_below(&g.rng, 40), 40, 1 + round % 12, weak_kinds);
        graph_drop_some(&g, 60);
        graph_check(&g);
        graph_collect(&g, 2);
        graph_check(&g);
        mutate(&g, 20);
        graph_drop_some(&g, 50);
        graph_collect(&g, rng_below(&g.rng, 3));
        graph_check(&g);
        graph_reset(&g);
    }
}

INTERP_TEST(gc_random_weakrefs, young_collections_and_old_references)
{
    Graph g;
    graph_setup(&g, 0x3eac0002);
    for (int round = 0; round < 40; round++) {
        for (int step = 0; step < 6; step++) {
            graph_grow(&g, 5 + rng_below(&g.rng, 15), 15, rng_below(&g.rng, 8), weak_kinds);
            graph_drop_some(&g, 40);
            graph_check(&g);
            graph_collect(&g, rng_below(&g.rng, 3));
            graph_check(&g);
            mutate(&g, 10);
        }
        graph_reset(&g);
    }
}
