/* tests/unit/alloc/test_blocks.c: single blocks: every size class and the
 * sizes around the limits, alignment, reuse of freed blocks, realloc and
 * calloc. */
#include <stdint.h>
#include <stdlib.h>

#include "helpers.h"

static MiAllocator *alloc;

static void
pool_allocator(void)
{
    alloc = mi_alloc_create_mode(0);
    cr_assert_not_null(alloc);
}

static void
no_blocks_left(void)
{
    assert_consistent(alloc);
    cr_assert_eq(live_blocks(alloc), 0, "blocks leaked");
    mi_alloc_destroy(alloc);
}

TestSuite(alloc_blocks, .init = pool_allocator, .fini = no_blocks_left);

Test(alloc_blocks, every_size_lands_in_its_class_aligned_and_distinct)
{
    for (size_t size = 0; size <= 600; size++) {
        void *p[3];
        for (int i = 0; i < 3; i++) {
            p[i] = mi_mem_alloc(alloc, size);
            cr_assert_not_null(p[i], "size %zu", size);
            assert_aligned(p[i]);
            fill_pattern(p[i], size, size * 3 + i);
        }
        cr_assert(p[0] != p[1] && p[1] != p[2] && p[0] != p[2]);
        MiAllocStats s = stats_of(alloc);
        if (size <= MI_SMALL_MAX) {
            size_t c = size == 0 ? 0 : (size - 1) / MI_ALIGNMENT;
            cr_assert(mi_alloc_is_pooled(alloc, p[0]), "size %zu not pooled", size);
            cr_assert_eq(s.classes[c].blocks_used, 3, "size %zu: class %zu has %zu blocks",
                         size, c, s.classes[c].blocks_used);
            cr_assert_eq(s.small_blocks, 3);
            cr_assert_eq(s.large_blocks, 0);
        } else {
            cr_assert_not(mi_alloc_is_pooled(alloc, p[0]), "size %zu pooled", size);
            cr_assert_eq(s.small_blocks, 0);
            cr_assert_eq(s.large_blocks, 3);
            cr_assert_eq(s.large_bytes, 3 * size);
        }
        for (int i = 0; i < 3; i++) {
            assert_pattern(p[i], size, size * 3 + i);
            mi_mem_free(alloc, p[i]);
        }
    }
}

Test(alloc_blocks, classes_have_cpython_block_sizes_and_pool_capacities)
{
    for (int c = 0; c < MI_NUM_CLASSES; c++) {
        size_t size = (size_t)(c + 1) * MI_ALIGNMENT;
        void *p = mi_mem_alloc(alloc, size);
        MiAllocStats s = stats_of(alloc);
        cr_assert_eq(s.classes[c].block_size, size);
        cr_assert_eq(s.classes[c].pools, 1);
        cr_assert_eq(s.classes[c].blocks_used + s.classes[c].blocks_free,
                     blocks_per_pool(size), "class %d", c);
        mi_mem_free(alloc, p);
    }
    /* CPython loses 48 bytes of each pool to its header (1021 blocks of 16);
     * mini keeps the headers outside the pools. */
    cr_assert_eq(blocks_per_pool(16), 1024);
    cr_assert_eq(blocks_per_pool(48), 341);
    cr_assert_eq(blocks_per_pool(512), 32);
}

Test(alloc_blocks, size_zero_gives_unique_blocks)
{
    enum { N = 2000 };
    void **p = malloc(N * sizeof *p);
    for (int i = 0; i < N; i++) {
        p[i] = mi_mem_alloc(alloc, 0);
        cr_assert_not_null(p[i]);
        assert_aligned(p[i]);
        for (int j = i - 3; j >= 0 && j < i; j++)
            cr_assert_neq(p[i], p[j]);
    }
    cr_assert_eq(stats_of(alloc).classes[0].blocks_used, N);
    for (int i = 0; i < N; i++)
        mi_mem_free(alloc, p[i]);
    free(p);
}

Test(alloc_blocks, limits_512_513_and_huge)
{
    void *p512 = mi_mem_alloc(alloc, 512), *p513 = mi_mem_alloc(alloc, 513);
    cr_assert(mi_alloc_is_pooled(alloc, p512));
    cr_assert_not(mi_alloc_is_pooled(alloc, p513));
    assert_aligned(p513);
    fill_pattern(p513, 513, 1);
    void *big = mi_mem_alloc(alloc, 3 * MI_ARENA_SIZE);
    cr_assert_not_null(big);
    assert_aligned(big);
    fill_pattern(big, 3 * MI_ARENA_SIZE, 2);
    cr_assert_null(mi_mem_alloc(alloc, SIZE_MAX));
    cr_assert_null(mi_mem_alloc(alloc, SIZE_MAX - 15));
    cr_assert_null(mi_mem_alloc(alloc, (size_t)PTRDIFF_MAX));
    cr_assert_null(mi_mem_calloc(alloc, 1, SIZE_MAX));
    MiAllocStats s = stats_of(alloc);
    cr_assert_eq(s.large_blocks, 2);
    cr_assert_eq(s.large_bytes, 513 + 3 * MI_ARENA_SIZE);
    cr_assert_eq(s.allocs, 3, "failed requests are not allocations");
    assert_pattern(p513, 513, 1);
    assert_pattern(big, 3 * MI_ARENA_SIZE, 2);
    mi_mem_free(alloc, big);
    mi_mem_free(alloc, p513);
    mi_mem_free(alloc, p512);
    mi_mem_free(alloc, NULL);
}

Test(alloc_blocks, a_freed_block_is_the_next_one_of_its_class)
{
    for (size_t size = 1; size <= MI_SMALL_MAX; size += 7) {
        void *keep = mi_mem_alloc(alloc, size);
        void *p = mi_mem_alloc(alloc, size);
        mi_mem_free(alloc, p);
        size_t other = (size - 1) / MI_ALIGNMENT * MI_ALIGNMENT + 1;   /* same class */
        void *q = mi_mem_alloc(alloc, other);
        cr_assert_eq(q, p, "size %zu: freed block not reused", size);
        mi_mem_free(alloc, q);
        mi_mem_free(alloc, keep);
    }
}

Test(alloc_blocks, a_full_pool_serves_again_once_a_sixteenth_is_free)
{
    size_t n = blocks_per_pool(48), wait = n / 16;
    void **p = malloc((n + 1) * sizeof *p);
    for (size_t i = 0; i <= n; i++) {
        p[i] = mi_mem_alloc(alloc, 48);
        fill_pattern(p[i], 48, i);
    }
    MiAllocStats s = stats_of(alloc);
    cr_assert_eq(s.classes[2].pools, 2, "%zu blocks of 48 need two pools", n + 1);
    cr_assert_eq(s.classes[2].blocks_free, n - 1);
    uintptr_t first_pool = (uintptr_t)p[0] & ~(uintptr_t)(MI_POOL_SIZE - 1);

    /* Fewer than a sixteenth back: the second pool keeps serving. */
    for (size_t i = 0; i < wait - 1; i++)
        mi_mem_free(alloc, p[i]);
    void *q = mi_mem_alloc(alloc, 48);
    cr_assert_neq((uintptr_t)q & ~(uintptr_t)(MI_POOL_SIZE - 1), first_pool);
    mi_mem_free(alloc, q);
    assert_consistent(alloc);

    /* The sixteenth: the first pool is back, at the front, warmest first. */
    mi_mem_free(alloc, p[wait - 1]);
    q = mi_mem_alloc(alloc, 48);
    cr_assert_eq(q, p[wait - 1], "the refilled pool should serve its last freed block");
    assert_consistent(alloc);
    fill_pattern(q, 48, wait - 1);
    for (size_t i = wait - 1; i <= n; i++) {
        assert_pattern(p[i], 48, i);
        mi_mem_free(alloc, p[i]);
    }
    free(p);
    s = stats_of(alloc);
    cr_assert_eq(s.pools_used, 0);
    cr_assert_eq(s.pools_free, MI_POOLS_PER_ARENA);
}

Test(alloc_blocks, realloc_keeps_the_block_within_its_class)
{
    void *p = mi_mem_alloc(alloc, 17);
    fill_pattern(p, 17, 5);
    void *q = mi_mem_realloc(alloc, p, 32);
    cr_assert_eq(q, p);
    assert_pattern(q, 17, 5);
    fill_pattern(q, 32, 6);
    q = mi_mem_realloc(alloc, q, 20);
    cr_assert_eq(q, p);
    assert_pattern(q, 20, 6);
    void *r = mi_mem_alloc(alloc, 512);
    cr_assert_eq(mi_mem_realloc(alloc, r, 400), r, "shrinking by < 25%% keeps the block");
    mi_mem_free(alloc, r);
    mi_mem_free(alloc, q);
    cr_assert_eq(stats_of(alloc).reallocs, 3);
}

Test(alloc_blocks, realloc_moves_and_keeps_contents)
{
    /* pool -> bigger pool -> large -> larger large -> small (stays large) */
    size_t sizes[] = { 24, 33, 200, 512, 513, 5000, 100000, 300, 100, 0 };
    void *p = mi_mem_alloc(alloc, 10);
    size_t have = 10;
    fill_pattern(p, have, 7);
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        size_t n = sizes[i];
        void *q = mi_mem_realloc(alloc, p, n);
        cr_assert_not_null(q, "realloc to %zu", n);
        assert_aligned(q);
        assert_pattern(q, have < n ? have : n, 7 + i);
        have = n;
        fill_pattern(q, have, 8 + i);
        p = q;
        if (n > MI_SMALL_MAX)
            cr_assert_not(mi_alloc_is_pooled(alloc, q));
        assert_consistent(alloc);
    }
    mi_mem_free(alloc, p);

    void *shrink = mi_mem_alloc(alloc, 512);
    fill_pattern(shrink, 512, 9);
    void *small = mi_mem_realloc(alloc, shrink, 100);
    cr_assert_neq(small, shrink, "shrinking by more than 25%% moves to a smaller class");
    assert_pattern(small, 100, 9);
    cr_assert_eq(stats_of(alloc).classes[6].blocks_used, 1);
    mi_mem_free(alloc, small);
}

Test(alloc_blocks, realloc_of_null_allocates)
{
    void *p = mi_mem_realloc(alloc, NULL, 40);
    cr_assert_not_null(p);
    cr_assert(mi_alloc_is_pooled(alloc, p));
    void *q = mi_mem_realloc(alloc, NULL, 4000);
    cr_assert_not_null(q);
    MiAllocStats s = stats_of(alloc);
    cr_assert_eq(s.allocs, 2);
    cr_assert_eq(s.reallocs, 0);
    mi_mem_free(alloc, p);
    mi_mem_free(alloc, q);
}

Test(alloc_blocks, calloc_zeroes_reused_blocks)
{
    for (size_t size = 8; size <= 2048; size *= 2) {
        void *p = mi_mem_alloc(alloc, size);
        memset(p, 0xAB, size);
        mi_mem_free(alloc, p);
        unsigned char *z = mi_mem_calloc(alloc, size / 8, 8);
        cr_assert_not_null(z);
        for (size_t i = 0; i < size; i++)
            cr_assert_eq(z[i], 0, "size %zu byte %zu", size, i);
        mi_mem_free(alloc, z);
    }
    void *zero = mi_mem_calloc(alloc, 0, 100);
    cr_assert_not_null(zero);
    mi_mem_free(alloc, zero);
}

Test(alloc_blocks, calloc_overflow_returns_null)
{
    cr_assert_null(mi_mem_calloc(alloc, SIZE_MAX / 2 + 1, 2));
    cr_assert_null(mi_mem_calloc(alloc, 2, SIZE_MAX / 2 + 1));
    cr_assert_null(mi_mem_calloc(alloc, SIZE_MAX, SIZE_MAX));
    cr_assert_null(mi_mem_calloc(alloc, (size_t)1 << 32, (size_t)1 << 32));
    cr_assert_eq(stats_of(alloc).allocs, 0);
}

Test(alloc_blocks, only_pool_blocks_are_pooled)
{
    int local;
    void *sys = malloc(64);
    void *mine = mi_mem_alloc(alloc, 64);
    cr_assert(mi_alloc_is_pooled(alloc, mine));
    cr_assert_not(mi_alloc_is_pooled(alloc, NULL));
    cr_assert_not(mi_alloc_is_pooled(alloc, &local));
    cr_assert_not(mi_alloc_is_pooled(alloc, sys));
    cr_assert_not(mi_alloc_is_pooled(alloc, (void *)UINTPTR_MAX));
    cr_assert_not(mi_alloc_is_pooled(alloc, (void *)((uintptr_t)1 << 50)));
    free(sys);
    mi_mem_free(alloc, mine);
}
