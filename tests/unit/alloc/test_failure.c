/* tests/unit/alloc/test_failure.c: failure paths.  Debug builds can make the
 * Nth allocation fail (mi_alloc_fail_after) and the Nth request to the OS
 * fail (mi_alloc_fail_os_after); a task is run with N = 0, 1, 2, ... until it
 * succeeds, and every failed run must leave the allocator consistent with
 * nothing leaked. */
#include <stdint.h>
#include <stdlib.h>

#include "helpers.h"

#ifdef MI_FAILALLOC

Test(alloc_failure, the_nth_request_fails_and_every_later_one)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    mi_alloc_fail_after(a, 2);
    void *p0 = mi_mem_alloc(a, 10), *p1 = mi_mem_calloc(a, 2, 600);
    cr_assert_not_null(p0);
    cr_assert_not_null(p1);
    cr_assert_null(mi_mem_alloc(a, 10));
    cr_assert_null(mi_mem_alloc(a, 1000));
    cr_assert_null(mi_mem_calloc(a, 1, 1));
    cr_assert_null(mi_mem_realloc(a, NULL, 5));
    cr_assert_null(mi_mem_realloc(a, p0, 5), "in-place realloc fails too");
    cr_assert_eq(live_blocks(a), 2);
    mi_alloc_fail_after(a, -1);
    void *p2 = mi_mem_alloc(a, 10);
    cr_assert_not_null(p2);
    mi_alloc_fail_after(a, 0);
    cr_assert_null(mi_mem_alloc(a, 10));
    mi_alloc_fail_after(a, -5);
    mi_mem_free(a, p0);
    mi_mem_free(a, p1);
    mi_mem_free(a, p2);
    assert_consistent(a);
    cr_assert_eq(live_blocks(a), 0);
    mi_alloc_destroy(a);
}

/* A task shaped like building an interpreter structure: a linked list of
 * nodes of several sizes, each owning a growing buffer (grown by realloc,
 * from pool blocks to large blocks).  On any failure it frees what it built
 * and returns -1. */
typedef struct Node {
    struct Node *next;
    unsigned char *buf;
    size_t len;
} Node;

static int
build_task(MiAllocator *a, Node **out)
{
    Node *head = NULL;
    for (int i = 0; i < 40; i++) {
        Node *n = mi_mem_calloc(a, 1, sizeof *n + (size_t)i * 8);
        if (n == NULL)
            goto fail;
        n->next = head;
        head = n;
        for (size_t len = 8; len <= (size_t)(i % 5 == 0 ? 3000 : 200); len = len * 3 / 2) {
            unsigned char *grown = mi_mem_realloc(a, n->buf, len);
            if (grown == NULL)
                goto fail;
            memset(grown + n->len, i, len - n->len);
            n->buf = grown;
            n->len = len;
        }
    }
    *out = head;
    return 0;
fail:
    while (head != NULL) {
        Node *next = head->next;
        mi_mem_free(a, head->buf);
        mi_mem_free(a, head);
        head = next;
    }
    return -1;
}

static void
free_task(MiAllocator *a, Node *head)
{
    for (int i = 39; head != NULL; i--) {
        Node *next = head->next;
        for (size_t j = 0; j < head->len; j++)
            cr_assert_eq(head->buf[j], i);
        mi_mem_free(a, head->buf);
        mi_mem_free(a, head);
        head = next;
    }
}

static void
fail_each_step_until_success(int system_malloc, int os_level)
{
    long n;
    for (n = 0;; n++) {
        MiAllocator *a = mi_alloc_create_mode(system_malloc);
        if (os_level)
            mi_alloc_fail_os_after(a, n);
        else
            mi_alloc_fail_after(a, n);
        Node *built = NULL;
        int rc = build_task(a, &built);
        assert_consistent(a);
        if (rc == 0) {
            free_task(a, built);
            cr_assert_eq(live_blocks(a), 0);
            mi_alloc_destroy(a);
            break;
        }
        cr_assert_eq(live_blocks(a), 0, "N = %ld: blocks leaked after a failure", n);
        MiAllocStats s = stats_of(a);
        cr_assert_leq(s.arenas_held, 1, "N = %ld", n);
        cr_assert_eq(s.large_blocks, 0, "N = %ld", n);
        mi_alloc_destroy(a);
        cr_assert_lt(n, 100000, "the task never succeeds");
    }
    cr_assert_gt(n, system_malloc || os_level ? 2 : 100, "too few failure points: %ld", n);
}

Test(alloc_failure, a_task_fails_cleanly_at_every_allocation)
{
    fail_each_step_until_success(0, 0);
}

Test(alloc_failure, a_task_fails_cleanly_at_every_os_request)
{
    fail_each_step_until_success(0, 1);
}

Test(alloc_failure, a_task_fails_cleanly_at_every_allocation_with_system_malloc)
{
    fail_each_step_until_success(1, 0);
}

Test(alloc_failure, a_task_fails_cleanly_at_every_os_request_with_system_malloc)
{
    fail_each_step_until_success(1, 1);
}

Test(alloc_failure, failed_realloc_leaves_the_block_intact)
{
    /* from -> to: in place, to a bigger class, pool to large, large to large */
    size_t cases[][2] = { { 20, 30 }, { 20, 300 }, { 300, 5000 }, { 5000, 500000 },
                          { 5000, 100 }, { 500, 8 } };
    for (int mode = 0; mode < 2; mode++) {
        for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
            MiAllocator *a = mi_alloc_create_mode(mode);
            size_t from = cases[c][0], to = cases[c][1];
            void *p = mi_mem_alloc(a, from);
            fill_pattern(p, from, c);
            MiAllocStats before = stats_of(a);
            mi_alloc_fail_after(a, 0);
            cr_assert_null(mi_mem_realloc(a, p, to), "%zu -> %zu", from, to);
            mi_alloc_fail_after(a, -1);
            mi_alloc_fail_os_after(a, 0);
            void *q = mi_mem_realloc(a, p, to);
            if (q == NULL) {
                MiAllocStats after = stats_of(a);
                cr_assert_eq(after.small_blocks + after.large_blocks,
                             before.small_blocks + before.large_blocks);
                cr_assert_eq(after.large_bytes, before.large_bytes);
            } else {
                cr_assert_eq(mode, 0, "the system realloc cannot succeed without the OS");
                p = q;       /* served from a pool that had room: no OS request */
            }
            mi_alloc_fail_os_after(a, -1);
            assert_pattern(p, from < to ? from : to, c);
            assert_consistent(a);
            void *r = mi_mem_realloc(a, p, to);
            cr_assert_not_null(r);
            assert_pattern(r, from < to ? from : to, c);
            mi_mem_free(a, r);
            cr_assert_eq(live_blocks(a), 0);
            mi_alloc_destroy(a);
        }
    }
}

Test(alloc_failure, os_failures_while_opening_an_arena_leave_nothing_behind)
{
    /* A first arena needs a descriptor, a mapping and a radix leaf. */
    for (long n = 0; n < 3; n++) {
        MiAllocator *a = mi_alloc_create_mode(0);
        mi_alloc_fail_os_after(a, n);
        cr_assert_null(mi_mem_alloc(a, 64), "OS request %ld should fail", n);
        MiAllocStats s = stats_of(a);
        cr_assert_eq(s.arenas_held, 0);
        cr_assert_eq(s.arenas_allocated, 0);
        cr_assert_eq(s.allocs, 0);
        assert_consistent(a);
        mi_alloc_fail_os_after(a, -1);
        void *p = mi_mem_alloc(a, 64);
        cr_assert_not_null(p);
        mi_mem_free(a, p);
        mi_alloc_destroy(a);
    }
}

Test(alloc_failure, blocks_survive_a_failed_new_arena)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    size_t n = blocks_per_pool(64) * MI_POOLS_PER_ARENA;
    void **p = malloc(n * sizeof *p);
    for (size_t i = 0; i < n; i++) {
        p[i] = mi_mem_alloc(a, 64);
        fill_pattern(p[i], 64, i);
    }
    mi_alloc_fail_os_after(a, 0);
    cr_assert_null(mi_mem_alloc(a, 64), "the arena is full: a new one is needed");
    cr_assert_null(mi_mem_alloc(a, 16));
    cr_assert_null(mi_mem_alloc(a, 4000));
    mi_alloc_fail_os_after(a, -1);
    assert_consistent(a);
    for (size_t i = 0; i < n; i++) {
        assert_pattern(p[i], 64, i);
        mi_mem_free(a, p[i]);
    }
    free(p);
    mi_alloc_destroy(a);
}

#else

Test(alloc_failure, release_builds_still_refuse_impossible_requests)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    cr_assert_null(mi_mem_alloc(a, SIZE_MAX));
    cr_assert_null(mi_mem_calloc(a, SIZE_MAX, 2));
    void *p = mi_mem_alloc(a, 100);
    fill_pattern(p, 100, 1);
    cr_assert_null(mi_mem_realloc(a, p, SIZE_MAX - 8));
    assert_pattern(p, 100, 1);
    mi_mem_free(a, p);
    assert_consistent(a);
    mi_alloc_destroy(a);
}

#endif
