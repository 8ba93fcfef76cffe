/* vm/tuple.c: tuple, an immutable array of references.
 *
 * The empty tuple is one shared object.  Tuples of 1..19 items are kept on
 * per-size free lists when freed (linked through items[0]), as CPython, so
 * the many short-lived tuples of a program (multiple returns, dict items,
 * arguments) rarely reach the allocator.  The hash is CPython's xxHash-based
 * one, so sets of tuples iterate in CPython's order. */
#include "vm/tuple.h"

#include <stdarg.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str.h"

MiObject *
mi_tuple_new(intptr_t size)
{
    MiTuple *t;
    if (size == 0 && mi_state->empty_tuple != NULL)
        return mi_newref(mi_state->empty_tuple);
    if (size > 0 && size < MI_TUPLE_FREELIST_SIZES && mi_state->tuple_freelist[size] != NULL) {
        t = (MiTuple *)mi_state->tuple_freelist[size];
        mi_state->tuple_freelist[size] = t->items[0];
        mi_state->tuple_freelist_len[size]--;
        t->base.refcnt = 1;
        t->base.type = &mi_tuple_type;
        MI_REF_INC();
        MI_LIVE_ADD(t);
        mi_gc_note_alloc(&mi_state->gc);
        memset(t->items, 0, (size_t)size * sizeof(MiObject *));
    } else {
        if ((size_t)size > (SIZE_MAX - sizeof(MiTuple)) / sizeof(MiObject *))
            return mi_err_nomemory();
        t = (MiTuple *)mi_object_alloc_var(&mi_tuple_type, size);
        if (t == NULL)
            return NULL;
    }
    t->size = size;
    MI_GC_TRACK(t);
    return (MiObject *)t;
}

MiObject *
mi_tuple_from_array(MiObject *const *items, intptr_t n)
{
    MiObject *t = mi_tuple_new(n);
    if (t == NULL)
        return NULL;
    for (intptr_t i = 0; i < n; i++)
        MI_TUPLE_ITEMS(t)[i] = mi_newref(items[i]);
    return t;
}

MiObject *
mi_tuple_pack(intptr_t n, ...)
{
    va_list ap;
    MiObject *t = mi_tuple_new(n);
    if (t == NULL)
        return NULL;
    va_start(ap, n);
    for (intptr_t i = 0; i < n; i++)
        MI_TUPLE_ITEMS(t)[i] = mi_newref(va_arg(ap, MiObject *));
    va_end(ap);
    return t;
}

MiObject *
mi_tuple_slice(MiObject *t, intptr_t low, intptr_t high)
{
    intptr_t n = MI_TUPLE_SIZE(t);
    if (low < 0)
        low = 0;
    if (high > n)
        high = n;
    if (high < low)
        high = low;
    if (low == 0 && high == n && t->type == &mi_tuple_type)
        return mi_newref(t);
    return mi_tuple_from_array(MI_TUPLE_ITEMS(t) + low, high - low);
}

void
mi_tuple_maybe_untrack(MiObject *t)
{
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(t); i++) {
        MiObject *x = MI_TUPLE_GET(t, i);
        if (x == NULL || (mi_obj_is_gc(x) && (x->type != &mi_tuple_type || mi_gc_is_tracked(x))))
            return;
    }
    MI_GC_UNTRACK(t);
}

static int
tuple_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    for (intptr_t i = MI_TUPLE_SIZE(self); --i >= 0;)
        MI_VISIT(MI_TUPLE_ITEMS(self)[i]);
    return 0;
}

static void
tuple_dealloc(MiObject *self)
{
    MiTuple *t = (MiTuple *)self;
    intptr_t n = t->size;
    MI_GC_UNTRACK(self);
    for (intptr_t i = n; --i >= 0;)
        MI_XDECREF(t->items[i]);
    if (self->type == &mi_tuple_type && n > 0 && n < MI_TUPLE_FREELIST_SIZES &&
        mi_state->tuple_freelist_len[n] < MI_TUPLE_FREELIST_MAX && !mi_state->finalizing) {
        t->items[0] = mi_state->tuple_freelist[n];
        mi_state->tuple_freelist[n] = self;
        mi_state->tuple_freelist_len[n]++;
        MI_LIVE_REMOVE(self);
        mi_gc_note_free(&mi_state->gc);
        return;
    }
    mi_object_free(self);
}

void
mi_tuple_clear_freelists(void)
{
    for (int n = 1; n < MI_TUPLE_FREELIST_SIZES; n++) {
        MiObject *t = mi_state->tuple_freelist[n];
        while (t != NULL) {
            MiObject *next = ((MiTuple *)t)->items[0];
            mi_free(MI_GC_HEAD(t));
            t = next;
        }
        mi_state->tuple_freelist[n] = NULL;
        mi_state->tuple_freelist_len[n] = 0;
    }
}

static MiObject *
tuple_repr(MiObject *self)
{
    intptr_t n = MI_TUPLE_SIZE(self);
    MiStrBuilder sb;
    int rc;
    if (n == 0)
        return mi_str_from_cstr("()");
    rc = mi_repr_enter(self);
    if (rc != 0)
        return rc > 0 ? mi_str_from_cstr("(...)") : NULL;
    mi_sb_init(&sb);
    mi_sb_append_char(&sb, '(');
    for (intptr_t i = 0; i < n; i++) {
        MiObject *r;
        if (i > 0)
            mi_sb_append_cstr(&sb, ", ");
        r = mi_obj_repr(MI_TUPLE_GET(self, i));
        if (r == NULL) {
            mi_sb_discard(&sb);
            mi_repr_leave(self);
            return NULL;
        }
        mi_sb_append_str(&sb, r);
        MI_DECREF(r);
    }
    if (n == 1)
        mi_sb_append_char(&sb, ',');
    mi_sb_append_char(&sb, ')');
    mi_repr_leave(self);
    return mi_sb_finish(&sb);
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static intptr_t
tuple_hash(MiObject *self)
{
    intptr_t n = MI_TUPLE_SIZE(self);
    uint64_t acc = XXPRIME_5;
    for (intptr_t i = 0; i < n; i++) {
        intptr_t lane = mi_obj_hash(MI_TUPLE_GET(self, i));
        if (lane == -1)
            return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (intptr_t)acc;
}

static intptr_t
tuple_len(MiObject *self)
{
    return MI_TUPLE_SIZE(self);
}

static MiObject *
tuple_subscript(MiObject *self, MiObject *key)
{
    intptr_t n = MI_TUPLE_SIZE(self);
    if (mi_int_check(key) || (key->type->index != NULL && key->type != &mi_slice_type)) {
        intptr_t i = mi_num_as_ssize(key, MI_EXC(IndexError));
        if (i == -1 && mi_err_occurred())
            return NULL;
        if (i < 0)
            i += n;
        if (i < 0 || i >= n)
            return mi_err_format(MI_EXC(IndexError), "tuple index out of range");
        return mi_newref(MI_TUPLE_GET(self, i));
    }
    if (key->type == &mi_slice_type) {
        intptr_t start, stop, step, len = mi_slice_indices(key, n, &start, &stop, &step);
        MiObject *res;
        if (len < 0)
            return NULL;
        if (step == 1)
            return mi_tuple_slice(self, start, stop);
        res = mi_tuple_new(len);
        if (res == NULL)
            return NULL;
        for (intptr_t k = 0, i = start; k < len; k++, i += step)
            MI_TUPLE_ITEMS(res)[k] = mi_newref(MI_TUPLE_GET(self, i));
        return res;
    }
    return mi_err_format(MI_EXC(TypeError), "tuple indices must be integers or slices, not %s",
                         MI_TYPE_NAME(key));
}

static int
tuple_contains(MiObject *self, MiObject *item)
{
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(self); i++) {
        MiObject *x = MI_TUPLE_GET(self, i);
        int eq = x == item ? 1 : mi_obj_richcmp_bool(x, item, MI_EQ);
        if (eq != 0)
            return eq;
    }
    return 0;
}

static MiObject *
tuple_richcmp(MiObject *a, MiObject *b, int op)
{
    intptr_t n1, n2, i;
    if (!mi_tuple_check(a) || !mi_tuple_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    n1 = MI_TUPLE_SIZE(a);
    n2 = MI_TUPLE_SIZE(b);
    for (i = 0; i < n1 && i < n2; i++) {
        int eq = mi_obj_richcmp_bool(MI_TUPLE_GET(a, i), MI_TUPLE_GET(b, i), MI_EQ);
        if (eq < 0)
            return NULL;
        if (!eq)
            break;
    }
    if (i >= n1 || i >= n2) {
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
    if (op == MI_EQ)
        MI_RETURN_FALSE;
    if (op == MI_NE)
        MI_RETURN_TRUE;
    return mi_obj_richcmp(MI_TUPLE_GET(a, i), MI_TUPLE_GET(b, i), op);
}

static MiObject *
tuple_concat(MiObject *a, MiObject *b)
{
    intptr_t n1, n2;
    MiObject *res;
    if (!mi_tuple_check(a) || !mi_tuple_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    n1 = MI_TUPLE_SIZE(a);
    n2 = MI_TUPLE_SIZE(b);
    if (n2 == 0 && a->type == &mi_tuple_type)
        return mi_newref(a);
    if (n1 == 0 && b->type == &mi_tuple_type)
        return mi_newref(b);
    res = mi_tuple_new(n1 + n2);
    if (res == NULL)
        return NULL;
    for (intptr_t i = 0; i < n1; i++)
        MI_TUPLE_ITEMS(res)[i] = mi_newref(MI_TUPLE_GET(a, i));
    for (intptr_t i = 0; i < n2; i++)
        MI_TUPLE_ITEMS(res)[n1 + i] = mi_newref(MI_TUPLE_GET(b, i));
    return res;
}

static MiObject *
tuple_repeat(MiObject *a, MiObject *b)
{
    MiObject *t = a, *count = b, *res;
    intptr_t n, size;
    if (!mi_tuple_check(t)) {
        t = b;
        count = a;
    }
    if (!mi_tuple_check(t) || count->type->index == NULL)
        MI_RETURN_NOTIMPLEMENTED;
    n = mi_num_as_ssize(count, MI_EXC(OverflowError));
    if (n == -1 && mi_err_occurred())
        return NULL;
    size = MI_TUPLE_SIZE(t);
    if (n == 1 && t->type == &mi_tuple_type)
        return mi_newref(t);
    if (n <= 0 || size == 0)
        return mi_tuple_new(0);
    if (size > INTPTR_MAX / n / (intptr_t)sizeof(MiObject *))
        return mi_err_nomemory();
    res = mi_tuple_new(size * n);
    if (res == NULL)
        return NULL;
    for (intptr_t k = 0; k < n; k++) {
        for (intptr_t i = 0; i < size; i++)
            MI_TUPLE_ITEMS(res)[k * size + i] = mi_newref(MI_TUPLE_GET(t, i));
    }
    return res;
}

static MiObject *
tuple_index_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t n = MI_TUPLE_SIZE(self), start = 0, stop = INTPTR_MAX;
    if (mi_args_check("index", nargs, kw, 1, 3) < 0)
        return NULL;
    if (nargs > 1 && (start = mi_num_as_ssize(args[1], NULL)) == -1 && mi_err_occurred())
        return NULL;
    if (nargs > 2 && (stop = mi_num_as_ssize(args[2], NULL)) == -1 && mi_err_occurred())
        return NULL;
    if (start < 0 && (start += n) < 0)
        start = 0;
    if (stop < 0 && (stop += n) < 0)
        stop = 0;
    for (intptr_t i = start; i < stop && i < n; i++) {
        int eq = mi_obj_richcmp_bool(MI_TUPLE_GET(self, i), args[0], MI_EQ);
        if (eq < 0)
            return NULL;
        if (eq)
            return mi_int_from_i64(i);
    }
    return mi_err_format(MI_EXC(ValueError), "tuple.index(x): x not in tuple");
}

static MiObject *
tuple_count_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t count = 0;
    (void)nargs;
    (void)kw;
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(self); i++) {
        int eq = mi_obj_richcmp_bool(MI_TUPLE_GET(self, i), args[0], MI_EQ);
        if (eq < 0)
            return NULL;
        count += eq;
    }
    return mi_int_from_i64(count);
}

static MiObject *
tuple_getnewargs(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *copy = mi_tuple_slice(self, 0, MI_TUPLE_SIZE(self)), *res;
    (void)args;
    (void)nargs;
    (void)kw;
    if (copy == NULL)
        return NULL;
    res = mi_tuple_pack(1, copy);
    MI_DECREF(copy);
    return res;
}

static MiObject *
tuple_class_getitem(MiObject *cls, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return mi_generic_alias_new(cls, args[0]);
}

static MiMethodDef tuple_methods[] = {
    {"index", tuple_index_m, MI_METH_VARARGS, NULL},
    {"count", tuple_count_m, MI_METH_O, NULL},
    {"__getnewargs__", tuple_getnewargs, MI_METH_NOARGS, NULL},
    {"__class_getitem__", tuple_class_getitem, MI_METH_O | MI_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static MiObject *
tuple_new_slot(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *t;
    if (mi_args_check("tuple", nargs, kwnames, 0, 1) < 0)
        return NULL;
    t = nargs == 0 ? mi_tuple_new(0) : mi_seq_to_tuple(args[0]);
    if (t == NULL || type == &mi_tuple_type)
        return t;
    {
        /* a subclass instance: the same items in the subclass layout */
        intptr_t n = MI_TUPLE_SIZE(t);
        MiTuple *sub = (MiTuple *)mi_object_alloc_var(type, n);
        if (sub == NULL) {
            MI_DECREF(t);
            return NULL;
        }
        for (intptr_t i = 0; i < n; i++)
            sub->items[i] = mi_newref(MI_TUPLE_GET(t, i));
        MI_DECREF(t);
        MI_GC_TRACK(sub);
        return (MiObject *)sub;
    }
}

/* ---- iterator ---------------------------------------------------------------------------- */

static void
tupleiter_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    MI_CLEAR(((MiSeqIter *)self)->seq);
    mi_object_free(self);
}

static int
tupleiter_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiSeqIter *)self)->seq);
    return 0;
}

static MiObject *
tupleiter_next(MiObject *self)
{
    MiSeqIter *it = (MiSeqIter *)self;
    MiObject *seq = it->seq;
    if (seq == NULL)
        return NULL;
    if (it->index < MI_TUPLE_SIZE(seq))
        return mi_newref(MI_TUPLE_GET(seq, it->index++));
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
tupleiter_length_hint(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiSeqIter *it = (MiSeqIter *)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_i64(it->seq ? MI_TUPLE_SIZE(it->seq) - it->index : 0);
}

static MiMethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

MiType mi_tuple_iter_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "tuple_iterator",
    .basicsize = sizeof(MiSeqIter),
    .flags = MI_TYPE_GC,
    .dealloc = tupleiter_dealloc,
    .traverse = tupleiter_traverse,
    .iter = iter_self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

static MiObject *
tuple_iter(MiObject *self)
{
    MiSeqIter *it = (MiSeqIter *)mi_object_alloc(&mi_tuple_iter_type);
    if (it == NULL)
        return NULL;
    it->seq = mi_newref(self);
    it->index = 0;
    MI_GC_TRACK(it);
    return (MiObject *)it;
}

MiType mi_tuple_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "tuple",
    .basicsize = sizeof(MiTuple),
    .itemsize = sizeof(MiObject *),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE | MI_TYPE_TUPLE_SUBCLASS | MI_TYPE_SEQUENCE,
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .new_ = tuple_new_slot,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcmp = tuple_richcmp,
    .len = tuple_len,
    .getitem = tuple_subscript,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .add = tuple_concat,
    .mul = tuple_repeat,
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.",
};
