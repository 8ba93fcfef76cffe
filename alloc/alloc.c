/* alloc/alloc.c: the small-object allocator, after CPython 3.10's obmalloc.
 *
 * Memory comes from the OS in arenas of MI_ARENA_SIZE bytes, mapped with mmap
 * at addresses aligned to that size.  An arena is cut into MI_POOLS_PER_ARENA
 * pools of MI_POOL_SIZE bytes; a pool serves one size class: a request of n
 * bytes (1 <= n <= MI_SMALL_MAX) belongs to class (n - 1) / 16 and gets a
 * block of 16 * (class + 1) bytes.  Bigger requests go to malloc() with a
 * small MiLarge header in front.
 *
 * Allocating a block of class c:
 *   1. usable[c] heads the list of c's pools that have room; pop the first
 *      block of the head pool's free list (constant time, one branch);
 *   2. if that list is empty, carve the next never-used block off the pool's
 *      tail; when there is none the pool is full and leaves usable[c];
 *   3. when usable[c] is empty, take an empty pool from the first arena of
 *      usable_arenas (mapping a new arena if there is none) and set it up.
 * Freeing block p:
 *   1. the radix tree maps p's arena base (p rounded down to MI_ARENA_SIZE)
 *      to its MiArena when the arena is ours: then p is a pool block, and its
 *      pool header is at p rounded down to MI_POOL_SIZE.  Otherwise p is a
 *      large block.  This works for any pointer, from malloc too;
 *   2. push p on the pool's free list; a pool that was full goes back to the
 *      front of usable[c]; a pool left with no block in use goes back to its
 *      arena's free pools;
 *   3. an arena whose pools have all become free is unmapped, unless fewer
 *      than `reserve` entirely free arenas are kept already: then it stays
 *      mapped for reuse.  CPython 3.10 keeps one (bpo-37257: allocating and
 *      freeing one block at an arena boundary must not map and unmap a
 *      megabyte each time); mini keeps MI_ARENA_RESERVE by default, because
 *      refaulting a freed megabyte costs 256 page faults, and a fault costs
 *      0.1 us on bare metal but 17 us on the project's virtual machines.
 * usable_arenas is kept sorted by number of free pools, fewest first, so new
 * pools come from the fullest arena and the emptiest ones get a chance to
 * empty completely.  lasta[k] is the last arena with k free pools, so an
 * arena that gains a pool moves to its new place in constant time.
 *
 * Invariants (mi_alloc_check() verifies them all):
 *   - usable[c] lists pools of class c with a free or never-used block, and
 *     perhaps, as its head only, a pool that filled up since it was served;
 *     a pool in use and not listed is full;
 *   - count == 0 iff the pool is free (in its arena's freepools or never
 *     carved); free blocks + never-used blocks + count == pool capacity;
 *   - an arena is in usable_arenas iff it has a free pool; the list is sorted
 *     by nfreepools ascending; nfreepools == length of freepools + uncarved;
 *   - nempty arenas have every pool free, nempty <= reserve; they are the
 *     last of usable_arenas.
 *
 * In AddressSanitizer builds every byte of a pool outside live blocks (and
 * past the requested size inside them) is poisoned, so the pool allocator
 * reports use after free and small overflows as malloc would.
 *
 * Start reading at mi_mem_alloc() and mi_mem_free(). */
#include "alloc/alloc.h"

#include <assert.h>
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define MI_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MI_ASAN 1
#endif
#endif

#ifdef MI_ASAN
#include <sanitizer/asan_interface.h>
#define MI_POISON(p, n)    ASAN_POISON_MEMORY_REGION((p), (n))
#define MI_UNPOISON(p, n)  ASAN_UNPOISON_MEMORY_REGION((p), (n))
/* Reading a poisoned byte makes ASan report a double or invalid free. */
#define MI_CHECK_LIVE(p)   ((void)*(volatile char *)(p))
#else
#define MI_POISON(p, n)    ((void)(p), (void)(n))
#define MI_UNPOISON(p, n)  ((void)(p), (void)(n))
#define MI_CHECK_LIVE(p)   ((void)(p))
#endif

#ifndef MI_LIKELY
#define MI_LIKELY(x)    __builtin_expect(!!(x), 1)
#define MI_UNLIKELY(x)  __builtin_expect(!!(x), 0)
#endif

#define MI_ALIGN_SHIFT  4                  /* log2(MI_ALIGNMENT) */
#define MI_ARENA_BITS   20                 /* log2(MI_ARENA_SIZE) */

/* The radix tree covers user addresses of up to 48 bits (x86-64 and arm64
 * Linux); an arena mapped higher is given back and counts as a failure, and
 * any pointer above is simply not ours.  Key = address >> MI_ARENA_BITS:
 * the root, inside MiAllocator, indexes leaves of MI_LEAF_LEN arena slots,
 * each leaf covering 16 GiB of address space. */
#define MI_ADDRESS_BITS 48
#define MI_KEY_BITS     (MI_ADDRESS_BITS - MI_ARENA_BITS)
#define MI_LEAF_BITS    14
#define MI_ROOT_LEN     ((uintptr_t)1 << (MI_KEY_BITS - MI_LEAF_BITS))
#define MI_LEAF_LEN     ((uintptr_t)1 << MI_LEAF_BITS)

/* Largest request: the MiLarge header must still fit before PTRDIFF_MAX. */
#define MI_LARGE_MAX    ((size_t)PTRDIFF_MAX - sizeof(MiLarge))

/* Tags large blocks with their owner, to catch frees into the wrong
 * allocator in debug builds. */
#define MI_LARGE_MAGIC  ((uintptr_t)0x6d696e69616c6c63u)

#define MI_TRACE_HEADER "# mini alloc trace 1\n"

typedef struct MiBlock MiBlock;
typedef struct MiPool MiPool;
typedef struct MiArena MiArena;
typedef struct MiLarge MiLarge;

/* A free block: its first word links the pool's free list. */
struct MiBlock {
    MiBlock *next;
};

/* The header of a pool, kept in its arena's descriptor: one cache line
 * each, side by side.  (Headers at the start of each pool, as in CPython,
 * all sit at addresses 16 KiB apart, which share a few cache sets and evict
 * one another; side by side they stay cached, and the pools hold blocks
 * only.) */
struct MiPool {
    MiBlock  *freeblock;      /* blocks given back, LIFO; NULL: none */
    MiPool   *next;           /* usable[szidx] list, or arena->freepools */
    MiPool   *prev;           /* usable[szidx] list */
    char     *base;           /* the pool's MI_POOL_SIZE bytes, all blocks */
    uint32_t  count;          /* blocks handed out; 0 iff the pool is free */
    uint32_t  size;           /* block size, 16 * (szidx + 1) */
    uint32_t  szidx;          /* size class */
    uint32_t  nextoffset;     /* offset of the first never-used block */
    uint32_t  maxnextoffset;  /* last offset where a whole block fits */
    uint32_t  low;            /* see "pools": 0 iff listed in usable[] */
} __attribute__((aligned(64)));

/* One mapped arena.  The descriptor, with the pool headers, lives in
 * malloc'ed memory, so all of the arena's bytes serve blocks. */
struct MiArena {
    MiPool    pools[MI_POOLS_PER_ARENA];   /* pools[i] describes base + i * 16 KiB */
    char     *base;           /* aligned to MI_ARENA_SIZE */
    MiPool   *freepools;      /* pools used before and free now, by ->next */
    uint32_t  nfreepools;     /* length of freepools + pools never carved */
    uint32_t  ncarved;        /* pools [0, ncarved) have been handed out */
    MiArena  *prev, *next;    /* usable_arenas, while nfreepools > 0 */
    MiArena  *all_prev, *all_next;  /* every held arena */
};

/* Header of a large block; the caller's bytes follow. */
struct MiLarge {
    MiLarge   *prev, *next;   /* ring of live large blocks, for destroy */
    size_t     size;          /* requested size */
    uintptr_t  tag;           /* MI_LARGE_MAGIC ^ owner */
};

struct MiAllocator {
    /* Hot fields first: the fast paths touch these and one pool. */
    int        slow;          /* system malloc, tracing or fault injection */
    uint64_t   nallocs, nfrees, nreallocs;
    MiPool    *usable[MI_NUM_CLASSES];   /* see "pools" below */
    MiPool     no_pool;                  /* sentinel: no free block */

    MiArena   *usable_arenas;     /* sorted by nfreepools, fewest first */
    MiArena   *lasta[MI_POOLS_PER_ARENA + 1];  /* last usable arena with k free */
    MiArena   *arenas;            /* every held arena, by all_next */
    MiLarge    large;             /* sentinel of the large-block ring */
    size_t     nlarge, large_bytes;
    size_t     arenas_allocated, arenas_reclaimed, arenas_held, arenas_highwater;
    size_t     nempty;            /* arenas with every pool free */
    size_t     reserve;           /* most such arenas kept mapped */
    size_t     nleaves;
    bool       use_system;
    FILE      *trace;
#ifdef MI_FAILALLOC
    long       fail_countdown;    /* requests until failure; < 0: off */
    long       os_fail_countdown;
#endif
    MiArena  **root[MI_ROOT_LEN]; /* radix tree root */
};

_Static_assert(MI_POOL_SIZE / MI_SMALL_MAX >= 2,
               "a full pool must hold two blocks of the largest class");
_Static_assert(sizeof(MiPool) == 64, "a pool header is one cache line");
_Static_assert(sizeof(MiLarge) % MI_ALIGNMENT == 0, "large blocks must stay aligned");
_Static_assert(_Alignof(max_align_t) >= MI_ALIGNMENT, "malloc must align to 16");
_Static_assert(MI_ARENA_SIZE == (size_t)1 << MI_ARENA_BITS, "arena geometry");
_Static_assert(MI_POOLS_PER_ARENA > 1, "arena geometry");

#define MI_POOL_BITS  14                   /* log2(MI_POOL_SIZE) */
_Static_assert(MI_POOL_SIZE == (size_t)1 << MI_POOL_BITS, "pool geometry");

/* The header of the pool holding address p of `arena`. */
static inline MiPool *
pool_of(MiArena *arena, const void *p)
{
    return &arena->pools[((uintptr_t)p >> MI_POOL_BITS) & (MI_POOLS_PER_ARENA - 1)];
}

/* Blocks a pool of block size `size` holds. */
static inline uint32_t
pool_capacity(uint32_t size)
{
    return (uint32_t)(MI_POOL_SIZE / size);
}

/* ---- requests to the OS and the C library --------------------------------
 * Every one of them goes through these helpers, so that tests can make them
 * fail (mi_alloc_fail_os_after). */

static bool
os_fails(MiAllocator *a)
{
#ifdef MI_FAILALLOC
    if (a->os_fail_countdown >= 0) {
        if (a->os_fail_countdown == 0)
            return true;
        a->os_fail_countdown--;
    }
#else
    (void)a;
#endif
    return false;
}

static void *
os_malloc(MiAllocator *a, size_t size, bool zero)
{
    if (os_fails(a))
        return NULL;
    return zero ? calloc(1, size) : malloc(size);
}

/* Zeroed memory aligned to `align` (a power of two dividing `size`). */
static void *
os_aligned_zalloc(MiAllocator *a, size_t align, size_t size)
{
    if (os_fails(a))
        return NULL;
    void *p = aligned_alloc(align, size);
    if (p != NULL)
        memset(p, 0, size);
    return p;
}

static void *
os_realloc(MiAllocator *a, void *p, size_t size)
{
    if (os_fails(a))
        return NULL;
    return realloc(p, size);
}

/* Bytes the C library reserved for `p` (0 when it cannot tell). */
static size_t
os_usable_size(void *p)
{
#if defined(__GLIBC__)
    return malloc_usable_size(p);
#else
    (void)p;
    return 0;
#endif
}

/* MI_ARENA_SIZE bytes aligned to their size, below 2^MI_ADDRESS_BITS, or NULL.
 * The kernel usually hands out neighbouring mappings, so a first mapping of
 * the exact size is often aligned already; else map twice the size and trim
 * both ends. */
static char *
map_arena(MiAllocator *a)
{
    if (os_fails(a))
        return NULL;
    const int prot = PROT_READ | PROT_WRITE, flags = MAP_PRIVATE | MAP_ANONYMOUS;
    char *p = mmap(NULL, MI_ARENA_SIZE, prot, flags, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    if (((uintptr_t)p & (MI_ARENA_SIZE - 1)) != 0) {
        munmap(p, MI_ARENA_SIZE);
        p = mmap(NULL, 2 * MI_ARENA_SIZE, prot, flags, -1, 0);
        if (p == MAP_FAILED)
            return NULL;
        uintptr_t start = ((uintptr_t)p + MI_ARENA_SIZE - 1) & ~(uintptr_t)(MI_ARENA_SIZE - 1);
        size_t head = start - (uintptr_t)p;
        if (head > 0)
            munmap(p, head);
        if (head < MI_ARENA_SIZE)
            munmap((char *)start + MI_ARENA_SIZE, MI_ARENA_SIZE - head);
        p = (char *)start;
    }
    if ((uintptr_t)p >> MI_ADDRESS_BITS != 0) {
        munmap(p, MI_ARENA_SIZE);
        return NULL;
    }
    return p;
}

/* ---- the radix tree: arena base -> MiArena ------------------------------- */

/* The arena of `a` that holds address p, or NULL.  Two dependent loads. */
static inline MiArena *
arena_of(const MiAllocator *a, const void *p)
{
    uintptr_t key = (uintptr_t)p >> MI_ARENA_BITS;
    uintptr_t hi = key >> MI_LEAF_BITS;
    if (MI_UNLIKELY(hi >= MI_ROOT_LEN))
        return NULL;
    MiArena **leaf = a->root[hi];
    if (MI_UNLIKELY(leaf == NULL))
        return NULL;
    return leaf[key & (MI_LEAF_LEN - 1)];
}

/* Maps the arena at `base` to `arena` (NULL unmaps it).  Returns 0, or -1
 * when a leaf was needed and could not be had (nothing changed then). */
static int
radix_set(MiAllocator *a, const char *base, MiArena *arena)
{
    uintptr_t key = (uintptr_t)base >> MI_ARENA_BITS;
    uintptr_t hi = key >> MI_LEAF_BITS;
    assert(hi < MI_ROOT_LEN);
    if (a->root[hi] == NULL) {
        if (arena == NULL)
            return 0;
        a->root[hi] = os_malloc(a, MI_LEAF_LEN * sizeof(MiArena *), true);
        if (a->root[hi] == NULL)
            return -1;
        a->nleaves++;
    }
    a->root[hi][key & (MI_LEAF_LEN - 1)] = arena;
    return 0;
}

/* ---- arenas ---------------------------------------------------------------- */

/* Maps a new arena and makes it the only usable arena.
 * Precondition: usable_arenas is empty.  NULL when the OS says no. */
static MiArena *
new_arena(MiAllocator *a)
{
    assert(a->usable_arenas == NULL);
    MiArena *arena = os_aligned_zalloc(a, _Alignof(MiArena), sizeof *arena);
    if (arena == NULL)
        return NULL;
    arena->base = map_arena(a);
    if (arena->base == NULL)
        goto fail;
    if (radix_set(a, arena->base, arena) < 0)
        goto fail_unmap;
    arena->nfreepools = MI_POOLS_PER_ARENA;
    arena->all_next = a->arenas;
    if (a->arenas != NULL)
        a->arenas->all_prev = arena;
    a->arenas = arena;
    a->usable_arenas = arena;
    a->lasta[MI_POOLS_PER_ARENA] = arena;
    a->nempty++;
    a->arenas_allocated++;
    if (++a->arenas_held > a->arenas_highwater)
        a->arenas_highwater = a->arenas_held;
    return arena;
fail_unmap:
    munmap(arena->base, MI_ARENA_SIZE);
fail:
    free(arena);
    return NULL;
}

/* Unmaps `arena`, which is in no usable list and has every pool free. */
static void
release_arena(MiAllocator *a, MiArena *arena)
{
    radix_set(a, arena->base, NULL);
    if (arena->all_prev != NULL)
        arena->all_prev->all_next = arena->all_next;
    else
        a->arenas = arena->all_next;
    if (arena->all_next != NULL)
        arena->all_next->all_prev = arena->all_prev;
    MI_UNPOISON(arena->base, MI_ARENA_SIZE);
    munmap(arena->base, MI_ARENA_SIZE);
    free(arena);
    a->arenas_held--;
    a->arenas_reclaimed++;
}

static void
unlink_arena(MiAllocator *a, MiArena *arena)
{
    if (arena->prev != NULL)
        arena->prev->next = arena->next;
    else
        a->usable_arenas = arena->next;
    if (arena->next != NULL)
        arena->next->prev = arena->prev;
}

/* `arena`, the head of usable_arenas, just handed out a pool: one free pool
 * less.  Being first, it stays first; with no free pool left it leaves. */
static void
arena_lost_pool(MiAllocator *a, MiArena *arena)
{
    uint32_t nf = arena->nfreepools--;
    assert(arena == a->usable_arenas && nf > 0);
    if (a->lasta[nf] == arena)
        a->lasta[nf] = NULL;
    if (nf == MI_POOLS_PER_ARENA)
        a->nempty--;
    if (nf == 1) {
        unlink_arena(a, arena);
        arena->prev = arena->next = NULL;
    } else {
        assert(a->lasta[nf - 1] == NULL);   /* nobody had fewer free pools */
        a->lasta[nf - 1] = arena;
    }
}

/* A pool of `arena` just became free: one free pool more.  Moves the arena
 * to its place in usable_arenas, or unmaps it when all its pools are free
 * and `reserve` entirely free arenas are kept already. */
static void
arena_gained_pool(MiAllocator *a, MiArena *arena)
{
    uint32_t nf = ++arena->nfreepools;
    if (nf == 1) {
        /* It was full, so in no list; 1 is the fewest, so it goes first. */
        arena->prev = NULL;
        arena->next = a->usable_arenas;
        if (arena->next != NULL)
            arena->next->prev = arena;
        a->usable_arenas = arena;
        if (a->lasta[1] == NULL)
            a->lasta[1] = arena;
        return;
    }
    MiArena *lastold = a->lasta[nf - 1];    /* last of the group it leaves */
    assert(lastold != NULL);
    if (lastold == arena) {
        MiArena *prev = arena->prev;
        a->lasta[nf - 1] = prev != NULL && prev->nfreepools == nf - 1 ? prev : NULL;
    }
    if (nf == MI_POOLS_PER_ARENA) {
        if (a->nempty >= a->reserve) {
            unlink_arena(a, arena);
            release_arena(a, arena);
            return;
        }
        a->nempty++;
    }
    if (a->lasta[nf] == NULL)
        a->lasta[nf] = arena;
    if (lastold != arena) {
        /* Move it right after the last arena with nf - 1 free pools: the
         * front of the group with nf. */
        unlink_arena(a, arena);
        arena->prev = lastold;
        arena->next = lastold->next;
        if (lastold->next != NULL)
            lastold->next->prev = arena;
        lastold->next = arena;
    }
}

/* Unmaps entirely free arenas, the last of usable_arenas, until `keep` are
 * left.  Returns how many went. */
static size_t
release_empty_arenas(MiAllocator *a, size_t keep)
{
    size_t released = 0;
    while (a->nempty > keep) {
        MiArena *arena = a->lasta[MI_POOLS_PER_ARENA], *prev = arena->prev;
        assert(arena->next == NULL && arena->nfreepools == MI_POOLS_PER_ARENA);
        a->lasta[MI_POOLS_PER_ARENA] =
            prev != NULL && prev->nfreepools == MI_POOLS_PER_ARENA ? prev : NULL;
        unlink_arena(a, arena);
        release_arena(a, arena);
        a->nempty--;
        released++;
    }
    return released;
}

/* ---- pools ------------------------------------------------------------------
 * usable[c] heads a doubly-linked, NULL-terminated list of c's pools, or is
 * the sentinel &a->no_pool (no free block) when c has none.  Every listed
 * pool has a free or never-used block, except perhaps the head, which may
 * have filled up since: the allocation that finds it full takes it out, and
 * a block freed into it before that costs no list work.
 *
 * A full pool that gets blocks back returns to the front of usable[c] only
 * once a sixteenth of it is free (CPython relinks it at the first block).
 * A freed block tends to be allocated again at once, so relinking at the
 * first block makes the pool full again at the next allocation: with the
 * interpreter-like mix of alloc_bench, a third of the pool allocator's time
 * went into taking pools out of the list and putting them back.  The blocks
 * waiting in unlisted pools are at most that sixteenth of each.
 *
 * `low` makes that one compare on the free path: a listed pool has low 0
 * (count reaching 0 means empty); an unlisted one has low = capacity - the
 * blocks it waits for. */

/* Whether `pool` has neither a free nor a never-used block. */
static inline bool
pool_is_full(const MiPool *pool)
{
    return pool->freeblock == NULL && pool->nextoffset > pool->maxnextoffset;
}

/* `low` of an unlisted pool of block size `size`. */
static inline uint32_t
unlisted_low(uint32_t size)
{
    uint32_t cap = pool_capacity(size);
    return cap - cap / 16;
}

/* Removes `pool` from usable[pool->szidx], wherever it is in the list. */
static void
unlink_pool(MiAllocator *a, MiPool *pool)
{
    if (pool->prev != NULL)
        pool->prev->next = pool->next;
    else
        a->usable[pool->szidx] = pool->next != NULL ? pool->next : &a->no_pool;
    if (pool->next != NULL)
        pool->next->prev = pool->prev;
}

/* Takes the full head `pool` out of usable[]. */
static void
unlist_full_pool(MiAllocator *a, MiPool *pool)
{
    unlink_pool(a, pool);
    pool->low = unlisted_low(pool->size);
}

/* Puts `pool` at the front of usable[pool->szidx]; a full head leaves. */
static void
link_pool(MiAllocator *a, MiPool *pool)
{
    MiPool *head = a->usable[pool->szidx];
    if (head != &a->no_pool && pool_is_full(head)) {
        unlist_full_pool(a, head);
        head = a->usable[pool->szidx];
    }
    pool->prev = NULL;
    pool->next = head != &a->no_pool ? head : NULL;
    if (pool->next != NULL)
        pool->next->prev = pool;
    a->usable[pool->szidx] = pool;
    pool->low = 0;
}

/* Hands out free block `b`, the first of `pool`'s free list, for a request
 * of `size` bytes (at most the block size). */
static inline void *
take_free_block(MiPool *pool, MiBlock *b, size_t size)
{
    MI_UNPOISON(b, pool->size);
    pool->freeblock = b->next;
    pool->count++;
    MI_POISON((char *)b + size, pool->size - size);
    return b;
}

/* Hands out the first never-used block of `pool`, which has one. */
static void *
carve_block(MiPool *pool, size_t size)
{
    char *b = pool->base + pool->nextoffset;
    pool->nextoffset += pool->size;
    pool->count++;
    MI_UNPOISON(b, size);           /* the rest of a new pool stays poisoned */
    return b;
}

/* A block was just freed into `pool` of `arena` and count fell to `low`:
 * a listed pool is empty and goes back to its arena (its free list stays
 * valid, for reuse by the same class); an unlisted one goes back into
 * usable[], at the front (its blocks are the warmest). */
static void
pool_low(MiAllocator *a, MiArena *arena, MiPool *pool)
{
    if (pool->low != 0) {
        link_pool(a, pool);
        return;
    }
    assert(pool->count == 0);
    unlink_pool(a, pool);
    pool->next = arena->freepools;
    arena->freepools = pool;
    arena_gained_pool(a, arena);
}

/* Gives pool block `p` of `arena` back to its pool. */
static inline void
pool_push(MiAllocator *a, MiArena *arena, void *p)
{
    MiPool *pool = pool_of(arena, p);
    MiBlock *b = p;
    assert(pool->count > 0 && pool->szidx < MI_NUM_CLASSES);
    assert(((uintptr_t)p - (uintptr_t)pool->base) % pool->size == 0);
    MI_CHECK_LIVE(b);
    MI_UNPOISON(b, sizeof *b);
    b->next = pool->freeblock;
    MI_POISON(b, pool->size);
    pool->freeblock = b;
    if (MI_UNLIKELY(--pool->count <= pool->low))
        pool_low(a, arena, pool);
}

/* A block of class `idx` from a pool not in usable[idx] yet, for a request
 * of `size` bytes.  NULL when a new arena was needed and not had. */
static void *
alloc_new_pool(MiAllocator *a, uint32_t idx, size_t size)
{
    MiArena *arena = a->usable_arenas;
    if (arena == NULL && (arena = new_arena(a)) == NULL)
        return NULL;
    MiPool *pool = arena->freepools;
    if (pool != NULL) {
        arena->freepools = pool->next;
    } else {
        pool = &arena->pools[arena->ncarved];
        pool->base = arena->base + (size_t)arena->ncarved++ * MI_POOL_SIZE;
        pool->szidx = MI_NUM_CLASSES;       /* never served: set it up below */
    }
    arena_lost_pool(a, arena);
    if (pool->szidx != idx) {
        /* Otherwise the pool served this class before, and its free list and
         * tail are still right. */
        uint32_t bsize = (idx + 1) << MI_ALIGN_SHIFT;
        MI_POISON(pool->base, MI_POOL_SIZE);
        pool->freeblock = NULL;
        pool->size = bsize;
        pool->szidx = idx;
        pool->nextoffset = 0;
        pool->maxnextoffset = (uint32_t)(MI_POOL_SIZE - bsize);
    }
    pool->count = 0;
    link_pool(a, pool);
    if (pool->freeblock != NULL)
        return take_free_block(pool, pool->freeblock, size);
    return carve_block(pool, size);
}

/* A pool block for 1 <= size <= MI_SMALL_MAX, or NULL: the general path
 * behind mi_mem_alloc's fast path.  Loops at most twice: the pool after a
 * full head has a block. */
static void *
small_alloc(MiAllocator *a, size_t size)
{
    uint32_t idx = (uint32_t)((size - 1) >> MI_ALIGN_SHIFT);
    for (;;) {
        MiPool *pool = a->usable[idx];
        if (pool == &a->no_pool)
            return alloc_new_pool(a, idx, size);
        if (pool->freeblock != NULL)
            return take_free_block(pool, pool->freeblock, size);
        if (pool->nextoffset <= pool->maxnextoffset)
            return carve_block(pool, size);
        unlist_full_pool(a, pool);
    }
}

/* ---- large blocks ------------------------------------------------------------ */

static void *
large_alloc(MiAllocator *a, size_t size, bool zero)
{
    if (size > MI_LARGE_MAX)
        return NULL;
    MiLarge *h = os_malloc(a, sizeof *h + size, zero);
    if (h == NULL)
        return NULL;
    h->size = size;
    h->tag = MI_LARGE_MAGIC ^ (uintptr_t)a;
    h->prev = &a->large;
    h->next = a->large.next;
    h->next->prev = h;
    a->large.next = h;
    a->nlarge++;
    a->large_bytes += size;
    return h + 1;
}

static void
large_free(MiAllocator *a, void *p)
{
    MiLarge *h = (MiLarge *)p - 1;
    assert(h->tag == (MI_LARGE_MAGIC ^ (uintptr_t)a));   /* p is ours */
    h->prev->next = h->next;
    h->next->prev = h->prev;
    a->nlarge--;
    a->large_bytes -= h->size;
    free(h);
}

static void *
large_realloc(MiAllocator *a, void *p, size_t size)
{
    MiLarge *h = (MiLarge *)p - 1;
    assert(h->tag == (MI_LARGE_MAGIC ^ (uintptr_t)a));
    if (size > MI_LARGE_MAX)
        return NULL;
    size_t old = h->size;
    MiLarge *n = os_realloc(a, h, sizeof *n + size);
    if (n == NULL)
        return NULL;
    n->prev->next = n;          /* the neighbours pointed at the old place */
    n->next->prev = n;
    n->size = size;
    a->large_bytes = a->large_bytes - old + size;
    return n + 1;
}

/* ---- system-malloc mode ------------------------------------------------------ */

static void *
system_alloc(MiAllocator *a, size_t size, bool zero)
{
    void *p = os_malloc(a, size == 0 ? 1 : size, zero);
    if (p != NULL) {
        a->nlarge++;
        a->large_bytes += os_usable_size(p);
    }
    return p;
}

static void *
system_realloc(MiAllocator *a, void *p, size_t size)
{
    size_t old = os_usable_size(p);
    void *q = os_realloc(a, p, size == 0 ? 1 : size);
    if (q != NULL)
        a->large_bytes = a->large_bytes - old + os_usable_size(q);
    return q;
}

static void
system_free(MiAllocator *a, void *p)
{
    a->nlarge--;
    a->large_bytes -= os_usable_size(p);
    free(p);
}

/* ---- the general paths ---------------------------------------------------------
 * The fast paths in the public functions below handle pool blocks when
 * `slow` is clear; these handle everything, and keep the counters and the
 * trace. */

/* Whether the fault injector fails this request (and counts it). */
static bool
injected_failure(MiAllocator *a)
{
#ifdef MI_FAILALLOC
    if (a->fail_countdown >= 0) {
        if (a->fail_countdown == 0)
            return true;
        a->fail_countdown--;
    }
#else
    (void)a;
#endif
    return false;
}

static void
update_slow(MiAllocator *a)
{
    a->slow = a->use_system || a->trace != NULL;
#ifdef MI_FAILALLOC
    a->slow |= a->fail_countdown >= 0;
#endif
}

static void *
alloc_any(MiAllocator *a, size_t size, bool zero)
{
    if (a->use_system)
        return system_alloc(a, size, zero);
    if (size - 1 >= MI_SMALL_MAX && size != 0)
        return large_alloc(a, size, zero);
    size_t n = size == 0 ? 1 : size;
    void *p = small_alloc(a, n);
    if (p != NULL && zero)
        memset(p, 0, n);
    return p;
}

static void *
alloc_slow(MiAllocator *a, size_t size, bool zero)
{
    if (injected_failure(a))
        return NULL;
    void *p = alloc_any(a, size, zero);
    if (p != NULL) {
        a->nallocs++;
        if (a->trace != NULL)
            fprintf(a->trace, "a %zu %" PRIxPTR "\n", size, (uintptr_t)p);
    }
    return p;
}

static void
free_slow(MiAllocator *a, void *p)
{
    if (p == NULL)
        return;
    if (a->trace != NULL)
        fprintf(a->trace, "f %" PRIxPTR "\n", (uintptr_t)p);
    a->nfrees++;
    if (a->use_system) {
        system_free(a, p);
        return;
    }
    MiArena *arena = arena_of(a, p);
    if (arena != NULL)
        pool_push(a, arena, p);
    else
        large_free(a, p);
}

/* Resizes pool block `p` of `arena` (see mi_mem_realloc). */
static void *
pool_realloc(MiAllocator *a, MiArena *arena, void *p, size_t size)
{
    size_t n = size == 0 ? 1 : size;
    size_t bsize = pool_of(arena, p)->size;
    if (n <= bsize && (n > bsize - MI_ALIGNMENT || 4 * n > 3 * bsize)) {
        /* Same class, or shrinking by less than a quarter: keep the block. */
        MI_UNPOISON(p, n);
        MI_POISON((char *)p + n, bsize - n);
        return p;
    }
    void *q = n <= MI_SMALL_MAX ? small_alloc(a, n) : large_alloc(a, n, false);
    if (q == NULL)
        return NULL;
    MI_UNPOISON(p, bsize);
    memcpy(q, p, n < bsize ? n : bsize);
    pool_push(a, arena, p);
    return q;
}

/* ---- the API -------------------------------------------------------------------- */

MiAllocator *
mi_alloc_create_mode(int use_system_malloc)
{
    /* Mapped: page-aligned (no_pool wants 64) and zero without touching the
     * 128 KiB radix root. */
    MiAllocator *a = mmap(NULL, sizeof *a, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (a == MAP_FAILED)
        return NULL;
    a->use_system = use_system_malloc != 0;
    a->large.prev = a->large.next = &a->large;
    a->reserve = MI_ARENA_RESERVE;
    for (int c = 0; c < MI_NUM_CLASSES; c++)
        a->usable[c] = &a->no_pool;
#ifdef MI_FAILALLOC
    a->fail_countdown = a->os_fail_countdown = -1;
#endif
    const char *path = getenv("MINI_ALLOC_TRACE");
    if (path != NULL && path[0] != '\0') {
        a->trace = fopen(path, "a");
        if (a->trace == NULL) {
            fprintf(stderr, "mini: MINI_ALLOC_TRACE: cannot open %s: %s\n", path,
                    strerror(errno));
        } else {
            setvbuf(a->trace, NULL, _IOFBF, 1 << 16);
            fputs(MI_TRACE_HEADER, a->trace);
        }
    }
    update_slow(a);
    return a;
}

MiAllocator *
mi_alloc_create(void)
{
    const char *mode = getenv("MINI_MALLOC");
    return mi_alloc_create_mode(mode != NULL && strcmp(mode, "malloc") == 0);
}

void
mi_alloc_destroy(MiAllocator *a)
{
    if (a == NULL)
        return;
    while (a->arenas != NULL) {
        MiArena *arena = a->arenas;
        a->arenas = arena->all_next;
        MI_UNPOISON(arena->base, MI_ARENA_SIZE);
        munmap(arena->base, MI_ARENA_SIZE);
        free(arena);
    }
    while (a->large.next != &a->large) {
        MiLarge *h = a->large.next;
        a->large.next = h->next;
        free(h);
    }
    for (uintptr_t i = 0; i < MI_ROOT_LEN; i++)
        free(a->root[i]);
    if (a->trace != NULL) {
        fputs("# end\n", a->trace);
        fclose(a->trace);
    }
    munmap(a, sizeof *a);
}

void *
mi_mem_alloc(MiAllocator *a, size_t size)
{
    /* size - 1 < MI_SMALL_MAX: 1 <= size <= MI_SMALL_MAX in one compare. */
    if (MI_LIKELY(!a->slow && size - 1 < MI_SMALL_MAX)) {
        MiPool *pool = a->usable[(size - 1) >> MI_ALIGN_SHIFT];
        MiBlock *b = pool->freeblock;       /* NULL in the sentinel too */
        void *p;
        if (MI_LIKELY(b != NULL))
            p = take_free_block(pool, b, size);
        else if ((p = small_alloc(a, size)) == NULL)
            return NULL;
        a->nallocs++;
        return p;
    }
    return alloc_slow(a, size, false);
}

void *
mi_mem_calloc(MiAllocator *a, size_t count, size_t size)
{
    size_t total;
    if (__builtin_mul_overflow(count, size, &total))
        return NULL;
    return alloc_slow(a, total, true);
}

void *
mi_mem_realloc(MiAllocator *a, void *p, size_t size)
{
    if (p == NULL)
        return mi_mem_alloc(a, size);
    if (a->slow && injected_failure(a))
        return NULL;
    MiArena *arena;
    void *q;
    if (a->use_system)
        q = system_realloc(a, p, size);
    else if ((arena = arena_of(a, p)) != NULL)
        q = pool_realloc(a, arena, p, size);
    else
        q = large_realloc(a, p, size);
    if (q != NULL) {
        a->nreallocs++;
        if (a->trace != NULL)
            fprintf(a->trace, "r %zu %" PRIxPTR " %" PRIxPTR "\n", size, (uintptr_t)p,
                    (uintptr_t)q);
    }
    return q;
}

void
mi_mem_free(MiAllocator *a, void *p)
{
    if (MI_LIKELY(!a->slow)) {
        MiArena *arena = arena_of(a, p);
        if (MI_LIKELY(arena != NULL)) {
            a->nfrees++;
            pool_push(a, arena, p);
            return;
        }
    }
    free_slow(a, p);
}

int
mi_alloc_is_pooled(MiAllocator *a, const void *p)
{
    return p != NULL && arena_of(a, p) != NULL;
}

void
mi_alloc_set_arena_reserve(MiAllocator *a, size_t n)
{
    a->reserve = n;
    release_empty_arenas(a, n);
}

size_t
mi_alloc_trim(MiAllocator *a)
{
    return release_empty_arenas(a, 0);
}

#ifdef MI_FAILALLOC
void
mi_alloc_fail_after(MiAllocator *a, long n)
{
    a->fail_countdown = n < 0 ? -1 : n;
    update_slow(a);
}

void
mi_alloc_fail_os_after(MiAllocator *a, long n)
{
    a->os_fail_countdown = n < 0 ? -1 : n;
}
#endif

/* ---- statistics ------------------------------------------------------------------ */

void
mi_alloc_get_stats(MiAllocator *a, MiAllocStats *out)
{
    memset(out, 0, sizeof *out);
    out->system_malloc = a->use_system;
    for (uint32_t c = 0; c < MI_NUM_CLASSES; c++)
        out->classes[c].block_size = (size_t)(c + 1) << MI_ALIGN_SHIFT;
    for (MiArena *arena = a->arenas; arena != NULL; arena = arena->all_next) {
        out->pools_free += arena->nfreepools;
        for (uint32_t i = 0; i < arena->ncarved; i++) {
            MiPool *pool = &arena->pools[i];
            if (pool->count == 0)
                continue;
            MiClassStats *cs = &out->classes[pool->szidx];
            uint32_t cap = pool_capacity(pool->size);
            cs->pools++;
            cs->blocks_used += pool->count;
            cs->blocks_free += cap - pool->count;
            out->quantization_bytes += MI_POOL_SIZE - (size_t)cap * pool->size;
        }
    }
    for (uint32_t c = 0; c < MI_NUM_CLASSES; c++) {
        const MiClassStats *cs = &out->classes[c];
        out->pools_used += cs->pools;
        out->small_blocks += cs->blocks_used;
        out->small_bytes += cs->blocks_used * cs->block_size;
        out->small_free_bytes += cs->blocks_free * cs->block_size;
    }
    out->pool_header_bytes = 0;         /* headers live in the descriptors */
    out->arenas_allocated = a->arenas_allocated;
    out->arenas_reclaimed = a->arenas_reclaimed;
    out->arenas_held = a->arenas_held;
    out->arenas_highwater = a->arenas_highwater;
    out->arenas_empty = a->nempty;
    out->large_blocks = a->nlarge;
    out->large_bytes = a->large_bytes;
    out->map_nodes = a->nleaves;
    out->map_bytes = sizeof a->root + a->nleaves * MI_LEAF_LEN * sizeof(MiArena *);
    out->descriptor_bytes = a->arenas_held * sizeof(MiArena);
    out->allocs = a->nallocs;
    out->reallocs = a->nreallocs;
    out->frees = a->nfrees;
}

/* `value` with thousands separators, in buf (at least 32 bytes). */
static const char *
with_commas(char *buf, uint64_t value)
{
    char digits[24];
    int n = snprintf(digits, sizeof digits, "%" PRIu64, value);
    char *out = buf;
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            *out++ = ',';
        *out++ = digits[i];
    }
    *out = '\0';
    return buf;
}

/* One "label = value" line of the report, as CPython lays it out: the label
 * padded to 35 columns, '=', the value right-aligned in 21. */
static void
print_line(FILE *f, const char *label, uint64_t value)
{
    char buf[32];
    fprintf(f, "%-35s=%21s\n", label, with_commas(buf, value));
}

void
mi_alloc_print_stats(MiAllocator *a, void *file)
{
    FILE *f = file;
    MiAllocStats s;
    char label[80];
    mi_alloc_get_stats(a, &s);
    fprintf(f, "Small block threshold = %d, in %d size classes.\n", MI_SMALL_MAX,
            MI_NUM_CLASSES);
    if (s.system_malloc) {
        fputs("\nMINI_MALLOC=malloc: every block comes from the system allocator.\n\n", f);
        print_line(f, "# system blocks in use", s.large_blocks);
        print_line(f, "# bytes in system blocks", s.large_bytes);
    } else {
        fputs("\nclass   size   num pools   blocks in use  avail blocks\n"
              "-----   ----   ---------   -------------  ------------\n", f);
        for (int c = 0; c < MI_NUM_CLASSES; c++) {
            const MiClassStats *cs = &s.classes[c];
            if (cs->pools == 0)
                continue;
            fprintf(f, "%5d %6zu %11zu %15zu %13zu\n", c, cs->block_size, cs->pools,
                    cs->blocks_used, cs->blocks_free);
        }
        fputc('\n', f);
        print_line(f, "# arenas allocated total", s.arenas_allocated);
        print_line(f, "# arenas reclaimed", s.arenas_reclaimed);
        print_line(f, "# arenas highwater mark", s.arenas_highwater);
        print_line(f, "# arenas allocated current", s.arenas_held);
        snprintf(label, sizeof label, "%zu arenas * %zu bytes/arena", s.arenas_held,
                 MI_ARENA_SIZE);
        print_line(f, label, s.arenas_held * MI_ARENA_SIZE);
        fputc('\n', f);
        print_line(f, "# bytes in allocated blocks", s.small_bytes);
        print_line(f, "# bytes in available blocks", s.small_free_bytes);
        snprintf(label, sizeof label, "%zu unused pools * %zu bytes", s.pools_free,
                 MI_POOL_SIZE);
        print_line(f, label, s.pools_free * MI_POOL_SIZE);
        print_line(f, "# bytes lost to pool headers", s.pool_header_bytes);
        print_line(f, "# bytes lost to quantization", s.quantization_bytes);
        print_line(f, "# bytes lost to arena alignment", 0);
        print_line(f, "Total", s.small_bytes + s.small_free_bytes
                   + s.pools_free * MI_POOL_SIZE + s.pool_header_bytes + s.quantization_bytes);
        fputs("\narena map counts\n", f);
        print_line(f, "# arena map leaf nodes", s.map_nodes);
        fputc('\n', f);
        print_line(f, "# bytes lost to arena map root", sizeof a->root);
        print_line(f, "# bytes lost to arena map leaves", s.map_bytes - sizeof a->root);
        print_line(f, "# bytes in arena descriptors", s.descriptor_bytes);
        print_line(f, "Total", s.map_bytes + s.descriptor_bytes);
        fputc('\n', f);
        print_line(f, "# arenas kept entirely free", s.arenas_empty);
        print_line(f, "# large blocks (system malloc)", s.large_blocks);
        print_line(f, "# bytes in large blocks", s.large_bytes);
    }
    fputc('\n', f);
    print_line(f, "# allocations", s.allocs);
    print_line(f, "# reallocations", s.reallocs);
    print_line(f, "# frees", s.frees);
}

void
mi_alloc_print_summary(MiAllocator *a, void *file)
{
    FILE *f = file;
    MiAllocStats s;
    char b[6][32];
    mi_alloc_get_stats(a, &s);
    fprintf(f, "alloc: %s allocations, %s reallocations, %s frees; ",
            with_commas(b[0], s.allocs), with_commas(b[1], s.reallocs),
            with_commas(b[2], s.frees));
    if (s.system_malloc) {
        fprintf(f, "system malloc: %s blocks in use (%s bytes)\n",
                with_commas(b[3], s.large_blocks), with_commas(b[4], s.large_bytes));
        return;
    }
    fprintf(f, "%s blocks in use (%s bytes in pools, %s in %s large); "
            "arenas: %zu allocated, %zu reclaimed, %zu held, highwater %zu\n",
            with_commas(b[3], s.small_blocks + s.large_blocks), with_commas(b[4], s.small_bytes),
            with_commas(b[5], s.large_bytes), with_commas(b[0], s.large_blocks),
            s.arenas_allocated, s.arenas_reclaimed, s.arenas_held, s.arenas_highwater);
}

/* ---- invariant checks ------------------------------------------------------------ */

/* The link of free block b (unpoisoned for the read). */
static MiBlock *
read_link(MiBlock *b)
{
    MI_UNPOISON(b, sizeof *b);
    MiBlock *next = b->next;
    MI_POISON(b, sizeof *b);
    return next;
}

/* Checks pool `pool` of `arena`, in use; NULL or what is wrong. */
static const char *
check_pool(MiAllocator *a, MiPool *pool)
{
    if (pool->szidx >= MI_NUM_CLASSES || pool->size != (pool->szidx + 1) << MI_ALIGN_SHIFT)
        return "pool has a bad size class";
    uint32_t cap = pool_capacity(pool->size);
    if (pool->count > cap)
        return "pool counts more blocks than it holds";
    if (pool->maxnextoffset != MI_POOL_SIZE - pool->size
        || pool->nextoffset < pool->size || pool->nextoffset % pool->size != 0
        || pool->nextoffset > pool->maxnextoffset + pool->size)
        return "pool has a bad tail offset";
    size_t untouched = (pool->maxnextoffset + pool->size - pool->nextoffset) / pool->size;
    size_t nfree = 0;
    for (MiBlock *b = pool->freeblock; b != NULL; b = read_link(b)) {
        uintptr_t off = (uintptr_t)b - (uintptr_t)pool->base;
        if ((uintptr_t)b < (uintptr_t)pool->base || off >= pool->nextoffset
            || off % pool->size != 0)
            return "free list leaves its pool";
        if (++nfree > cap)
            return "free list has a cycle";
    }
    if (nfree + untouched + pool->count != cap)
        return "free blocks + never-used blocks + used blocks != capacity";
    if (pool_is_full(pool) != (pool->count == cap))
        return "a pool with no free or never-used block is not full";
    bool listed = false;
    MiPool *head = a->usable[pool->szidx];
    for (MiPool *p = head; p != &a->no_pool && p != NULL && !listed; p = p->next)
        listed = p == pool;
    if (listed != (pool->low == 0))
        return "a pool's low mark does not say whether it is in usable[]";
    if (listed && pool_is_full(pool) && head != pool)
        return "a full pool is in usable[] and not its head";
    if (!listed && (pool->low != unlisted_low(pool->size) || pool->count <= pool->low
                    || untouched != 0))
        return "a pool out of usable[] has room enough to be in it";
    return NULL;
}

static const char *
check_arenas(MiAllocator *a, size_t *nlisted_pools)
{
    size_t held = 0, with_free = 0;
    for (MiArena *arena = a->arenas; arena != NULL; arena = arena->all_next) {
        held++;
        if (((uintptr_t)arena->base & (MI_ARENA_SIZE - 1)) != 0)
            return "arena not aligned";
        if (arena_of(a, arena->base) != arena
            || arena_of(a, arena->base + MI_ARENA_SIZE - 1) != arena)
            return "radix tree does not map an arena";
        if (arena->all_next != NULL && arena->all_next->all_prev != arena)
            return "arena list broken";
        if (arena->ncarved > MI_POOLS_PER_ARENA)
            return "arena carved too many pools";
        size_t nfreelisted = 0;
        for (MiPool *p = arena->freepools; p != NULL; p = p->next) {
            size_t i = (size_t)(p - arena->pools);
            if (p < arena->pools || i >= arena->ncarved || p->count != 0
                || p->base != arena->base + i * MI_POOL_SIZE)
                return "bad pool in an arena's free pools";
            if (++nfreelisted > MI_POOLS_PER_ARENA)
                return "arena free pools has a cycle";
        }
        if (arena->nfreepools != nfreelisted + MI_POOLS_PER_ARENA - arena->ncarved)
            return "arena nfreepools miscounted";
        with_free += arena->nfreepools > 0;
        for (uint32_t i = 0; i < arena->ncarved; i++) {
            MiPool *pool = &arena->pools[i];
            if (pool->count == 0)
                continue;
            if (pool->base != arena->base + (size_t)i * MI_POOL_SIZE)
                return "pool header does not point at its pool";
            const char *why = check_pool(a, pool);
            if (why != NULL)
                return why;
            *nlisted_pools += pool->low == 0;
        }
    }
    if (held != a->arenas_held)
        return "arenas_held miscounted";
    if (a->arenas_allocated - a->arenas_reclaimed != held || held > a->arenas_highwater)
        return "arena totals disagree";

    size_t listed = 0, nempty = 0;
    MiArena *prev = NULL;
    for (MiArena *arena = a->usable_arenas; arena != NULL; arena = arena->next) {
        if (arena->prev != prev)
            return "usable_arenas back links broken";
        if (arena->nfreepools == 0)
            return "a full arena is in usable_arenas";
        if (prev != NULL && prev->nfreepools > arena->nfreepools)
            return "usable_arenas not sorted by free pools";
        nempty += arena->nfreepools == MI_POOLS_PER_ARENA;
        bool last_of_group = arena->next == NULL || arena->next->nfreepools != arena->nfreepools;
        if (last_of_group != (a->lasta[arena->nfreepools] == arena))
            return "lasta[] does not name the last arena of a group";
        prev = arena;
        if (++listed > held)
            return "usable_arenas has a cycle";
    }
    if (listed != with_free)
        return "an arena with free pools is not in usable_arenas";
    if (nempty != a->nempty || nempty > a->reserve)
        return "entirely free arenas miscounted, or more than the reserve";
    for (uint32_t k = 0; k <= MI_POOLS_PER_ARENA; k++) {
        if (a->lasta[k] != NULL && a->lasta[k]->nfreepools != k)
            return "lasta[] names an arena of another group";
    }
    return NULL;
}

const char *
mi_alloc_check(MiAllocator *a)
{
    size_t nlisted = 0;
    const char *why = check_arenas(a, &nlisted);
    if (why != NULL)
        return why;
    size_t inlists = 0;
    for (uint32_t c = 0; c < MI_NUM_CLASSES; c++) {
        MiPool *prev = NULL, *head = a->usable[c];
        if (a->no_pool.freeblock != NULL || head == NULL)
            return "usable[] sentinel broken";
        for (MiPool *p = head != &a->no_pool ? head : NULL; p != NULL; p = p->next) {
            if (p->prev != prev || p->szidx != c || p->count == 0
                || arena_of(a, p->base) == NULL)
                return "usable[] list broken";
            prev = p;
            if (++inlists > nlisted)
                return "usable[] holds pools that are not in use";
        }
    }
    if (inlists != nlisted)
        return "usable[] and pools disagree";
    size_t nlarge = 0, bytes = 0;
    for (MiLarge *h = a->large.next; h != &a->large; h = h->next) {
        if (h->next->prev != h || h->tag != (MI_LARGE_MAGIC ^ (uintptr_t)a))
            return "large-block ring broken";
        nlarge++;
        bytes += h->size;
    }
    if (!a->use_system && (nlarge != a->nlarge || bytes != a->large_bytes))
        return "large blocks miscounted";
    MiAllocStats s;
    mi_alloc_get_stats(a, &s);
    if (s.allocs - s.frees != s.small_blocks + s.large_blocks)
        return "allocs - frees != blocks in use";
    size_t parts = s.small_bytes + s.small_free_bytes + s.pools_free * MI_POOL_SIZE
                   + s.pool_header_bytes + s.quantization_bytes;
    if (parts != s.arenas_held * MI_ARENA_SIZE)
        return "arena bytes do not add up";
    return NULL;
}
