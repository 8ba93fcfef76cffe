/* tests/unit/alloc/test_random.c: long random sequences of alloc, calloc,
 * realloc and free (fixed seeds) checked against a shadow model: every live
 * block is filled with its own pattern, and the model knows each block's
 * size and pattern, so any overlap, lost byte or wrong copy shows up.  The
 * allocator's invariants and counters are checked along the way. */
#include <stdint.h>
#include <stdlib.h>

#include "helpers.h"

enum { SLOTS = 30000 };

typedef struct Shadow {
    unsigned char *p;      /* NULL: slot empty */
    size_t         size;
    uint64_t       tag;
} Shadow;

/* A request size shaped like an interpreter's: mostly small objects, some
 * medium, a few large and a few zero-sized. */
static size_t
random_size(uint64_t *rng)
{
    size_t r = rng_below(rng, 1000);
    if (r < 600)
        return 1 + rng_below(rng, 128);
    if (r < 880)
        return 129 + rng_below(rng, MI_SMALL_MAX - 128);
    if (r < 980)
        return MI_SMALL_MAX - 8 + rng_below(rng, 4000);
    if (r < 990)
        return rng_below(rng, 200000);
    return 0;
}

static void
check_slot(const Shadow *s)
{
    if (s->p != NULL)
        assert_pattern(s->p, s->size, s->tag);
}

typedef struct Model {
    MiAllocator *a;
    Shadow      *slot;
    uint64_t     rng, next_tag;
    size_t       live;
    long         op;
    int          pooled;      /* 0: system-malloc mode */
    size_t       reserve;     /* entirely free arenas kept */
} Model;

static void
model_init(Model *m, MiAllocator *a, uint64_t seed, int pooled, size_t reserve)
{
    cr_assert_not_null(a);
    mi_alloc_set_arena_reserve(a, reserve);
    *m = (Model){ .a = a, .slot = calloc(SLOTS, sizeof(Shadow)), .rng = seed,
                  .next_tag = seed << 20, .pooled = pooled, .reserve = reserve };
}

/* One random operation.  The live set swells and shrinks in waves of 40000
 * operations, so that whole arenas empty out. */
static void
model_step(Model *m)
{
    MiAllocator *a = m->a;
    int grow = (m->op / 40000) % 2 == 0;
    Shadow *s = &m->slot[rng_below(&m->rng, SLOTS)];
    size_t r = rng_below(&m->rng, 100);
    if (s->p == NULL) {
        if (r < (grow ? 75u : 30u)) {
            s->size = random_size(&m->rng);
            s->tag = m->next_tag++;
            if (r % 5 == 0) {
                s->p = mi_mem_calloc(a, 1, s->size);
                cr_assert_not_null(s->p);
                for (size_t i = 0; i < s->size; i++)
                    cr_assert_eq(s->p[i], 0, "calloc'ed byte %zu not zero", i);
            } else {
                s->p = mi_mem_alloc(a, s->size);
                cr_assert_not_null(s->p);
            }
            assert_aligned(s->p);
            if (m->pooled)
                cr_assert_eq(mi_alloc_is_pooled(a, s->p), s->size <= MI_SMALL_MAX);
            fill_pattern(s->p, s->size, s->tag);
            m->live++;
        }
    } else if (r < 30) {
        size_t n = r < 10 ? s->size + rng_below(&m->rng, 64) : random_size(&m->rng);
        check_slot(s);
        unsigned char *q = mi_mem_realloc(a, s->p, n);
        cr_assert_not_null(q);
        assert_aligned(q);
        assert_pattern(q, n < s->size ? n : s->size, s->tag);
        s->p = q;
        s->size = n;
        s->tag = m->next_tag++;
        fill_pattern(q, n, s->tag);
    } else {
        check_slot(s);
        mi_mem_free(a, s->p);
        s->p = NULL;
        m->live--;
    }
    if (m->op++ % 25000 == 0) {
        assert_consistent(a);
        cr_assert_eq(live_blocks(a), m->live);
        for (int i = 0; i < SLOTS; i++)
            check_slot(&m->slot[i]);
    }
}

/* Checks and frees every live block; then nothing may be left. */
static void
model_finish(Model *m)
{
    assert_consistent(m->a);
    for (int i = 0; i < SLOTS; i++) {
        check_slot(&m->slot[i]);
        mi_mem_free(m->a, m->slot[i].p);
    }
    free(m->slot);
    assert_consistent(m->a);
    MiAllocStats st = stats_of(m->a);
    cr_assert_eq(st.allocs, st.frees);
    cr_assert_eq(st.small_blocks + st.large_blocks, 0);
    cr_assert_eq(st.large_bytes, 0);
    if (m->pooled) {
        cr_assert_leq(st.arenas_held, m->reserve, "empty arenas beyond the reserve stay");
        cr_assert_eq(st.arenas_empty, st.arenas_held);
        cr_assert_eq(st.pools_used, 0);
    }
}

static void
run_model(MiAllocator *a, uint64_t seed, long ops, int pooled, size_t reserve)
{
    Model m;
    model_init(&m, a, seed, pooled, reserve);
    while (m.op < ops)
        model_step(&m);
    model_finish(&m);
}

Test(alloc_random, pools_agree_with_the_shadow_model_reserve_1)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    run_model(a, 1, 200000, 1, 1);
    MiAllocStats st = stats_of(a);
    cr_assert_gt(st.arenas_reclaimed, 0, "the waves should empty some arenas");
    mi_alloc_destroy(a);
}

Test(alloc_random, pools_agree_with_the_shadow_model_default_reserve)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    run_model(a, 0xC0FFEE, 200000, 1, MI_ARENA_RESERVE);
    mi_alloc_destroy(a);
}

Test(alloc_random, pools_agree_with_the_shadow_model_no_reserve)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    run_model(a, 987654321, 150000, 1, 0);
    mi_alloc_destroy(a);
}

Test(alloc_random, system_malloc_mode_agrees_with_the_shadow_model)
{
    MiAllocator *a = mi_alloc_create_mode(1);
    run_model(a, 42, 100000, 0, MI_ARENA_RESERVE);
    MiAllocStats st = stats_of(a);
    cr_assert_eq(st.arenas_allocated, 0, "malloc mode maps no arena");
    mi_alloc_destroy(a);
}

Test(alloc_random, two_interleaved_allocators_agree_with_their_models)
{
    Model ma, mb;
    model_init(&ma, mi_alloc_create_mode(0), 100, 1, 2);
    model_init(&mb, mi_alloc_create_mode(0), 200, 1, MI_ARENA_RESERVE);
    while (ma.op < 120000) {
        model_step(&ma);
        model_step(&mb);
        Shadow *sa = &ma.slot[ma.op % SLOTS], *sb = &mb.slot[mb.op % SLOTS];
        if (sa->p != NULL && sa->size <= MI_SMALL_MAX)
            cr_assert_not(mi_alloc_is_pooled(mb.a, sa->p), "a's block is pooled in b");
        if (sb->p != NULL && sb->size <= MI_SMALL_MAX)
            cr_assert_not(mi_alloc_is_pooled(ma.a, sb->p), "b's block is pooled in a");
    }
    cr_assert_gt(stats_of(ma.a).arenas_held, 0);
    cr_assert_gt(stats_of(mb.a).arenas_held, 0);
    model_finish(&ma);
    mi_alloc_destroy(ma.a);
    model_finish(&mb);          /* b works on after a is gone */
    mi_alloc_destroy(mb.a);
}
