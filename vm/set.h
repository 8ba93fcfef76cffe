/* vm/set.h: set and frozenset: open-addressing hash tables of keys, probed
 * and resized as CPython 3.10 does, so that a set of ints iterates (and
 * prints) in the same order as in CPython. */
#ifndef MINI_VM_SET_H
#define MINI_VM_SET_H

#include "vm/object.h"

typedef struct MiSetEntry {
    MiObject *key;             /* NULL: empty; the dummy: deleted */
    intptr_t  hash;
} MiSetEntry;

#define MI_SET_MINSIZE 8

typedef struct MiSet {
    MI_HEAD
    intptr_t    fill;          /* active + dummy entries */
    intptr_t    used;          /* active entries */
    intptr_t    mask;          /* table size - 1 */
    MiSetEntry *table;
    intptr_t    hash;          /* frozenset: -1 until computed */
    intptr_t    finger;        /* set.pop() search start */
    MiSetEntry  smalltable[MI_SET_MINSIZE];
    MiObject   *weaklist;
} MiSet;

extern MiType mi_set_type, mi_frozenset_type, mi_set_iter_type;

int       mi_set_check(MiObject *o);       /* set, frozenset or subclass */
MiObject *mi_set_new(MiObject *iterable);  /* iterable may be NULL */
MiObject *mi_frozenset_new(MiObject *iterable);
int       mi_set_add(MiObject *set, MiObject *key);       /* 0 / -1 */
/* set.update(iterable) with CPython's shortcuts for sets and dicts (one
 * resize up front, table copies), as the SET_UPDATE opcode must do for
 * the layout to match CPython's.  0 / -1. */
int       mi_set_update(MiObject *set, MiObject *iterable);
int       mi_set_contains(MiObject *set, MiObject *key);  /* 1, 0, -1 */
int       mi_set_discard(MiObject *set, MiObject *key);   /* 1, 0, -1 */
intptr_t  mi_set_size(MiObject *set);
/* Iteration: *pos = 0 first; 1 with borrowed key, 0 at the end. */
int       mi_set_next(MiObject *set, intptr_t *pos, MiObject **key);

#endif /* MINI_VM_SET_H */
