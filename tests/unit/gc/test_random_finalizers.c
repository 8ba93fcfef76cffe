/* tests/unit/gc/test_random_finalizers.c: random graphs (graph.h) in which
 * some instances have a __del__ that records its call and, for about a
 * third of them, resurrects the object by storing it in a global list.
 * The oracle knows PEP 442: a finalizer runs at most once per object ever,
 * whether the object dies by refcounting or in a collection; what a
 * finalizer resurrects survives the collection together with everything it
 * reaches, loses its weak references, and is freed without a second
 * __del__ call once released. */
#include "graph.h"
#include "interp_helpers.h"

static const int fin_kinds[NODE_KINDS] = {
    [NODE_LIST] = 3, [NODE_DICT] = 2, [NODE_INST] = 2, [NODE_TUPLE] = 2, [NODE_FIN] = 4,
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

INTERP_TEST(gc_random_finalizers, full_collections_run_each_finalizer_once)
{
    Graph g;
    graph_setup(&g, 0xde1e7e01);
    for (int round = 0; round < 60; round++) {
        graph_grow(&g, 20 + rng_below(&g.rng, 40), 40, 1 + round % 12, fin_kinds);
        graph_drop_some(&g, 70);
        graph_check(&g);
        graph_collect(&g, 2);
        graph_check(&g);
        mutate(&g, 20);
        graph_drop_some(&g, 50);
        graph_check(&g);
        /* what __del__ resurrected dies for good now, without __del__ */
        graph_release_resurrected(&g);
        graph_check(&g);
        graph_collect(&g, 2);
        graph_check(&g);
        graph_reset(&g);
    }
}

INTERP_TEST(gc_random_finalizers, young_collections_with_resurrection)
{
    Graph g;
    graph_setup(&g, 0xde1e7e02);
    for (int round = 0; round < 40; round++) {
        for (int step = 0; step < 6; step++) {
            graph_grow(&g, 5 + rng_below(&g.rng, 15), 15, rng_below(&g.rng, 8), fin_kinds);
            graph_drop_some(&g, 40);
            graph_check(&g);
            graph_collect(&g, rng_below(&g.rng, 3));
            graph_check(&g);
            if (rng_percent(&g.rng, 30)) {
                graph_release_resurrected(&g);
                graph_check(&g);
            }
            mutate(&g, 10);
        }
        graph_reset(&g);
    }
}
