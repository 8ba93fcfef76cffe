/* vm/tuple.h: tuple, an immutable array of references.  The empty tuple
 * is shared; small tuples come from per-size free lists. */
#ifndef MINI_VM_TUPLE_H
#define MINI_VM_TUPLE_H

#include "vm/object.h"

typedef struct MiTuple {
    MI_HEAD
    intptr_t  size;
    MiObject *items[];         /* owned references */
} MiTuple;

extern MiType mi_tuple_type;

static inline int
mi_tuple_check(MiObject *o)
{
    return (o->type->flags & MI_TYPE_TUPLE_SUBCLASS) != 0;
}

#define MI_TUPLE_SIZE(o) (((MiTuple *)(o))->size)
#define MI_TUPLE_ITEMS(o) (((MiTuple *)(o))->items)
#define MI_TUPLE_GET(o, i) (((MiTuple *)(o))->items[i])

/* A new tuple of `size` NULL items to fill in with MI_TUPLE_ITEMS before
 * use (the collector tolerates NULL items).  New reference. */
MiObject *mi_tuple_new(intptr_t size);
/* A tuple of `n` items from `items` (borrowed; the tuple increfs). */
MiObject *mi_tuple_from_array(MiObject *const *items, intptr_t n);
MiObject *mi_tuple_pack(intptr_t n, ...);        /* borrowed MiObject * args */
MiObject *mi_tuple_slice(MiObject *t, intptr_t low, intptr_t high);
/* Untracks a tuple whose items are all atomic (never part of a cycle). */
void      mi_tuple_maybe_untrack(MiObject *t);

#endif /* MINI_VM_TUPLE_H */
