/* vm/listsort.c: the stable sort of list.sort() and sorted().
 *
 * A scan first finds whether the keys are all of one kind (small ints,
 * strs, floats, or tuples whose first items are all of one such kind), as
 * CPython's pre-sort checks do, so that comparisons skip the generic
 * protocol.  The sort itself is a top-down merge sort over insertion-sorted
 * runs of MI_SORT_RUN, skipping merges whose halves are already in order. */
#include "vm/listsort.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/str.h"
#include "vm/tuple.h"

#define MI_SORT_RUN 16

/* What the keys are, found by one scan before sorting (as CPython's
 * pre-sort checks): homogeneous keys compare without dispatch. */
enum { SORT_GENERIC, SORT_SMALLINT, SORT_STR, SORT_FLOAT, SORT_TUPLE };

typedef struct SortState {
    MiObject **keys;       /* what is compared */
    MiObject **values;     /* what moves with it (the items), or NULL */
    int        kind;       /* SORT_*: all keys of one kind */
    int        first_kind; /* SORT_TUPLE: the kind of every first item */
} SortState;

static inline int
sort_kind_of(MiObject *k)
{
    if (k->type == &mi_int_type)
        return mi_int_is_small(k) ? SORT_SMALLINT : SORT_GENERIC;
    if (k->type == &mi_str_type)
        return SORT_STR;
    if (k->type == &mi_float_type)
        return SORT_FLOAT;
    if (k->type == &mi_tuple_type && MI_TUPLE_SIZE(k) > 0)
        return SORT_TUPLE;
    return SORT_GENERIC;
}

static inline int
kind_lt(int kind, MiObject *a, MiObject *b)
{
    switch (kind) {
    case SORT_SMALLINT: return ((MiInt *)a)->small < ((MiInt *)b)->small;
    case SORT_STR: return mi_str_compare(a, b) < 0;
    case SORT_FLOAT: return MI_FLOAT_VALUE(a) < MI_FLOAT_VALUE(b);
    default: return mi_obj_richcmp_bool(a, b, MI_LT);
    }
}

/* Tuples whose first items are all of one fast kind: the first items
 * decide unless they are equal; then the rest compare as tuple < does
 * (the first unequal pair decides, else the shorter is less). */
static int
tuple_lt(SortState *s, MiObject *a, MiObject *b)
{
    MiObject *a0 = MI_TUPLE_GET(a, 0), *b0 = MI_TUPLE_GET(b, 0);
    intptr_t na = MI_TUPLE_SIZE(a), nb = MI_TUPLE_SIZE(b), i;
    int lt = kind_lt(s->first_kind, a0, b0);
    if (lt != 0 || kind_lt(s->first_kind, b0, a0) != 0)
        return lt;
    /* unordered but unequal (NaN): the first items still decide (false) */
    if (s->first_kind == SORT_FLOAT && a0 != b0 && !(MI_FLOAT_VALUE(a0) == MI_FLOAT_VALUE(b0)))
        return 0;
    for (i = 1; i < na && i < nb; i++) {
        int eq = mi_obj_richcmp_bool(MI_TUPLE_GET(a, i), MI_TUPLE_GET(b, i), MI_EQ);
        if (eq < 0)
            return -1;
        if (!eq)
            return mi_obj_richcmp_bool(MI_TUPLE_GET(a, i), MI_TUPLE_GET(b, i), MI_LT);
    }
    return na < nb;
}

/* keys[i] < keys[j] ?  1, 0, -1 */
static inline int
sort_lt(SortState *s, MiObject *a, MiObject *b)
{
    if (s->kind == SORT_TUPLE)
        return tuple_lt(s, a, b);
    return kind_lt(s->kind, a, b);
}

static int
insertion_sort(SortState *s, intptr_t lo, intptr_t hi)
{
    for (intptr_t i = lo + 1; i < hi; i++) {
        MiObject *k = s->keys[i], *v = s->values ? s->values[i] : NULL;
        intptr_t j = i;
        while (j > lo) {
            int lt = sort_lt(s, k, s->keys[j - 1]);
            if (lt < 0)
                return -1;
            if (!lt)
                break;
            s->keys[j] = s->keys[j - 1];
            if (s->values)
                s->values[j] = s->values[j - 1];
            j--;
        }
        s->keys[j] = k;
        if (s->values)
            s->values[j] = v;
    }
    return 0;
}

static int
merge_sort(SortState *s, MiObject **tk, MiObject **tv, intptr_t lo, intptr_t hi)
{
    intptr_t mid, i, j, k;
    int lt;
    if (hi - lo <= MI_SORT_RUN)
        return insertion_sort(s, lo, hi);
    mid = lo + (hi - lo) / 2;
    if (merge_sort(s, tk, tv, lo, mid) < 0 || merge_sort(s, tk, tv, mid, hi) < 0)
        return -1;
    /* already in order: nothing to merge */
    lt = sort_lt(s, s->keys[mid], s->keys[mid - 1]);
    if (lt < 0)
        return -1;
    if (!lt)
        return 0;
    memcpy(tk + lo, s->keys + lo, (size_t)(mid - lo) * sizeof(MiObject *));
    if (s->values)
        memcpy(tv + lo, s->values + lo, (size_t)(mid - lo) * sizeof(MiObject *));
    i = lo;
    j = mid;
    k = lo;
    while (i < mid && j < hi) {
        lt = sort_lt(s, s->keys[j], tk[i]);
        if (lt < 0) {
            /* put the remaining saved keys back so nothing is lost */
            while (i < mid) {
                s->keys[k] = tk[i];
                if (s->values)
                    s->values[k] = tv[i];
                k++;
                i++;
            }
            return -1;
        }
        if (lt) {
            s->keys[k] = s->keys[j];
            if (s->values)
                s->values[k] = s->values[j];
            j++;
        } else {
            s->keys[k] = tk[i];
            if (s->values)
                s->values[k] = tv[i];
            i++;
        }
        k++;
    }
    while (i < mid) {
        s->keys[k] = tk[i];
        if (s->values)
            s->values[k] = tv[i];
        k++;
        i++;
    }
    return 0;
}

int
mi_sort_items(MiObject **keys, MiObject **values, intptr_t n)
{
    SortState s;
    MiObject **tk, **tv = NULL;
    intptr_t i;
    int rc;
    if (n < 2)
        return 0;
    s.keys = keys;
    s.values = values;
    s.kind = sort_kind_of(keys[0]);
    s.first_kind = SORT_GENERIC;
    for (i = 1; i < n && s.kind != SORT_GENERIC; i++) {
        if (sort_kind_of(keys[i]) != s.kind)
            s.kind = SORT_GENERIC;
    }
    if (s.kind == SORT_TUPLE) {
        s.first_kind = sort_kind_of(MI_TUPLE_GET(keys[0], 0));
        for (i = 1; i < n && s.first_kind != SORT_GENERIC; i++) {
            if (sort_kind_of(MI_TUPLE_GET(keys[i], 0)) != s.first_kind)
                s.first_kind = SORT_GENERIC;
        }
        /* nested tuples or other first items: the generic compare */
        if (s.first_kind == SORT_GENERIC || s.first_kind == SORT_TUPLE)
            s.kind = SORT_GENERIC;
    }
    tk = mi_malloc((size_t)n * sizeof(MiObject *));
    if (values != NULL)
        tv = mi_malloc((size_t)n * sizeof(MiObject *));
    if (tk == NULL || (values != NULL && tv == NULL)) {
        mi_free(tk);
        mi_free(tv);
        mi_err_nomemory();
        return -1;
    }
    rc = merge_sort(&s, tk, tv, 0, n);
    mi_free(tk);
    mi_free(tv);
    return rc;
}
