/* vm/listsort.c: the stable sort of list.sort() and sorted(): Tim Peters'
 * timsort, run so that it asks exactly the `<` questions CPython 3.10 asks,
 * in the same order (a __lt__ that prints, counts, raises or answers
 * inconsistently, as NaNs do, sees the same calls and leaves the same
 * result).  Objects/listsort.txt in CPython explains the method; in steps:
 *   1. one scan over the keys chooses the comparison, as CPython's pre-sort
 *      check does: all small ints, all floats, all strs compare inline; all
 *      of another one type call that type's richcmp slot directly; tuples
 *      compare item by item (== until the first unequal pair, then <) with
 *      the first items compared by the rule their own scan chose;
 *   2. walking left to right, each natural run (non-descending, or strictly
 *      descending and then reversed in place) shorter than `minrun` is
 *      extended to `minrun` items by binary insertion;
 *   3. each run is pushed on a stack and adjacent runs are merged until,
 *      for the top runs X, Y, Z (Z on top), X > Y + Z and Y > Z hold again,
 *      also one level down (the classic invariants: 3.10 predates the
 *      "powersort" merge policy of 3.11); at the end all runs are merged;
 *   4. a merge first gallops to trim the items already in place, copies the
 *      shorter run to a buffer, and fills from that end: one item at a time
 *      until one side wins `min_gallop` times in a row, then by galloping
 *      (exponential then binary search) while that keeps paying off;
 *      `min_gallop` adapts across merges, starting at MI_SORT_MIN_GALLOP.
 * Invariant: whatever a comparison does, the arrays hold a permutation of
 * their items at every return; a merge that fails puts its buffered items
 * back where they would go next, which is what CPython leaves too.
 * Start reading at mi_sort_items(). */
#include "vm/listsort.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/str.h"
#include "vm/tuple.h"

/* Wins in a row before a merge starts galloping (as CPython 3.10). */
#define MI_SORT_MIN_GALLOP 7

/* Depth of the run stack.  The invariants make run lengths grow faster
 * than Fibonacci numbers from the top of the stack down, so 85 runs
 * cover any array a 64-bit address space can hold (as CPython 3.10). */
#define MI_SORT_MAX_RUNS 85

/* Merge buffer slots kept inside the SortState on the C stack, so that
 * short sorts allocate nothing (half of them for values, when there are
 * values). */
#define MI_SORT_STACK_SLOTS 256

/* How two keys are compared: the rule step 1 of the header chooses. */
enum {
    CMP_GENERIC,   /* mi_obj_richcmp_bool(a, b, MI_LT) */
    CMP_SLOT,      /* one type: its richcmp slot, called directly */
    CMP_INT,       /* exact ints that are all small */
    CMP_WIDE_INT,  /* exact ints, some not small */
    CMP_FLOAT,     /* exact floats */
    CMP_STR,       /* exact strs */
    CMP_TUPLE      /* non-empty exact tuples, first items by first_rule */
};

/* Keys and the values that move with them (values NULL: none).  Passed
 * by value, so that the pointers stay in registers while items move. */
typedef struct SortSlice {
    MiObject **keys, **values;
} SortSlice;

typedef struct SortRun {
    intptr_t start, len;
} SortRun;

typedef struct SortState {
    SortSlice     items;       /* what is sorted */
    SortSlice     buf;         /* merge buffer of buf_cap slots */
    intptr_t      buf_cap;
    int           rule;        /* CMP_*: how keys compare */
    int           first_rule;  /* CMP_TUPLE: how first items compare */
    MiRichCmpFunc slot;        /* CMP_SLOT (in either rule): the slot */
    intptr_t      min_gallop;  /* wins in a row that start galloping */
    int           nruns;       /* pending runs, bottom first */
    SortRun       runs[MI_SORT_MAX_RUNS];
    MiObject     *stack_slots[MI_SORT_STACK_SLOTS];
} SortState;

/* ---- comparisons ------------------------------------------------------------------------ */

static inline int
is_small_int(MiObject *o)
{
    return o->type == &mi_int_type && mi_int_is_small(o);
}

#define SMALL_VALUE(o) (((MiInt *)(o))->small)

/* a < b for strs: UTF-8 bytes order as code points do. */
static inline int
str_less(MiObject *a, MiObject *b)
{
    intptr_t na = MI_STR_SIZE(a), nb = MI_STR_SIZE(b);
    int c = memcmp(MI_STR_DATA(a), MI_STR_DATA(b), (size_t)(na < nb ? na : nb));
    return c != 0 ? c < 0 : na < nb;
}

/* a < b through the keys' own slot, as CPython's unsafe_object_compare:
 * no recursion count, and NotImplemented (or a key whose type changed its
 * slot) falls back to the full protocol. */
static int
slot_less(SortState *s, MiObject *a, MiObject *b)
{
    MiObject *res;
    int truth;
    if (a->type->richcmp != s->slot)
        return mi_obj_richcmp_bool(a, b, MI_LT);
    res = s->slot(a, b, MI_LT);
    if (res == MI_NOTIMPLEMENTED) {
        MI_DECREF(res);
        return mi_obj_richcmp_bool(a, b, MI_LT);
    }
    if (res == NULL)
        return -1;
    truth = res->type == &mi_bool_type ? res == MI_TRUE : mi_obj_is_true(res);
    MI_DECREF(res);
    return truth;
}

/* a == b for items after the first of two tuples: identity, then inline
 * for the built-in kinds whose == runs no Python code, else the protocol. */
static inline int
items_equal(MiObject *a, MiObject *b)
{
    if (a == b)
        return 1;
    if (a->type == b->type) {
        if (is_small_int(a) && is_small_int(b))
            return SMALL_VALUE(a) == SMALL_VALUE(b);
        if (a->type == &mi_float_type)
            return MI_FLOAT_VALUE(a) == MI_FLOAT_VALUE(b);
        if (a->type == &mi_str_type)
            return mi_str_eq(a, b);
    }
    return mi_obj_richcmp_bool(a, b, MI_EQ);
}

/* a < b for items of tuples, inline where items_equal() is. */
static inline int
items_less(MiObject *a, MiObject *b)
{
    if (a->type == b->type) {
        if (is_small_int(a) && is_small_int(b))
            return SMALL_VALUE(a) < SMALL_VALUE(b);
        if (a->type == &mi_float_type)
            return MI_FLOAT_VALUE(a) < MI_FLOAT_VALUE(b);
        if (a->type == &mi_str_type)
            return str_less(a, b);
    }
    return mi_obj_richcmp_bool(a, b, MI_LT);
}

static int tuple_less(SortState *s, MiObject *a, MiObject *b);

/* a < b by `rule`: 1, 0, or -1 with the exception the comparison raised. */
static inline int
less_by(SortState *s, int rule, MiObject *a, MiObject *b)
{
    switch (rule) {
    case CMP_INT: return SMALL_VALUE(a) < SMALL_VALUE(b);
    case CMP_FLOAT: return MI_FLOAT_VALUE(a) < MI_FLOAT_VALUE(b);
    case CMP_STR: return str_less(a, b);
    case CMP_WIDE_INT: return mi_int_compare(a, b) < 0;
    case CMP_TUPLE: return tuple_less(s, a, b);
    case CMP_SLOT: return slot_less(s, a, b);
    default: return mi_obj_richcmp_bool(a, b, MI_LT);
    }
}

/* Two non-empty tuples, as CPython's unsafe_tuple_compare: == on pairs
 * until one is unequal; then < on that pair, by first_rule when it is the
 * first pair; when one tuple runs out, the shorter is less. */
static int
tuple_less(SortState *s, MiObject *a, MiObject *b)
{
    intptr_t na = MI_TUPLE_SIZE(a), nb = MI_TUPLE_SIZE(b), i;
    for (i = 0; i < na && i < nb; i++) {
        MiObject *x = MI_TUPLE_GET(a, i), *y = MI_TUPLE_GET(b, i);
        int eq;
        if (i == 0 && s->first_rule != CMP_SLOT && s->first_rule != CMP_GENERIC) {
            /* first items of one built-in kind (and no NaN object is
             * equal to another, but is to itself) */
            if (x == y)
                continue;
            switch (s->first_rule) {
            case CMP_INT: eq = SMALL_VALUE(x) == SMALL_VALUE(y); break;
            case CMP_WIDE_INT: eq = mi_int_compare(x, y) == 0; break;
            case CMP_FLOAT: eq = MI_FLOAT_VALUE(x) == MI_FLOAT_VALUE(y); break;
            default: eq = mi_str_eq(x, y); break;
            }
        } else {
            eq = items_equal(x, y);
        }
        if (eq < 0)
            return -1;
        if (!eq) {
            if (i == 0)
                return less_by(s, s->first_rule, x, y);
            return items_less(x, y);
        }
    }
    return na < nb;
}

/* key < key at the top level: the call every step of the sort makes,
 * with `rule` a local copy of s->rule. */
#define LESS(a, b) less_by(s, rule, (a), (b))

/* Step 1 of the header.  Chooses s->rule (and first_rule, slot) from the
 * types of keys[0..n), n >= 2, by CPython's pre-sort check: the type of
 * the first key (or of the first key's first item, when it is a non-empty
 * tuple) must be the exact type of every key (or first item). */
static void
choose_rule(SortState *s, intptr_t n)
{
    MiObject *k0 = s->items.keys[0];
    int in_tuples = k0->type == &mi_tuple_type && MI_TUPLE_SIZE(k0) > 0;
    MiType *type = in_tuples ? MI_TUPLE_GET(k0, 0)->type : k0->type;
    int same_type = 1, ints_small = 1;
    intptr_t i;
    for (i = 0; i < n; i++) {
        MiObject *k = s->items.keys[i];
        if (in_tuples) {
            if (k->type != &mi_tuple_type || MI_TUPLE_SIZE(k) == 0) {
                in_tuples = 0;
                same_type = 0;
                break;
            }
            k = MI_TUPLE_GET(k, 0);
        }
        if (k->type != type) {
            /* tuples: keep scanning, all keys must still be tuples */
            same_type = 0;
            if (!in_tuples)
                break;
        } else if (same_type && type == &mi_int_type && !mi_int_is_small(k)) {
            ints_small = 0;
        }
    }
    s->rule = CMP_GENERIC;
    s->slot = NULL;
    if (same_type) {
        if (type == &mi_str_type)
            s->rule = CMP_STR;
        else if (type == &mi_int_type)
            s->rule = ints_small ? CMP_INT : CMP_WIDE_INT;
        else if (type == &mi_float_type)
            s->rule = CMP_FLOAT;
        else if (type->richcmp != NULL) {
            s->rule = CMP_SLOT;
            s->slot = type->richcmp;
        }
    }
    s->first_rule = CMP_GENERIC;
    if (in_tuples) {
        /* tuples of tuples: the first items go through the protocol */
        s->first_rule = type == &mi_tuple_type ? CMP_GENERIC : s->rule;
        s->rule = CMP_TUPLE;
    }
}

/* ---- moving items ------------------------------------------------------------------------ */

/* to[i] = from[j], key and value. */
static inline void
put_item(SortSlice to, intptr_t i, SortSlice from, intptr_t j)
{
    to.keys[i] = from.keys[j];
    if (to.values != NULL)
        to.values[i] = from.values[j];
}

/* to[i..i+n) = from[j..j+n); the ranges may overlap. */
static inline void
put_items(SortSlice to, intptr_t i, SortSlice from, intptr_t j, intptr_t n)
{
    memmove(to.keys + i, from.keys + j, (size_t)n * sizeof(MiObject *));
    if (to.values != NULL)
        memmove(to.values + i, from.values + j, (size_t)n * sizeof(MiObject *));
}

static void
reverse_range(MiObject **a, intptr_t lo, intptr_t hi)
{
    for (hi--; lo < hi; lo++, hi--) {
        MiObject *t = a[lo];
        a[lo] = a[hi];
        a[hi] = t;
    }
}

/* Makes the buffer hold at least `need` items.  Returns 0, or -1 with
 * MemoryError (the old buffer is gone then, nothing else changed). */
static int
reserve_buffer(SortState *s, intptr_t need)
{
    size_t per_item = (s->items.values != NULL ? 2 : 1) * sizeof(MiObject *);
    MiObject **block;
    if (need <= s->buf_cap)
        return 0;
    if (s->buf.keys != s->stack_slots)
        mi_free(s->buf.keys);
    s->buf.keys = s->buf.values = NULL;
    s->buf_cap = 0;
    block = mi_malloc(mi_size_mul((size_t)need, per_item));
    if (block == NULL) {
        mi_err_nomemory();
        return -1;
    }
    s->buf.keys = block;
    s->buf.values = s->items.values != NULL ? block + need : NULL;
    s->buf_cap = need;
    return 0;
}

/* ---- runs ------------------------------------------------------------------------------- */

/* The shortest run worth merging for n items: n itself below 64; else a
 * number in 32..64 such that n / minrun is a power of two or just below
 * one, so that the runs merge in balanced pairs.  It is n's top six bits,
 * plus one if any lower bit is set. */
static intptr_t
min_run_length(intptr_t n)
{
    intptr_t low_bits = 0;
    while (n >= 64) {
        low_bits |= n & 1;
        n >>= 1;
    }
    return n + low_bits;
}

/* Length of the run at keys[lo..hi), lo < hi: the longest prefix that is
 * non-descending (keys[i] < keys[i-1] never holds) or, when the second key
 * is less than the first, strictly descending (*descending = 1, it holds
 * throughout).  Returns -1 when a comparison raises. */
static intptr_t
natural_run(SortState *s, intptr_t lo, intptr_t hi, int *descending)
{
    MiObject **keys = s->items.keys;
    intptr_t i = lo + 1;
    int rule = s->rule, first, lt;
    *descending = 0;
    if (i == hi)
        return 1;
    first = LESS(keys[i], keys[i - 1]);
    if (first < 0)
        return -1;
    for (i++; i < hi; i++) {
        lt = LESS(keys[i], keys[i - 1]);
        if (lt < 0)
            return -1;
        if (lt != first)
            break;
    }
    *descending = first;
    return i - lo;
}

/* Sorts keys[lo..hi) given that keys[lo..sorted) is sorted, lo < sorted:
 * each further item is placed by binary search after the last item it is
 * not less than (so equal items keep their order).  Returns 0, or -1 when a
 * comparison raised (the item being placed stays where it was). */
static int
insertion_extend(SortState *s, intptr_t lo, intptr_t sorted, intptr_t hi)
{
    MiObject **keys = s->items.keys, **values = s->items.values;
    int rule = s->rule;
    for (intptr_t i = sorted; i < hi; i++) {
        MiObject *key = keys[i], *value;
        intptr_t left = lo, right = i;
        do {
            intptr_t mid = left + ((right - left) >> 1);
            int lt = LESS(key, keys[mid]);
            if (lt < 0)
                return -1;
            if (lt)
                right = mid;
            else
                left = mid + 1;
        } while (left < right);
        if (left == i)
            continue;
        memmove(keys + left + 1, keys + left, (size_t)(i - left) * sizeof(MiObject *));
        keys[left] = key;
        if (values != NULL) {
            value = values[i];
            memmove(values + left + 1, values + left, (size_t)(i - left) * sizeof(MiObject *));
            values[left] = value;
        }
    }
    return 0;
}

/* Does `item` go before `key`: item < key when placing key to the left of
 * its equals, not key < item when placing it to their right?  1, 0, -1. */
static inline int
goes_before(SortState *s, int rule, MiObject *key, MiObject *item, int right)
{
    int lt;
    if (!right)
        return LESS(item, key);
    lt = LESS(key, item);
    return lt < 0 ? -1 : !lt;
}

/* Where `key` goes in the sorted a[0..n), n > 0: the k in 0..n such that
 * a[0..k) go before it and a[k..n) do not (see goes_before()).  The search
 * starts at a[hint], 0 <= hint < n, and probes hint +- 1, 3, 7, 15, ...
 * until it brackets k, then bisects the bracket.  Returns -1 when a
 * comparison raises. */
static intptr_t
gallop(SortState *s, MiObject *key, MiObject **a, intptr_t n, intptr_t hint, int right)
{
    intptr_t lo, hi, near = 0, far = 1, limit;
    int rule = s->rule;
    int before = goes_before(s, rule, key, a[hint], right);
    if (before < 0)
        return -1;
    if (before) {
        /* k > hint: probe rightward, a[hint + near] goes before key */
        limit = n - hint;
        while (far < limit) {
            before = goes_before(s, rule, key, a[hint + far], right);
            if (before < 0)
                return -1;
            if (!before)
                break;
            near = far;
            far = 2 * far + 1;
        }
        if (far > limit)
            far = limit;
        lo = hint + near;
        hi = hint + far;
    } else {
        /* k <= hint: probe leftward, a[hint - near] does not go before */
        limit = hint + 1;
        while (far < limit) {
            before = goes_before(s, rule, key, a[hint - far], right);
            if (before < 0)
                return -1;
            if (before)
                break;
            near = far;
            far = 2 * far + 1;
        }
        if (far > limit)
            far = limit;
        lo = hint - far;
        hi = hint - near;
    }
    /* a[lo] goes before key (or lo == -1), a[hi] does not (or hi == n) */
    for (lo++; lo < hi;) {
        intptr_t mid = lo + ((hi - lo) >> 1);
        before = goes_before(s, rule, key, a[mid], right);
        if (before < 0)
            return -1;
        if (before)
            lo = mid + 1;
        else
            hi = mid;
    }
    return hi;
}

/* ---- merging ---------------------------------------------------------------------------- */

/* Merges the runs keys[a..a+na) and keys[a+na..a+na+nb), na <= nb, both
 * > 0, where keys[a+na-1] belongs last and keys[a+na] first: A goes to the
 * buffer and the merge fills from the left.  Returns 0 or -1; either way
 * the buffered items are back in the array. */
static int
merge_forward(SortState *s, intptr_t a, intptr_t na, intptr_t nb)
{
    SortSlice arr = s->items, buf;
    intptr_t to = a, ai = 0, bi = a + na, k, awins, bwins, min_gallop;
    int rule = s->rule, lt, rc = -1;
    if (reserve_buffer(s, na) < 0)
        return -1;
    buf = s->buf;
    put_items(buf, 0, arr, a, na);
    /* invariant: to + na == bi, the slots A's rest goes back to */
    put_item(arr, to++, arr, bi++);
    if (--nb == 0)
        goto done;
    if (na == 1)
        goto a_last;
    min_gallop = s->min_gallop;
    for (;;) {
        awins = bwins = 0;
        /* one item at a time, until one side wins min_gallop in a row */
        for (;;) {
            lt = LESS(arr.keys[bi], buf.keys[ai]);
            if (lt < 0)
                goto fail;
            if (lt) {
                put_item(arr, to++, arr, bi++);
                bwins++;
                awins = 0;
                if (--nb == 0)
                    goto done;
                if (bwins >= min_gallop)
                    break;
            } else {
                put_item(arr, to++, buf, ai++);
                awins++;
                bwins = 0;
                if (--na == 1)
                    goto a_last;
                if (awins >= min_gallop)
                    break;
            }
        }
        /* galloping, while either side still wins in long stretches */
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            k = gallop(s, arr.keys[bi], buf.keys + ai, na, 0, 1);
            if (k < 0)
                goto fail;
            awins = k;
            if (k > 0) {
                put_items(arr, to, buf, ai, k);
                to += k;
                ai += k;
                na -= k;
                if (na == 1)
                    goto a_last;
                if (na == 0)           /* only if `<` is inconsistent */
                    goto done;
            }
            put_item(arr, to++, arr, bi++);
            if (--nb == 0)
                goto done;
            k = gallop(s, buf.keys[ai], arr.keys + bi, nb, 0, 0);
            if (k < 0)
                goto fail;
            bwins = k;
            if (k > 0) {
                put_items(arr, to, arr, bi, k);
                to += k;
                bi += k;
                nb -= k;
                if (nb == 0)
                    goto done;
            }
            put_item(arr, to++, buf, ai++);
            if (--na == 1)
                goto a_last;
        } while (awins >= MI_SORT_MIN_GALLOP || bwins >= MI_SORT_MIN_GALLOP);
        min_gallop++;                  /* leaving galloping costs */
        s->min_gallop = min_gallop;
    }
done:
    rc = 0;
fail:
    if (na > 0)
        put_items(arr, to, buf, ai, na);
    return rc;
a_last:
    /* A's last item goes after the rest of B */
    put_items(arr, to, arr, bi, nb);
    put_item(arr, to + nb, buf, ai);
    return 0;
}

/* As merge_forward() for na >= nb: B goes to the buffer and the merge fills
 * from the right, where keys[a+na-1] belongs. */
static int
merge_backward(SortState *s, intptr_t a, intptr_t na, intptr_t nb)
{
    SortSlice arr = s->items, buf;
    intptr_t to = a + na + nb - 1, ai = a + na - 1, bi = nb - 1, k, awins, bwins, min_gallop;
    int rule = s->rule, lt, rc = -1;
    if (reserve_buffer(s, nb) < 0)
        return -1;
    buf = s->buf;
    put_items(buf, 0, arr, a + na, nb);
    /* invariant: to - nb == ai, the slots B's rest goes back to end at to */
    put_item(arr, to--, arr, ai--);
    if (--na == 0)
        goto done;
    if (nb == 1)
        goto b_first;
    min_gallop = s->min_gallop;
    for (;;) {
        awins = bwins = 0;
        for (;;) {
            lt = LESS(buf.keys[bi], arr.keys[ai]);
            if (lt < 0)
                goto fail;
            if (lt) {
                put_item(arr, to--, arr, ai--);
                awins++;
                bwins = 0;
                if (--na == 0)
                    goto done;
                if (awins >= min_gallop)
                    break;
            } else {
                put_item(arr, to--, buf, bi--);
                bwins++;
                awins = 0;
                if (--nb == 1)
                    goto b_first;
                if (bwins >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            k = gallop(s, buf.keys[bi], arr.keys + a, na, na - 1, 1);
            if (k < 0)
                goto fail;
            k = na - k;
            awins = k;
            if (k > 0) {
                to -= k;
                ai -= k;
                put_items(arr, to + 1, arr, ai + 1, k);
                na -= k;
                if (na == 0)
                    goto done;
            }
            put_item(arr, to--, buf, bi--);
            if (--nb == 1)
                goto b_first;
            k = gallop(s, arr.keys[ai], buf.keys, nb, nb - 1, 0);
            if (k < 0)
                goto fail;
            k = nb - k;
            bwins = k;
            if (k > 0) {
                to -= k;
                bi -= k;
                put_items(arr, to + 1, buf, bi + 1, k);
                nb -= k;
                if (nb == 1)
                    goto b_first;
                if (nb == 0)           /* only if `<` is inconsistent */
                    goto done;
            }
            put_item(arr, to--, arr, ai--);
            if (--na == 0)
                goto done;
        } while (awins >= MI_SORT_MIN_GALLOP || bwins >= MI_SORT_MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
done:
    rc = 0;
fail:
    if (nb > 0)
        put_items(arr, to - nb + 1, buf, 0, nb);
    return rc;
b_first:
    /* B's first item goes before the rest of A */
    put_items(arr, to - na + 1, arr, ai - na + 1, na);
    put_item(arr, to - na, buf, 0);
    return 0;
}

/* Merges runs i and i + 1 of the stack (i is the second or third from the
 * top) into run i.  Returns 0 or -1. */
static int
merge_runs_at(SortState *s, int i)
{
    MiObject **keys = s->items.keys;
    intptr_t a = s->runs[i].start, na = s->runs[i].len;
    intptr_t b = s->runs[i + 1].start, nb = s->runs[i + 1].len, k;
    s->runs[i].len = na + nb;
    if (i == s->nruns - 3)
        s->runs[i + 1] = s->runs[i + 2];
    s->nruns--;
    /* A's items not greater than B's first are in place already ... */
    k = gallop(s, keys[b], keys + a, na, 0, 1);
    if (k < 0)
        return -1;
    a += k;
    na -= k;
    if (na == 0)
        return 0;
    /* ... and so are B's items not less than A's last */
    nb = gallop(s, keys[a + na - 1], keys + b, nb, nb - 1, 0);
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? merge_forward(s, a, na, nb) : merge_backward(s, a, na, nb);
}

/* Step 3 of the header: after a push, merges until the lengths X, Y, Z of
 * the top three runs have X > Y + Z and Y > Z, and the run below X is
 * longer than X + Y (a merge picks the shorter of X and Z to join Y). */
static int
restore_invariants(SortState *s)
{
    SortRun *r = s->runs;
    while (s->nruns > 1) {
        int y = s->nruns - 2;
        if ((y > 0 && r[y - 1].len <= r[y].len + r[y + 1].len) ||
            (y > 1 && r[y - 2].len <= r[y - 1].len + r[y].len)) {
            if (r[y - 1].len < r[y + 1].len)
                y--;
        } else if (r[y].len > r[y + 1].len) {
            break;
        }
        if (merge_runs_at(s, y) < 0)
            return -1;
    }
    return 0;
}

/* At the end: merges the stack down to one run, always joining the middle
 * of the top three to the shorter of its neighbours. */
static int
merge_all(SortState *s)
{
    SortRun *r = s->runs;
    while (s->nruns > 1) {
        int y = s->nruns - 2;
        if (y > 0 && r[y - 1].len < r[y + 1].len)
            y--;
        if (merge_runs_at(s, y) < 0)
            return -1;
    }
    return 0;
}

/* ---- the sort --------------------------------------------------------------------------- */

int
mi_sort_items(MiObject **keys, MiObject **values, intptr_t n)
{
    SortState s;
    intptr_t lo = 0, minrun;
    int rc = -1;
    if (n < 2)
        return 0;
    s.items.keys = keys;
    s.items.values = values;
    s.buf.keys = s.stack_slots;
    if (values != NULL) {
        s.buf_cap = MI_SORT_STACK_SLOTS / 2;
        s.buf.values = s.stack_slots + s.buf_cap;
    } else {
        s.buf_cap = MI_SORT_STACK_SLOTS;
        s.buf.values = NULL;
    }
    s.min_gallop = MI_SORT_MIN_GALLOP;
    s.nruns = 0;
    choose_rule(&s, n);
    minrun = min_run_length(n);
    while (lo < n) {
        int descending;
        intptr_t len = natural_run(&s, lo, n, &descending);
        if (len < 0)
            goto out;
        if (descending) {
            reverse_range(keys, lo, lo + len);
            if (values != NULL)
                reverse_range(values, lo, lo + len);
        }
        if (len < minrun) {
            intptr_t want = n - lo < minrun ? n - lo : minrun;
            if (insertion_extend(&s, lo, lo + len, lo + want) < 0)
                goto out;
            len = want;
        }
        s.runs[s.nruns].start = lo;
        s.runs[s.nruns].len = len;
        s.nruns++;
        if (restore_invariants(&s) < 0)
            goto out;
        lo += len;
    }
    rc = merge_all(&s);
out:
    if (s.buf.keys != s.stack_slots)
        mi_free(s.buf.keys);
    return rc;
}
