/* tests/unit/alloc/test_arenas.c: arenas: they go back to the OS once empty
 * (seen through the stats, the allocator's own pointer test and mincore),
 * new pools come from the fullest arena, and two allocators live side by
 * side without knowing of each other. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "helpers.h"

/* 64-byte blocks fill an arena with no pool left over. */
#define BLOCK 64

static size_t
blocks_per_arena(void)
{
    return blocks_per_pool(BLOCK) * MI_POOLS_PER_ARENA;
}

static uintptr_t
arena_base(const void *p)
{
    return (uintptr_t)p & ~(uintptr_t)(MI_ARENA_SIZE - 1);
}

static uintptr_t
pool_base(const void *p)
{
    return (uintptr_t)p & ~(uintptr_t)(MI_POOL_SIZE - 1);
}

/* Whether any page of the arena at `base` is still mapped in the process. */
static int
is_mapped(uintptr_t base)
{
    static unsigned char vec[MI_ARENA_SIZE / 4096];
    if (mincore((void *)base, MI_ARENA_SIZE, vec) == 0)
        return 1;
    cr_assert_eq(errno, ENOMEM, "mincore: unexpected error %d", errno);
    return 0;
}

/* n blocks of `size` bytes, each filled with its index. */
static void **
alloc_many(MiAllocator *a, size_t n, size_t size)
{
    void **p = malloc(n * sizeof *p);
    for (size_t i = 0; i < n; i++) {
        p[i] = mi_mem_alloc(a, size);
        cr_assert_not_null(p[i]);
        fill_pattern(p[i], size, i);
    }
    return p;
}

/* Frees those of p[0, n) for which keep(p[i]) is false (NULLs them). */
static size_t
free_where(MiAllocator *a, void **p, size_t n, int (*drop)(const void *, uintptr_t),
           uintptr_t arg)
{
    size_t freed = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] != NULL && drop(p[i], arg)) {
            mi_mem_free(a, p[i]);
            p[i] = NULL;
            freed++;
        }
    }
    return freed;
}

static int
in_arena(const void *p, uintptr_t base)
{
    return arena_base(p) == base;
}

static int
any_block(const void *p, uintptr_t unused)
{
    (void)p, (void)unused;
    return 1;
}

Test(alloc_arenas, with_a_reserve_of_one_arenas_go_back_as_in_cpython)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    mi_alloc_set_arena_reserve(a, 1);
    size_t n = 5 * blocks_per_arena();
    void **p = alloc_many(a, n, BLOCK);
    uintptr_t base[5];
    for (int k = 0; k < 5; k++)
        base[k] = arena_base(p[k * blocks_per_arena()]);
    MiAllocStats s = stats_of(a);
    cr_assert_eq(s.arenas_allocated, 5);
    cr_assert_eq(s.arenas_held, 5);
    cr_assert_eq(s.arenas_highwater, 5);
    cr_assert_eq(s.pools_free, 0, "64-byte blocks fill arenas exactly");
    assert_consistent(a);

    free_where(a, p, n, any_block, 0);
    s = stats_of(a);
    cr_assert_eq(s.arenas_held, 1, "one empty arena is kept in reserve");
    cr_assert_eq(s.arenas_empty, 1);
    cr_assert_eq(s.arenas_reclaimed, 4);
    cr_assert_eq(s.arenas_highwater, 5);
    cr_assert_eq(s.pools_free, MI_POOLS_PER_ARENA);
    int mapped = 0;
    for (int k = 0; k < 5; k++)
        mapped += is_mapped(base[k]);
    cr_assert_eq(mapped, 1, "%d of the 5 arenas are still mapped", mapped);
    assert_consistent(a);

    /* The kept arena serves again without a new mapping. */
    void **q = alloc_many(a, blocks_per_arena(), BLOCK);
    cr_assert_eq(stats_of(a).arenas_allocated, 5);
    free_where(a, q, blocks_per_arena(), any_block, 0);
    free(q);
    free(p);
    mi_alloc_destroy(a);
    for (int k = 0; k < 5; k++)
        cr_assert_not(is_mapped(base[k]), "destroy left arena %d mapped", k);
}

Test(alloc_arenas, by_default_the_reserve_is_kept_and_trim_returns_it)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    size_t narenas = MI_ARENA_RESERVE + 3, n = narenas * blocks_per_arena();
    void **p = alloc_many(a, n, BLOCK);
    uintptr_t first = arena_base(p[0]);
    free_where(a, p, n, any_block, 0);
    MiAllocStats s = stats_of(a);
    cr_assert_eq(s.arenas_held, MI_ARENA_RESERVE);
    cr_assert_eq(s.arenas_empty, MI_ARENA_RESERVE);
    cr_assert_eq(s.arenas_reclaimed, 3);
    assert_consistent(a);

    /* Rebuilding as much takes the kept arenas first. */
    free(p);
    p = alloc_many(a, n, BLOCK);
    cr_assert_eq(stats_of(a).arenas_allocated, narenas + 3);
    free_where(a, p, n, any_block, 0);

    cr_assert_eq(mi_alloc_trim(a), MI_ARENA_RESERVE);
    s = stats_of(a);
    cr_assert_eq(s.arenas_held, 0);
    cr_assert_eq(s.arenas_reclaimed, s.arenas_allocated);
    cr_assert_eq(mi_alloc_trim(a), 0);
    assert_consistent(a);
    void *again = mi_mem_alloc(a, BLOCK);       /* works after a trim */
    cr_assert_not_null(again);
    cr_assert_eq(stats_of(a).arenas_held, 1);
    mi_mem_free(a, again);
    free(p);
    mi_alloc_destroy(a);
    cr_assert_not(is_mapped(first));
}

Test(alloc_arenas, lowering_the_reserve_returns_the_extra_arenas)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    size_t n = 6 * blocks_per_arena();
    void **p = alloc_many(a, n, BLOCK);
    free_where(a, p, n, any_block, 0);
    cr_assert_eq(stats_of(a).arenas_held, 6);
    mi_alloc_set_arena_reserve(a, 2);
    MiAllocStats s = stats_of(a);
    cr_assert_eq(s.arenas_held, 2);
    cr_assert_eq(s.arenas_reclaimed, 4);
    assert_consistent(a);
    free(p);
    mi_alloc_destroy(a);
}

Test(alloc_arenas, an_emptied_arena_in_the_middle_is_unmapped)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    mi_alloc_set_arena_reserve(a, 0);
    size_t n = 3 * blocks_per_arena() + 1;        /* the last one opens a 4th arena */
    void **p = alloc_many(a, n, BLOCK);
    void *victim = p[blocks_per_arena()];
    uintptr_t second = arena_base(victim);
    cr_assert_eq(stats_of(a).arenas_held, 4);
    cr_assert(mi_alloc_is_pooled(a, victim));

    size_t freed = free_where(a, p, n, in_arena, second);
    cr_assert_eq(freed, blocks_per_arena());
    MiAllocStats s = stats_of(a);
    cr_assert_eq(s.arenas_held, 3);
    cr_assert_eq(s.arenas_reclaimed, 1);
    cr_assert_not(is_mapped(second), "the empty arena is still mapped");
    cr_assert_not(mi_alloc_is_pooled(a, victim), "the radix tree still maps it");
    assert_consistent(a);
    for (size_t i = 0; i < n; i++) {
        if (p[i] != NULL)
            assert_pattern(p[i], BLOCK, i);
    }
    free_where(a, p, n, any_block, 0);
    cr_assert_eq(stats_of(a).arenas_held, 0);
    free(p);
    mi_alloc_destroy(a);
}

/* Allocates and frees one block at an arena boundary 1000 times; returns
 * how many arenas were mapped in all. */
static size_t
arenas_for_boundary_churn(size_t reserve)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    mi_alloc_set_arena_reserve(a, reserve);
    void **p = alloc_many(a, blocks_per_arena(), BLOCK);
    for (int i = 0; i < 1000; i++) {
        void *q = mi_mem_alloc(a, BLOCK);
        cr_assert_not_null(q);
        mi_mem_free(a, q);
    }
    MiAllocStats s = stats_of(a);
    assert_consistent(a);
    free_where(a, p, blocks_per_arena(), any_block, 0);
    free(p);
    mi_alloc_destroy(a);
    return s.arenas_allocated;
}

Test(alloc_arenas, one_block_at_an_arena_boundary_does_not_thrash)
{
    /* bpo-37257: a full arena, then one block opening a new arena, freed and
     * allocated again and again: with a reserve, the new arena must not be
     * unmapped and mapped each time.  Without one, it is. */
    cr_assert_eq(arenas_for_boundary_churn(MI_ARENA_RESERVE), 2);
    cr_assert_eq(arenas_for_boundary_churn(1), 2);
    cr_assert_eq(arenas_for_boundary_churn(0), 1001);
}

/* Frees every block of the first `npools` pools (by address) of arena
 * `base` among p[0, n). */
static void
free_pools(MiAllocator *a, void **p, size_t n, uintptr_t base, size_t npools)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i] != NULL && arena_base(p[i]) == base
            && (pool_base(p[i]) - base) / MI_POOL_SIZE < npools) {
            mi_mem_free(a, p[i]);
            p[i] = NULL;
        }
    }
}

Test(alloc_arenas, new_pools_come_from_the_fullest_arena)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    size_t n = 4 * blocks_per_arena();
    void **p = alloc_many(a, n, BLOCK);
    uintptr_t arena[4];
    for (int k = 0; k < 4; k++)
        arena[k] = arena_base(p[k * blocks_per_arena()]);
    /* Free pools: arena 0 -> 10, arena 1 -> 3, arena 2 -> 6, arena 3 -> 1. */
    size_t nfree[4] = { 10, 3, 6, 1 };
    for (int k = 0; k < 4; k++)
        free_pools(a, p, n, arena[k], nfree[k]);
    assert_consistent(a);
    cr_assert_eq(stats_of(a).pools_free, 20);

    /* 128-byte blocks need pools of their own; they must come from the
     * arenas in the order 3, 1, 2, 0 (fewest free pools first). */
    int order[4] = { 3, 1, 2, 0 };
    size_t per_pool = blocks_per_pool(128), total = 20 * per_pool;
    void **q = malloc(total * sizeof *q);
    size_t at = 0;
    for (int step = 0; step < 4; step++) {
        int k = order[step];
        for (size_t j = 0; j < nfree[k] * per_pool; j++, at++) {
            q[at] = mi_mem_alloc(a, 128);
            cr_assert_eq(arena_base(q[at]), arena[k],
                         "block %zu of 128 bytes came from the wrong arena", at);
        }
        assert_consistent(a);
    }
    MiAllocStats s = stats_of(a);
    cr_assert_eq(s.pools_free, 0);
    cr_assert_eq(s.arenas_allocated, 4);
    for (size_t i = 0; i < total; i++)
        mi_mem_free(a, q[i]);
    free(q);
    free_where(a, p, n, any_block, 0);
    free(p);
    assert_consistent(a);
    mi_alloc_destroy(a);
}

Test(alloc_arenas, two_allocators_side_by_side)
{
    MiAllocator *a = mi_alloc_create_mode(0), *b = mi_alloc_create_mode(0);
    enum { N = 40000 };
    void **pa = malloc(N * sizeof *pa), **pb = malloc(N * sizeof *pb);
    for (size_t i = 0; i < N; i++) {
        pa[i] = mi_mem_alloc(a, 1 + i % 300);
        pb[i] = mi_mem_alloc(b, 1 + i % 300);
        fill_pattern(pa[i], 1 + i % 300, i);
        fill_pattern(pb[i], 1 + i % 300, N + i);
    }
    for (size_t i = 0; i < N; i += 97) {
        cr_assert(mi_alloc_is_pooled(a, pa[i]) && !mi_alloc_is_pooled(b, pa[i]));
        cr_assert(mi_alloc_is_pooled(b, pb[i]) && !mi_alloc_is_pooled(a, pb[i]));
    }
    MiAllocStats sa = stats_of(a), sb = stats_of(b);
    cr_assert_eq(sa.allocs, N);
    cr_assert_eq(sb.allocs, N);
    cr_assert_eq(sa.arenas_held, sb.arenas_held);
    for (size_t i = 0; i < N; i += 2)
        mi_mem_free(a, pa[i]);
    cr_assert_eq(stats_of(b).frees, 0, "frees into a must not touch b");
    assert_consistent(a);
    assert_consistent(b);

    mi_alloc_destroy(a);
    for (size_t i = 0; i < N; i++) {
        assert_pattern(pb[i], 1 + i % 300, N + i);
        mi_mem_free(b, pb[i]);
        pb[i] = mi_mem_alloc(b, 200);
    }
    assert_consistent(b);
    for (size_t i = 0; i < N; i++)
        mi_mem_free(b, pb[i]);
    cr_assert_eq(live_blocks(b), 0);
    mi_alloc_destroy(b);
    free(pa);
    free(pb);
}

Test(alloc_arenas, pointers_from_malloc_are_never_pooled)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    void **mine = alloc_many(a, 2 * blocks_per_arena(), BLOCK);
    enum { N = 5000 };
    void *sys[N];
    for (int i = 0; i < N; i++) {
        sys[i] = malloc(i % 7 == 0 ? (size_t)i * 100 : (size_t)(1 + i % 512));
        cr_assert_not(mi_alloc_is_pooled(a, sys[i]));
    }
    void *big = malloc(4 * MI_ARENA_SIZE);         /* mmap'ed by the C library */
    cr_assert_not(mi_alloc_is_pooled(a, big));
    cr_assert_not(mi_alloc_is_pooled(a, (char *)big + 2 * MI_ARENA_SIZE));
    free(big);
    for (int i = 0; i < N; i++)
        free(sys[i]);
    free_where(a, mine, 2 * blocks_per_arena(), any_block, 0);
    free(mine);
    mi_alloc_destroy(a);
}

Test(alloc_arenas, destroy_frees_live_blocks_and_arenas)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    void **p = alloc_many(a, 2 * blocks_per_arena(), BLOCK);
    uintptr_t first = arena_base(p[0]), last = arena_base(p[2 * blocks_per_arena() - 1]);
    for (int i = 0; i < 100; i++)
        cr_assert_not_null(mi_mem_alloc(a, 1000 + (size_t)i * 100));   /* large, leaked */
    cr_assert_eq(stats_of(a).large_blocks, 100);
    mi_alloc_destroy(a);          /* ASan's leak checker fails the test if blocks leak */
    cr_assert_not(is_mapped(first));
    cr_assert_not(is_mapped(last));
    free(p);
}
