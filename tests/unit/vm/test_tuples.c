/* tests/unit/vm/test_tuples.c: tuple hashing and comparison.  The hash is
 * CPython 3.10's xxHash-based one (so sets of tuples iterate in CPython's
 * order): fixed values taken from CPython, then random tuples of ints
 * against the algorithm written out here.  Equal tuples built in different
 * ways (packing, slicing, concatenation, tuple(list)) hash alike;
 * comparisons of random tuples follow a lexicographic model. */
#include "interp_helpers.h"

#include "vm/list.h"
#include "vm/tuple.h"

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL

static int64_t
int_hash(int64_t v)
{
    const __int128 p = ((__int128)1 << 61) - 1;
    __int128 m = (v < 0 ? -(__int128)v : v) % p;
    int64_t h = (int64_t)(v < 0 ? -m : m);
    return h == -1 ? -2 : h;
}

/* CPython 3.10's tuplehash over item hashes. */
static int64_t
tuple_hash(const int64_t *lanes, int n)
{
    uint64_t acc = XXPRIME_5;
    for (int i = 0; i < n; i++) {
        acc += (uint64_t)lanes[i] * XXPRIME_2;
        acc = (acc << 31) | (acc >> 33);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

static void
check_hash(const char *expr, int64_t expect)
{
    MiObject *t = eval_py(expr);
    cr_assert_not_null(t, "%s raised", expr);
    cr_assert_eq(mi_obj_hash(t), expect, "hash(%s) = %ld, CPython says %ld", expr,
                 (long)mi_obj_hash(t), (long)expect);
    MI_DECREF(t);
}

INTERP_TEST(vm_tuples, hashes_are_cpythons)
{
    run_py("pass\n");
    check_hash("()", 5740354900026072187LL);
    check_hash("(1,)", -6644214454873602895LL);
    check_hash("(1, 2, 3)", 529344067295497451LL);
    check_hash("(-1,)", 8078679518589016365LL);
    check_hash("((1, 2), (3,))", -8303551883679707139LL);
    check_hash("(2**61 - 1, -2**70)", -9174818700906799025LL);
    check_hash("(0.5, 1.5)", -227111058714618726LL);
    check_hash("(True, False)", -5164621852614943976LL);
    check_hash("((),)", -5486347211504344842LL);
}

/* New reference: a tuple of the ints v[0..n). */
static MiObject *
int_tuple(const int64_t *v, int n)
{
    MiObject *t = mi_tuple_new(n);
    cr_assert_not_null(t);
    for (int i = 0; i < n; i++)
        MI_TUPLE_ITEMS(t)[i] = mi_int_from_i64(v[i]);
    return t;
}

static int
lexicographic(const int64_t *a, int n, const int64_t *b, int m)
{
    for (int i = 0; i < n && i < m; i++) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return (n > m) - (n < m);
}

INTERP_TEST(vm_tuples, random_tuples_hash_and_compare)
{
    uint64_t rng = 0x7a9e;
    static const int ops[] = {MI_LT, MI_LE, MI_EQ, MI_NE, MI_GT, MI_GE};
    for (int iter = 0; iter < 20000; iter++) {
        int64_t a[12], b[12], lanes[12];
        int n = rng_below(&rng, 12), m = rng_percent(&rng, 50) ? n : rng_below(&rng, 12);
        MiObject *ta, *tb;
        int cmp;
        for (int i = 0; i < n; i++) {
            a[i] = rng_percent(&rng, 70) ? rng_below(&rng, 5) - 2 : (int64_t)rng_next(&rng);
            lanes[i] = int_hash(a[i]);
        }
        for (int i = 0; i < m; i++)
            b[i] = i < n && rng_percent(&rng, 80) ? a[i] : rng_below(&rng, 5) - 2;
        ta = int_tuple(a, n);
        tb = int_tuple(b, m);
        cr_assert_eq(mi_obj_hash(ta), tuple_hash(lanes, n), "tuple hash of %d ints", n);
        cmp = lexicographic(a, n, b, m);
        if (cmp == 0)
            cr_assert_eq(mi_obj_hash(ta), mi_obj_hash(tb));
        for (int k = 0; k < 6; k++) {
            int want = ops[k] == MI_LT ? cmp < 0 : ops[k] == MI_LE ? cmp <= 0
                     : ops[k] == MI_EQ ? cmp == 0 : ops[k] == MI_NE ? cmp != 0
                     : ops[k] == MI_GT ? cmp > 0 : cmp >= 0;
            cr_assert_eq(mi_obj_richcmp_bool(ta, tb, ops[k]), want, "op %d, cmp %d", ops[k],
                         cmp);
        }
        MI_DECREF(ta);
        MI_DECREF(tb);
    }
}

INTERP_TEST(vm_tuples, equal_tuples_built_differently_hash_alike)
{
    run_py("import random\n"
           "random.seed(11)\n"
           "for i in range(500):\n"
           "    items = [random.choice([random.randrange(-3, 3), 2 ** random.randrange(100),\n"
           "                            random.random(), 'ab' * random.randrange(3),\n"
           "                            (1, 'x'), None, True])\n"
           "             for j in range(random.randrange(8))]\n"
           "    a = tuple(items)\n"
           "    b = tuple(list(items))\n"
           "    c = (tuple(items[:2]) + tuple(items[2:]))\n"
           "    d = (0,) + a\n"
           "    e = d[1:]\n"
           "    f = tuple(x for x in items)\n"
           "    for t in (b, c, e, f):\n"
           "        assert t == a and hash(t) == hash(a) and not (t != a), (a, t)\n"
           "    assert len({a, b, c, e, f}) == 1\n"
           "assert (1, 2) < (1, 2, 0) and (1, 3) > (1, 2, 99) and () < (0,)\n"
           "assert (1, 2.0) == (1.0, 2) and hash((1, 2.0)) == hash((1.0, 2))\n"
           "nan = float('nan')\n"
           "t = (nan,)\n"
           "assert t == t, 'identity first, as CPython'\n"
           "assert (nan,) != (float('nan'),)\n");
}
