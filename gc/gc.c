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
 * With gc.DEBUG_EXPLAIN, steps 1-3 record each object's refcount, gc_refs
 * and verdict and print them as a table, then step 4 lists what it frees
 * (format in docs/objgraph.md); mi_gc_explain() runs steps 1-3 as a dry
 * run and puts every object back.
 * Start reading at mi_gc_collect(). */
#include "gc/gc.h"

#include <stdlib.h>
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

/* ---- explanations ----------------------------------------------------------------------
 * DEBUG_EXPLAIN and gc._explain() run the steps above unchanged and record,
 * between them, what each object's gc_refs was and where it ended up. */

const char *
mi_gc_verdict_name(MiGcVerdict verdict)
{
    switch (verdict) {
    case MI_GC_VERDICT_OUTSIDE: return "reachable from outside";
    case MI_GC_VERDICT_THROUGH: return "reachable through another object";
    case MI_GC_VERDICT_UNREACHABLE: return "unreachable";
    case MI_GC_VERDICT_IGNORED: return "ignored";
    case MI_GC_VERDICT_NOT_EXAMINED: break;
    }
    return "not examined";
}

/* Records the refcount of each object of `list`, in order, into `table`. */
static void
record_objects(MiGcHead *list, MiGcExplained *table, int generation)
{
    intptr_t i = 0;
    for (MiGcHead *g = list->next; g != list; g = g->next, i++) {
        table[i].op = MI_GC_OBJECT(g);
        table[i].refcnt = MI_GC_OBJECT(g)->refcnt;
        table[i].generation = generation;
    }
}

/* Copies the current gc_refs of the `n` objects of `table`. */
static void
record_gc_refs(MiGcExplained *table, intptr_t n)
{
    for (intptr_t i = 0; i < n; i++)
        table[i].gc_refs = get_refs(MI_GC_HEAD(table[i].op));
}

/* After move_unreachable: an object still marked UNREACHABLE is garbage;
 * the others are reachable, from outside when their gc_refs said so. */
static void
record_verdicts(MiGcExplained *table, intptr_t n)
{
    for (intptr_t i = 0; i < n; i++) {
        intptr_t bits = MI_GC_HEAD(table[i].op)->bits;
        if ((bits & MI_GC_UNREACHABLE) && (bits & MI_GC_COLLECTING))
            table[i].verdict = MI_GC_VERDICT_UNREACHABLE;
        else if (bits & MI_GC_UNREACHABLE)
            table[i].verdict = MI_GC_VERDICT_IGNORED;
        else if (table[i].gc_refs > 0)
            table[i].verdict = MI_GC_VERDICT_OUTSIDE;
        else
            table[i].verdict = MI_GC_VERDICT_THROUGH;
    }
}

static void
describe(MiGcState *gc, MiObject *op)
{
    if (gc->hooks.describe != NULL)
        gc->hooks.describe(gc->hooks.ctx, op, gc->debug_out);
    else
        fputs(op->type->name, gc->debug_out);
}

/* The DEBUG_EXPLAIN table: one line per object examined, in list order. */
static void
print_explanation(MiGcState *gc, int generation, MiGcExplained *table, intptr_t n)
{
    FILE *out = gc->debug_out;
    fflush(stdout);
    fprintf(out, "gc: explain: generation %d, %zd objects\n", generation, (ssize_t)n);
    fprintf(out, "gc:   refcount  gc_refs  %-33s  object\n", "verdict");
    for (intptr_t i = 0; i < n; i++) {
        fprintf(out, "gc:   %8zd  %7zd  %-33s  ", (ssize_t)table[i].refcnt,
                (ssize_t)table[i].gc_refs, mi_gc_verdict_name(table[i].verdict));
        describe(gc, table[i].op);
        fputc('\n', out);
    }
}

/* deduce_unreachable, explained on gc->debug_out.  Falls back to the plain
 * steps (with a note) when the table cannot be allocated. */
static void
deduce_unreachable_explained(MiGcState *gc, int generation, MiGcHead *young,
                             MiGcHead *unreachable)
{
    intptr_t n = list_size(young);
    MiGcExplained *table = malloc(sizeof *table * (size_t)(n > 0 ? n : 1));
    if (table == NULL) {
        fprintf(gc->debug_out, "gc: explain: out of memory, no explanation\n");
        deduce_unreachable(young, unreachable);
        return;
    }
    record_objects(young, table, generation);
    update_refs(young);
    subtract_refs(young);
    record_gc_refs(table, n);
    move_unreachable(young, unreachable);
    record_verdicts(table, n);
    print_explanation(gc, generation, table, n);
    free(table);
}

/* Prints what is about to be freed, and what finalizers brought back. */
static void
print_garbage(MiGcState *gc, MiGcHead *garbage, MiGcHead *resurrected)
{
    FILE *out = gc->debug_out;
    intptr_t n = list_size(garbage), r = list_size(resurrected);
    if (r > 0) {
        fprintf(out, "gc: explain: %zd resurrected by finalizers, kept:\n", (ssize_t)r);
        for (MiGcHead *g = resurrected->next; g != resurrected; g = g->next) {
            fputs("gc:   ", out);
            describe(gc, MI_GC_OBJECT(g));
            fputc('\n', out);
        }
    }
    if (n == 0) {
        fprintf(out, "gc: explain: nothing to free\n");
        return;
    }
    fprintf(out, "gc: explain: freeing %zd unreachable objects:\n", (ssize_t)n);
    for (MiGcHead *g = garbage->next; g != garbage; g = g->next) {
        fputs("gc:   ", out);
        describe(gc, MI_GC_OBJECT(g));
        fputc('\n', out);
    }
}

/* Moves generations 0..generation into `young`, recording each object
 * (with its generation) in `table` in list order. */
static void
gather_generations(MiGcState *gc, int generation, MiGcHead *young, MiGcExplained *table)
{
    intptr_t i = 0;
    list_init(young);
    for (int gen = 0; gen <= generation; gen++) {
        MiGcHead *list = &gc->gens[gen].head;
        record_objects(list, table + i, gen);
        i += list_size(list);
        list_merge(list, young);
    }
}

/* Puts every object of `table` back at the end of its generation, in
 * table order (which was list order), with no marks. */
static void
restore_generations(MiGcState *gc, int generation, MiGcExplained *table, intptr_t n)
{
    for (int gen = 0; gen <= generation; gen++)
        list_init(&gc->gens[gen].head);
    for (intptr_t i = 0; i < n; i++) {
        MiGcHead *g = MI_GC_HEAD(table[i].op);
        g->bits &= MI_GC_FINALIZED;
        list_append(g, &gc->gens[table[i].generation].head);
    }
}

/* Moves the tracked objects of `ignore` that are in `young` to `ignored`. */
static void
set_aside(MiObject *const *ignore, intptr_t nignore, MiGcHead *ignored)
{
    for (intptr_t i = 0; i < nignore; i++) {
        MiObject *op = ignore[i];
        if (mi_obj_is_gc(op) && mi_gc_is_tracked(op) &&
            (MI_GC_HEAD(op)->bits & MI_GC_COLLECTING))
            list_move(MI_GC_HEAD(op), ignored);
    }
}

/* Copies the finding for each of `objects` out of `table`: the gc_refs
 * field of every examined object holds its table index + 1 meanwhile. */
static void
look_up(MiGcExplained *table, intptr_t n, MiObject *const *objects, intptr_t nobjects,
        MiGcExplained *out)
{
    for (intptr_t i = 0; i < n; i++) {
        MiGcHead *g = MI_GC_HEAD(table[i].op);
        g->bits = (g->bits & MI_GC_FINALIZED) | MI_GC_COLLECTING;
        set_refs(g, i + 1);
    }
    for (intptr_t i = 0; i < nobjects; i++) {
        MiObject *op = objects[i];
        MiGcHead *g = MI_GC_HEAD(op);
        if (mi_obj_is_gc(op) && mi_gc_is_tracked(op) && (g->bits & MI_GC_COLLECTING)) {
            out[i] = table[get_refs(g) - 1];
        } else {
            out[i].op = op;
            out[i].refcnt = op->refcnt;
            out[i].gc_refs = 0;
            out[i].verdict = MI_GC_VERDICT_NOT_EXAMINED;
            out[i].generation = -1;
        }
    }
}

int
mi_gc_explain(MiGcState *gc, int generation, MiObject *const *objects, intptr_t nobjects,
              MiObject *const *ignore, intptr_t nignore, MiGcExplained *out)
{
    MiGcHead young, ignored, unreachable;
    MiGcExplained *table;
    intptr_t n = 0;
    if (gc->collecting)
        return -1;
    for (int gen = 0; gen <= generation; gen++)
        n += list_size(&gc->gens[gen].head);
    table = malloc(sizeof *table * (size_t)(n > 0 ? n : 1));
    if (table == NULL)
        return -1;
    gather_generations(gc, generation, &young, table);
    update_refs(&young);
    list_init(&ignored);
    set_aside(ignore, nignore, &ignored);
    subtract_refs(&ignored);
    for (intptr_t i = 0; i < n; i++)
        table[i].refcnt = get_refs(MI_GC_HEAD(table[i].op));
    subtract_refs(&young);
    record_gc_refs(table, n);
    /* set aside for good: unmarked, so nothing reaches through them, and
     * flagged UNREACHABLE alone so that record_verdicts knows them */
    for (MiGcHead *g = ignored.next; g != &ignored; g = g->next)
        g->bits = (g->bits & MI_GC_FINALIZED) | MI_GC_UNREACHABLE;
    list_init(&unreachable);
    move_unreachable(&young, &unreachable);
    record_verdicts(table, n);
    look_up(table, n, objects, nobjects, out);
    restore_generations(gc, generation, table, n);
    free(table);
    return 0;
}

/* Tuples and dicts holding only atoms cannot be part of a cycle: stop
 * tracking them (as CPython's untrack_tuples / untrack_dicts). */
static void
untrack_atomic(MiGcState *gc, MiGcHead *list, int dicts_too)
{
    MiGcHead *g = list->next;
    if (gc->hooks.is_atomic_container == NULL)
        return;
    while (g != list) {
        MiGcHead *next = g->next;
        MiObject *op = MI_GC_OBJECT(g);
        if ((op->type->flags & (MI_TYPE_TUPLE_SUBCLASS | MI_TYPE_DICT_SUBCLASS)) &&
            gc->hooks.is_atomic_container(gc->hooks.ctx, op, dicts_too))
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
 * survive (saved in gc.garbage, or kept by an object outside) go to `old`.
 * Returns how many survived. */
static intptr_t
delete_garbage(MiGcState *gc, MiGcHead *collectable, MiGcHead *old)
{
    intptr_t survivors = 0;
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
            survivors++;
        }
    }
    return survivors;
}

static void
print_freed(MiGcState *gc, intptr_t freed, intptr_t survivors)
{
    if (survivors == 0)
        fprintf(gc->debug_out, "gc: explain: freed %zd\n", (ssize_t)freed);
    else
        fprintf(gc->debug_out, "gc: explain: freed %zd; %zd survived (saved in gc.garbage, "
                "or still referenced after the others were cleared)\n",
                (ssize_t)freed, (ssize_t)survivors);
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
    intptr_t m = 0, n = 0, garbage, survivors;
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
    if (gc->debug & MI_GC_DEBUG_EXPLAIN)
        deduce_unreachable_explained(gc, generation, young, &unreachable);
    else
        deduce_unreachable(young, &unreachable);
    untrack_atomic(gc, young, 0);
    if (young != old) {
        if (generation == MI_GC_GENERATIONS - 2)
            gc->long_lived_pending += list_size(young);
        list_merge(young, old);
    } else {
        untrack_atomic(gc, young, 1);
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
    if (gc->debug & MI_GC_DEBUG_EXPLAIN)
        print_garbage(gc, &final_unreachable, &unreachable);
    list_merge(&unreachable, old);

    garbage = list_size(&final_unreachable);
    m += garbage;
    survivors = delete_garbage(gc, &final_unreachable, old);
    if ((gc->debug & MI_GC_DEBUG_EXPLAIN) && garbage > 0)
        print_freed(gc, garbage - survivors, survivors);

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
            return;
        }
    }
    /* stress mode: at least generation 0, every time */
    if (gc->stress)
        collect_with_callbacks(gc, 0);
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
