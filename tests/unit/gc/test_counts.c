/* tests/unit/gc/test_counts.c: generation counts and thresholds, driven
 * from C so that every container allocation is known.  As CPython 3.10:
 *   - generation 0's count is container allocations minus deallocations
 *     since its last collection, and never goes below zero;
 *   - collecting generation N zeroes the counts of 0..N and adds one to
 *     N+1's;
 *   - an allocation that takes generation 0's count past threshold 0
 *     collects the oldest generation whose count is past its threshold
 *     (the new object is not counted); threshold 0 or a disabled
 *     collector means no automatic collection. */
#include "interp_helpers.h"

#include "gc/gc.h"
#include "vm/list.h"
#include "vm/tuple.h"

#define GC (&mi_state->gc)

/* Collections of each generation since quiet_start(). */
static intptr_t collections_before[MI_GC_GENERATIONS];
#define collections(g) (GC->stats[g].collections - collections_before[g])

/* Automatic collection off (stress mode too), everything collected, all
 * counts zero. */
static void
quiet_start(void)
{
    GC->enabled = 0;
    GC->stress = 0;
    mi_gc_collect(GC, 2);
    for (int i = 0; i < MI_GC_GENERATIONS; i++) {
        cr_assert_eq(GC->gens[i].count, 0, "generation %d counts %d", i, GC->gens[i].count);
        collections_before[i] = GC->stats[i].collections;
    }
}

#define assert_counts(a, b, c) do { \
        cr_assert(GC->gens[0].count == (a) && GC->gens[1].count == (b) && \
                  GC->gens[2].count == (c), "counts are (%d, %d, %d), expected (%d, %d, %d)", \
                  GC->gens[0].count, GC->gens[1].count, GC->gens[2].count, (a), (b), (c)); \
    } while (0)

static MiObject *
new_list(void)
{
    MiObject *l = mi_list_new(0);
    cr_assert_not_null(l);
    return l;
}

/* A list that refers to itself, dropped: garbage for the collector. */
static void
make_garbage_cycle(void)
{
    MiObject *l = new_list();
    cr_assert_eq(mi_list_append(l, l), 0);
    MI_DECREF(l);
}

INTERP_TEST(gc_counts, gen0_counts_container_allocations_and_frees)
{
    MiObject *l, *d, *t, *s, *big;
    quiet_start();
    l = new_list();
    assert_counts(1, 0, 0);
    d = mi_dict_new();
    assert_counts(2, 0, 0);             /* a container even while untracked */
    t = mi_tuple_pack(2, l, d);
    assert_counts(3, 0, 0);
    s = mi_str_from_cstr("strings are not containers");
    big = mi_int_from_i64(INT64_C(1) << 40);
    assert_counts(3, 0, 0);
    MI_DECREF(t);                       /* to the tuple free list: still a free */
    assert_counts(2, 0, 0);
    t = mi_tuple_pack(1, l);            /* and back from it: an allocation */
    assert_counts(3, 0, 0);
    MI_DECREF(t);
    MI_DECREF(l);
    MI_DECREF(d);
    assert_counts(0, 0, 0);
    MI_DECREF(s);
    MI_DECREF(big);
    assert_counts(0, 0, 0);
}

INTERP_TEST(gc_counts, gen0_count_never_goes_below_zero)
{
    MiObject *keep[5];
    quiet_start();
    for (int i = 0; i < 5; i++)
        keep[i] = new_list();
    assert_counts(5, 0, 0);
    mi_gc_collect(GC, 0);
    assert_counts(0, 1, 0);
    for (int i = 0; i < 5; i++)
        MI_DECREF(keep[i]);
    assert_counts(0, 1, 0);
    keep[0] = new_list();
    assert_counts(1, 1, 0);
    MI_DECREF(keep[0]);
    assert_counts(0, 1, 0);
}

INTERP_TEST(gc_counts, collecting_a_generation_bumps_the_next)
{
    MiObject *l;
    quiet_start();
    l = new_list();
    mi_gc_collect(GC, 0);
    assert_counts(0, 1, 0);
    mi_gc_collect(GC, 0);
    mi_gc_collect(GC, 0);
    assert_counts(0, 3, 0);
    MI_DECREF(l);
    l = new_list();
    mi_gc_collect(GC, 1);
    assert_counts(0, 0, 1);
    mi_gc_collect(GC, 0);
    mi_gc_collect(GC, 1);
    assert_counts(0, 0, 2);
    mi_gc_collect(GC, 2);
    assert_counts(0, 0, 0);
    MI_DECREF(l);
}

INTERP_TEST(gc_counts, passing_threshold0_collects_generation0)
{
    MiObject *keep[10];
    intptr_t collected;
    quiet_start();
    GC->gens[0].threshold = 10;
    make_garbage_cycle();               /* count 1 */
    GC->enabled = 1;
    collected = GC->stats[0].collected;
    for (int i = 0; i < 9; i++)
        keep[i] = new_list();
    assert_counts(10, 0, 0);
    cr_assert_eq(collections(0), 0, "collected at the threshold");
    keep[9] = new_list();               /* 11 > 10 */
    cr_assert_eq(collections(0), 1);
    cr_assert_eq(GC->stats[0].collected - collected, 1, "the cycle");
    assert_counts(0, 1, 0);
    for (int i = 0; i < 10; i++)
        MI_DECREF(keep[i]);
    GC->enabled = 0;
}

INTERP_TEST(gc_counts, young_collections_give_way_to_older_ones)
{
    MiObject *keep[60];
    quiet_start();
    GC->gens[0].threshold = 5;
    GC->gens[1].threshold = 3;
    GC->gens[2].threshold = 1000;
    GC->enabled = 1;
    /* every 6th allocation collects: generation 0 four times, then
     * generation 1 (its count, 4, is past 3), and so on */
    for (int i = 0; i < 30; i++)
        keep[i] = new_list();
    cr_assert_eq(collections(0), 4);
    cr_assert_eq(collections(1), 1);
    cr_assert_eq(collections(2), 0);
    assert_counts(0, 0, 1);
    for (int i = 30; i < 60; i++)
        keep[i] = new_list();
    cr_assert_eq(collections(0), 8);
    cr_assert_eq(collections(1), 2);
    assert_counts(0, 0, 2);
    GC->enabled = 0;
    for (int i = 0; i < 60; i++)
        MI_DECREF(keep[i]);
}

INTERP_TEST(gc_counts, threshold_zero_or_disabled_means_no_automatic_collection)
{
    MiObject *keep[50];
    quiet_start();
    GC->gens[0].threshold = 10;
    for (int i = 0; i < 50; i++)
        keep[i] = new_list();           /* disabled */
    assert_counts(50, 0, 0);
    for (int i = 0; i < 50; i++)
        MI_DECREF(keep[i]);
    GC->enabled = 1;
    GC->gens[0].threshold = 0;
    for (int i = 0; i < 50; i++)
        keep[i] = new_list();
    assert_counts(50, 0, 0);
    for (int g = 0; g < MI_GC_GENERATIONS; g++)
        cr_assert_eq(collections(g), 0, "generation %d collected", g);
    GC->enabled = 0;
    for (int i = 0; i < 50; i++)
        MI_DECREF(keep[i]);
}

INTERP_TEST(gc_counts, no_automatic_collection_while_an_exception_is_set)
{
    MiObject *keep[20];
    quiet_start();
    GC->gens[0].threshold = 5;
    GC->enabled = 1;
    mi_err_set(MI_EXC(ValueError), "pending");
    for (int i = 0; i < 20; i++)
        keep[i] = new_list();
    cr_assert_eq(collections(0), 0);
    mi_err_clear();
    MI_DECREF(new_list());
    cr_assert_eq(collections(0), 1);
    GC->enabled = 0;
    for (int i = 0; i < 20; i++)
        MI_DECREF(keep[i]);
}
