/* alloc/alloc.h: mini's small-object allocator.
 *
 * Every object of the interpreter, and every variable part small enough
 * (list items, dict tables, string data), comes from an MiAllocator.  Requests
 * of at most MI_SMALL_MAX bytes are served from pools of same-sized blocks
 * carved out of 1 MiB arenas mapped from the OS, as CPython 3.10's obmalloc
 * does on 64-bit; larger requests go to the C library's malloc.  alloc.c
 * explains the algorithm.
 *
 * Every block is aligned to MI_ALIGNMENT.  Nothing is global: each allocator
 * owns its arenas, so several can live side by side (one per interpreter
 * state).  An allocator is not thread-safe: one thread uses it at a time.
 *
 * Environment, read by mi_alloc_create():
 *   MINI_MALLOC=malloc      every request goes to the system allocator, so that
 *                           AddressSanitizer and Valgrind see every block;
 *   MINI_ALLOC_TRACE=PATH   append one line per alloc/realloc/free to PATH
 *                           (format in docs/allocator.md), for alloc_bench. */
#ifndef MINI_ALLOC_ALLOC_H
#define MINI_ALLOC_ALLOC_H

#include <stddef.h>
#include <stdint.h>

/* Geometry, as CPython 3.10 on 64-bit. */
#define MI_ALIGNMENT        16                          /* of every block */
#define MI_SMALL_MAX        512                         /* largest pool request */
#define MI_NUM_CLASSES      (MI_SMALL_MAX / MI_ALIGNMENT)  /* 32 size classes */
#define MI_ARENA_SIZE       ((size_t)1 << 20)           /* 1 MiB, aligned to its size */
#define MI_POOL_SIZE        ((size_t)1 << 14)           /* 16 KiB */
#define MI_POOLS_PER_ARENA  (MI_ARENA_SIZE / MI_POOL_SIZE)  /* 64 */

/* Entirely free arenas an allocator keeps mapped for reuse by default; more
 * are returned to the OS at once.  CPython 3.10 keeps one; mini keeps 16
 * (16 MiB), because on the project's virtual machines a page fault costs
 * about 17 us, so a program that frees and rebuilds a few megabytes of
 * objects in a loop would spend its time refaulting pages. */
#define MI_ARENA_RESERVE    16

typedef struct MiAllocator MiAllocator;

/* A new allocator.  The environment variable MINI_MALLOC=malloc selects the
 * system allocator for every request; any other value, or none, selects the
 * pools.  MINI_ALLOC_TRACE=PATH turns tracing on (a warning on stderr if PATH
 * cannot be opened).  Returns NULL when out of memory. */
MiAllocator *mi_alloc_create(void);

/* Like mi_alloc_create(), but the mode comes from use_system_malloc (nonzero:
 * the system allocator) instead of MINI_MALLOC. */
MiAllocator *mi_alloc_create_mode(int use_system_malloc);

/* Returns every arena to the OS and frees every large block still held; `a`
 * is gone.  In system-malloc mode, blocks the caller never freed are not
 * freed here: leak checkers are meant to see them.  NULL is allowed. */
void mi_alloc_destroy(MiAllocator *a);

/* A block of at least `size` bytes aligned to MI_ALIGNMENT, or NULL when the
 * memory cannot be had; never aborts.  Size 0 is valid and returns a unique
 * block.  Constant time when `size` <= MI_SMALL_MAX. */
void *mi_mem_alloc(MiAllocator *a, size_t size);

/* A zero-filled block of count * size bytes, or NULL when that product
 * overflows or the memory cannot be had. */
void *mi_mem_calloc(MiAllocator *a, size_t count, size_t size);

/* Resizes block `p` to `size` bytes, keeping its first min(old, size) bytes,
 * like realloc(): NULL `p` allocates.  Returns `p` itself while `size` stays
 * in the block's size class (or shrinks it by less than a quarter).  On
 * failure returns NULL and `p` is untouched and still owned by the caller.
 * A block of more than MI_SMALL_MAX bytes stays a system block when it
 * shrinks. */
void *mi_mem_realloc(MiAllocator *a, void *p, size_t size);

/* Frees `p`, which must come from `a` and not be freed yet.  NULL is allowed.
 * Constant time for pool blocks. */
void mi_mem_free(MiAllocator *a, void *p);

/* Whether `p` lies in one of a's arenas (a pool block, live or not); false
 * for NULL, for large blocks and for memory from anywhere else.  O(1). */
int mi_alloc_is_pooled(MiAllocator *a, const void *p);

/* Sets how many entirely free arenas `a` keeps mapped (MI_ARENA_RESERVE at
 * creation); arenas beyond `n` are returned to the OS at once.  0 returns
 * every arena the moment it empties; 1 is CPython 3.10's behaviour. */
void mi_alloc_set_arena_reserve(MiAllocator *a, size_t n);

/* Returns every entirely free arena to the OS now (e.g. after a full
 * collection); returns how many.  The reserve is unchanged. */
size_t mi_alloc_trim(MiAllocator *a);

/* ---- statistics ---------------------------------------------------------- */

typedef struct MiClassStats {
    size_t block_size;            /* bytes per block: 16 * (class + 1) */
    size_t pools;                 /* pools serving this class now */
    size_t blocks_used;           /* blocks handed out */
    size_t blocks_free;           /* free blocks in those pools, never-used ones too */
} MiClassStats;

typedef struct MiAllocStats {
    int          system_malloc;   /* 1: MINI_MALLOC=malloc mode, no arenas at all */
    size_t       arenas_allocated;    /* ever mapped */
    size_t       arenas_reclaimed;    /* ever returned to the OS */
    size_t       arenas_held;         /* mapped now */
    size_t       arenas_highwater;    /* most ever held at once */
    size_t       arenas_empty;        /* held with every pool free (<= the reserve) */
    size_t       pools_used;          /* pools serving a size class */
    size_t       pools_free;          /* entirely free pools in held arenas */
    MiClassStats classes[MI_NUM_CLASSES];
    size_t       small_blocks;        /* pool blocks in use */
    size_t       small_bytes;         /* their size (whole blocks) */
    size_t       small_free_bytes;    /* free blocks of used pools */
    size_t       pool_header_bytes;   /* arena bytes lost to pool headers: 0, they live
                                         in the arena descriptors */
    size_t       quantization_bytes;  /* tails of used pools too short for a block */
    size_t       large_blocks;        /* system blocks in use (every block in malloc mode) */
    size_t       large_bytes;         /* their requested size (usable size in malloc mode
                                         with glibc; 0 where the C library cannot tell) */
    size_t       map_nodes;           /* radix tree leaves that find arenas of pointers */
    size_t       map_bytes;           /* memory of the radix tree, root included */
    size_t       descriptor_bytes;    /* arena descriptors, pool headers included */
    uint64_t     allocs;              /* blocks handed out (alloc, calloc, realloc(NULL)) */
    uint64_t     reallocs;            /* successful realloc of a non-NULL block */
    uint64_t     frees;               /* mi_mem_free of a non-NULL block */
} MiAllocStats;

/* Fills *out.  Walks every held arena: O(arenas * pools), for reports and
 * tests, not for hot paths.  At every moment
 *   allocs - frees == small_blocks + large_blocks, and in pool mode
 *   arenas_held * MI_ARENA_SIZE == small_bytes + small_free_bytes
 *       + pools_free * MI_POOL_SIZE + pool_header_bytes + quantization_bytes. */
void mi_alloc_get_stats(MiAllocator *a, MiAllocStats *out);

/* Writes the report sys._debugmallocstats() prints, laid out like CPython
 * 3.10's: the size-class table, the arena counts, where the arena bytes go,
 * the arena map, then mini's lines on large blocks and operation counts.
 * `file` is a FILE *. */
void mi_alloc_print_stats(MiAllocator *a, void *file);

/* Writes one line of totals (operations, blocks and bytes in use, arenas),
 * for `-X showalloccount` at exit.  `file` is a FILE *. */
void mi_alloc_print_summary(MiAllocator *a, void *file);

/* Checks every internal invariant (lists, arena order, free-block counts,
 * radix tree, counters).  Returns NULL when all hold, else a description of
 * the first broken one (static storage).  O(heap): for tests and debugging. */
const char *mi_alloc_check(MiAllocator *a);

#ifdef MI_FAILALLOC
/* Fault injection (debug builds).  From now on, allocation request number n
 * (counting from 0; alloc, calloc and realloc of a non-NULL block all count)
 * fails, and every later one too, until the next call; n < 0 disables. */
void mi_alloc_fail_after(MiAllocator *a, long n);

/* Like mi_alloc_fail_after() for the allocator's own requests to the OS and
 * C library (arena mmap, arena descriptor, radix leaf, large and system
 * blocks), so that tests reach the failure paths behind them. */
void mi_alloc_fail_os_after(MiAllocator *a, long n);
#endif

#endif /* MINI_ALLOC_ALLOC_H */
