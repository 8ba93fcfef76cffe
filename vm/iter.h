/* vm/iter.h: range, slice and the iterators of the builtins (sequence
 * iterator, callable iterator, enumerate, zip, map, filter, reversed). */
#ifndef MINI_VM_ITER_H
#define MINI_VM_ITER_H

#include "vm/object.h"

typedef struct MiRange {
    MI_HEAD
    MiObject *start, *stop, *step, *length;   /* ints */
} MiRange;

typedef struct MiRangeIter {          /* over ranges that fit in 64 bits */
    MI_HEAD
    int64_t next, step, remaining;
} MiRangeIter;

typedef struct MiSlice {
    MI_HEAD
    MiObject *start, *stop, *step;
} MiSlice;

typedef struct MiSeqIter {            /* iter() over __getitem__, list, tuple */
    MI_HEAD
    intptr_t  index;
    MiObject *seq;                    /* NULL once exhausted */
} MiSeqIter;

extern MiType mi_range_type, mi_range_iter_type, mi_longrange_iter_type,
    mi_slice_type, mi_seq_iter_type, mi_list_iter_type, mi_list_reviter_type,
    mi_tuple_iter_type, mi_callable_iter_type, mi_enumerate_type,
    mi_zip_type, mi_map_type, mi_filter_type, mi_reversed_type;

MiObject *mi_range_new(int64_t start, int64_t stop, int64_t step);
MiObject *mi_slice_new(MiObject *start, MiObject *stop, MiObject *step);  /* borrowed */
/* Resolves a slice against a sequence of `length`: start/stop/step
 * clipped as Python does; returns the slice length, or -1 with an
 * exception (step 0: ValueError "slice step cannot be zero"). */
intptr_t  mi_slice_indices(MiObject *slice, intptr_t length, intptr_t *start,
                           intptr_t *stop, intptr_t *step);
MiObject *mi_seq_iter_new(MiObject *seq);
MiObject *mi_callable_iter_new(MiObject *callable, MiObject *sentinel);

#endif /* MINI_VM_ITER_H */
