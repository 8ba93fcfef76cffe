/* tests/unit/alloc/helpers.h: what the allocator tests share: a seeded
 * random generator, byte patterns that tell blocks apart, and assertions on
 * the allocator's invariants and block counts. */
#ifndef MINI_TESTS_ALLOC_HELPERS_H
#define MINI_TESTS_ALLOC_HELPERS_H

#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "alloc/alloc.h"

/* xorshift64*: deterministic for a given seed (never 0). */
static inline uint64_t
rng_next(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* A number in [0, n). */
static inline size_t
rng_below(uint64_t *state, size_t n)
{
    return (size_t)(rng_next(state) % n);
}

/* Byte i of the pattern `tag` writes: differs between tags and positions. */
static inline unsigned char
pattern_byte(uint64_t tag, size_t i)
{
    uint64_t x = (tag + 1) * 0x9E3779B97F4A7C15ULL + i * 0xBF58476D1CE4E5B9ULL;
    return (unsigned char)(x >> 56 ^ x >> 23);
}

static inline void
fill_pattern(void *p, size_t n, uint64_t tag)
{
    unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        b[i] = pattern_byte(tag, i);
}

/* Index of the first byte of p[0, n) that differs from pattern `tag`, or n. */
static inline size_t
pattern_mismatch(const void *p, size_t n, uint64_t tag)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        if (b[i] != pattern_byte(tag, i))
            return i;
    }
    return n;
}

#define assert_pattern(p, n, tag) do { \
        size_t at_ = pattern_mismatch((p), (n), (tag)); \
        cr_assert_eq(at_, (size_t)(n), "block %p (%zu bytes, tag %llu) differs at byte %zu", \
                     (void *)(p), (size_t)(n), (unsigned long long)(tag), at_); \
    } while (0)

#define assert_consistent(a) do { \
        const char *why_ = mi_alloc_check(a); \
        cr_assert_null(why_, "allocator invariant broken: %s", why_ ? why_ : ""); \
    } while (0)

#define assert_aligned(p) \
    cr_assert_eq((uintptr_t)(p) % MI_ALIGNMENT, 0, "%p is not aligned to %d", \
                 (void *)(p), MI_ALIGNMENT)

static inline MiAllocStats
stats_of(MiAllocator *a)
{
    MiAllocStats s;
    mi_alloc_get_stats(a, &s);
    return s;
}

/* Blocks handed out and not freed, by the counters. */
static inline uint64_t
live_blocks(MiAllocator *a)
{
    MiAllocStats s = stats_of(a);
    return s.allocs - s.frees;
}

/* Blocks of a size class that one pool holds: 16 KiB of blocks (the pool
 * headers live outside the pools). */
static inline size_t
blocks_per_pool(size_t size)
{
    size_t block = (size + MI_ALIGNMENT - 1) / MI_ALIGNMENT * MI_ALIGNMENT;
    return MI_POOL_SIZE / block;
}

#endif /* MINI_TESTS_ALLOC_HELPERS_H */
