/* gc/gc.h: the generational cycle collector's public face.
 *
 * Every container object (a type with MI_TYPE_GC) is allocated with an
 * MiGcHead in front of it.  While tracked, the head links the object into
 * the list of its generation; a collection of generation N examines the
 * lists 0..N, finds the objects only reachable from each other, and frees
 * them (see gc/gc.c for the algorithm).  Objects are tracked as the last step
 * of their constructor and untracked first thing in their dealloc.
 *
 * The collector knows objects only through vm/object.h: their refcount,
 * their type's traverse/clear/finalize slots.  What needs more of the VM
 * (weak references, gc.callbacks, gc.garbage) reaches it through MiGcHooks.
 * Start reading at mi_gc_collect(). */
#ifndef MINI_GC_GC_H
#define MINI_GC_GC_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "vm/object.h"

typedef struct MiGcHead {
    struct MiGcHead *next;      /* NULL while untracked */
    struct MiGcHead *prev;
    intptr_t         bits;      /* flags below | gc_refs << MI_GC_REFS_SHIFT */
} MiGcHead;

enum {
    MI_GC_FINALIZED = 1,        /* __del__ has run (PEP 442: at most once) */
    MI_GC_COLLECTING = 2,       /* in the generations being collected */
    MI_GC_UNREACHABLE = 4,      /* tentatively unreachable during a collection */
    MI_GC_FLAG_MASK = 7,
    MI_GC_REFS_SHIFT = 3
};

#define MI_GC_GENERATIONS 3
/* As CPython 3.10: a young collection every 700 net container allocations,
 * generation 1 every 10 young collections, generation 2 every 10 of those. */
#define MI_GC_THRESHOLD0 700
#define MI_GC_THRESHOLD1 10
#define MI_GC_THRESHOLD2 10

/* gc.set_debug() flags, CPython's values plus mini's DEBUG_EXPLAIN. */
enum {
    MI_GC_DEBUG_STATS = 1,
    MI_GC_DEBUG_COLLECTABLE = 2,
    MI_GC_DEBUG_UNCOLLECTABLE = 4,
    MI_GC_DEBUG_SAVEALL = 32,
    MI_GC_DEBUG_LEAK = 2 | 4 | 32,
    MI_GC_DEBUG_EXPLAIN = 64
};

typedef struct MiGcGeneration {
    MiGcHead head;              /* circular list sentinel */
    int      threshold;
    int      count;             /* gen 0: allocations - deallocations;
                                 * gen N>0: collections of gen N-1 since */
} MiGcGeneration;

typedef struct MiGcGenStats {
    intptr_t collections, collected, uncollectable;
} MiGcGenStats;

/* What the collector needs from the VM; every hook may be NULL. */
typedef struct MiGcHooks {
    /* Clears the weak references to the objects of `unreachable` and calls
     * the callbacks of the references that are themselves alive (moving
     * those that survive to `old`).  Returns how many references were
     * freed. */
    intptr_t (*handle_weakrefs)(void *ctx, MiGcHead *unreachable, MiGcHead *old);
    /* Called before ("start") and after ("stop") each collection. */
    void (*callbacks)(void *ctx, int start, int generation,
                      intptr_t collected, intptr_t uncollectable);
    /* Appends `o` to gc.garbage; returns -1 on error. */
    int  (*save_garbage)(void *ctx, MiObject *o);
    /* Prints `o`'s type and short repr to `out` (DEBUG_EXPLAIN output);
     * must not run Python code, allocate or change any object. */
    void (*describe)(void *ctx, MiObject *o, FILE *out);
    /* Is an exception set?  Collections do not start while one is. */
    bool (*error_pending)(void *ctx);
    /* Writes an unraisable exception raised by a finalizer or callback. */
    void (*write_unraisable)(void *ctx, MiObject *where);
    /* Is `o` an exact tuple (or, with dicts_too, dict) that holds only
     * objects which cannot be part of a cycle, so that it need not be
     * tracked (CPython's untrack_tuples / untrack_dicts)?  A tuple still
     * being filled (a NULL item) is not. */
    bool (*is_atomic_container)(void *ctx, MiObject *o, int dicts_too);
    void *ctx;
} MiGcHooks;

typedef struct MiGcState {
    MiGcGeneration gens[MI_GC_GENERATIONS];
    MiGcHead       permanent;   /* gc.freeze()'s generation: never collected */
    MiGcGenStats   stats[MI_GC_GENERATIONS];
    intptr_t       long_lived_total;     /* objects in gen 2 after its last collection */
    intptr_t       long_lived_pending;   /* objects moved to gen 2 since */
    int            enabled;
    int            collecting;
    int            debug;       /* MI_GC_DEBUG_* */
    int            stress;      /* collect at every tracked allocation */
    FILE          *debug_out;   /* where DEBUG_* output goes (stderr) */
    MiGcHooks      hooks;
} MiGcState;

#define MI_GC_HEAD(o)   ((MiGcHead *)(o) - 1)
#define MI_GC_OBJECT(g) ((MiObject *)((MiGcHead *)(g) + 1))

/* Prepares an empty collector with CPython's thresholds; enabled. */
void mi_gc_init(MiGcState *gc);

/* Is `o` (a container) in a generation list? */
static inline bool
mi_gc_is_tracked(MiObject *o)
{
    return MI_GC_HEAD(o)->next != NULL;
}

/* Links the container `o` into generation 0.  `o` must be fully built: the
 * collector may traverse it at the next allocation. */
static inline void
mi_gc_track(MiGcState *gc, MiObject *o)
{
    MiGcHead *g = MI_GC_HEAD(o);
    MiGcHead *last = gc->gens[0].head.prev;
    g->next = &gc->gens[0].head;
    g->prev = last;
    last->next = g;
    gc->gens[0].head.prev = g;
}

/* Unlinks `o` from its generation (no-op when untracked). */
static inline void
mi_gc_untrack(MiObject *o)
{
    MiGcHead *g = MI_GC_HEAD(o);
    if (g->next != NULL) {
        g->prev->next = g->next;
        g->next->prev = g->prev;
        g->next = NULL;
        g->prev = NULL;
    }
}

/* Called when a container is allocated: counts it into generation 0 and
 * collects when a threshold is passed (or always in stress mode).  Call it
 * before the new object is tracked. */
void mi_gc_note_alloc(MiGcState *gc);

/* Called when a container is freed: generation 0's count falls, never
 * below zero. */
static inline void
mi_gc_note_free(MiGcState *gc)
{
    if (gc->gens[0].count > 0)
        gc->gens[0].count--;
}

/* Collects `generation` (0..2) and the younger ones.  Returns the number of
 * unreachable objects found (collected + uncollectable), as gc.collect(). */
intptr_t mi_gc_collect(MiGcState *gc, int generation);

/* Number of objects tracked in `generation`, or in all when -1. */
intptr_t mi_gc_count_tracked(MiGcState *gc, int generation);

/* Calls `fn(o, arg)` for each tracked object of `generation` (-1: all,
 * including frozen ones); stops and returns fn's result when non-zero. */
int mi_gc_foreach(MiGcState *gc, int generation, int (*fn)(MiObject *, void *), void *arg);

/* gc.freeze(), gc.unfreeze(), gc.get_freeze_count(). */
void mi_gc_freeze(MiGcState *gc);
void mi_gc_unfreeze(MiGcState *gc);
intptr_t mi_gc_freeze_count(MiGcState *gc);

/* Has the finalizer of `o` run already? */
static inline bool
mi_gc_is_finalized(MiObject *o)
{
    return (MI_GC_HEAD(o)->bits & MI_GC_FINALIZED) != 0;
}

static inline void
mi_gc_set_finalized(MiObject *o)
{
    MI_GC_HEAD(o)->bits |= MI_GC_FINALIZED;
}

/* ---- explanations: gc.DEBUG_EXPLAIN and gc._explain() ---------------------------------
 * What the collector concluded about one object: its refcount, its gc_refs
 * once the references from the other examined objects are subtracted, and
 * the verdict move_unreachable reached. */
typedef enum MiGcVerdict {
    MI_GC_VERDICT_OUTSIDE,      /* gc_refs > 0: referenced from outside the set */
    MI_GC_VERDICT_THROUGH,      /* gc_refs == 0, reached from a reachable object */
    MI_GC_VERDICT_UNREACHABLE,  /* garbage: only reachable from garbage */
    MI_GC_VERDICT_IGNORED,      /* in the dry run's `ignore`: not judged */
    MI_GC_VERDICT_NOT_EXAMINED  /* untracked, frozen or in an older generation */
} MiGcVerdict;

typedef struct MiGcExplained {
    MiObject   *op;             /* borrowed */
    intptr_t    refcnt;         /* dry run: minus the references from `ignore` */
    intptr_t    gc_refs;        /* after subtracting the examined objects' references */
    MiGcVerdict verdict;
    int         generation;     /* where the object was before the examination */
} MiGcExplained;

/* "reachable from outside", "reachable through another object", ... */
const char *mi_gc_verdict_name(MiGcVerdict verdict);

/* A dry run of a collection of `generation`: the real collector's
 * update_refs, subtract_refs and move_unreachable steps over generations
 * 0..generation, after which every object goes back where it was; nothing
 * is freed, nothing runs, nothing is allocated but a scratch table.  The
 * references held by the `nignore` objects of `ignore` count as internal
 * (a tool's own lists do not keep what they show alive); those objects are
 * neither judged nor able to make anything reachable.  Writes the findings
 * for `objects[i]` to `out[i]`.  Returns 0, or -1 when the scratch table
 * cannot be allocated or a collection is running (nothing changed then). */
int mi_gc_explain(MiGcState *gc, int generation, MiObject *const *objects, intptr_t nobjects,
                  MiObject *const *ignore, intptr_t nignore, MiGcExplained *out);

/* List operations for the hooks. */
void mi_gc_list_init(MiGcHead *list);
void mi_gc_list_move(MiGcHead *node, MiGcHead *list);
int  mi_gc_list_is_empty(MiGcHead *list);
/* Is `op` in the set being collected right now? */
int  mi_gc_is_collecting(MiObject *op);
/* Forgets the collection marks of `op`. */
void mi_gc_clear_marks(MiObject *op);

#endif /* MINI_GC_GC_H */
