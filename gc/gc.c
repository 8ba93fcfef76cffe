/* gc/gc.c: the cycle collector. Refcounting cannot free containers that
 * only refer to each other; this file finds them. To collect generation N:
 *   1. merge the younger generations into N; copy each refcount into
 *      gc_refs (update_refs);
 *   2. traverse every object and decrement gc_refs of the children that
 *      are in the generations being collected (subtract_refs): what
 *      remains counts references from outside;
 *   3. objects with gc_refs > 0, and all they reach, are reachable: they
 *      move to generation N+1; the rest is tentatively unreachable
 *      (move_unreachable, CPython's single pass that moves objects back
 *      when a reachable object turns out to refer to them);
 *   4. the rest is garbage: clear the weak references to it (calling the
 *      callbacks of references that are themselves alive), run finalizers
 *      once (PEP 442), recompute reachability to keep what the finalizers
 *      resurrected, and break the remaining cycles with each type's
 *      `clear`, letting refcounting free them.
 * Invariant: a tracked object is in exactly one generation list; the
 * COLLECTING/UNREACHABLE flags are only set during a collection.
 * Start reading at mi_gc_collect(). */
#include "gc/gc.h"

#include <time.h>

/* ---- lists ------------------------------------------------------------------------ */

static inline void
list_init(MiGcHead *list)
{
    list->next = list;
    list->prev = list;
}

static inline int
list_is_empty(MiGcHead *list)
{
    return list->next == list;
}

static inline void
list_append(MiGcHead *node, MiGcHead *list)
{
    MiGcHead *last = list->prev;
    node->prev = last;
    node->next = list;
    last->next = node;
    list->prev = node;
}

static inline void
list_remove(MiGcHead *node)
{
    node->prev->next = node->next;
    node->next->prev = node->prev;
}

static inline void
list_move(MiGcHead *node, MiGcHead *list)
{
    list_remove(node);
    list_append(node, list);
}

/* Appends all of `from` to `to`; `from` becomes empty. */
static void
list_merge(MiGcHead *from, MiGcHead *to)
{
    if (!list_is_empty(from)) {
        MiGcHead *to_tail = to->prev, *from_head = from->next, *from_tail = from->prev;
        to_tail->next = from_head;
        from_head->prev = to_tail;
        to->prev = from_tail;
        from_tail->next = to;
    }
    list_init(from);
}

static intptr_t
list_size(MiGcHead *list)
{
    intptr_t n = 0;
    for (MiGcHead *g = list->next; g != list; g = g->next)
        n++;
    return n;
}

static inline intptr_t
get_refs(MiGcHead *g)
{
    return g->bits >> MI_GC_REFS_SHIFT;
}

static inline void
set_refs(MiGcHead *g, intptr_t refs)
{
    g->bits = (g->bits & MI_GC_FLAG_MASK) | (refs << MI_GC_REFS_SHIFT);
}

/* Clears the collection flags and gc_refs of every object of `list`. */
static void
list_clear_marks(MiGcHead *list)
{
    for (MiGcHead *g = list->next; g != list; g = g->next)
        g->bits &= MI_GC_FINALIZED;
}

/* ---- state ----------------------------------------------------------------------- */

void
mi_gc_init(MiGcState *gc)
{
    static const int thresholds[MI_GC_GENERATIONS] = {
        MI_GC_THRESHOLD0, MI_GC_THRESHOLD1, MI_GC_THRESHOLD2};
    for (int i = 0; i < MI_GC_GENERATIONS; i++) {
        list_init(&gc->gens[i].head);
        gc->gens[i].threshold = thresholds[i];
        gc->gens[i].count = 0;
        gc->stats[i].collections = 0;
        gc->stats[i].collected = 0;
        gc->stats[i].uncollectable = 0;
    }
    list_init(&gc->permanent);
    gc->long_lived_total = 0;
    gc->long_lived_pending = 0;
    gc->enabled = 1;
    gc->collecting = 0;
    gc->debug = 0;
    gc->stress = 0;
    gc->debug_out = stderr;
}

/* ---- the algorithm ---------------------------------------------------------------------- */

/* gc_refs = refcount, and mark as being collected. */
static void
update_refs(MiGcHead *young)
{
    for (MiGcHead *g = young->next; g != young; g = g->next) {
        MiObject *op = MI_GC_OBJECT(g);
        g->bits = (g->bits & MI_GC_FINALIZED) | MI_GC_COLLECTING;
        set_refs(g, op->refcnt);
    }
}

static int
visit_decref(MiObject *op, void *arg)
{
    (void)arg;
    if (mi_obj_is_gc(op)) {
        MiGcHead *g = MI_GC_HEAD(op);
        if (g->bits & MI_GC_COLLECTING)
            set_refs(g, get_refs(g) - 1);
    }
    return 0;
}

/* Subtracts the references internal to `young` from gc_refs. */
static void
subtract_refs(MiGcHead *young)
{
    for (MiGcHead *g = young->next; g != young; g = g->next) {
        MiObject *op = MI_GC_OBJECT(g);
        if (op->type->traverse != NULL)
            op->type->traverse(op, visit_decref, NULL);
    }
}

static int
visit_reachable(MiObject *op, void *arg)
{
    MiGcHead *young = arg, *g;
    if (!mi_obj_is_gc(op))
        return 0;
    g = MI_GC_HEAD(op);
    if (!(g->bits & MI_GC_COLLECTING))
        return 0;
    if (g->bits & MI_GC_UNREACHABLE) {
        /* thought unreachable: it is reachable after all; back to young,
         * at the end, so its own references get visited */
        list_move(g, young);
        g->bits &= ~(intptr_t)MI_GC_UNREACHABLE;
        set_refs(g, 1);
    } else if (get_refs(g) == 0) {
        /* not yet scanned: it will be, as reachable */
        set_refs(g, 1);
    }
    return 0;
}

/* Splits `young` in two: on return `young` holds the reachable objects
 * (no longer marked COLLECTING) and `unreachable` the others (marked
 * COLLECTING and UNREACHABLE). */
static void
move_unreachable(MiGcHead *young, MiGcHead *unreachable)
{
    MiGcHead *g = young->next;
    while (g != young) {
        MiGcHead *next = g->next;
        if (get_refs(g) > 0) {
            MiObject *op = MI_GC_OBJECT(g);
            if (op->type->traverse != NULL)
                op->type->traverse(op, visit_reachable, young);
            g->bits &= MI_GC_FINALIZED;
            next = g->next;
        } else {
            list_move(g, unreachable);
            g->bits |= MI_GC_UNREACHABLE;
        }
        g = next;
    }
}

static void
deduce_unreachable(MiGcHead *base, MiGcHead *unreachable)
{
    update_refs(base);
    subtract_refs(base);
    move_unreachable(base, unreachable);
}

/* Type predicates for the untracking optimisations, by type name to keep
 * gc/ independent of vm/'s type objects. */
static int
is_exact_type(MiObject *op, const char *name)
{
    const char *a = op->type->name;
    while (*a && *a == *name) {
        a++;
        name++;
    }
    return *a == *name && !(op->type->flags & MI_TYPE_HEAP);
}

static int
may_be_tracked(MiObject *op)
{
    if (!mi_obj_is_gc(op))
        return 0;
    if ((op->type->flags & MI_TYPE_TUPLE_SUBCLASS) && is_exact_type(op, "tuple"))
        return mi_gc_is_tracked(op);
    return 1;
}

static int
visit_may_be_tracked(MiObject *op, void *arg)
{
    (void)arg;
    return may_be_tracked(op);
}

/* Tuples and dicts holding only atoms cannot be part of a cycle: stop
 * tracking them (as CPython's untrack_tuples / untrack_dicts). */
static void
untrack_atomic(MiGcHead *list, int dicts_too)
{
    MiGcHead *g = list->next;
    while (g != list) {
        MiGcHead *next = g->next;
        MiObject *op = MI_GC_OBJECT(g);
        int tuple = (op->type->flags & MI_TYPE_TUPLE_SUBCLASS) && is_exact_type(op, "tuple");
        int dict = dicts_too && (op->type->flags & MI_TYPE_DICT_SUBCLASS) &&
                   is_exact_type(op, "dict");
        if ((tuple || dict) && op->type->traverse(op, visit_may_be_tracked, NULL) == 0)
            mi_gc_untrack(op);
        g = next;
    }
}

/* Runs the finalizer of every object of `list` that has one and has not
 * run it yet.  Finalizers may free, resurrect or create objects; the list
 * is consumed front to back so removals are safe. */
static void
finalize_garbage(MiGcState *gc, MiGcHead *list)
{
    MiGcHead seen;
    list_init(&seen);
    while (!list_is_empty(list)) {
        MiGcHead *g = list->next;
        MiObject *op = MI_GC_OBJECT(g);
        list_move(g, &seen);
        if (!(g->bits & MI_GC_FINALIZED) && op->type->finalize != NULL) {
            g->bits |= MI_GC_FINALIZED;
            mi_incref(op);
            op->type->finalize(op);
            if (gc->hooks.error_pending && gc->hooks.error_pending(gc->hooks.ctx) &&
                gc->hooks.write_unraisable)
                gc->hooks.write_unraisable(gc->hooks.ctx, op);
            mi_decref(op);
        }
    }
    list_merge(&seen, list);
}

/* Breaks the cycles of `collectable` with each type's clear; objects that
 * survive go to `old`.  Returns 0. */
static void
delete_garbage(MiGcState *gc, MiGcHead *collectable, MiGcHead *old)
{
    while (!list_is_empty(collectable)) {
        MiGcHead *g = collectable->next;
        MiObject *op = MI_GC_OBJECT(g);
        if (gc->debug & MI_GC_DEBUG_SAVEALL) {
            if (gc->hooks.save_garbage)
                gc->hooks.save_garbage(gc->hooks.ctx, op);
        } else if (op->type->clear != NULL) {
            mi_incref(op);
            op->type->clear(op);
            if (gc->hooks.error_pending && gc->hooks.error_pending(gc->hooks.ctx) &&
                gc->hooks.write_unraisable)
                gc->hooks.write_unraisable(gc->hooks.ctx, op);
            mi_decref(op);
        }
        if (collectable->next == g) {
            /* still alive: it may die later */
            g->bits &= MI_GC_FINALIZED;
            list_move(g, old);
        }
    }
}

static double
now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void
debug_cycle(MiGcState *gc, const char *msg, MiObject *op)
{
    fprintf(gc->debug_out, "gc: %s <%s %p>\n", msg, op->type->name, (void *)op);
}

/* One collection of `generation`; returns unreachable + uncollectable. */
static intptr_t
collect(MiGcState *gc, int generation)
{
    MiGcHead unreachable, final_unreachable, *young, *old;
    intptr_t m = 0, n = 0;
    double t0 = 0.0;

    if (gc->debug & MI_GC_DEBUG_STATS) {
        fflush(stdout);
        fprintf(gc->debug_out, "gc: collecting generation %d...\n", generation);
        fprintf(gc->debug_out, "gc: objects in each generation: %zd %zd %zd\n",
                (ssize_t)list_size(&gc->gens[0].head), (ssize_t)list_size(&gc->gens[1].head),
                (ssize_t)list_size(&gc->gens[2].head));
        fprintf(gc->debug_out, "gc: objects in permanent generation: %zd\n",
                (ssize_t)list_size(&gc->permanent));
        t0 = now_seconds();
    }
    if (generation + 1 < MI_GC_GENERATIONS)
        gc->gens[generation + 1].count += 1;
    for (int i = 0; i <= generation; i++)
        gc->gens[i].count = 0;
    for (int i = 0; i < generation; i++)
        list_merge(&gc->gens[i].head, &gc->gens[generation].head);
    young = &gc->gens[generation].head;
    old = generation < MI_GC_GENERATIONS - 1 ? &gc->gens[generation + 1].head : young;

    list_init(&unreachable);
    deduce_unreachable(young, &unreachable);
    untrack_atomic(young, 0);
    if (young != old) {
        if (generation == MI_GC_GENERATIONS - 2)
            gc->long_lived_pending += list_size(young);
        list_merge(young, old);
    } else {
        untrack_atomic(young, 1);
        gc->long_lived_pending = 0;
        gc->long_lived_total = list_size(young);
    }

    if (gc->debug & MI_GC_DEBUG_COLLECTABLE) {
        for (MiGcHead *g = unreachable.next; g != &unreachable; g = g->next)
            debug_cycle(gc, "collectable", MI_GC_OBJECT(g));
    }
    if (gc->hooks.handle_weakrefs)
        m += gc->hooks.handle_weakrefs(gc->hooks.ctx, &unreachable, old);

    finalize_garbage(gc, &unreachable);

    /* finalizers may have resurrected objects: what is still unreachable
     * now is garbage, the rest survives into the old generation */
    list_clear_marks(&unreachable);
    list_init(&final_unreachable);
    deduce_unreachable(&unreachable, &final_unreachable);
    list_clear_marks(&final_unreachable);
    for (MiGcHead *g = final_unreachable.next; g != &final_unreachable; g = g->next)
        g->bits |= MI_GC_COLLECTING | MI_GC_UNREACHABLE;
    list_merge(&unreachable, old);

    m += list_size(&final_unreachable);
    delete_garbage(gc, &final_unreachable, old);

    if (gc->debug & MI_GC_DEBUG_STATS) {
        fprintf(gc->debug_out, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n",
                (ssize_t)(n + m), (ssize_t)n, now_seconds() - t0);
    }
    gc->stats[generation].collections++;
    gc->stats[generation].collected += m;
    gc->stats[generation].uncollectable += n;
    return n + m;
}

static intptr_t
collect_with_callbacks(MiGcState *gc, int generation)
{
    intptr_t result;
    if (gc->hooks.callbacks)
        gc->hooks.callbacks(gc->hooks.ctx, 1, generation, 0, 0);
    result = collect(gc, generation);
    if (gc->hooks.callbacks)
        gc->hooks.callbacks(gc->hooks.ctx, 0, generation, result,
                            gc->stats[generation].uncollectable);
    return result;
}

intptr_t
mi_gc_collect(MiGcState *gc, int generation)
{
    intptr_t n;
    if (gc->collecting)
        return 0;
    if (generation < 0 || generation >= MI_GC_GENERATIONS)
        generation = MI_GC_GENERATIONS - 1;
    gc->collecting = 1;
    n = collect_with_callbacks(gc, generation);
    gc->collecting = 0;
    return n;
}

/* The automatic collection: the oldest generation over its threshold
 * (the oldest only when enough long-lived objects are pending). */
static void
collect_generations(MiGcState *gc)
{
    for (int i = MI_GC_GENERATIONS - 1; i >= 0; i--) {
        if (gc->gens[i].count > gc->gens[i].threshold) {
            if (i == MI_GC_GENERATIONS - 1 &&
                gc->long_lived_pending < gc->long_lived_total / 4)
                continue;
            collect_with_callbacks(gc, i);
            break;
        }
    }
}

void
mi_gc_note_alloc(MiGcState *gc)
{
    gc->gens[0].count++;
    if (!gc->enabled || gc->collecting)
        return;
    if (gc->stress || (gc->gens[0].count > gc->gens[0].threshold && gc->gens[0].threshold)) {
        if (gc->hooks.error_pending && gc->hooks.error_pending(gc->hooks.ctx))
            return;
        gc->collecting = 1;
        if (gc->stress)
            collect_with_callbacks(gc, 0);
        else
            collect_generations(gc);
        gc->collecting = 0;
    }
}

/* ---- inspection ---------------------------------------------------------------------------- */

intptr_t
mi_gc_count_tracked(MiGcState *gc, int generation)
{
    intptr_t n = 0;
    if (generation >= 0)
        return list_size(&gc->gens[generation].head);
    for (int i = 0; i < MI_GC_GENERATIONS; i++)
        n += list_size(&gc->gens[i].head);
    return n;
}

int
mi_gc_foreach(MiGcState *gc, int generation, int (*fn)(MiObject *, void *), void *arg)
{
    for (int i = 0; i < MI_GC_GENERATIONS; i++) {
        MiGcHead *list = &gc->gens[i].head;
        if (generation >= 0 && i != generation)
            continue;
        for (MiGcHead *g = list->next; g != list;) {
            MiGcHead *next = g->next;
            int rc = fn(MI_GC_OBJECT(g), arg);
            if (rc)
                return rc;
            g = next;
        }
    }
    if (generation < 0) {
        for (MiGcHead *g = gc->permanent.next; g != &gc->permanent;) {
            MiGcHead *next = g->next;
            int rc = fn(MI_GC_OBJECT(g), arg);
            if (rc)
                return rc;
            g = next;
        }
    }
    return 0;
}

void
mi_gc_freeze(MiGcState *gc)
{
    for (int i = 0; i < MI_GC_GENERATIONS; i++) {
        list_merge(&gc->gens[i].head, &gc->permanent);
        gc->gens[i].count = 0;
    }
}

void
mi_gc_unfreeze(MiGcState *gc)
{
    list_merge(&gc->permanent, &gc->gens[MI_GC_GENERATIONS - 1].head);
}

intptr_t
mi_gc_freeze_count(MiGcState *gc)
{
    return list_size(&gc->permanent);
}

/* List operations for the VM's hooks (weak reference handling). */
void
mi_gc_list_init(MiGcHead *list)
{
    list_init(list);
}

void
mi_gc_list_move(MiGcHead *node, MiGcHead *list)
{
    list_move(node, list);
}

int
mi_gc_list_is_empty(MiGcHead *list)
{
    return list_is_empty(list);
}

int
mi_gc_is_collecting(MiObject *op)
{
    return (MI_GC_HEAD(op)->bits & MI_GC_COLLECTING) != 0;
}

void
mi_gc_clear_marks(MiObject *op)
{
    MI_GC_HEAD(op)->bits &= MI_GC_FINALIZED;
}
