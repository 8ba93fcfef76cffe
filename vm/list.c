/* vm/list.c: list, a growable array of references, and its iterators.
 *
 * Growth over-allocates by about 1/8 as CPython does, so appends are
 * amortised O(1).  sort() is a stable merge sort (insertion-sorted runs of
 * MI_SORT_RUN, merges skipped when the halves are already in order, so
 * sorted input costs O(n)); the list is emptied while sorting so that a key
 * function or __lt__ that mutates it is detected ("list modified during
 * sort").  When every key is an int (or every key a str) comparisons skip
 * the generic protocol. */
#include "vm/list.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"

#define MI_SORT_RUN 16

static int
list_resize(MiList *l, intptr_t newsize)
{
    intptr_t cap;
    MiObject **items;
    if (newsize <= l->cap && newsize >= (l->cap >> 1)) {
        l->size = newsize;
        return 0;
    }
    cap = newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6);
    if (newsize == 0)
        cap = 0;
    if ((size_t)cap > SIZE_MAX / sizeof(MiObject *)) {
        mi_err_nomemory();
        return -1;
    }
    items = mi_realloc(l->items, (size_t)cap * sizeof(MiObject *));
    if (items == NULL && cap > 0) {
        mi_err_nomemory();
        return -1;
    }
    l->items = items;
    l->cap = cap;
    l->size = newsize;
    return 0;
}

MiObject *
mi_list_new(intptr_t size)
{
    MiList *l = (MiList *)mi_object_alloc(&mi_list_type);
    if (l == NULL)
        return NULL;
    if (size > 0) {
        if ((size_t)size > SIZE_MAX / sizeof(MiObject *) ||
            (l->items = mi_calloc((size_t)size, sizeof(MiObject *))) == NULL) {
            MI_DECREF(l);
            return mi_err_nomemory();
        }
        l->cap = size;
        l->size = size;
    }
    MI_GC_TRACK(l);
    return (MiObject *)l;
}

int
mi_list_append(MiObject *list, MiObject *item)
{
    MiList *l = (MiList *)list;
    intptr_t n = l->size;
    if (n < l->cap) {
        l->items[n] = mi_newref(item);
        l->size = n + 1;
        return 0;
    }
    if (list_resize(l, n + 1) < 0)
        return -1;
    l->items[n] = mi_newref(item);
    return 0;
}

int
mi_list_insert(MiObject *list, intptr_t where, MiObject *item)
{
    MiList *l = (MiList *)list;
    intptr_t n = l->size;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    if (list_resize(l, n + 1) < 0)
        return -1;
    memmove(l->items + where + 1, l->items + where, (size_t)(n - where) * sizeof(MiObject *));
    l->items[where] = mi_newref(item);
    return 0;
}

static int
append_item(MiObject *item, void *list)
{
    return mi_list_append((MiObject *)list, item);
}

int
mi_list_extend(MiObject *list, MiObject *iterable)
{
    MiList *l = (MiList *)list;
    if (mi_list_check(iterable) || mi_tuple_check(iterable)) {
        MiObject **src = mi_list_check(iterable) ? MI_LIST_ITEMS(iterable) : MI_TUPLE_ITEMS(iterable);
        intptr_t n = mi_list_check(iterable) ? MI_LIST_SIZE(iterable) : MI_TUPLE_SIZE(iterable);
        intptr_t old = l->size;
        if (n == 0)
            return 0;
        if (list_resize(l, old + n) < 0)
            return -1;
        /* src may be l->items itself (l.extend(l)): reload after resize */
        src = mi_list_check(iterable) ? MI_LIST_ITEMS(iterable) : MI_TUPLE_ITEMS(iterable);
        for (intptr_t i = 0; i < n; i++)
            l->items[old + i] = mi_newref(src[i]);
        return 0;
    }
    {
        intptr_t hint = mi_obj_length_hint(iterable, 8);
        if (hint < 0)
            return -1;
        if (l->size + hint > l->cap && hint < (1 << 24)) {
            intptr_t keep = l->size;
            if (list_resize(l, l->size + hint) < 0)
                return -1;
            l->size = keep;
        }
    }
    return mi_iterate(iterable, append_item, list) < 0 ? -1 : 0;
}

void
mi_list_set(MiObject *list, intptr_t i, MiObject *item)
{
    MiList *l = (MiList *)list;
    MiObject *old = l->items[i];
    l->items[i] = item;
    MI_XDECREF(old);
}

MiObject *
mi_list_as_tuple(MiObject *list)
{
    return mi_tuple_from_array(MI_LIST_ITEMS(list), MI_LIST_SIZE(list));
}

MiObject *
mi_list_slice(MiObject *list, intptr_t low, intptr_t high)
{
    MiList *l = (MiList *)list;
    MiObject *res;
    if (low < 0)
        low = 0;
    if (high > l->size)
        high = l->size;
    if (high < low)
        high = low;
    res = mi_list_new(high - low);
    if (res == NULL)
        return NULL;
    for (intptr_t i = low; i < high; i++)
        MI_LIST_ITEMS(res)[i - low] = mi_newref(l->items[i]);
    return res;
}

/* ---- lifecycle ---------------------------------------------------------------------- */

static int
list_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MiList *l = (MiList *)self;
    for (intptr_t i = l->size; --i >= 0;)
        MI_VISIT(l->items[i]);
    return 0;
}

static int
list_clear_slot(MiObject *self)
{
    MiList *l = (MiList *)self;
    MiObject **items = l->items;
    intptr_t n = l->size;
    if (items == NULL)
        return 0;
    l->items = NULL;
    l->size = 0;
    l->cap = 0;
    while (--n >= 0)
        MI_XDECREF(items[n]);
    mi_free(items);
    return 0;
}

static void
list_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    list_clear_slot(self);
    mi_object_free(self);
}

static MiObject *
list_repr(MiObject *self)
{
    MiList *l = (MiList *)self;
    MiStrBuilder sb;
    int rc;
    if (l->size == 0)
        return mi_str_from_cstr("[]");
    rc = mi_repr_enter(self);
    if (rc != 0)
        return rc > 0 ? mi_str_from_cstr("[...]") : NULL;
    mi_sb_init(&sb);
    mi_sb_append_char(&sb, '[');
    for (intptr_t i = 0; i < l->size; i++) {
        MiObject *item = mi_newref(l->items[i]), *r;
        if (i > 0)
            mi_sb_append_cstr(&sb, ", ");
        r = mi_obj_repr(item);
        MI_DECREF(item);
        if (r == NULL) {
            mi_sb_discard(&sb);
            mi_repr_leave(self);
            return NULL;
        }
        mi_sb_append_str(&sb, r);
        MI_DECREF(r);
    }
    mi_sb_append_char(&sb, ']');
    mi_repr_leave(self);
    return mi_sb_finish(&sb);
}

/* ---- sequence protocol ------------------------------------------------------------------ */

static intptr_t
list_len(MiObject *self)
{
    return ((MiList *)self)->size;
}

static MiObject *
index_error(void)
{
    return mi_err_format(MI_EXC(IndexError), "list index out of range");
}

static MiObject *
list_subscript(MiObject *self, MiObject *key)
{
    MiList *l = (MiList *)self;
    if (mi_int_check(key)) {
        intptr_t i;
        if (mi_int_is_small(key)) {
            int64_t v = ((MiInt *)key)->small;
            if (v < 0)
                v += l->size;
            if (v < 0 || v >= l->size)
                return index_error();
            return mi_newref(l->items[v]);
        }
        i = mi_num_as_ssize(key, MI_EXC(IndexError));
        (void)i;
        return mi_err_occurred() ? NULL : index_error();
    }
    if (key->type == &mi_slice_type) {
        intptr_t start, stop, step, n = mi_slice_indices(key, l->size, &start, &stop, &step);
        MiObject *res;
        if (n < 0)
            return NULL;
        if (step == 1)
            return mi_list_slice(self, start, stop);
        res = mi_list_new(n);
        if (res == NULL)
            return NULL;
        for (intptr_t k = 0, i = start; k < n; k++, i += step)
            MI_LIST_ITEMS(res)[k] = mi_newref(l->items[i]);
        return res;
    }
    if (key->type->index != NULL) {
        intptr_t i = mi_num_as_ssize(key, MI_EXC(IndexError));
        if (i == -1 && mi_err_occurred())
            return NULL;
        if (i < 0)
            i += l->size;
        if (i < 0 || i >= l->size)
            return index_error();
        return mi_newref(l->items[i]);
    }
    return mi_err_format(MI_EXC(TypeError), "list indices must be integers or slices, not %s",
                         MI_TYPE_NAME(key));
}

/* Replaces l[low:high] with the items of `v` (NULL deletes). */
static int
list_assign_slice(MiList *l, intptr_t low, intptr_t high, MiObject *v)
{
    MiObject **src = NULL, **recycle = NULL, *seq = NULL;
    intptr_t n = 0, d, norig;
    if (v != NULL) {
        if ((MiObject *)l == v || !(mi_list_check(v) || mi_tuple_check(v))) {
            seq = mi_seq_to_list(v);
            if (seq == NULL) {
                if (mi_err_matches((MiObject *)MI_EXC(TypeError))) {
                    mi_err_clear();
                    mi_err_format(MI_EXC(TypeError), "can only assign an iterable");
                }
                return -1;
            }
            v = seq;
        }
        src = mi_list_check(v) ? MI_LIST_ITEMS(v) : MI_TUPLE_ITEMS(v);
        n = mi_list_check(v) ? MI_LIST_SIZE(v) : MI_TUPLE_SIZE(v);
    }
    if (low < 0)
        low = 0;
    if (low > l->size)
        low = l->size;
    if (high < low)
        high = low;
    if (high > l->size)
        high = l->size;
    norig = high - low;
    d = n - norig;
    if (norig > 0) {
        recycle = mi_malloc((size_t)norig * sizeof(MiObject *));
        if (recycle == NULL) {
            MI_XDECREF(seq);
            mi_err_nomemory();
            return -1;
        }
        memcpy(recycle, l->items + low, (size_t)norig * sizeof(MiObject *));
    }
    if (d < 0) {
        memmove(l->items + high + d, l->items + high,
                (size_t)(l->size - high) * sizeof(MiObject *));
        list_resize(l, l->size + d);
    } else if (d > 0) {
        intptr_t oldsize = l->size;
        if (list_resize(l, l->size + d) < 0) {
            mi_free(recycle);
            MI_XDECREF(seq);
            return -1;
        }
        memmove(l->items + high + d, l->items + high, (size_t)(oldsize - high) * sizeof(MiObject *));
    }
    for (intptr_t k = 0; k < n; k++)
        l->items[low + k] = mi_newref(src[k]);
    for (intptr_t k = norig - 1; k >= 0; k--)
        MI_XDECREF(recycle[k]);
    mi_free(recycle);
    MI_XDECREF(seq);
    return 0;
}

static int
list_ass_subscript(MiObject *self, MiObject *key, MiObject *value)
{
    MiList *l = (MiList *)self;
    if (mi_int_check(key) || (key->type->index != NULL && key->type != &mi_slice_type)) {
        intptr_t i = mi_num_as_ssize(key, MI_EXC(IndexError));
        if (i == -1 && mi_err_occurred())
            return -1;
        if (i < 0)
            i += l->size;
        if (i < 0 || i >= l->size) {
            mi_err_format(MI_EXC(IndexError), value ? "list assignment index out of range"
                                                    : "list index out of range");
            return -1;
        }
        if (value == NULL)
            return list_assign_slice(l, i, i + 1, NULL);
        mi_list_set(self, i, mi_newref(value));
        return 0;
    }
    if (key->type == &mi_slice_type) {
        intptr_t start, stop, step, n = mi_slice_indices(key, l->size, &start, &stop, &step);
        if (n < 0)
            return -1;
        if (step == 1)
            return list_assign_slice(l, start, stop, value);
        if (value == NULL) {
            /* delete an extended slice: compact the survivors */
            MiObject **garbage;
            intptr_t dst, k = 0;
            if (n <= 0)
                return 0;
            if (step < 0) {
                start = start + step * (n - 1);
                step = -step;
            }
            garbage = mi_malloc((size_t)n * sizeof(MiObject *));
            if (garbage == NULL) {
                mi_err_nomemory();
                return -1;
            }
            dst = start;
            for (intptr_t i = start; i < l->size; i++) {
                if (k < n && i == start + k * step) {
                    garbage[k++] = l->items[i];
                    continue;
                }
                l->items[dst++] = l->items[i];
            }
            l->size -= n;
            list_resize(l, l->size);
            for (intptr_t i = 0; i < n; i++)
                MI_DECREF(garbage[i]);
            mi_free(garbage);
            return 0;
        } else {
            MiObject *seq = mi_seq_to_list(value);
            if (seq == NULL)
                return -1;
            if (MI_LIST_SIZE(seq) != n) {
                mi_err_format(MI_EXC(ValueError), "attempt to assign sequence of size %zd to "
                              "extended slice of size %zd", MI_LIST_SIZE(seq), n);
                MI_DECREF(seq);
                return -1;
            }
            for (intptr_t k = 0, i = start; k < n; k++, i += step)
                mi_list_set(self, i, mi_newref(MI_LIST_ITEMS(seq)[k]));
            MI_DECREF(seq);
            return 0;
        }
    }
    mi_err_format(MI_EXC(TypeError), "list indices must be integers or slices, not %s",
                  MI_TYPE_NAME(key));
    return -1;
}

static int
list_contains(MiObject *self, MiObject *item)
{
    MiList *l = (MiList *)self;
    for (intptr_t i = 0; i < l->size; i++) {
        MiObject *x = l->items[i];
        int eq;
        if (x == item)
            return 1;
        MI_INCREF(x);
        eq = mi_obj_richcmp_bool(x, item, MI_EQ);
        MI_DECREF(x);
        if (eq != 0)
            return eq;
    }
    return 0;
}

static MiObject *
list_richcmp(MiObject *a, MiObject *b, int op)
{
    MiList *x = (MiList *)a, *y = (MiList *)b;
    intptr_t i;
    if (!mi_list_check(a) || !mi_list_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    if ((op == MI_EQ || op == MI_NE) && x->size != y->size)
        return mi_bool_from(op == MI_NE);
    for (i = 0; i < x->size && i < y->size; i++) {
        MiObject *p = mi_newref(x->items[i]), *q = mi_newref(y->items[i]);
        int eq = mi_obj_richcmp_bool(p, q, MI_EQ);
        if (eq == 0) {
            MiObject *res;
            if (op == MI_EQ)
                res = mi_newref(MI_FALSE);
            else if (op == MI_NE)
                res = mi_newref(MI_TRUE);
            else
                res = mi_obj_richcmp(p, q, op);
            MI_DECREF(p);
            MI_DECREF(q);
            return res;
        }
        MI_DECREF(p);
        MI_DECREF(q);
        if (eq < 0)
            return NULL;
        if (i >= x->size || i >= y->size)
            break;
    }
    {
        intptr_t n1 = x->size, n2 = y->size;
        int c = n1 < n2 ? -1 : n1 > n2;
        switch (op) {
        case MI_LT: return mi_bool_from(c < 0);
        case MI_LE: return mi_bool_from(c <= 0);
        case MI_EQ: return mi_bool_from(c == 0);
        case MI_NE: return mi_bool_from(c != 0);
        case MI_GT: return mi_bool_from(c > 0);
        default: return mi_bool_from(c >= 0);
        }
    }
}

static MiObject *
list_concat(MiObject *a, MiObject *b)
{
    MiList *x = (MiList *)a, *y = (MiList *)b;
    MiObject *res;
    if (!mi_list_check(a) || !mi_list_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    res = mi_list_new(x->size + y->size);
    if (res == NULL)
        return NULL;
    for (intptr_t i = 0; i < x->size; i++)
        MI_LIST_ITEMS(res)[i] = mi_newref(x->items[i]);
    for (intptr_t i = 0; i < y->size; i++)
        MI_LIST_ITEMS(res)[x->size + i] = mi_newref(y->items[i]);
    return res;
}

static MiObject *
list_repeat(MiObject *a, MiObject *b)
{
    MiObject *list = a, *count = b, *res;
    intptr_t n, size;
    if (!mi_list_check(list)) {
        list = b;
        count = a;
    }
    if (!mi_list_check(list) || count->type->index == NULL)
        MI_RETURN_NOTIMPLEMENTED;
    n = mi_num_as_ssize(count, MI_EXC(OverflowError));
    if (n == -1 && mi_err_occurred())
        return NULL;
    size = MI_LIST_SIZE(list);
    if (n <= 0 || size == 0)
        return mi_list_new(0);
    if (size > INTPTR_MAX / n / (intptr_t)sizeof(MiObject *))
        return mi_err_nomemory();
    res = mi_list_new(size * n);
    if (res == NULL)
        return NULL;
    for (intptr_t k = 0; k < n; k++) {
        for (intptr_t i = 0; i < size; i++)
            MI_LIST_ITEMS(res)[k * size + i] = mi_newref(MI_LIST_ITEMS(list)[i]);
    }
    return res;
}

static MiObject *
list_inplace_concat(MiObject *a, MiObject *b)
{
    if (mi_list_extend(a, b) < 0)
        return NULL;
    return mi_newref(a);
}

static MiObject *
list_inplace_repeat(MiObject *a, MiObject *b)
{
    MiList *l = (MiList *)a;
    intptr_t n, size = l->size;
    if (b->type->index == NULL)
        MI_RETURN_NOTIMPLEMENTED;
    n = mi_num_as_ssize(b, MI_EXC(OverflowError));
    if (n == -1 && mi_err_occurred())
        return NULL;
    if (n <= 0) {
        list_clear_slot(a);
        return mi_newref(a);
    }
    if (size > 0 && size > INTPTR_MAX / n / (intptr_t)sizeof(MiObject *))
        return mi_err_nomemory();
    if (list_resize(l, size * n) < 0)
        return NULL;
    for (intptr_t k = 1; k < n; k++) {
        for (intptr_t i = 0; i < size; i++)
            l->items[k * size + i] = mi_newref(l->items[i]);
    }
    return mi_newref(a);
}

/* ---- sorting --------------------------------------------------------------------------- */

typedef struct SortState {
    MiObject **keys;       /* what is compared */
    MiObject **values;     /* what moves with it (the items), or NULL */
    int        kind;       /* 0 generic, 1 all small ints, 2 all str */
} SortState;

/* keys[i] < keys[j] ?  1, 0, -1 */
static inline int
sort_lt(SortState *s, MiObject *a, MiObject *b)
{
    if (s->kind == 1)
        return ((MiInt *)a)->small < ((MiInt *)b)->small;
    if (s->kind == 2)
        return mi_str_compare(a, b) < 0;
    return mi_obj_richcmp_bool(a, b, MI_LT);
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
mi_list_sort(MiObject *list, MiObject *keyfunc, int reverse)
{
    MiList *l = (MiList *)list;
    MiObject **items = l->items, **keys = NULL, **tk = NULL, **tv = NULL;
    intptr_t n = l->size, cap = l->cap, i;
    SortState s;
    int rc = 0;
    if (keyfunc == MI_NONE)
        keyfunc = NULL;
    /* empty the list while sorting */
    l->items = NULL;
    l->size = 0;
    l->cap = 0;
    if (n > 1 && reverse) {
        for (i = 0; i < n / 2; i++) {
            MiObject *t = items[i];
            items[i] = items[n - 1 - i];
            items[n - 1 - i] = t;
        }
    }
    if (keyfunc != NULL && n > 0) {
        keys = mi_malloc((size_t)n * sizeof(MiObject *));
        if (keys == NULL) {
            mi_err_nomemory();
            rc = -1;
            goto restore;
        }
        for (i = 0; i < n; i++) {
            keys[i] = mi_call1(keyfunc, items[i]);
            if (keys[i] == NULL) {
                while (--i >= 0)
                    MI_DECREF(keys[i]);
                mi_free(keys);
                keys = NULL;
                rc = -1;
                goto restore;
            }
        }
    }
    s.keys = keys ? keys : items;
    s.values = keys ? items : NULL;
    s.kind = 0;
    if (n > 1) {
        int all_int = 1, all_str = 1;
        for (i = 0; i < n && (all_int || all_str); i++) {
            MiObject *k = s.keys[i];
            all_int &= k->type == &mi_int_type && mi_int_is_small(k);
            all_str &= k->type == &mi_str_type;
        }
        s.kind = all_int ? 1 : all_str ? 2 : 0;
        tk = mi_malloc((size_t)n * sizeof(MiObject *));
        tv = s.values ? mi_malloc((size_t)n * sizeof(MiObject *)) : NULL;
        if (tk == NULL || (s.values && tv == NULL)) {
            mi_err_nomemory();
            rc = -1;
        } else {
            /* reverse sorts keep stability by sorting the reversed list and
             * reversing back (as CPython) */
            rc = merge_sort(&s, tk, tv, 0, n);
        }
        mi_free(tk);
        mi_free(tv);
    }
    if (keys != NULL) {
        for (i = 0; i < n; i++)
            MI_DECREF(keys[i]);
        mi_free(keys);
    }
restore:
    if (n > 1 && reverse) {
        for (i = 0; i < n / 2; i++) {
            MiObject *t = items[i];
            items[i] = items[n - 1 - i];
            items[n - 1 - i] = t;
        }
    }
    if (l->items != NULL || l->size != 0) {
        /* mutated during the sort: keep the sorted items, report it */
        MiObject **extra = l->items;
        intptr_t en = l->size;
        l->items = items;
        l->size = n;
        l->cap = cap;
        for (i = 0; i < en; i++)
            MI_XDECREF(extra[i]);
        mi_free(extra);
        if (rc == 0) {
            mi_err_set(MI_EXC(ValueError), "list modified during sort");
            rc = -1;
        }
        return rc;
    }
    l->items = items;
    l->size = n;
    l->cap = cap;
    return rc;
}

int
mi_list_reverse(MiObject *list)
{
    MiList *l = (MiList *)list;
    for (intptr_t i = 0, j = l->size - 1; i < j; i++, j--) {
        MiObject *t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return 0;
}

/* ---- methods ------------------------------------------------------------------------------- */

static MiObject *
list_append_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    if (mi_list_append(self, args[0]) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
list_extend_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    if (mi_list_extend(self, args[0]) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
list_insert_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t where;
    if (mi_args_check("insert", nargs, kw, 2, 2) < 0)
        return NULL;
    where = mi_num_as_ssize(args[0], NULL);
    if (where == -1 && mi_err_occurred())
        return NULL;
    if (mi_list_insert(self, where, args[1]) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
list_pop_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiList *l = (MiList *)self;
    intptr_t i = -1;
    MiObject *item;
    if (mi_args_check("pop", nargs, kw, 0, 1) < 0)
        return NULL;
    if (l->size == 0)
        return mi_err_format(MI_EXC(IndexError), "pop from empty list");
    if (nargs == 1) {
        i = mi_num_as_ssize(args[0], MI_EXC(IndexError));
        if (i == -1 && mi_err_occurred())
            return NULL;
    }
    if (i < 0)
        i += l->size;
    if (i < 0 || i >= l->size)
        return mi_err_format(MI_EXC(IndexError), "pop index out of range");
    item = l->items[i];
    if (i == l->size - 1) {
        l->size--;
        if (l->size < (l->cap >> 2))
            list_resize(l, l->size);
        return item;
    }
    memmove(l->items + i, l->items + i + 1, (size_t)(l->size - i - 1) * sizeof(MiObject *));
    list_resize(l, l->size - 1);
    return item;
}

/* Index of the first item equal to `x` in [start, stop), -1 if none, -2 on
 * error. */
static intptr_t
find_item(MiList *l, MiObject *x, intptr_t start, intptr_t stop)
{
    for (intptr_t i = start; i < stop && i < l->size; i++) {
        MiObject *item = mi_newref(l->items[i]);
        int eq = item == x ? 1 : mi_obj_richcmp_bool(item, x, MI_EQ);
        MI_DECREF(item);
        if (eq > 0)
            return i;
        if (eq < 0)
            return -2;
    }
    return -1;
}

static MiObject *
list_remove_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiList *l = (MiList *)self;
    intptr_t i = find_item(l, args[0], 0, l->size);
    (void)nargs;
    (void)kw;
    if (i == -2)
        return NULL;
    if (i == -1)
        return mi_err_format(MI_EXC(ValueError), "list.remove(x): x not in list");
    if (list_assign_slice(l, i, i + 1, NULL) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
list_index_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiList *l = (MiList *)self;
    intptr_t start = 0, stop = INTPTR_MAX, i;
    if (mi_args_check("index", nargs, kw, 1, 3) < 0)
        return NULL;
    if (nargs > 1 && (start = mi_num_as_ssize(args[1], NULL)) == -1 && mi_err_occurred())
        return NULL;
    if (nargs > 2 && (stop = mi_num_as_ssize(args[2], NULL)) == -1 && mi_err_occurred())
        return NULL;
    if (start < 0 && (start += l->size) < 0)
        start = 0;
    if (stop < 0 && (stop += l->size) < 0)
        stop = 0;
    i = find_item(l, args[0], start, stop);
    if (i == -2)
        return NULL;
    if (i == -1)
        return mi_err_format(MI_EXC(ValueError), "%R is not in list", args[0]);
    return mi_int_from_i64(i);
}

static MiObject *
list_count_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiList *l = (MiList *)self;
    intptr_t count = 0;
    (void)nargs;
    (void)kw;
    for (intptr_t i = 0; i < l->size; i++) {
        MiObject *item = mi_newref(l->items[i]);
        int eq = item == args[0] ? 1 : mi_obj_richcmp_bool(item, args[0], MI_EQ);
        MI_DECREF(item);
        if (eq < 0)
            return NULL;
        count += eq;
    }
    return mi_int_from_i64(count);
}

static MiObject *
list_clear_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    list_clear_slot(self);
    MI_RETURN_NONE;
}

static MiObject *
list_copy_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_list_slice(self, 0, MI_LIST_SIZE(self));
}

static MiObject *
list_reverse_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    mi_list_reverse(self);
    MI_RETURN_NONE;
}

static MiObject *
list_sort_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"key", "reverse", NULL};
    MiObject *a[2];
    int reverse = 0;
    if (mi_args_parse("sort", args, nargs, kwnames, names, 0, 0, 0, a) < 0)
        return NULL;
    if (a[1] != NULL && (reverse = mi_obj_is_true(a[1])) < 0)
        return NULL;
    if (mi_list_sort(self, a[0], reverse) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *list_reversed_m(MiObject *self, MiObject *const *args, intptr_t nargs,
                                 MiObject *kw);

static MiObject *
list_sizeof_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_i64(40 + 8 * ((MiList *)self)->cap);
}

static MiObject *
list_class_getitem(MiObject *cls, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return mi_generic_alias_new(cls, args[0]);
}

static MiMethodDef list_methods[] = {
    {"append", list_append_m, MI_METH_O, NULL},
    {"extend", list_extend_m, MI_METH_O, NULL},
    {"insert", list_insert_m, MI_METH_VARARGS, NULL},
    {"pop", list_pop_m, MI_METH_VARARGS, NULL},
    {"remove", list_remove_m, MI_METH_O, NULL},
    {"index", list_index_m, MI_METH_VARARGS, NULL},
    {"count", list_count_m, MI_METH_O, NULL},
    {"clear", list_clear_m, MI_METH_NOARGS, NULL},
    {"copy", list_copy_m, MI_METH_NOARGS, NULL},
    {"reverse", list_reverse_m, MI_METH_NOARGS, NULL},
    {"sort", list_sort_m, MI_METH_KEYWORDS, NULL},
    {"__reversed__", list_reversed_m, MI_METH_NOARGS, NULL},
    {"__sizeof__", list_sizeof_m, MI_METH_NOARGS, NULL},
    {"__class_getitem__", list_class_getitem, MI_METH_O | MI_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- construction ---------------------------------------------------------------------------- */

static MiObject *
list_new_slot(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *l;
    (void)args;
    (void)nargs;
    (void)kwnames;
    l = mi_object_alloc(type);
    if (l != NULL)
        MI_GC_TRACK(l);
    return l;
}

static int
list_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    if (mi_args_check("list", nargs, kwnames, 0, 1) < 0)
        return -1;
    list_clear_slot(self);
    if (nargs == 1)
        return mi_list_extend(self, args[0]);
    return 0;
}

/* ---- iterators -------------------------------------------------------------------------------- */

static void
seqiter_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    MI_CLEAR(((MiSeqIter *)self)->seq);
    mi_object_free(self);
}

static int
seqiter_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiSeqIter *)self)->seq);
    return 0;
}

static MiObject *
listiter_next(MiObject *self)
{
    MiSeqIter *it = (MiSeqIter *)self;
    MiObject *seq = it->seq;
    if (seq == NULL)
        return NULL;
    if (it->index < MI_LIST_SIZE(seq))
        return mi_newref(MI_LIST_ITEMS(seq)[it->index++]);
    it->seq = NULL;
    MI_DECREF(seq);
    return NULL;
}

static MiObject *
iter_self(MiObject *self)
{
    return mi_newref(self);
}

static MiObject *
listiter_length_hint(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiSeqIter *it = (MiSeqIter *)self;
    intptr_t n = it->seq ? MI_LIST_SIZE(it->seq) - it->index : 0;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_i64(n > 0 ? n : 0);
}

static MiMethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

MiType mi_list_iter_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "list_iterator",
    .basicsize = sizeof(MiSeqIter),
    .flags = MI_TYPE_GC,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = iter_self,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

static MiObject *
list_iter(MiObject *self)
{
    MiSeqIter *it = (MiSeqIter *)mi_object_alloc(&mi_list_iter_type);
    if (it == NULL)
        return NULL;
    it->seq = mi_newref(self);
    it->index = 0;
    MI_GC_TRACK(it);
    return (MiObject *)it;
}

static MiObject *
listreviter_next(MiObject *self)
{
    MiSeqIter *it = (MiSeqIter *)self;
    MiObject *seq = it->seq;
    if (seq == NULL)
        return NULL;
    if (it->index >= 0 && it->index < MI_LIST_SIZE(seq))
        return mi_newref(MI_LIST_ITEMS(seq)[it->index--]);
    it->seq = NULL;
    MI_DECREF(seq);
    return NULL;
}

MiType mi_list_reviter_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "list_reverseiterator",
    .basicsize = sizeof(MiSeqIter),
    .flags = MI_TYPE_GC,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = iter_self,
    .iternext = listreviter_next,
};

static MiObject *
list_reversed_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiSeqIter *it = (MiSeqIter *)mi_object_alloc(&mi_list_reviter_type);
    (void)args;
    (void)nargs;
    (void)kw;
    if (it == NULL)
        return NULL;
    it->seq = mi_newref(self);
    it->index = MI_LIST_SIZE(self) - 1;
    MI_GC_TRACK(it);
    return (MiObject *)it;
}

MiType mi_list_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "list",
    .basicsize = sizeof(MiList),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE | MI_TYPE_LIST_SUBCLASS | MI_TYPE_SEQUENCE,
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .new_ = list_new_slot,
    .init = list_init,
    .repr = list_repr,
    .richcmp = list_richcmp,
    .len = list_len,
    .getitem = list_subscript,
    .setitem = list_ass_subscript,
    .contains = list_contains,
    .iter = list_iter,
    .add = list_concat,
    .mul = list_repeat,
    .iadd = list_inplace_concat,
    .imul = list_inplace_repeat,
    .methods = list_methods,
    .doc = "Built-in mutable sequence.",
};
