/* tests/unit/gc/graph.h: random object graphs checked against an
 * independent oracle, the way trusted collectors are tested.
 *
 * A graph is a set of nodes, each a real interpreter object: a list, a dict,
 * a tuple, an instance of a Python class (`Node`), an instance of a class
 * with __del__ (`Fin`, which may resurrect itself), or a weak reference with
 * a callback (`WRef`).  Every node but a WRef holds one private `probe`, a
 * tiny C object that records its own death, so a node's probe dies exactly
 * when the node is freed (or cleared); instances also have a weak reference
 * without callback.  Edges are list items, dict values, instance attributes
 * and tuple items.
 *
 * Next to the objects the graph keeps its own record: edges, which nodes the
 * test holds, generations.  The oracle computes from that record alone (not
 * through any traverse slot) what refcounting frees (graph_cascade), what a
 * collection of generation N finds unreachable, which finalizers and
 * callbacks must run, what resurrection keeps, and where survivors move.
 * graph_check() then compares with the real heap: probes, weak references,
 * __del__ and callback calls, the live-object count, generation lists.
 *
 * Start with graph_setup(), then build with graph_new() / graph_link(), drop
 * roots with graph_drop(), collect with graph_collect(), and end each round
 * with graph_reset(). */
#ifndef MINI_TESTS_GC_GRAPH_H
#define MINI_TESTS_GC_GRAPH_H

#include <stdint.h>

#include "vm/object.h"

enum {
    NODE_LIST,
    NODE_DICT,
    NODE_INST,
    NODE_TUPLE,
    NODE_FIN,        /* instance with __del__ */
    NODE_WREF,       /* weakref.ref(target, callback): no edges, no probe */
    NODE_KINDS
};

#define GRAPH_MAX_NODES 250     /* ids stay small ints (shared, never counted) */
#define GRAPH_SLOTS 4           /* dict keys 0..3, attributes e0..e3 */
#define GRAPH_MAX_ITEMS 8       /* list and tuple items */
#define GEN_UNTRACKED (-1)
#define GEN_PERMANENT 3         /* gc.freeze()'s generation */

/* What a WRef should have done with its callback object. */
enum { CB_KEPT, CB_DROPPED, CB_MAYBE };

typedef struct GNode {
    int kind;
    int alive;            /* oracle: not freed yet */
    int held;             /* the test holds a reference: a root */
    int held_py;          /* resurrected: the list `resurrected` holds it */
    int gen;              /* oracle: 0..2, or GEN_UNTRACKED */
    int nedges;           /* list, tuple: items; dict, instances: GRAPH_SLOTS */
    int edges[GRAPH_MAX_ITEMS];  /* child ids; -1: empty slot */
    int resurrects;       /* FIN: __del__ appends self to `resurrected` */
    int finalized;        /* FIN: oracle: __del__ has run */
    int weak_cleared;     /* oracle: the weak reference to it was cleared */
    int target;           /* WREF: the node referred to */
    int target_gone;      /* WREF: the target died (the reference is dead) */
    int calls;            /* WREF: oracle: callback calls expected, 0 or 1 */
    int calls_maybe;      /* WREF: the callback may or may not have run */
    int cb_state;         /* WREF: CB_KEPT, CB_DROPPED or CB_MAYBE */
    MiObject *obj;        /* owned while held, else borrowed while alive */
    MiObject *weak;       /* owned weak reference: to the instance; for a
                           * WREF to its callback object */
} GNode;

typedef struct Graph {
    GNode    nodes[GRAPH_MAX_NODES];
    int      n;
    uint64_t rng;
    intptr_t baseline;    /* live objects with no node alive */
    intptr_t collected;   /* what the last graph_collect returned */
    int      checks;      /* graph_check calls, for messages */
    int      tuple_item;  /* graph_new_tuple_of's item, else -1 */
} Graph;

/* Defines the classes in __main__, disables automatic collection, warms
 * up, and records the baseline.  Needs a running interpreter. */
void graph_setup(Graph *g, uint64_t seed);

/* A new node of `kind`, held by the test, in generation 0 (dicts start
 * untracked).  A tuple takes up to `max_items` random live nodes as items;
 * a WREF refers to a random live instance (or returns -1 when none). */
int  graph_new(Graph *g, int kind, int max_items);
/* A new tuple node holding exactly node `item`. */
int  graph_new_tuple_of(Graph *g, int item);
/* Makes `from` refer to `to`: a list appends, a dict or instance sets
 * slot `slot` (replacing what was there).  No-op for tuples and WREFs and
 * for full lists. */
void graph_link(Graph *g, int from, int slot, int to);
/* Removes edge `which` of `from` (list item index or slot). */
void graph_unlink(Graph *g, int from, int which);
/* The test drops its reference to node i. */
void graph_drop(Graph *g, int i);
/* Empties the Python list `resurrected` (the objects __del__ saved). */
void graph_release_resurrected(Graph *g);
/* Collects generation `generation` for real and in the oracle; checks the
 * number returned. */
void graph_collect(Graph *g, int generation);
/* Compares the heap with the oracle; fails the test on any difference. */
void graph_check(Graph *g);
/* Drops everything, collects, checks that every node died and that the
 * live-object count is back to the baseline; the graph is empty again. */
void graph_reset(Graph *g);

/* A random live node (-1 when none), optionally only mutable ones (list,
 * dict, instance). */
int  graph_pick(Graph *g, int mutable_only);
/* Adds random nodes, edges, cycles of `cycle_len` (planted), self-loops and
 * trees hanging off them: one building step of the random tests. */
void graph_grow(Graph *g, int nodes, int edges, int cycle_len, const int *kind_weights);
/* Drops each held root with probability percent / 100. */
void graph_drop_some(Graph *g, int percent);

#endif /* MINI_TESTS_GC_GRAPH_H */
