/* tests/unit/gc/graph.c: the random-graph engine of graph.h.
 *
 * The oracle, in the graph's own terms (nodes, recorded edges, roots):
 *   - refcounting (cascade): a node nobody alive refers to and the test
 *     does not hold dies; a Fin node first runs __del__ once, and lives on
 *     if __del__ resurrected it (then the list `resurrected` holds it, and
 *     it is tracked again in generation 0);
 *   - a collection of generation G examines the tracked live nodes of
 *     generations 0..G ("young"); the ones not reachable from a root, from
 *     `resurrected` or from any node outside young are unreachable (U);
 *     weak references to U are cleared, callbacks of live references to U
 *     run, finalizers of U run, what they resurrected (and all it reaches)
 *     survives, the rest of U is freed, and refcounting frees what hung
 *     only off U; surviving young nodes move to generation G+1;
 *   - tuples holding only untracked tuples may stop being tracked when
 *     they are examined, dicts too in a full collection (order dependent,
 *     so the oracle accepts either and follows the heap).
 * Costs: each node is 2 live objects (itself and its probe), instances 3
 * (their dict), a WRef 3 (the reference, the callback object, its dict),
 * plus one weak reference per instance or WRef that the graph owns. */
#include "graph.h"

#include <stdlib.h>

#include "interp_helpers.h"

#include "gc/gc.h"
#include "vm/list.h"
#include "vm/tuple.h"
#include "vm/weakref.h"

/* Known bug (gc_weakref_callbacks/refcount_death_drops_the_callback): when
 * a referent dies by refcounting, mini keeps the callback object referenced
 * by the dead weak reference where CPython drops it.  While set, the
 * oracle accepts either. */
#define TOLERATE_CALLBACK_KEPT 0

/* ---- probes ---------------------------------------------------------------- */

typedef struct Probe {
    MI_HEAD
    int id;
} Probe;

static int probe_deaths[GRAPH_MAX_NODES];

static void
probe_dealloc(MiObject *o)
{
    probe_deaths[((Probe *)o)->id]++;
    mi_object_free(o);
}

static MiType probe_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "probe",
    .basicsize = sizeof(Probe),
    .dealloc = probe_dealloc,
};

static MiObject *
probe_new(int id)
{
    Probe *p = (Probe *)mi_object_alloc(&probe_type);
    cr_assert_not_null(p);
    p->id = id;
    probe_deaths[id] = 0;
    return (MiObject *)p;
}

/* ---- setup -------------------------------------------------------------------- */

static const char setup_src[] =
    "finalized = []\n"
    "resurrected = []\n"
    "called = []\n"
    "class Node:\n"
    "    pass\n"
    "class Fin:\n"
    "    def __del__(self):\n"
    "        finalized.append(self.i)\n"
    "        if self.res:\n"
    "            resurrected.append(self)\n"
    "class CB:\n"
    "    def __init__(self, i):\n"
    "        self.i = i\n"
    "    def __call__(self, wr):\n"
    "        called.append(self.i)\n"
    /* warm up every path once, so that lazily made objects exist before
     * the baseline is taken */
    "import weakref\n"
    "def _warm():\n"
    "    a = Fin(); a.i = 0; a.res = False; a.probe = None; a.e0 = a\n"
    "    b = Node(); b.e1 = [b]; r = weakref.ref(b, CB(0)); r2 = weakref.ref(a)\n"
    "    del a, b\n"
    "    import gc; gc.collect()\n"
    "    c = Node(); r3 = weakref.ref(c, CB(0)); del c\n"
    "_warm()\n"
    "finalized.clear(); called.clear()\n"
    "del _warm\n";

enum { NAME_E0, NAME_PROBE = GRAPH_SLOTS, NAME_I, NAME_RES, NAMES };
static MiObject *names[NAMES];          /* borrowed: _graph_names holds them */
static const char *const name_text[NAMES] = {"e0", "e1", "e2", "e3", "probe", "i", "res"};
#define PROBE_KEY 100                   /* dict nodes keep their probe here */

void
graph_setup(Graph *g, uint64_t seed)
{
    MiObject *list;
    memset(g, 0, sizeof *g);
    g->rng = seed ? seed : 1;
    g->tuple_item = -1;
    run_py(setup_src);
    list = mi_list_new(0);
    cr_assert_not_null(list);
    for (int k = 0; k < NAMES; k++) {
        MiObject *s = mi_str_intern_cstr(name_text[k]);
        cr_assert_not_null(s);
        cr_assert_eq(mi_list_append(list, s), 0);
        names[k] = s;
        MI_DECREF(s);
    }
    cr_assert_eq(mi_dict_set_cstr(main_dict(), "_graph_names", list), 0);
    MI_DECREF(list);
    mi_state->gc.enabled = 0;           /* collections happen when a test says */
    mi_gc_collect(&mi_state->gc, 2);
    g->baseline = live_objects();
}

/* Borrowed: a small int (-5..256), a static object. */
static MiObject *
small_int(int v)
{
    MiObject *o = mi_int_from_i64(v);
    cr_assert(o != NULL && mi_int_is_small(o));
    MI_DECREF(o);
    return o;
}

/* ---- helpers ---------------------------------------------------------------------- */

static const char *const kind_name[NODE_KINDS] = {"list", "dict", "inst", "tuple", "fin", "wref"};

static int
is_instance(int kind)
{
    return kind == NODE_INST || kind == NODE_FIN;
}

static int
is_mutable(int kind)
{
    return kind == NODE_LIST || kind == NODE_DICT || is_instance(kind);
}

static MiObject *
main_list(const char *name)
{
    MiObject *l = py_global(name);
    cr_assert(mi_list_check(l), "%s is not a list", name);
    return l;
}

/* A tuple of only untracked tuples: never in a cycle, may be untracked. */
static int
is_atomic(Graph *g, int i)
{
    GNode *nd = &g->nodes[i];
    if (nd->kind != NODE_TUPLE && nd->kind != NODE_DICT)
        return 0;
    for (int e = 0; e < nd->nedges; e++) {
        int c = nd->edges[e];
        if (c < 0)
            continue;
        if (g->nodes[c].kind != NODE_TUPLE || !is_atomic(g, c))
            return 0;
    }
    return 1;
}

typedef struct PtrIndex {
    MiObject *obj;
    int       slot;
} PtrIndex;

static int
cmp_ptr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const PtrIndex *)a)->obj;
    uintptr_t y = (uintptr_t)((const PtrIndex *)b)->obj;
    return x < y ? -1 : x > y;
}

/* out[k] = the generation objs[k] is linked in (GEN_UNTRACKED, 0..2 or
 * GEN_PERMANENT), found by walking the collector's lists once. */
static void
actual_gens(MiObject **objs, int n, int *out)
{
    PtrIndex *idx = malloc(sizeof(PtrIndex) * (size_t)(n ? n : 1));
    MiGcState *gc = &mi_state->gc;
    cr_assert_not_null(idx);
    for (int k = 0; k < n; k++) {
        idx[k].obj = objs[k];
        idx[k].slot = k;
        out[k] = GEN_UNTRACKED;
    }
    qsort(idx, (size_t)n, sizeof *idx, cmp_ptr);
    for (int gen = 0; gen <= GEN_PERMANENT; gen++) {
        MiGcHead *list = gen == GEN_PERMANENT ? &gc->permanent : &gc->gens[gen].head;
        for (MiGcHead *h = list->next; h != list; h = h->next) {
            PtrIndex key = {MI_GC_OBJECT(h), 0};
            PtrIndex *hit = bsearch(&key, idx, (size_t)n, sizeof *idx, cmp_ptr);
            if (hit != NULL)
                out[hit->slot] = gen;
        }
    }
    free(idx);
}

static int
actual_gen_of(MiObject *o)
{
    int gen;
    actual_gens(&o, 1, &gen);
    return gen;
}

/* Borrowed: the objects a node owns besides its probe (an instance's dict,
 * a WRef's callback object and its dict); returns how many. */
static int
owned_extras(GNode *nd, MiObject **out)
{
    int n = 0;
    if (is_instance(nd->kind)) {
        MiObject **d = mi_obj_dict_ptr(nd->obj);
        if (d != NULL && *d != NULL)
            out[n++] = *d;
    } else if (nd->kind == NODE_WREF) {
        MiObject *cb = ((MiWeakRef *)nd->obj)->callback;
        if (cb != NULL) {
            MiObject **d = mi_obj_dict_ptr(cb);
            out[n++] = cb;
            if (d != NULL && *d != NULL)
                out[n++] = *d;
        }
    }
    return n;
}

/* ---- the oracle ------------------------------------------------------------------- */

/* Weak references to the nodes that just died (died[i]): WRef targets are
 * gone; a callback runs when its reference outlives the cascade. */
static void
weak_deaths(Graph *g, const char *died)
{
    for (int w = 0; w < g->n; w++) {
        GNode *wn = &g->nodes[w];
        if (wn->kind != NODE_WREF || wn->target_gone || !died[wn->target])
            continue;
        wn->target_gone = 1;
        if (died[w])
            wn->calls_maybe = 1;        /* both died: order decides */
        else if (wn->alive) {
            wn->calls++;
            /* CPython drops the callback once it ran from a dealloc */
            wn->cb_state = TOLERATE_CALLBACK_KEPT ? CB_MAYBE : CB_DROPPED;
        }
    }
}

/* Simulated refcounting from the current state; died[] marks deaths
 * (nodes already marked there are dying in the same wave). */
static void
cascade(Graph *g, char *died)
{
    int cnt[GRAPH_MAX_NODES] = {0}, queue[GRAPH_MAX_NODES], qn = 0;
    for (int i = 0; i < g->n; i++) {
        GNode *nd = &g->nodes[i];
        if (!nd->alive)
            continue;
        for (int e = 0; e < nd->nedges; e++) {
            if (nd->edges[e] >= 0)
                cnt[nd->edges[e]]++;
        }
    }
    for (int i = 0; i < g->n; i++) {
        GNode *nd = &g->nodes[i];
        if (nd->alive && cnt[i] == 0 && !nd->held && !nd->held_py)
            queue[qn++] = i;
    }
    while (qn > 0) {
        int i = queue[--qn];
        GNode *nd = &g->nodes[i];
        if (nd->kind == NODE_FIN && !nd->finalized) {
            nd->finalized = 1;
            if (nd->resurrects) {
                nd->held_py = 1;
                nd->gen = 0;            /* untracked to die, tracked anew */
                continue;
            }
        }
        nd->alive = 0;
        died[i] = 1;
        for (int e = 0; e < nd->nedges; e++) {
            int c = nd->edges[e];
            if (c >= 0 && --cnt[c] == 0 && !g->nodes[c].held && !g->nodes[c].held_py)
                queue[qn++] = c;
        }
    }
    weak_deaths(g, died);
}

static void
refcount_step(Graph *g)
{
    char died[GRAPH_MAX_NODES] = {0};
    cascade(g, died);
}

/* Marks in seen[] every live node reachable from the nodes already marked. */
static void
mark_reachable(Graph *g, char *seen)
{
    int stack[GRAPH_MAX_NODES], sp = 0;
    for (int i = 0; i < g->n; i++) {
        if (seen[i])
            stack[sp++] = i;
    }
    while (sp > 0) {
        GNode *nd = &g->nodes[stack[--sp]];
        for (int e = 0; e < nd->nedges; e++) {
            int c = nd->edges[e];
            if (c >= 0 && g->nodes[c].alive && !seen[c]) {
                seen[c] = 1;
                stack[sp++] = c;
            }
        }
    }
}

/* ---- building ----------------------------------------------------------------------- */

int
graph_pick(Graph *g, int mutable_only)
{
    int cand[GRAPH_MAX_NODES], n = 0;
    for (int i = 0; i < g->n; i++) {
        if (g->nodes[i].alive && (!mutable_only || is_mutable(g->nodes[i].kind)))
            cand[n++] = i;
    }
    return n ? cand[rng_below(&g->rng, n)] : -1;
}

static int
pick_instance(Graph *g)
{
    int cand[GRAPH_MAX_NODES], n = 0;
    for (int i = 0; i < g->n; i++) {
        if (g->nodes[i].alive && is_instance(g->nodes[i].kind))
            cand[n++] = i;
    }
    return n ? cand[rng_below(&g->rng, n)] : -1;
}

static void
set_attr(MiObject *o, MiObject *name, MiObject *value)
{
    int rc = mi_obj_setattr(o, name, value);
    if (rc < 0)
        mi_handle_uncaught();
    cr_assert_eq(rc, 0, "setattr failed");
}

int
graph_new(Graph *g, int kind, int max_items)
{
    int i = g->n;
    GNode *nd;
    MiObject *probe = NULL;
    cr_assert_lt(i, GRAPH_MAX_NODES, "graph full");
    nd = &g->nodes[i];
    memset(nd, 0, sizeof *nd);
    nd->kind = kind;
    nd->target = -1;
    for (int e = 0; e < GRAPH_MAX_ITEMS; e++)
        nd->edges[e] = -1;
    if (kind != NODE_WREF)
        probe = probe_new(i);
    switch (kind) {
    case NODE_LIST:
        nd->obj = mi_list_new(0);
        cr_assert_not_null(nd->obj);
        cr_assert_eq(mi_list_append(nd->obj, probe), 0);
        nd->gen = 0;
        break;
    case NODE_DICT: {
        nd->obj = mi_dict_new();
        cr_assert_not_null(nd->obj);
        cr_assert_eq(mi_dict_set(nd->obj, small_int(PROBE_KEY), probe), 0);
        nd->nedges = GRAPH_SLOTS;
        nd->gen = GEN_UNTRACKED;        /* holds no container yet */
        break;
    }
    case NODE_TUPLE: {
        int k = max_items > 0 ? rng_below(&g->rng, max_items + 1) : 0;
        nd->nedges = 0;
        if (g->tuple_item >= 0) {
            nd->edges[nd->nedges++] = g->tuple_item;
            g->tuple_item = -1;
            k = 0;
        }
        for (int j = 0; j < k && j < GRAPH_MAX_ITEMS; j++) {
            int c = graph_pick(g, 0);
            if (c >= 0)
                nd->edges[nd->nedges++] = c;
        }
        nd->obj = mi_tuple_new(1 + nd->nedges);
        cr_assert_not_null(nd->obj);
        MI_TUPLE_ITEMS(nd->obj)[0] = probe;
        probe = NULL;                   /* the tuple took it */
        for (int j = 0; j < nd->nedges; j++)
            MI_TUPLE_ITEMS(nd->obj)[1 + j] = mi_newref(g->nodes[nd->edges[j]].obj);
        nd->gen = 0;
        break;
    }
    case NODE_INST:
    case NODE_FIN:
        nd->obj = mi_call0(py_global(kind == NODE_FIN ? "Fin" : "Node"));
        cr_assert_not_null(nd->obj);
        set_attr(nd->obj, names[NAME_PROBE], probe);
        if (kind == NODE_FIN) {
            nd->resurrects = rng_percent(&g->rng, 35);
            set_attr(nd->obj, names[NAME_I], small_int(i));
            set_attr(nd->obj, names[NAME_RES], nd->resurrects ? MI_TRUE : MI_FALSE);
        }
        nd->nedges = GRAPH_SLOTS;
        nd->gen = 0;
        nd->weak = mi_weakref_new(nd->obj, NULL);
        cr_assert_not_null(nd->weak);
        break;
    case NODE_WREF: {
        MiObject *cb, *arg;
        nd->target = pick_instance(g);
        if (nd->target < 0)
            return -1;
        arg = mi_int_from_i64(i);
        cb = mi_call1(py_global("CB"), arg);
        MI_DECREF(arg);
        cr_assert_not_null(cb);
        nd->obj = mi_weakref_new(g->nodes[nd->target].obj, cb);
        cr_assert_not_null(nd->obj);
        nd->weak = mi_weakref_new(cb, NULL);
        cr_assert_not_null(nd->weak);
        MI_DECREF(cb);
        nd->gen = 0;
        break;
    }
    default:
        cr_assert_fail("bad kind %d", kind);
    }
    MI_XDECREF(probe);
    nd->alive = 1;
    nd->held = 1;
    g->n++;
    return i;
}

/* May the dict-tracking rule see `c` as a possible cycle member? */
static int
may_be_tracked(Graph *g, int c)
{
    return g->nodes[c].kind != NODE_TUPLE || g->nodes[c].gen != GEN_UNTRACKED;
}

int
graph_new_tuple_of(Graph *g, int item)
{
    cr_assert(g->nodes[item].alive);
    g->tuple_item = item;
    return graph_new(g, NODE_TUPLE, 0);
}

void
graph_link(Graph *g, int from, int slot, int to)
{
    GNode *nd = &g->nodes[from];
    MiObject *child = g->nodes[to].obj;
    cr_assert(nd->alive && g->nodes[to].alive, "linking dead nodes %d -> %d", from, to);
    slot %= GRAPH_SLOTS;
    switch (nd->kind) {
    case NODE_LIST:
        if (nd->nedges == GRAPH_MAX_ITEMS)
            return;
        cr_assert_eq(mi_list_append(nd->obj, child), 0);
        nd->edges[nd->nedges++] = to;
        break;
    case NODE_DICT: {
        if (nd->gen == GEN_UNTRACKED && may_be_tracked(g, to))
            nd->gen = 0;
        nd->edges[slot] = to;
        cr_assert_eq(mi_dict_set(nd->obj, small_int(slot), child), 0);
        break;
    }
    case NODE_INST:
    case NODE_FIN:
        nd->edges[slot] = to;
        set_attr(nd->obj, names[NAME_E0 + slot], child);
        break;
    default:
        return;
    }
    refcount_step(g);
}

void
graph_unlink(Graph *g, int from, int which)
{
    GNode *nd = &g->nodes[from];
    cr_assert(nd->alive);
    switch (nd->kind) {
    case NODE_LIST: {
        MiObject *idx;
        if (nd->nedges == 0)
            return;
        which %= nd->nedges;
        memmove(nd->edges + which, nd->edges + which + 1,
                sizeof(int) * (size_t)(nd->nedges - which - 1));
        nd->edges[--nd->nedges] = -1;
        idx = mi_int_from_i64(which + 1);
        cr_assert_eq(mi_obj_delitem(nd->obj, idx), 0);
        MI_DECREF(idx);
        break;
    }
    case NODE_DICT:
        which %= GRAPH_SLOTS;
        if (nd->edges[which] < 0)
            return;
        nd->edges[which] = -1;
        cr_assert_eq(mi_dict_del(nd->obj, small_int(which)), 0);
        break;
    case NODE_INST:
    case NODE_FIN:
        which %= GRAPH_SLOTS;
        if (nd->edges[which] < 0)
            return;
        nd->edges[which] = -1;
        set_attr(nd->obj, names[NAME_E0 + which], NULL);
        break;
    default:
        return;
    }
    refcount_step(g);
}

void
graph_drop(Graph *g, int i)
{
    GNode *nd = &g->nodes[i];
    MiObject *o = nd->obj;
    cr_assert(nd->held, "node %d is not held", i);
    nd->held = 0;
    refcount_step(g);                   /* the oracle first: nd->obj may die */
    MI_DECREF(o);
    cr_assert(!mi_err_occurred(), "an exception leaked out of a dealloc");
}

/* Binds global `name` to a new empty list; returns the old one (new
 * reference). */
static MiObject *
replace_list(const char *name)
{
    MiObject *old = mi_newref(main_list(name));
    MiObject *fresh = mi_list_new(0);
    cr_assert_not_null(fresh);
    cr_assert_eq(mi_dict_set_cstr(main_dict(), name, fresh), 0);
    MI_DECREF(fresh);
    return old;
}

void
graph_release_resurrected(Graph *g)
{
    MiObject *old = replace_list("resurrected");
    for (int i = 0; i < g->n; i++)
        g->nodes[i].held_py = 0;
    refcount_step(g);
    MI_DECREF(old);
}

void
graph_collect(Graph *g, int G)
{
    char young[GRAPH_MAX_NODES] = {0}, seen[GRAPH_MAX_NODES] = {0};
    char in_u[GRAPH_MAX_NODES] = {0}, died[GRAPH_MAX_NODES] = {0};
    MiObject *extras[GRAPH_MAX_NODES * 2];
    int extra_owner[GRAPH_MAX_NODES * 2], extra_gen[GRAPH_MAX_NODES * 2], nextra = 0;
    intptr_t expected = 0, got;

    /* 1. who is young, and who reaches what from outside it */
    for (int i = 0; i < g->n; i++) {
        GNode *nd = &g->nodes[i];
        if (!nd->alive)
            continue;
        young[i] = nd->gen != GEN_UNTRACKED && nd->gen <= G;
        if (nd->held || nd->held_py || !young[i])
            seen[i] = 1;
        {
            int k0 = nextra;
            nextra += owned_extras(nd, extras + nextra);
            for (int k = k0; k < nextra; k++)
                extra_owner[k] = i;
        }
    }
    actual_gens(extras, nextra, extra_gen);
    mark_reachable(g, seen);
    for (int i = 0; i < g->n; i++)
        in_u[i] = g->nodes[i].alive && young[i] && !seen[i];

    /* 2. weak references to U are cleared; callbacks of live ones run */
    for (int i = 0; i < g->n; i++) {
        GNode *nd = &g->nodes[i];
        if (in_u[i])
            nd->weak_cleared = 1;
        if (nd->kind == NODE_WREF && nd->alive && !nd->target_gone && in_u[nd->target]) {
            nd->target_gone = 1;
            if (!in_u[i]) {
                nd->calls++;
                nd->gen = G + 1 < MI_GC_GENERATIONS ? G + 1 : G;   /* moved to `old` */
            }
        }
    }
    /* 3. finalizers of U, resurrection */
    memset(seen, 0, sizeof seen);
    for (int i = 0; i < g->n; i++) {
        GNode *nd = &g->nodes[i];
        if (in_u[i] && nd->kind == NODE_FIN && !nd->finalized) {
            nd->finalized = 1;
            if (nd->resurrects) {
                nd->held_py = 1;
                seen[i] = 1;
            }
        }
    }
    mark_reachable(g, seen);
    /* 4. the rest of U is freed, then refcounting does the rest */
    for (int i = 0; i < g->n; i++) {
        GNode *nd = &g->nodes[i];
        if (!young[i] || !nd->alive)
            continue;
        if (in_u[i] && !seen[i]) {
            nd->alive = 0;
            died[i] = 1;
            expected++;
            for (int k = 0; k < nextra; k++) {
                if (extra_owner[k] == i && extra_gen[k] >= 0 && extra_gen[k] <= G)
                    expected++;
            }
        } else {
            nd->gen = G + 1 < MI_GC_GENERATIONS ? G + 1 : G;
        }
    }
    cascade(g, died);

    got = mi_gc_collect(&mi_state->gc, G);
    g->collected = got;
    cr_assert(!mi_err_occurred(), "collect(%d) left an exception set", G);
    cr_assert_eq(got, expected, "collect(%d) returned %ld, the oracle says %ld", G, (long)got,
                 (long)expected);

    /* 5. untracked atomic tuples (and dicts, in full collections) */
    for (int i = 0; i < g->n; i++) {
        GNode *nd = &g->nodes[i];
        int actual;
        if (!nd->alive || nd->gen == GEN_UNTRACKED)
            continue;
        actual = actual_gen_of(nd->obj);
        if (actual == GEN_UNTRACKED && is_atomic(g, i) &&
            ((nd->kind == NODE_TUPLE && young[i]) || (nd->kind == NODE_DICT && G == 2)))
            nd->gen = GEN_UNTRACKED;
    }
}

/* ---- checking ------------------------------------------------------------------------ */

static int
count_in_list(MiObject *list, int id)
{
    int n = 0;
    for (intptr_t k = 0; k < MI_LIST_SIZE(list); k++) {
        MiObject *x = MI_LIST_ITEMS(list)[k];
        if (mi_int_check(x) && mi_int_as_ssize(x) == id)
            n++;
    }
    return n;
}

void
graph_check(Graph *g)
{
    MiObject *objs[GRAPH_MAX_NODES];
    int gens[GRAPH_MAX_NODES], slot[GRAPH_MAX_NODES], nobj = 0;
    intptr_t expect_live = g->baseline;
    MiObject *finalized = main_list("finalized"), *called = main_list("called");
    MiObject *resurrected = main_list("resurrected");
    intptr_t held_py = 0;
    int c = ++g->checks;

    cr_assert(!mi_err_occurred(), "check %d: an exception is set", c);
    for (int i = 0; i < g->n; i++) {
        GNode *nd = &g->nodes[i];
        const char *k = kind_name[nd->kind];
        if (nd->kind != NODE_WREF) {
            cr_assert_eq(probe_deaths[i], !nd->alive,
                         "check %d: node %d (%s) %s, the oracle says it is %s", c, i, k,
                         probe_deaths[i] > 1 ? "died twice"
                                             : probe_deaths[i] ? "was freed" : "is alive",
                         nd->alive ? "alive" : "garbage");
        }
        if (nd->weak != NULL) {
            int dead = mi_weakref_get(nd->weak) == MI_NONE;
            if (nd->kind == NODE_WREF) {
                /* this one watches the callback object */
                if (nd->alive && nd->cb_state != CB_MAYBE) {
                    cr_assert_eq(dead, nd->cb_state == CB_DROPPED, "check %d: the callback "
                                 "object of wref %d is %s", c, i, dead ? "dead" : "alive");
                }
                if (!nd->alive)
                    cr_assert(dead, "check %d: wref %d died, its callback object lives", c, i);
                else if (!dead)
                    expect_live += 2;   /* the callback object and its dict */
            } else {
                cr_assert_eq(dead, !nd->alive || nd->weak_cleared, "check %d: the weak "
                             "reference to node %d (%s) is %s", c, i, k,
                             dead ? "dead" : "alive");
            }
            expect_live++;
        }
        if (nd->kind == NODE_FIN) {
            int runs = count_in_list(finalized, i);
            cr_assert_eq(runs, nd->finalized, "check %d: __del__ of node %d ran %d times, "
                         "expected %d", c, i, runs, nd->finalized);
        }
        if (nd->kind == NODE_WREF) {
            int calls = count_in_list(called, i);
            if (nd->calls_maybe)
                cr_assert(calls == nd->calls || calls == nd->calls + 1,
                          "check %d: callback of wref %d ran %d times", c, i, calls);
            else
                cr_assert_eq(calls, nd->calls, "check %d: callback of wref %d ran %d times, "
                             "expected %d", c, i, calls, nd->calls);
        }
        if (!nd->alive)
            continue;
        held_py += nd->held_py;
        expect_live += nd->kind == NODE_WREF ? 1 : is_instance(nd->kind) ? 3 : 2;
        if (nd->kind == NODE_WREF) {
            MiObject *t = mi_weakref_get(nd->obj);
            if (nd->target_gone)
                cr_assert_eq(t, MI_NONE, "check %d: wref %d still refers to dead node %d", c,
                             i, nd->target);
            else
                cr_assert_eq(t, g->nodes[nd->target].obj, "check %d: wref %d lost its target",
                             c, i);
        }
        slot[nobj] = i;
        objs[nobj++] = nd->obj;
    }
    cr_assert_eq(MI_LIST_SIZE(resurrected), held_py, "check %d: %ld objects resurrected, "
                 "expected %ld", c, (long)MI_LIST_SIZE(resurrected), (long)held_py);
    cr_assert_eq(live_objects(), expect_live, "check %d: %ld objects alive, the oracle says %ld",
                 c, (long)live_objects(), (long)expect_live);
    if (c % 8 == 0)
        assert_heap_refcounts("graph_check");
    actual_gens(objs, nobj, gens);
    for (int k = 0; k < nobj; k++) {
        GNode *nd = &g->nodes[slot[k]];
        cr_assert_eq(gens[k], nd->gen, "check %d: node %d (%s) is in generation %d, "
                     "expected %d", c, slot[k], kind_name[nd->kind], gens[k], nd->gen);
    }
}

/* ---- rounds ------------------------------------------------------------------------- */

void
graph_reset(Graph *g)
{
    for (int i = 0; i < g->n; i++) {
        if (g->nodes[i].held)
            graph_drop(g, i);
    }
    /* each pass may finalize (and so resurrect) objects the last one kept */
    for (int pass = 0; pass <= GRAPH_MAX_NODES; pass++) {
        int left = 0;
        graph_release_resurrected(g);
        graph_collect(g, 2);
        for (int i = 0; i < g->n; i++)
            left += g->nodes[i].alive;
        if (left == 0)
            break;
    }
    graph_check(g);
    for (int i = 0; i < g->n; i++) {
        GNode *nd = &g->nodes[i];
        cr_assert(!nd->alive, "node %d (%s) outlived the end of the round", i,
                  kind_name[nd->kind]);
        MI_CLEAR(nd->weak);
    }
    MI_DECREF(replace_list("finalized"));
    MI_DECREF(replace_list("called"));
    g->n = 0;
    cr_assert_eq(live_objects(), g->baseline, "%ld objects left after the round",
                 (long)(live_objects() - g->baseline));
}

static int
pick_kind(Graph *g, const int *weights)
{
    int total = 0, r;
    for (int k = 0; k < NODE_KINDS; k++)
        total += weights[k];
    r = rng_below(&g->rng, total);
    for (int k = 0; k < NODE_KINDS; k++) {
        if (r < weights[k])
            return k;
        r -= weights[k];
    }
    return NODE_LIST;
}

/* A new mutable node of a random mutable kind the weights allow. */
static int
new_mutable(Graph *g, const int *weights)
{
    int w[NODE_KINDS] = {0};
    for (int k = 0; k < NODE_KINDS; k++)
        w[k] = is_mutable(k) ? weights[k] : 0;
    w[NODE_LIST] += 1;
    return graph_new(g, pick_kind(g, w), 0);
}

void
graph_grow(Graph *g, int nodes, int edges, int cycle_len, const int *weights)
{
    int room = GRAPH_MAX_NODES - 24;
    for (int k = 0; k < nodes && g->n < room; k++)
        graph_new(g, pick_kind(g, weights), 3);
    if (cycle_len > 0 && g->n + 2 * cycle_len + 4 < GRAPH_MAX_NODES) {
        /* a planted cycle of old and new nodes, sometimes with a hop
         * through a tuple, and a small tree hanging off it */
        int ring[24], n = 0, a;
        for (int k = 0; k < cycle_len && k < 24; k++) {
            int m = rng_percent(&g->rng, 50) ? graph_pick(g, 1) : -1;
            for (int j = 0; j < n; j++) {
                if (ring[j] == m)
                    m = -1;
            }
            ring[n++] = m >= 0 ? m : new_mutable(g, weights);
        }
        for (int k = 0; k < n; k++) {
            int to = ring[(k + 1) % n];
            if (rng_percent(&g->rng, 20)) {
                int t = graph_new_tuple_of(g, to);
                graph_link(g, ring[k], rng_below(&g->rng, GRAPH_SLOTS), t);
                graph_drop(g, t);
            } else {
                graph_link(g, ring[k], rng_below(&g->rng, GRAPH_SLOTS), to);
            }
        }
        a = new_mutable(g, weights);
        graph_link(g, ring[0], rng_below(&g->rng, GRAPH_SLOTS), a);
        graph_link(g, a, 0, new_mutable(g, weights));
        graph_link(g, a, 1, graph_new(g, NODE_TUPLE, 2));
    }
    for (int k = 0; k < edges; k++) {
        int from = graph_pick(g, 1), to = graph_pick(g, 0);
        if (from < 0 || to < 0)
            break;
        if (rng_percent(&g->rng, 10))
            to = from;                  /* a self-loop */
        graph_link(g, from, rng_below(&g->rng, GRAPH_SLOTS), to);
    }
}

void
graph_drop_some(Graph *g, int percent)
{
    for (int i = 0; i < g->n; i++) {
        if (g->nodes[i].held && rng_percent(&g->rng, percent))
            graph_drop(g, i);
    }
}
