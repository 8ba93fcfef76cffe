/* vm/iter.c: range, slice, and the iterators behind the builtins: the
 * sequence iterator (iter() over __getitem__), the callable iterator
 * (iter(f, sentinel)), enumerate, zip, map, filter and reversed.
 *
 *   - range keeps start, stop, step and its length as ints of any size;
 *     every computation on them goes through int arithmetic, with the same
 *     formulas as CPython (length = (hi - lo - 1) // step + 1).  Iterating
 *     a range whose values fit in 64 bits uses MiRangeIter (three C
 *     integers); anything larger uses a "longrange_iterator" of ints.  The
 *     choice follows CPython's tests, so type(iter(r)) matches.
 *   - slice holds any three objects; mi_slice_indices() resolves one
 *     against a length as PySlice_Unpack + PySlice_AdjustIndices do, and
 *     slice_long_indices() does the same without clipping to C integers
 *     (slice.indices(), range slicing).
 *   - Every iterator that holds references to arbitrary objects is a
 *     container (MI_TYPE_GC).  range iterators hold only ints, which can
 *     never be part of a cycle, so like CPython's they are not tracked.
 *   - Iterators end by returning NULL without an exception; they drop what
 *     they hold once exhausted, as CPython's do.
 *   - zip and map gather items in a C array and make their tuple last, so
 *     that no collection (which may run inside any next()) sees a tuple
 *     half filled.
 * Start reading at range_new() and zip_next(). */
#include "vm/iter.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/slots.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

static MiObject *
iter_self(MiObject *self)
{
    return mi_newref(self);
}

/* Does `o` support __index__ (operator.index would accept it)? */
static int
has_index(MiObject *o)
{
    return mi_int_check(o) || o->type->index != NULL;
}

/* operator.index(o) as an exact int (bool and int subclasses become plain
 * ints, as PyNumber_Index does in 3.10).  New reference. */
static MiObject *
index_exact(MiObject *o)
{
    MiObject *i = mi_num_index(o), *res;
    int overflow;
    int64_t v;
    mpz_t z;
    if (i == NULL || i->type == &mi_int_type)
        return i;
    v = mi_int_as_i64(i, &overflow);
    if (!overflow) {
        res = mi_int_from_i64(v);
    } else {
        mpz_init(z);
        mi_int_to_mpz(i, z);
        res = mi_int_from_mpz(z);
    }
    MI_DECREF(i);
    return res;
}

/* The value of int `o` in *v when it fits in 64 bits: 1, else 0. */
static int
int_fits(MiObject *o, int64_t *v)
{
    int overflow;
    *v = mi_int_as_i64(o, &overflow);
    return !overflow;
}

/* -------------------------------------------------------------------------------------- */
/* range                                                                                  */
/* -------------------------------------------------------------------------------------- */

/* Number of values in range(lo, hi, step) with 64-bit operands (step != 0):
 * always fits in uint64_t. */
static uint64_t
range_len_u64(int64_t lo, int64_t hi, int64_t step)
{
    if (step > 0 && lo < hi)
        return 1 + ((uint64_t)hi - 1 - (uint64_t)lo) / (uint64_t)step;
    if (step < 0 && lo > hi)
        return 1 + ((uint64_t)lo - 1 - (uint64_t)hi) / (0 - (uint64_t)step);
    return 0;
}

/* len(range(start, stop, step)) as an int (all three ints, step != 0). */
static MiObject *
range_length_obj(MiObject *start, MiObject *stop, MiObject *step)
{
    MiObject *lo, *hi, *tmp, *diff, *q, *res, *one, *st;
    int64_t a, b, c;
    if (int_fits(start, &a) && int_fits(stop, &b) && int_fits(step, &c))
        return mi_int_from_u64(range_len_u64(a, b, c));
    if (mi_int_sign(step) > 0) {
        lo = start;
        hi = stop;
        st = mi_newref(step);
    } else {
        lo = stop;
        hi = start;
        st = mi_num_neg(step);
        if (st == NULL)
            return NULL;
    }
    if (mi_int_compare(lo, hi) >= 0) {
        MI_DECREF(st);
        return mi_int_from_i64(0);
    }
    one = mi_int_from_i64(1);
    tmp = mi_int_sub(hi, lo);
    diff = tmp ? mi_int_sub(tmp, one) : NULL;
    q = diff ? mi_int_floordiv(diff, st) : NULL;
    res = q ? mi_int_add(q, one) : NULL;
    MI_XDECREF(q);
    MI_XDECREF(diff);
    MI_XDECREF(tmp);
    MI_DECREF(one);
    MI_DECREF(st);
    return res;
}

/* A range of `type` from three ints, which it steals (even on failure). */
static MiObject *
make_range(MiType *type, MiObject *start, MiObject *stop, MiObject *step)
{
    MiRange *r;
    MiObject *length = range_length_obj(start, stop, step);
    if (length == NULL)
        goto fail;
    r = (MiRange *)mi_object_alloc(type);
    if (r == NULL) {
        MI_DECREF(length);
        goto fail;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    return (MiObject *)r;
fail:
    MI_DECREF(start);
    MI_DECREF(stop);
    MI_DECREF(step);
    return NULL;
}

MiObject *
mi_range_new(int64_t start, int64_t stop, int64_t step)
{
    MiObject *a = mi_int_from_i64(start), *b = mi_int_from_i64(stop);
    MiObject *c = mi_int_from_i64(step);
    if (a == NULL || b == NULL || c == NULL) {
        MI_XDECREF(a);
        MI_XDECREF(b);
        MI_XDECREF(c);
        return NULL;
    }
    return make_range(&mi_range_type, a, b, c);
}

static MiObject *
range_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *start, *stop, *step;
    if (mi_args_check("range", nargs, kwnames, 1, 3) < 0)
        return NULL;
    if (nargs == 1) {
        stop = index_exact(args[0]);
        if (stop == NULL)
            return NULL;
        return make_range(type, mi_int_from_i64(0), stop, mi_int_from_i64(1));
    }
    start = index_exact(args[0]);
    if (start == NULL)
        return NULL;
    stop = index_exact(args[1]);
    if (stop == NULL) {
        MI_DECREF(start);
        return NULL;
    }
    step = nargs == 3 ? index_exact(args[2]) : mi_int_from_i64(1);
    if (step != NULL && mi_int_sign(step) == 0) {
        mi_err_set(MI_EXC(ValueError), "range() arg 3 must not be zero");
        MI_CLEAR(step);
    }
    if (step == NULL) {
        MI_DECREF(start);
        MI_DECREF(stop);
        return NULL;
    }
    return make_range(type, start, stop, step);
}

static void
range_dealloc(MiObject *self)
{
    MiRange *r = (MiRange *)self;
    MI_CLEAR(r->start);
    MI_CLEAR(r->stop);
    MI_CLEAR(r->step);
    MI_CLEAR(r->length);
    mi_object_free(self);
}

static intptr_t
range_len(MiObject *self)
{
    return mi_int_as_ssize(((MiRange *)self)->length);
}

static int
range_bool(MiObject *self)
{
    return mi_int_sign(((MiRange *)self)->length) != 0;
}

/* start + i * step for int i; new reference. */
static MiObject *
range_item_at(MiRange *r, MiObject *i)
{
    MiObject *incr = mi_int_mul(i, r->step), *res;
    if (incr == NULL)
        return NULL;
    res = mi_int_add(r->start, incr);
    MI_DECREF(incr);
    return res;
}

/* r[arg] for an int arg (negative counts from the end). */
static MiObject *
range_item_obj(MiRange *r, MiObject *arg)
{
    MiObject *i, *res;
    if (mi_int_sign(arg) < 0) {
        i = mi_int_add(r->length, arg);
        if (i == NULL)
            return NULL;
    } else {
        i = mi_newref(arg);
    }
    if (mi_int_sign(i) < 0 || mi_int_compare(i, r->length) >= 0) {
        MI_DECREF(i);
        return mi_err_format(MI_EXC(IndexError), "range object index out of range");
    }
    res = range_item_at(r, i);
    MI_DECREF(i);
    return res;
}

/* Resolves slice `s` against `length` (an int >= 0) without clipping to C
 * integers, as CPython's _PySlice_GetLongIndices; the three results are new
 * references.  0 / -1. */
static int slice_long_indices(MiSlice *s, MiObject *length, MiObject **start_out,
                              MiObject **stop_out, MiObject **step_out);

static MiObject *
range_slice(MiRange *r, MiObject *slice)
{
    MiObject *start, *stop, *step, *substart = NULL, *substop = NULL, *substep = NULL;
    if (slice_long_indices((MiSlice *)slice, r->length, &start, &stop, &step) < 0)
        return NULL;
    substep = mi_int_mul(r->step, step);
    if (substep != NULL)
        substart = range_item_at(r, start);
    if (substart != NULL)
        substop = range_item_at(r, stop);
    MI_DECREF(start);
    MI_DECREF(stop);
    MI_DECREF(step);
    if (substop == NULL) {
        MI_XDECREF(substart);
        MI_XDECREF(substep);
        return NULL;
    }
    return make_range(r->base.type, substart, substop, substep);
}

static MiObject *
range_subscript(MiObject *self, MiObject *key)
{
    MiRange *r = (MiRange *)self;
    if (has_index(key)) {
        MiObject *i = index_exact(key), *res;
        if (i == NULL)
            return NULL;
        res = range_item_obj(r, i);
        MI_DECREF(i);
        return res;
    }
    if (key->type == &mi_slice_type)
        return range_slice(r, key);
    return mi_err_format(MI_EXC(TypeError), "range indices must be integers or slices, not %s",
                         MI_TYPE_NAME(key));
}

/* `ob in r` for an int (or bool) ob, in O(1): 1, 0, -1. */
static int
range_contains_int(MiRange *r, MiObject *ob)
{
    MiObject *diff, *rem;
    int res;
    if (mi_int_sign(r->step) > 0) {
        if (!(mi_int_compare(r->start, ob) <= 0 && mi_int_compare(ob, r->stop) < 0))
            return 0;
    } else {
        if (!(mi_int_compare(ob, r->start) <= 0 && mi_int_compare(r->stop, ob) < 0))
            return 0;
    }
    diff = mi_int_sub(ob, r->start);
    if (diff == NULL)
        return -1;
    rem = mi_int_mod(diff, r->step);
    MI_DECREF(diff);
    if (rem == NULL)
        return -1;
    res = mi_int_sign(rem) == 0;
    MI_DECREF(rem);
    return res;
}

static int
is_plain_int(MiObject *o)
{
    return o->type == &mi_int_type || o->type == &mi_bool_type;
}

enum { SEARCH_COUNT, SEARCH_INDEX, SEARCH_CONTAINS };

/* Linear search of `seq` for `obj` by ==, as _PySequence_IterSearch:
 * the count, the first index, or 1/0 for contains.  -1 on error (for
 * SEARCH_INDEX also when absent, with ValueError). */
static intptr_t
iter_search(MiObject *seq, MiObject *obj, int operation)
{
    MiObject *it = mi_obj_iter(seq), *item;
    intptr_t n = 0;
    if (it == NULL)
        return -1;
    while ((item = mi_iter_next(it)) != NULL) {
        int eq = mi_obj_richcmp_bool(item, obj, MI_EQ);
        MI_DECREF(item);
        if (eq < 0)
            goto fail;
        if (eq > 0) {
            if (operation == SEARCH_COUNT) {
                n++;
                continue;
            }
            MI_DECREF(it);
            return operation == SEARCH_INDEX ? n : 1;
        }
        if (operation == SEARCH_INDEX)
            n++;
    }
    if (mi_err_occurred())
        goto fail;
    MI_DECREF(it);
    if (operation == SEARCH_INDEX) {
        mi_err_set(MI_EXC(ValueError), "sequence.index(x): x not in sequence");
        return -1;
    }
    return operation == SEARCH_COUNT ? n : 0;
fail:
    MI_DECREF(it);
    return -1;
}

static int
range_contains(MiObject *self, MiObject *ob)
{
    if (is_plain_int(ob))
        return range_contains_int((MiRange *)self, ob);
    return (int)iter_search(self, ob, SEARCH_CONTAINS);
}

static MiObject *
range_count(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t n;
    (void)nargs;
    (void)kw;
    if (is_plain_int(args[0])) {
        int found = range_contains_int((MiRange *)self, args[0]);
        return found < 0 ? NULL : mi_int_from_i64(found);
    }
    n = iter_search(self, args[0], SEARCH_COUNT);
    return n < 0 ? NULL : mi_int_from_i64(n);
}

static MiObject *
range_index(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiRange *r = (MiRange *)self;
    MiObject *ob = args[0], *diff, *res;
    int found;
    (void)nargs;
    (void)kw;
    if (!is_plain_int(ob)) {
        intptr_t i = iter_search(self, ob, SEARCH_INDEX);
        return i < 0 ? NULL : mi_int_from_i64(i);
    }
    found = range_contains_int(r, ob);
    if (found < 0)
        return NULL;
    if (!found)
        return mi_err_format(MI_EXC(ValueError), "%R is not in range", ob);
    diff = mi_int_sub(ob, r->start);
    if (diff == NULL)
        return NULL;
    res = mi_int_floordiv(diff, r->step);
    MI_DECREF(diff);
    return res;
}

/* r0 == r1: same length, and when non-empty the same start, and when
 * longer than one the same step.  1, 0. */
static int
range_equals(MiRange *r0, MiRange *r1)
{
    if (r0 == r1)
        return 1;
    if (mi_int_compare(r0->length, r1->length) != 0)
        return 0;
    if (mi_int_sign(r0->length) == 0)
        return 1;
    if (mi_int_compare(r0->start, r1->start) != 0)
        return 0;
    if (mi_int_is_small(r0->length) && ((MiInt *)r0->length)->small == 1)
        return 1;
    return mi_int_compare(r0->step, r1->step) == 0;
}

static MiObject *
range_richcmp(MiObject *self, MiObject *other, int op)
{
    int eq;
    if (other->type != &mi_range_type || (op != MI_EQ && op != MI_NE))
        MI_RETURN_NOTIMPLEMENTED;
    eq = range_equals((MiRange *)self, (MiRange *)other);
    return mi_bool_from(op == MI_EQ ? eq : !eq);
}

/* hash((len, None, None)) when empty, hash((len, start, None)) for one
 * item, else hash((len, start, step)): equal ranges hash alike. */
static intptr_t
range_hash(MiObject *self)
{
    MiRange *r = (MiRange *)self;
    MiObject *t, *start = MI_NONE, *step = MI_NONE;
    intptr_t h;
    if (mi_int_sign(r->length) != 0) {
        start = r->start;
        if (!(mi_int_is_small(r->length) && ((MiInt *)r->length)->small == 1))
            step = r->step;
    }
    t = mi_tuple_pack(3, r->length, start, step);
    if (t == NULL)
        return -1;
    h = mi_obj_hash(t);
    MI_DECREF(t);
    return h;
}

static MiObject *
range_repr(MiObject *self)
{
    MiRange *r = (MiRange *)self;
    if (mi_int_is_small(r->step) && ((MiInt *)r->step)->small == 1)
        return mi_str_format("range(%R, %R)", r->start, r->stop);
    return mi_str_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static MiObject *
range_reduce(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiRange *r = (MiRange *)self;
    MiObject *inner, *res;
    (void)args;
    (void)nargs;
    (void)kw;
    inner = mi_tuple_pack(3, r->start, r->stop, r->step);
    if (inner == NULL)
        return NULL;
    res = mi_tuple_pack(2, (MiObject *)self->type, inner);
    MI_DECREF(inner);
    return res;
}

/* ---- range iterators ---- */

typedef struct LongRangeIter {
    MI_HEAD
    MiObject *index, *start, *step, *len;     /* ints */
} LongRangeIter;

static MiObject *
fast_range_iter(int64_t start, int64_t step, int64_t len)
{
    MiRangeIter *it = (MiRangeIter *)mi_object_alloc(&mi_range_iter_type);
    if (it == NULL)
        return NULL;
    it->next = start;
    it->step = step;
    it->remaining = len;
    return (MiObject *)it;
}

/* A longrange_iterator yielding start + i*step for i in range(len);
 * borrows all three. */
static MiObject *
long_range_iter(MiObject *start, MiObject *step, MiObject *len)
{
    LongRangeIter *it = (LongRangeIter *)mi_object_alloc(&mi_longrange_iter_type);
    if (it == NULL)
        return NULL;
    it->index = mi_int_from_i64(0);
    it->start = mi_newref(start);
    it->step = mi_newref(step);
    it->len = mi_newref(len);
    return (MiObject *)it;
}

static MiObject *
range_iter(MiObject *self)
{
    MiRange *r = (MiRange *)self;
    int64_t start, stop, step;
    uint64_t len;
    if (!int_fits(r->start, &start) || !int_fits(r->stop, &stop) || !int_fits(r->step, &step))
        return long_range_iter(r->start, r->step, r->length);
    len = range_len_u64(start, stop, step);
    if (len > (uint64_t)INT64_MAX)
        return long_range_iter(r->start, r->step, r->length);
    /* the last step past the end must not overflow either */
    if (len > 0) {
        if (step > 0 ? stop > INT64_MAX - (step - 1) : stop < INT64_MIN + (-1 - step))
            return long_range_iter(r->start, r->step, r->length);
    }
    return fast_range_iter(start, step, (int64_t)len);
}

/* reversed(range(start, stop, step)) is range(start + (n-1)*step,
 * start - step, -step); 64-bit iterator when all of that fits. */
static MiObject *
range_reversed(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiRange *r = (MiRange *)self;
    int64_t start, stop, step;
    uint64_t len;
    MiObject *one, *diff, *product, *newstart, *negstep, *res;
    (void)args;
    (void)nargs;
    (void)kw;
    if (!int_fits(r->start, &start) || !int_fits(r->stop, &stop) || !int_fits(r->step, &step) ||
        step == INT64_MIN)
        goto long_range;
    if (step > 0 ? (uint64_t)start - (uint64_t)INT64_MIN < (uint64_t)step
                 : (uint64_t)INT64_MAX - (uint64_t)start < 0 - (uint64_t)step)
        goto long_range;
    len = range_len_u64(start, stop, step);
    if (len > (uint64_t)INT64_MAX)
        goto long_range;
    {
        int64_t new_stop = start - step;
        int64_t new_start = (int64_t)((uint64_t)new_stop + len * (uint64_t)step);
        return fast_range_iter(new_start, -step, (int64_t)len);
    }
long_range:
    one = mi_int_from_i64(1);
    diff = mi_int_sub(r->length, one);
    MI_DECREF(one);
    if (diff == NULL)
        return NULL;
    product = mi_int_mul(diff, r->step);
    MI_DECREF(diff);
    if (product == NULL)
        return NULL;
    newstart = mi_int_add(r->start, product);
    MI_DECREF(product);
    if (newstart == NULL)
        return NULL;
    negstep = mi_num_neg(r->step);
    if (negstep == NULL) {
        MI_DECREF(newstart);
        return NULL;
    }
    res = long_range_iter(newstart, negstep, r->length);
    MI_DECREF(newstart);
    MI_DECREF(negstep);
    return res;
}

static MiObject *
rangeiter_next(MiObject *self)
{
    MiRangeIter *it = (MiRangeIter *)self;
    int64_t v;
    if (it->remaining <= 0)
        return NULL;
    v = it->next;
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    it->remaining--;
    return mi_int_from_i64(v);
}

static MiObject *
rangeiter_length_hint(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_i64(((MiRangeIter *)self)->remaining);
}

static MiObject *
longrangeiter_next(MiObject *self)
{
    LongRangeIter *it = (LongRangeIter *)self;
    MiObject *one, *next_index, *product, *res;
    if (mi_int_compare(it->index, it->len) >= 0)
        return NULL;
    one = mi_int_from_i64(1);
    next_index = mi_int_add(it->index, one);
    MI_DECREF(one);
    if (next_index == NULL)
        return NULL;
    product = mi_int_mul(it->index, it->step);
    res = product ? mi_int_add(it->start, product) : NULL;
    MI_XDECREF(product);
    if (res == NULL) {
        MI_DECREF(next_index);
        return NULL;
    }
    MI_SETREF(it->index, next_index);
    return res;
}

static MiObject *
longrangeiter_length_hint(MiObject *self, MiObject *const *args, intptr_t nargs,
                          MiObject *kw)
{
    LongRangeIter *it = (LongRangeIter *)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_sub(it->len, it->index);
}

static void
longrangeiter_dealloc(MiObject *self)
{
    LongRangeIter *it = (LongRangeIter *)self;
    MI_CLEAR(it->index);
    MI_CLEAR(it->start);
    MI_CLEAR(it->step);
    MI_CLEAR(it->len);
    mi_object_free(self);
}

static MiMethodDef range_methods[] = {
    {"__reversed__", range_reversed, MI_METH_NOARGS, "Return a reverse iterator."},
    {"__reduce__", range_reduce, MI_METH_NOARGS, NULL},
    {"count", range_count, MI_METH_O,
     "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", range_index, MI_METH_O,
     "rangeobject.index(value) -> integer -- return index of value.\n"
     "Raise ValueError if the value is not present."},
    {NULL, NULL, 0, NULL},
};

static MiMemberDef range_members[] = {
    {"start", MI_MEMBER_OBJECT_EX, offsetof(MiRange, start), 1, NULL},
    {"stop", MI_MEMBER_OBJECT_EX, offsetof(MiRange, stop), 1, NULL},
    {"step", MI_MEMBER_OBJECT_EX, offsetof(MiRange, step), 1, NULL},
    {NULL, 0, 0, 0, NULL},
};

MiType mi_range_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "range",
    .basicsize = sizeof(MiRange),
    .flags = MI_TYPE_SEQUENCE,
    .dealloc = range_dealloc,
    .new_ = range_new,
    .repr = range_repr,
    .hash = range_hash,
    .richcmp = range_richcmp,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_subscript,
    .contains = range_contains,
    .bool_ = range_bool,
    .methods = range_methods,
    .members = range_members,
    .doc = "range(stop) -> range object\n"
           "range(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
           "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
           "These are exactly the valid indices for a list of 4 elements.\n"
           "When step is given, it specifies the increment (or decrement).",
};

static MiMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, MI_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

MiType mi_range_iter_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "range_iterator",
    .basicsize = sizeof(MiRangeIter),
    .dealloc = mi_object_free,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

static MiMethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, MI_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

MiType mi_longrange_iter_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIter),
    .dealloc = longrangeiter_dealloc,
    .iter = iter_self,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};

/* -------------------------------------------------------------------------------------- */
/* slice                                                                                  */
/* -------------------------------------------------------------------------------------- */

MiObject *
mi_slice_new(MiObject *start, MiObject *stop, MiObject *step)
{
    MiSlice *s = (MiSlice *)mi_object_alloc(&mi_slice_type);
    if (s == NULL)
        return NULL;
    s->start = mi_newref(start ? start : MI_NONE);
    s->stop = mi_newref(stop ? stop : MI_NONE);
    s->step = mi_newref(step ? step : MI_NONE);
    MI_GC_TRACK(s);
    return (MiObject *)s;
}

static MiObject *
slice_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)type;
    if (mi_args_check("slice", nargs, kwnames, 1, 3) < 0)
        return NULL;
    if (nargs == 1)
        return mi_slice_new(NULL, args[0], NULL);
    return mi_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static int
slice_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MiSlice *s = (MiSlice *)self;
    MI_VISIT(s->start);
    MI_VISIT(s->stop);
    MI_VISIT(s->step);
    return 0;
}

static int
slice_clear(MiObject *self)
{
    MiSlice *s = (MiSlice *)self;
    MI_CLEAR(s->start);
    MI_CLEAR(s->stop);
    MI_CLEAR(s->step);
    return 0;
}

static void
slice_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    slice_clear(self);
    mi_object_free(self);
}

static MiObject *
slice_repr(MiObject *self)
{
    MiSlice *s = (MiSlice *)self;
    return mi_str_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

/* Slices compare like the tuples (start, stop, step). */
static MiObject *
slice_richcmp(MiObject *self, MiObject *other, int op)
{
    MiSlice *a = (MiSlice *)self, *b = (MiSlice *)other;
    MiObject *ta, *tb, *res;
    if (self->type != &mi_slice_type || other->type != &mi_slice_type)
        MI_RETURN_NOTIMPLEMENTED;
    if (self == other && (op == MI_EQ || op == MI_NE))
        return mi_bool_from(op == MI_EQ);
    ta = mi_tuple_pack(3, a->start, a->stop, a->step);
    if (ta == NULL)
        return NULL;
    tb = mi_tuple_pack(3, b->start, b->stop, b->step);
    if (tb == NULL) {
        MI_DECREF(ta);
        return NULL;
    }
    res = mi_obj_richcmp(ta, tb, op);
    MI_DECREF(ta);
    MI_DECREF(tb);
    return res;
}

/* A slice bound as a C index, clipped to intptr_t (None handled by the
 * caller): 0 / -1 with TypeError for objects without __index__. */
static int
slice_index(MiObject *v, intptr_t *out)
{
    intptr_t x;
    if (!has_index(v)) {
        mi_err_set(MI_EXC(TypeError),
                   "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    x = mi_num_as_ssize(v, NULL);
    if (x == -1 && mi_err_occurred())
        return -1;
    *out = x;
    return 0;
}

intptr_t
mi_slice_indices(MiObject *slice, intptr_t length, intptr_t *start, intptr_t *stop,
                 intptr_t *step)
{
    MiSlice *s = (MiSlice *)slice;
    /* unpack: None bounds become the extremes for the step's direction */
    if (s->step == MI_NONE) {
        *step = 1;
    } else {
        if (slice_index(s->step, step) < 0)
            return -1;
        if (*step == 0) {
            mi_err_set(MI_EXC(ValueError), "slice step cannot be zero");
            return -1;
        }
        if (*step < -INTPTR_MAX)
            *step = -INTPTR_MAX;          /* so that -step cannot overflow */
    }
    if (s->start == MI_NONE)
        *start = *step < 0 ? INTPTR_MAX : 0;
    else if (slice_index(s->start, start) < 0)
        return -1;
    if (s->stop == MI_NONE)
        *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
    else if (slice_index(s->stop, stop) < 0)
        return -1;
    /* adjust: negative bounds count from the end, then clip */
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = *step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = *step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = *step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = *step < 0 ? length - 1 : length;
    }
    if (*step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-*step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / *step + 1;
    }
    return 0;
}

/* A slice bound as an exact int (TypeError for objects without
 * __index__).  New reference. */
static MiObject *
slice_bound(MiObject *v)
{
    if (!has_index(v)) {
        return mi_err_format(MI_EXC(TypeError), "slice indices must be integers or None or "
                             "have an __index__ method");
    }
    return index_exact(v);
}

/* Clips a bound `*v` (owned) into [lower, upper] after adding `length` to
 * a negative one.  0 / -1. */
static int
clip_bound(MiObject **v, MiObject *length, MiObject *lower, MiObject *upper)
{
    if (mi_int_sign(*v) < 0) {
        MiObject *t = mi_int_add(*v, length);
        if (t == NULL)
            return -1;
        MI_SETREF(*v, t);
        if (mi_int_compare(*v, lower) < 0)
            MI_SETREF(*v, mi_newref(lower));
    } else if (mi_int_compare(*v, upper) > 0) {
        MI_SETREF(*v, mi_newref(upper));
    }
    return 0;
}

static int
slice_long_indices(MiSlice *s, MiObject *length, MiObject **start_out, MiObject **stop_out,
                   MiObject **step_out)
{
    MiObject *start = NULL, *stop = NULL, *step, *lower = NULL, *upper = NULL;
    int negative;
    if (s->step == MI_NONE) {
        step = mi_int_from_i64(1);
        negative = 0;
    } else {
        step = slice_bound(s->step);
        if (step == NULL)
            return -1;
        if (mi_int_sign(step) == 0) {
            mi_err_set(MI_EXC(ValueError), "slice step cannot be zero");
            goto fail;
        }
        negative = mi_int_sign(step) < 0;
    }
    if (negative) {
        lower = mi_int_from_i64(-1);
        upper = mi_int_add(length, lower);
        if (upper == NULL)
            goto fail;
    } else {
        lower = mi_int_from_i64(0);
        upper = mi_newref(length);
    }
    if (s->start == MI_NONE) {
        start = mi_newref(negative ? upper : lower);
    } else if ((start = slice_bound(s->start)) == NULL ||
               clip_bound(&start, length, lower, upper) < 0) {
        goto fail;
    }
    if (s->stop == MI_NONE) {
        stop = mi_newref(negative ? lower : upper);
    } else if ((stop = slice_bound(s->stop)) == NULL ||
               clip_bound(&stop, length, lower, upper) < 0) {
        goto fail;
    }
    MI_DECREF(lower);
    MI_DECREF(upper);
    *start_out = start;
    *stop_out = stop;
    *step_out = step;
    return 0;
fail:
    MI_XDECREF(start);
    MI_XDECREF(stop);
    MI_XDECREF(step);
    MI_XDECREF(lower);
    MI_XDECREF(upper);
    return -1;
}

static MiObject *
slice_indices_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *length, *start, *stop, *step, *res;
    (void)nargs;
    (void)kw;
    length = index_exact(args[0]);
    if (length == NULL)
        return NULL;
    if (mi_int_sign(length) < 0) {
        MI_DECREF(length);
        return mi_err_format(MI_EXC(ValueError), "length should not be negative");
    }
    if (slice_long_indices((MiSlice *)self, length, &start, &stop, &step) < 0) {
        MI_DECREF(length);
        return NULL;
    }
    MI_DECREF(length);
    res = mi_tuple_pack(3, start, stop, step);
    MI_DECREF(start);
    MI_DECREF(stop);
    MI_DECREF(step);
    return res;
}

static MiObject *
slice_reduce(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiSlice *s = (MiSlice *)self;
    MiObject *inner, *res;
    (void)args;
    (void)nargs;
    (void)kw;
    inner = mi_tuple_pack(3, s->start, s->stop, s->step);
    if (inner == NULL)
        return NULL;
    res = mi_tuple_pack(2, (MiObject *)self->type, inner);
    MI_DECREF(inner);
    return res;
}

static MiMethodDef slice_methods[] = {
    {"indices", slice_indices_m, MI_METH_O,
     "S.indices(len) -> (start, stop, stride)\n\n"
     "Assuming a sequence of length len, calculate the start and stop\n"
     "indices, and the stride length of the extended slice described by\n"
     "S. Out of bounds indices are clipped in a manner consistent with the\n"
     "handling of normal slices."},
    {"__reduce__", slice_reduce, MI_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static MiMemberDef slice_members[] = {
    {"start", MI_MEMBER_OBJECT, offsetof(MiSlice, start), 1, NULL},
    {"stop", MI_MEMBER_OBJECT, offsetof(MiSlice, stop), 1, NULL},
    {"step", MI_MEMBER_OBJECT, offsetof(MiSlice, step), 1, NULL},
    {NULL, 0, 0, 0, NULL},
};

MiType mi_slice_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "slice",
    .basicsize = sizeof(MiSlice),
    .flags = MI_TYPE_GC,
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .clear = slice_clear,
    .new_ = slice_new,
    .repr = slice_repr,
    .richcmp = slice_richcmp,
    .methods = slice_methods,
    .members = slice_members,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\n"
           "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
};

/* -------------------------------------------------------------------------------------- */
/* the sequence iterator: seq[0], seq[1], ... until IndexError or StopIteration            */
/* -------------------------------------------------------------------------------------- */

MiObject *
mi_seq_iter_new(MiObject *seq)
{
    MiSeqIter *it = (MiSeqIter *)mi_object_alloc(&mi_seq_iter_type);
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->seq = mi_newref(seq);
    MI_GC_TRACK(it);
    return (MiObject *)it;
}

static int
seqiter_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiSeqIter *)self)->seq);
    return 0;
}

static int
seqiter_clear(MiObject *self)
{
    MI_CLEAR(((MiSeqIter *)self)->seq);
    return 0;
}

static void
seqiter_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    seqiter_clear(self);
    mi_object_free(self);
}

/* Is the raised exception IndexError or StopIteration (the end of a
 * __getitem__ sequence)?  Clears it when it is. */
static int
clear_end_of_sequence(void)
{
    if (mi_err_matches((MiObject *)MI_EXC(IndexError)) ||
        mi_err_matches((MiObject *)MI_EXC(StopIteration))) {
        mi_err_clear();
        return 1;
    }
    return 0;
}

static MiObject *
seqiter_next(MiObject *self)
{
    MiSeqIter *it = (MiSeqIter *)self;
    MiObject *item;
    if (it->seq == NULL)
        return NULL;
    if (it->index == INTPTR_MAX)
        return mi_err_format(MI_EXC(OverflowError), "iter index too large");
    item = mi_obj_getitem_index(it->seq, it->index);
    if (item != NULL) {
        it->index++;
        return item;
    }
    if (clear_end_of_sequence())
        MI_CLEAR(it->seq);
    return NULL;
}

static MiObject *
seqiter_length_hint(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiSeqIter *it = (MiSeqIter *)self;
    intptr_t size;
    (void)args;
    (void)nargs;
    (void)kw;
    if (it->seq != NULL) {
        if (it->seq->type->len == NULL)
            MI_RETURN_NOTIMPLEMENTED;
        size = mi_obj_len(it->seq);
        if (size < 0)
            return NULL;
        if (size - it->index >= 0)
            return mi_int_from_i64(size - it->index);
    }
    return mi_int_from_i64(0);
}

static MiMethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, MI_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

MiType mi_seq_iter_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "iterator",
    .basicsize = sizeof(MiSeqIter),
    .flags = MI_TYPE_GC,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .clear = seqiter_clear,
    .iter = iter_self,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

/* -------------------------------------------------------------------------------------- */
/* the callable iterator: iter(callable, sentinel)                                         */
/* -------------------------------------------------------------------------------------- */

typedef struct CallIter {
    MI_HEAD
    MiObject *callable;               /* both NULL once exhausted */
    MiObject *sentinel;
} CallIter;

MiObject *
mi_callable_iter_new(MiObject *callable, MiObject *sentinel)
{
    CallIter *it = (CallIter *)mi_object_alloc(&mi_callable_iter_type);
    if (it == NULL)
        return NULL;
    it->callable = mi_newref(callable);
    it->sentinel = mi_newref(sentinel);
    MI_GC_TRACK(it);
    return (MiObject *)it;
}

static int
calliter_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((CallIter *)self)->callable);
    MI_VISIT(((CallIter *)self)->sentinel);
    return 0;
}

static int
calliter_clear(MiObject *self)
{
    MI_CLEAR(((CallIter *)self)->callable);
    MI_CLEAR(((CallIter *)self)->sentinel);
    return 0;
}

static void
calliter_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    calliter_clear(self);
    mi_object_free(self);
}

static MiObject *
calliter_next(MiObject *self)
{
    CallIter *it = (CallIter *)self;
    MiObject *res;
    if (it->callable == NULL)
        return NULL;
    res = mi_call0(it->callable);
    if (res != NULL) {
        int eq = mi_obj_richcmp_bool(it->sentinel, res, MI_EQ);
        if (eq == 0)
            return res;
        MI_DECREF(res);
        if (eq > 0)
            calliter_clear(self);
    } else if (mi_err_matches((MiObject *)MI_EXC(StopIteration))) {
        mi_err_clear();
        calliter_clear(self);
    }
    return NULL;
}

MiType mi_callable_iter_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "callable_iterator",
    .basicsize = sizeof(CallIter),
    .flags = MI_TYPE_GC,
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .clear = calliter_clear,
    .iter = iter_self,
    .iternext = calliter_next,
};

/* -------------------------------------------------------------------------------------- */
/* enumerate(iterable, start=0)                                                            */
/* -------------------------------------------------------------------------------------- */

typedef struct Enumerate {
    MI_HEAD
    intptr_t  index;                  /* the next index while it fits ... */
    MiObject *long_index;             /* ... then an int (index stays INTPTR_MAX) */
    MiObject *iter;
} Enumerate;

/* Matches keyword arguments against `names` for the builtins whose errors
 * read "'x' is an invalid keyword argument for f()".  out[] gets borrowed
 * references (positional ones first).  0 / -1. */
static int
parse_kwargs(const char *fname, MiObject *const *args, intptr_t nargs, MiObject *kwnames,
             const char *const *names, int nnames, MiObject **out)
{
    intptr_t nkw = mi_args_nkw(kwnames);
    for (int i = 0; i < nnames; i++)
        out[i] = i < nargs ? args[i] : NULL;
    for (intptr_t k = 0; k < nkw; k++) {
        MiObject *key = MI_TUPLE_GET(kwnames, k);
        int found = -1;
        for (int i = 0; i < nnames && found < 0; i++) {
            if (mi_str_eq_cstr(key, names[i]))
                found = i;
        }
        if (found < 0) {
            mi_err_format(MI_EXC(TypeError), "'%U' is an invalid keyword argument for %s()",
                          key, fname);
            return -1;
        }
        if (out[found] != NULL) {
            mi_err_format(MI_EXC(TypeError), "argument for %s() given by name ('%s') and "
                          "position (%d)", fname, names[found], found + 1);
            return -1;
        }
        out[found] = args[nargs + k];
    }
    return 0;
}

static MiObject *
enumerate_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"iterable", "start"};
    MiObject *a[2], *start = NULL, *it;
    Enumerate *en;
    intptr_t given = nargs + mi_args_nkw(kwnames);
    if (given > 2) {
        return mi_err_format(MI_EXC(TypeError), "enumerate() takes at most 2 arguments "
                             "(%zd given)", given);
    }
    if (parse_kwargs("enumerate", args, nargs, kwnames, names, 2, a) < 0)
        return NULL;
    if (a[0] == NULL) {
        return mi_err_format(MI_EXC(TypeError), "enumerate() missing required argument "
                             "'iterable' (pos 1)");
    }
    if (a[1] != NULL && (start = index_exact(a[1])) == NULL)
        return NULL;
    it = mi_obj_iter(a[0]);
    if (it == NULL) {
        MI_XDECREF(start);
        return NULL;
    }
    en = (Enumerate *)mi_object_alloc(type);
    if (en == NULL) {
        MI_XDECREF(start);
        MI_DECREF(it);
        return NULL;
    }
    en->iter = it;
    en->index = 0;
    if (start != NULL) {
        int overflow;
        int64_t v = mi_int_as_i64(start, &overflow);
        if (overflow || v == INTPTR_MAX) {
            en->index = INTPTR_MAX;
            en->long_index = start;
        } else {
            en->index = (intptr_t)v;
            MI_DECREF(start);
        }
    }
    MI_GC_TRACK(en);
    return (MiObject *)en;
}

static int
enumerate_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((Enumerate *)self)->iter);
    MI_VISIT(((Enumerate *)self)->long_index);
    return 0;
}

static int
enumerate_clear(MiObject *self)
{
    MI_CLEAR(((Enumerate *)self)->iter);
    MI_CLEAR(((Enumerate *)self)->long_index);
    return 0;
}

static void
enumerate_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    enumerate_clear(self);
    mi_object_free(self);
}

static MiObject *
enumerate_next(MiObject *self)
{
    Enumerate *en = (Enumerate *)self;
    MiObject *item, *index, *res;
    if (en->iter == NULL)
        return NULL;
    item = mi_iter_next(en->iter);
    if (item == NULL)
        return NULL;
    if (en->index != INTPTR_MAX) {
        index = mi_int_from_i64(en->index++);
    } else {
        MiObject *one, *next;
        if (en->long_index == NULL && (en->long_index = mi_int_from_i64(INTPTR_MAX)) == NULL)
            goto fail;
        one = mi_int_from_i64(1);
        next = mi_int_add(en->long_index, one);
        MI_DECREF(one);
        if (next == NULL)
            goto fail;
        index = en->long_index;
        en->long_index = next;
    }
    if (index == NULL)
        goto fail;
    res = mi_tuple_pack(2, index, item);
    MI_DECREF(index);
    MI_DECREF(item);
    return res;
fail:
    MI_DECREF(item);
    return NULL;
}

static MiObject *
enumerate_reduce(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    Enumerate *en = (Enumerate *)self;
    MiObject *index, *inner, *res;
    (void)args;
    (void)nargs;
    (void)kw;
    index = en->long_index ? mi_newref(en->long_index) : mi_int_from_i64(en->index);
    if (index == NULL)
        return NULL;
    inner = mi_tuple_pack(2, en->iter ? en->iter : MI_NONE, index);
    MI_DECREF(index);
    if (inner == NULL)
        return NULL;
    res = mi_tuple_pack(2, (MiObject *)self->type, inner);
    MI_DECREF(inner);
    return res;
}

static MiMethodDef enumerate_methods[] = {
    {"__reduce__", enumerate_reduce, MI_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

MiType mi_enumerate_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "enumerate",
    .basicsize = sizeof(Enumerate),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = enumerate_dealloc,
    .traverse = enumerate_traverse,
    .clear = enumerate_clear,
    .new_ = enumerate_new,
    .iter = iter_self,
    .iternext = enumerate_next,
    .methods = enumerate_methods,
    .doc = "Return an enumerate object.\n\n"
           "  iterable\n    an object supporting iteration\n\n"
           "The enumerate object yields pairs containing a count (from start, which\n"
           "defaults to zero) and a value yielded by the iterable argument.\n\n"
           "enumerate is useful for obtaining an indexed list:\n"
           "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
};

/* -------------------------------------------------------------------------------------- */
/* zip(*iterables, strict=False)                                                           */
/* -------------------------------------------------------------------------------------- */

#define MAP_STACK_ARGS 8              /* zip/map arguments kept on the C stack */

typedef struct Zip {
    MI_HEAD
    MiObject *iters;                  /* tuple of iterators */
    int       strict;
} Zip;

/* A tuple of iter(x) for x in args[0..n).  New reference.  The iterators
 * are gathered before the tuple exists, so that no collection sees the
 * tuple half filled. */
static MiObject *
iter_tuple(MiObject *const *args, intptr_t n)
{
    MiObject *small[MAP_STACK_ARGS] = {NULL}, **its = small, *t = NULL;
    intptr_t got = 0;
    if (n > MAP_STACK_ARGS) {
        its = mi_malloc(mi_size_mul((size_t)n, sizeof(MiObject *)));
        if (its == NULL)
            return mi_err_nomemory();
    }
    for (; got < n; got++) {
        its[got] = mi_obj_iter(args[got]);
        if (its[got] == NULL)
            goto done;
    }
    t = mi_tuple_from_array(its, n);
done:
    for (intptr_t i = 0; i < got; i++)
        MI_DECREF(its[i]);
    if (its != small)
        mi_free(its);
    return t;
}

static MiObject *
zip_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    intptr_t nkw = mi_args_nkw(kwnames);
    MiObject *iters;
    Zip *z;
    int strict = 0;
    for (intptr_t k = 0; k < nkw; k++) {
        MiObject *key = MI_TUPLE_GET(kwnames, k);
        if (!mi_str_eq_cstr(key, "strict")) {
            return mi_err_format(MI_EXC(TypeError), "'%U' is an invalid keyword argument "
                                 "for zip()", key);
        }
        strict = mi_obj_is_true(args[nargs + k]);
        if (strict < 0)
            return NULL;
    }
    iters = iter_tuple(args, nargs);
    if (iters == NULL)
        return NULL;
    z = (Zip *)mi_object_alloc(type);
    if (z == NULL) {
        MI_DECREF(iters);
        return NULL;
    }
    z->iters = iters;
    z->strict = strict;
    MI_GC_TRACK(z);
    return (MiObject *)z;
}

static int
zip_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((Zip *)self)->iters);
    return 0;
}

static int
zip_clear(MiObject *self)
{
    MI_CLEAR(((Zip *)self)->iters);
    return 0;
}

static void
zip_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    zip_clear(self);
    mi_object_free(self);
}

/* strict=True and iterator `i` ran out: ValueError unless every other
 * iterator ran out at the same time.  Always returns NULL. */
static MiObject *
zip_check_lengths(Zip *z, intptr_t i)
{
    intptr_t n = MI_TUPLE_SIZE(z->iters);
    if (mi_err_occurred())
        return NULL;                  /* next() raised a real error */
    if (i > 0) {
        return mi_err_format(MI_EXC(ValueError), "zip() argument %zd is shorter than "
                             "argument%s%zd", i + 1, i == 1 ? " " : "s 1-", i);
    }
    for (i = 1; i < n; i++) {
        MiObject *item = mi_iter_next(MI_TUPLE_GET(z->iters, i));
        if (item != NULL) {
            MI_DECREF(item);
            return mi_err_format(MI_EXC(ValueError), "zip() argument %zd is longer than "
                                 "argument%s%zd", i + 1, i == 1 ? " " : "s 1-", i);
        }
        if (mi_err_occurred())
            return NULL;
    }
    return NULL;
}

static MiObject *
zip_next(MiObject *self)
{
    Zip *z = (Zip *)self;
    MiObject *small[MAP_STACK_ARGS] = {NULL}, **items = small, *res = NULL;
    intptr_t n, got = 0;
    if (z->iters == NULL || (n = MI_TUPLE_SIZE(z->iters)) == 0)
        return NULL;
    if (n > MAP_STACK_ARGS) {
        items = mi_malloc(mi_size_mul((size_t)n, sizeof(MiObject *)));
        if (items == NULL)
            return mi_err_nomemory();
    }
    /* the items are gathered first: the tuple is made complete */
    for (; got < n; got++) {
        items[got] = mi_iter_next(MI_TUPLE_GET(z->iters, got));
        if (items[got] == NULL) {
            if (z->strict)
                zip_check_lengths(z, got);
            goto done;
        }
    }
    res = mi_tuple_from_array(items, n);
done:
    for (intptr_t i = 0; i < got; i++)
        MI_DECREF(items[i]);
    if (items != small)
        mi_free(items);
    return res;
}

static MiObject *
zip_reduce(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    Zip *z = (Zip *)self;
    MiObject *iters = z->iters ? z->iters : mi_state->empty_tuple;
    (void)args;
    (void)nargs;
    (void)kw;
    if (z->strict)
        return mi_tuple_pack(3, (MiObject *)self->type, iters, MI_TRUE);
    return mi_tuple_pack(2, (MiObject *)self->type, iters);
}

static MiObject *
zip_setstate(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    int strict = mi_obj_is_true(args[0]);
    (void)nargs;
    (void)kw;
    if (strict < 0)
        return NULL;
    ((Zip *)self)->strict = strict;
    MI_RETURN_NONE;
}

static MiMethodDef zip_methods[] = {
    {"__reduce__", zip_reduce, MI_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", zip_setstate, MI_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

MiType mi_zip_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "zip",
    .basicsize = sizeof(Zip),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .clear = zip_clear,
    .new_ = zip_new,
    .iter = iter_self,
    .iternext = zip_next,
    .methods = zip_methods,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
           "   >>> list(zip('abcdefg', range(3), range(4)))\n"
           "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
           "The zip object yields n-length tuples, where n is the number of iterables\n"
           "passed as positional arguments to zip().  The i-th element in every tuple\n"
           "comes from the i-th iterable argument to zip().  This continues until the\n"
           "shortest argument is exhausted.\n\n"
           "If strict is true and one of the arguments is exhausted before the others,\n"
           "raise a ValueError.",
};

/* -------------------------------------------------------------------------------------- */
/* map(func, *iterables)                                                                   */
/* -------------------------------------------------------------------------------------- */

typedef struct Map {
    MI_HEAD
    MiObject *func;
    MiObject *iters;                  /* tuple of iterators */
} Map;

static MiObject *
map_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *iters;
    Map *m;
    if (type == &mi_map_type && mi_args_no_keywords("map", kwnames) < 0)
        return NULL;
    if (nargs < 2)
        return mi_err_format(MI_EXC(TypeError), "map() must have at least two arguments.");
    iters = iter_tuple(args + 1, nargs - 1);
    if (iters == NULL)
        return NULL;
    m = (Map *)mi_object_alloc(type);
    if (m == NULL) {
        MI_DECREF(iters);
        return NULL;
    }
    m->func = mi_newref(args[0]);
    m->iters = iters;
    MI_GC_TRACK(m);
    return (MiObject *)m;
}

static int
map_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((Map *)self)->func);
    MI_VISIT(((Map *)self)->iters);
    return 0;
}

static int
map_clear(MiObject *self)
{
    MI_CLEAR(((Map *)self)->func);
    MI_CLEAR(((Map *)self)->iters);
    return 0;
}

static void
map_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    map_clear(self);
    mi_object_free(self);
}

static MiObject *
map_next(MiObject *self)
{
    Map *m = (Map *)self;
    MiObject *small[MAP_STACK_ARGS], **stack = small, *res = NULL;
    intptr_t n, got = 0;
    if (m->iters == NULL)
        return NULL;
    n = MI_TUPLE_SIZE(m->iters);
    if (n > MAP_STACK_ARGS) {
        stack = mi_malloc(mi_size_mul((size_t)n, sizeof(MiObject *)));
        if (stack == NULL)
            return mi_err_nomemory();
    }
    for (; got < n; got++) {
        stack[got] = mi_iter_next(MI_TUPLE_GET(m->iters, got));
        if (stack[got] == NULL)
            goto done;
    }
    res = mi_call(m->func, stack, n, NULL);
done:
    for (intptr_t i = 0; i < got; i++)
        MI_DECREF(stack[i]);
    if (stack != small)
        mi_free(stack);
    return res;
}

static MiObject *
map_reduce(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    Map *m = (Map *)self;
    intptr_t n = m->iters ? MI_TUPLE_SIZE(m->iters) : 0;
    MiObject *inner, *res;
    (void)args;
    (void)nargs;
    (void)kw;
    inner = mi_tuple_new(n + 1);
    if (inner == NULL)
        return NULL;
    MI_TUPLE_ITEMS(inner)[0] = mi_newref(m->func ? m->func : MI_NONE);
    for (intptr_t i = 0; i < n; i++)
        MI_TUPLE_ITEMS(inner)[i + 1] = mi_newref(MI_TUPLE_GET(m->iters, i));
    res = mi_tuple_pack(2, (MiObject *)self->type, inner);
    MI_DECREF(inner);
    return res;
}

static MiMethodDef map_methods[] = {
    {"__reduce__", map_reduce, MI_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

MiType mi_map_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "map",
    .basicsize = sizeof(Map),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .clear = map_clear,
    .new_ = map_new,
    .iter = iter_self,
    .iternext = map_next,
    .methods = map_methods,
    .doc = "map(func, *iterables) --> map object\n\n"
           "Make an iterator that computes the function using arguments from\n"
           "each of the iterables.  Stops when the shortest iterable is exhausted.",
};

/* -------------------------------------------------------------------------------------- */
/* filter(function or None, iterable)                                                      */
/* -------------------------------------------------------------------------------------- */

typedef struct Filter {
    MI_HEAD
    MiObject *func;
    MiObject *iter;
} Filter;

static MiObject *
filter_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *it;
    Filter *f;
    if (type == &mi_filter_type && mi_args_no_keywords("filter", kwnames) < 0)
        return NULL;
    if (mi_args_check("filter", nargs, NULL, 2, 2) < 0)
        return NULL;
    it = mi_obj_iter(args[1]);
    if (it == NULL)
        return NULL;
    f = (Filter *)mi_object_alloc(type);
    if (f == NULL) {
        MI_DECREF(it);
        return NULL;
    }
    f->func = mi_newref(args[0]);
    f->iter = it;
    MI_GC_TRACK(f);
    return (MiObject *)f;
}

static int
filter_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((Filter *)self)->func);
    MI_VISIT(((Filter *)self)->iter);
    return 0;
}

static int
filter_clear(MiObject *self)
{
    MI_CLEAR(((Filter *)self)->func);
    MI_CLEAR(((Filter *)self)->iter);
    return 0;
}

static void
filter_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    filter_clear(self);
    mi_object_free(self);
}

static MiObject *
filter_next(MiObject *self)
{
    Filter *f = (Filter *)self;
    int truth_only;
    if (f->iter == NULL)
        return NULL;
    truth_only = f->func == MI_NONE || f->func == (MiObject *)&mi_bool_type;
    for (;;) {
        MiObject *item = mi_iter_next(f->iter);
        int ok;
        if (item == NULL)
            return NULL;
        if (truth_only) {
            ok = mi_obj_is_true(item);
        } else {
            MiObject *good = mi_call1(f->func, item);
            if (good == NULL) {
                MI_DECREF(item);
                return NULL;
            }
            ok = mi_obj_is_true(good);
            MI_DECREF(good);
        }
        if (ok > 0)
            return item;
        MI_DECREF(item);
        if (ok < 0)
            return NULL;
    }
}

static MiObject *
filter_reduce(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    Filter *f = (Filter *)self;
    MiObject *inner, *res;
    (void)args;
    (void)nargs;
    (void)kw;
    inner = mi_tuple_pack(2, f->func ? f->func : MI_NONE, f->iter ? f->iter : MI_NONE);
    if (inner == NULL)
        return NULL;
    res = mi_tuple_pack(2, (MiObject *)self->type, inner);
    MI_DECREF(inner);
    return res;
}

static MiMethodDef filter_methods[] = {
    {"__reduce__", filter_reduce, MI_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

MiType mi_filter_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "filter",
    .basicsize = sizeof(Filter),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .clear = filter_clear,
    .new_ = filter_new,
    .iter = iter_self,
    .iternext = filter_next,
    .methods = filter_methods,
    .doc = "filter(function or None, iterable) --> filter object\n\n"
           "Return an iterator yielding those items of iterable for which function(item)\n"
           "is true. If function is None, return the items that are true.",
};

/* -------------------------------------------------------------------------------------- */
/* reversed(sequence)                                                                      */
/* -------------------------------------------------------------------------------------- */

typedef struct Reversed {
    MI_HEAD
    intptr_t  index;                  /* next index to fetch, -1 when done */
    MiObject *seq;                    /* NULL once exhausted */
} Reversed;

static MiObject *
reversed_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *seq, *meth;
    Reversed *ro;
    intptr_t n;
    if (type == &mi_reversed_type && mi_args_no_keywords("reversed", kwnames) < 0)
        return NULL;
    if (mi_args_check("reversed", nargs, NULL, 1, 1) < 0)
        return NULL;
    seq = args[0];
    meth = mi_type_lookup(seq->type, MI_NAME(__reversed__));
    if (meth == MI_NONE) {
        return mi_err_format(MI_EXC(TypeError), "'%s' object is not reversible",
                             MI_TYPE_NAME(seq));
    }
    if (meth != NULL) {
        int found;
        MiObject *res = mi_call_special(seq, MI_NAME(__reversed__), NULL, 0, &found);
        if (res != NULL || mi_err_occurred())
            return res;
    }
    if (seq->type->getitem == NULL || mi_dict_check(seq)) {
        return mi_err_format(MI_EXC(TypeError), "'%s' object is not reversible",
                             MI_TYPE_NAME(seq));
    }
    n = mi_obj_len(seq);
    if (n < 0)
        return NULL;
    ro = (Reversed *)mi_object_alloc(type);
    if (ro == NULL)
        return NULL;
    ro->index = n - 1;
    ro->seq = mi_newref(seq);
    MI_GC_TRACK(ro);
    return (MiObject *)ro;
}

static int
reversed_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((Reversed *)self)->seq);
    return 0;
}

static int
reversed_clear(MiObject *self)
{
    MI_CLEAR(((Reversed *)self)->seq);
    return 0;
}

static void
reversed_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    reversed_clear(self);
    mi_object_free(self);
}

static MiObject *
reversed_next(MiObject *self)
{
    Reversed *ro = (Reversed *)self;
    if (ro->index >= 0 && ro->seq != NULL) {
        MiObject *item = mi_obj_getitem_index(ro->seq, ro->index);
        if (item != NULL) {
            ro->index--;
            return item;
        }
        if (!clear_end_of_sequence())
            return NULL;
    }
    ro->index = -1;
    MI_CLEAR(ro->seq);
    return NULL;
}

static MiObject *
reversed_length_hint(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    Reversed *ro = (Reversed *)self;
    intptr_t size, position;
    (void)args;
    (void)nargs;
    (void)kw;
    if (ro->seq == NULL)
        return mi_int_from_i64(0);
    size = mi_obj_len(ro->seq);
    if (size < 0)
        return NULL;
    position = ro->index + 1;
    return mi_int_from_i64(size < position ? 0 : position);
}

static MiObject *
reversed_reduce(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    Reversed *ro = (Reversed *)self;
    MiObject *inner, *index, *res;
    (void)args;
    (void)nargs;
    (void)kw;
    if (ro->seq == NULL) {
        inner = mi_tuple_pack(1, mi_state->empty_tuple);
        res = inner ? mi_tuple_pack(2, (MiObject *)self->type, inner) : NULL;
        MI_XDECREF(inner);
        return res;
    }
    inner = mi_tuple_pack(1, ro->seq);
    index = mi_int_from_i64(ro->index);
    res = inner && index ? mi_tuple_pack(3, (MiObject *)self->type, inner, index) : NULL;
    MI_XDECREF(inner);
    MI_XDECREF(index);
    return res;
}

static MiObject *
reversed_setstate(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    Reversed *ro = (Reversed *)self;
    intptr_t index, n;
    (void)nargs;
    (void)kw;
    index = mi_num_as_ssize(args[0], NULL);
    if (index == -1 && mi_err_occurred())
        return NULL;
    if (ro->seq != NULL) {
        n = mi_obj_len(ro->seq);
        if (n < 0)
            return NULL;
        if (index < -1)
            index = -1;
        else if (index > n - 1)
            index = n - 1;
        ro->index = index;
    }
    MI_RETURN_NONE;
}

static MiMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, MI_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", reversed_reduce, MI_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", reversed_setstate, MI_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

MiType mi_reversed_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "reversed",
    .basicsize = sizeof(Reversed),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = reversed_dealloc,
    .traverse = reversed_traverse,
    .clear = reversed_clear,
    .new_ = reversed_new,
    .iter = iter_self,
    .iternext = reversed_next,
    .methods = reversed_methods,
    .doc = "Return a reverse iterator over the values of the given sequence.",
};
