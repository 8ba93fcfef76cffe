/* tests/unit/gc/test_random_graphs.c: the collector against an independent
 * reachability oracle (graph.h) on random graphs of lists, dicts, tuples
 * and instances of a Python class, with planted cycles of every length
 * (self-loops included), cycles through tuples, and trees hanging off
 * cycles.  A round builds a graph, drops random roots (refcounting must
 * free exactly the acyclic garbage), collects (exactly what is unreachable
 * must go, the rest must move to the next generation), mutates, drops and
 * collects again, and finally drops everything.  After every step the
 * probes, weak references, live-object count and generation lists must
 * agree with the oracle.  Each test runs many rounds from a fixed seed. */
#include "graph.h"
#include "interp_helpers.h"

static const int plain_kinds[NODE_KINDS] = {
    [NODE_LIST] = 4, [NODE_DICT] = 3, [NODE_INST] = 4, [NODE_TUPLE] = 3,
};

/* Random unlinks and links among live nodes. */
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

INTERP_TEST(gc_random, full_collections_free_exactly_the_unreachable)
{
    Graph g;
    graph_setup(&g, 0x5eed0001);
    for (int round = 0; round < 60; round++) {
        graph_grow(&g, 20 + rng_below(&g.rng, 40), 40, 1 + round % 16, plain_kinds);
        graph_check(&g);
        graph_drop_some(&g, 70);
        graph_check(&g);
        graph_collect(&g, 2);
        graph_check(&g);
        mutate(&g, 30);
        graph_check(&g);
        graph_drop_some(&g, 50);
        graph_collect(&g, 2);
        graph_check(&g);
        graph_reset(&g);
    }
}

INTERP_TEST(gc_random, every_cycle_length_up_to_twenty_four_is_found)
{
    Graph g;
    graph_setup(&g, 0x5eed0002);
    for (int len = 1; len <= 24; len++) {
        for (int rep = 0; rep < 3; rep++) {
            graph_grow(&g, 0, 0, len, plain_kinds);
            graph_drop_some(&g, 100);
            graph_check(&g);
            graph_collect(&g, rep);
            graph_check(&g);
            graph_reset(&g);
        }
    }
}

INTERP_TEST(gc_random, young_collections_leave_older_generations_alone)
{
    Graph g;
    graph_setup(&g, 0x5eed0003);
    for (int round = 0; round < 40; round++) {
        for (int step = 0; step < 6; step++) {
            int gen = rng_below(&g.rng, 10);
            gen = gen < 5 ? 0 : gen < 8 ? 1 : 2;
            graph_grow(&g, 5 + rng_below(&g.rng, 15), 15, rng_below(&g.rng, 8), plain_kinds);
            graph_drop_some(&g, 40);
            graph_check(&g);
            graph_collect(&g, gen);
            graph_check(&g);
            mutate(&g, 10);
        }
        graph_drop_some(&g, 100);
        graph_collect(&g, 0);
        graph_check(&g);
        graph_collect(&g, 1);
        graph_check(&g);
        graph_reset(&g);
    }
}
