/* vm/listsort.h: the stable sort behind list.sort() and sorted(). */
#ifndef MINI_VM_LISTSORT_H
#define MINI_VM_LISTSORT_H

#include "vm/object.h"

/* Sorts keys[0..n) ascending by `<` (stable), moving values[i] along with
 * keys[i] when values is not NULL.  Returns 0, or -1 with the exception a
 * comparison raised; the arrays then hold a permutation of what they
 * held. */
int mi_sort_items(MiObject **keys, MiObject **values, intptr_t n);

#endif /* MINI_VM_LISTSORT_H */
