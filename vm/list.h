/* vm/list.h: list, a growable array of references. */
#ifndef MINI_VM_LIST_H
#define MINI_VM_LIST_H

#include "vm/object.h"

typedef struct MiList {
    MI_HEAD
    intptr_t   size, cap;
    MiObject **items;          /* owned references; cap slots */
} MiList;

extern MiType mi_list_type;

static inline int
mi_list_check(MiObject *o)
{
    return (o->type->flags & MI_TYPE_LIST_SUBCLASS) != 0;
}

#define MI_LIST_SIZE(o) (((MiList *)(o))->size)
#define MI_LIST_ITEMS(o) (((MiList *)(o))->items)

/* A new list of `size` items, each NULL: the caller must fill every slot
 * (with MI_LIST_ITEMS) before the list is used.  New reference. */
MiObject *mi_list_new(intptr_t size);
/* Appends `item` (borrowed: the list takes a new reference).  0 / -1. */
int       mi_list_append(MiObject *list, MiObject *item);
int       mi_list_insert(MiObject *list, intptr_t where, MiObject *item);
/* Extends with every item of `iterable`.  0 / -1. */
int       mi_list_extend(MiObject *list, MiObject *iterable);
/* Borrowed: list[i] for 0 <= i < size. */
static inline MiObject *
mi_list_get(MiObject *list, intptr_t i)
{
    return ((MiList *)list)->items[i];
}
/* Stores `item` at i (steals it), dropping the old item. */
void      mi_list_set(MiObject *list, intptr_t i, MiObject *item);
/* list.sort(key=..., reverse=...): stable.  0 / -1. */
int       mi_list_sort(MiObject *list, MiObject *key, int reverse);
int       mi_list_reverse(MiObject *list);
MiObject *mi_list_as_tuple(MiObject *list);
/* list[low:high] (clipped) as a new list. */
MiObject *mi_list_slice(MiObject *list, intptr_t low, intptr_t high);

#endif /* MINI_VM_LIST_H */
