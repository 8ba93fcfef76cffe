/* alloc/bench/alloc_bench.c: replays an allocation workload against mini's
 * pool allocator and against the C library's malloc, and prints the ratio.
 *
 * The workload is either a trace (MINI_ALLOC_TRACE format, see
 * docs/allocator.md: "a SIZE PTR", "r SIZE OLD NEW", "f PTR") or a synthetic
 * mix modelled on a Python interpreter (see make_synthetic).  It is first
 * turned into an array of operations on numbered slots, so that the timed
 * loops only index an array:
 *   1. load or generate the operations (not timed);
 *   2. run each allocator once to warm up, then `runs` times, alternating;
 *      each run is a fresh process (fork), as a program run is: a new pool
 *      allocator, an untouched malloc heap, page faults counted for both;
 *      it replays every operation, freeing what the workload leaves;
 *   3. report the median time of each and the ratio malloc / pools.
 * Each allocated block has its first word written (an object header) and
 * each freed block its first word read, for both allocators alike.
 *
 * Usage: alloc_bench [--trace FILE] [--ops N] [--runs R] [--seed S]
 *                    [--only malloc|pools]   (one side only, for profiling) */
#include "alloc/alloc.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { OP_ALLOC, OP_REALLOC, OP_FREE };

typedef struct Op {
    uint32_t slot;
    uint32_t size;
    uint32_t kind;
} Op;

typedef struct Workload {
    Op       *ops;
    size_t    nops, cap;
    uint32_t  nslots;              /* slots ever used */
    uint32_t *free_slots;          /* slots free for reuse, a stack */
    size_t    nfree_slots, free_cap;
    size_t    count[3];            /* operations per kind */
    size_t    by_size[5];          /* allocations: <=64, <=128, <=256, <=512, more */
    size_t    live, peak_live;
} Workload;

static void *
xmalloc(size_t n)
{
    void *p = malloc(n);
    if (p == NULL) {
        fprintf(stderr, "alloc_bench: out of memory\n");
        exit(1);
    }
    return p;
}

static void *
xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (p == NULL) {
        fprintf(stderr, "alloc_bench: out of memory\n");
        exit(1);
    }
    return p;
}

static void
emit(Workload *w, uint32_t kind, uint32_t slot, size_t size)
{
    if (w->nops == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 1 << 16;
        w->ops = xrealloc(w->ops, w->cap * sizeof *w->ops);
    }
    w->ops[w->nops++] = (Op){ .slot = slot, .size = (uint32_t)size, .kind = kind };
    w->count[kind]++;
    if (kind != OP_FREE) {
        int bucket = size <= 64 ? 0 : size <= 128 ? 1 : size <= 256 ? 2 : size <= 512 ? 3 : 4;
        w->by_size[bucket]++;
    }
}

/* A free slot number (reusing freed ones, so the slot array stays small). */
static uint32_t
take_slot(Workload *w)
{
    w->live++;
    if (w->live > w->peak_live)
        w->peak_live = w->live;
    if (w->nfree_slots > 0)
        return w->free_slots[--w->nfree_slots];
    return w->nslots++;
}

static void
give_slot(Workload *w, uint32_t slot)
{
    w->live--;
    if (w->nfree_slots == w->free_cap) {
        w->free_cap = w->free_cap ? w->free_cap * 2 : 1024;
        w->free_slots = xrealloc(w->free_slots, w->free_cap * sizeof *w->free_slots);
    }
    w->free_slots[w->nfree_slots++] = slot;
}

static uint64_t
rng_next(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545F4914F6CDD1DULL;
}

static size_t
rng_range(uint64_t *s, size_t lo, size_t hi)      /* [lo, hi] */
{
    return lo + (size_t)(rng_next(s) % (hi - lo + 1));
}

/* ---- traces --------------------------------------------------------------------- */

/* Open-addressing map from a traced pointer to its slot. */
typedef struct PtrMap {
    uintptr_t *keys;               /* 0: empty, 1: deleted */
    uint32_t  *vals;
    size_t     cap, used;          /* used counts deleted entries too */
} PtrMap;

static size_t
ptr_hash(uintptr_t p, size_t cap)
{
    return (size_t)((p >> 4) * 0x9E3779B97F4A7C15ULL) & (cap - 1);
}

static void
map_put(PtrMap *m, uintptr_t key, uint32_t val);

static void
map_grow(PtrMap *m)
{
    PtrMap old = *m;
    m->cap = old.cap ? old.cap * 2 : 1 << 16;
    m->keys = calloc(m->cap, sizeof *m->keys);
    m->vals = xmalloc(m->cap * sizeof *m->vals);
    if (m->keys == NULL) {
        fprintf(stderr, "alloc_bench: out of memory\n");
        exit(1);
    }
    m->used = 0;
    for (size_t i = 0; i < old.cap; i++) {
        if (old.keys[i] > 1)
            map_put(m, old.keys[i], old.vals[i]);
    }
    free(old.keys);
    free(old.vals);
}

static void
map_put(PtrMap *m, uintptr_t key, uint32_t val)
{
    if (2 * (m->used + 1) > m->cap)
        map_grow(m);
    size_t i = ptr_hash(key, m->cap);
    while (m->keys[i] > 1 && m->keys[i] != key)
        i = (i + 1) & (m->cap - 1);
    if (m->keys[i] == 0)
        m->used++;
    m->keys[i] = key;
    m->vals[i] = val;
}

/* The slot of `key` (removing it), or -1. */
static long
map_take(PtrMap *m, uintptr_t key)
{
    if (m->cap == 0)
        return -1;
    for (size_t i = ptr_hash(key, m->cap); m->keys[i] != 0; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == key) {
            m->keys[i] = 1;
            return m->vals[i];
        }
    }
    return -1;
}

/* Reads a MINI_ALLOC_TRACE file into operations (at most max_ops).  Blocks
 * still live at the end are freed; a pointer allocated again while live
 * (an allocator destroyed with live blocks) frees the old block first. */
static void
load_trace(Workload *w, const char *path, size_t max_ops)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        exit(1);
    }
    PtrMap map = { 0 };
    char line[256];
    size_t lineno = 0;
    while (w->nops < max_ops && fgets(line, sizeof line, f) != NULL) {
        size_t size;
        uintptr_t p, q;
        lineno++;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (sscanf(line, "a %zu %" SCNxPTR, &size, &p) == 2) {
            long old = map_take(&map, p);
            if (old >= 0) {
                emit(w, OP_FREE, (uint32_t)old, 0);
                give_slot(w, (uint32_t)old);
            }
            uint32_t slot = take_slot(w);
            emit(w, OP_ALLOC, slot, size);
            map_put(&map, p, slot);
        } else if (sscanf(line, "r %zu %" SCNxPTR " %" SCNxPTR, &size, &p, &q) == 3) {
            long slot = map_take(&map, p);
            if (slot < 0) {
                slot = take_slot(w);
                emit(w, OP_ALLOC, (uint32_t)slot, size);
            } else {
                emit(w, OP_REALLOC, (uint32_t)slot, size);
            }
            map_put(&map, q, (uint32_t)slot);
        } else if (sscanf(line, "f %" SCNxPTR, &p) == 1) {
            long slot = map_take(&map, p);
            if (slot >= 0) {
                emit(w, OP_FREE, (uint32_t)slot, 0);
                give_slot(w, (uint32_t)slot);
            }
        } else {
            fprintf(stderr, "%s:%zu: not a trace line: %s", path, lineno, line);
            exit(1);
        }
    }
    fclose(f);
    for (size_t i = 0; i < map.cap; i++) {
        if (map.keys[i] > 1) {
            emit(w, OP_FREE, map.vals[i], 0);
            give_slot(w, map.vals[i]);
        }
    }
    free(map.keys);
    free(map.vals);
}

/* ---- the synthetic interpreter mix ------------------------------------------------ */

/* Request sizes and their weights (per mille), measured: CPython 3.10 with
 * PYTHONMALLOC=malloc running the programs of shared/bench (first 2 million
 * trace lines of nine of them, recorded with trace_malloc).  28 is a small
 * int, 56 and 40 tuples and other small containers with their collector
 * header, 49-64 short strings; everything above 64 bytes is rare because
 * CPython keeps free lists of frames, dicts, lists and floats.  mini may
 * keep fewer, so the tail is widened a little. */
static const struct { uint32_t lo, hi, weight; } size_mix[] = {
    { 28, 28, 490 },  { 56, 56, 137 },  { 40, 40, 83 },   { 32, 32, 81 },
    { 48, 48, 60 },   { 36, 36, 42 },   { 64, 64, 38 },   { 16, 16, 25 },
    { 49, 63, 30 },   { 65, 128, 10 },  { 129, 512, 10 }, { 513, 8192, 2 },
};

/* Lifetimes, counted in allocations made after the block's own, measured
 * on the same traces: half the blocks die within four allocations, a
 * quarter live for hundreds to tens of thousands, a sixth outlive the
 * trace.  SIZE_MAX: until the end. */
static const struct { size_t lo, hi; uint32_t weight; } life_mix[] = {
    { 0, 0, 150 },          { 1, 1, 167 },         { 2, 2, 92 },
    { 3, 4, 104 },          { 5, 8, 32 },          { 9, 16, 38 },
    { 17, 64, 52 },         { 65, 256, 16 },       { 257, 1024, 42 },
    { 1025, 4096, 75 },     { 4097, 16384, 48 },   { 16385, 65536, 9 },
    { 65537, 1000000, 88 }, { SIZE_MAX, SIZE_MAX, 87 },
};

static size_t
synthetic_lifetime(uint64_t *rng)
{
    size_t pick = rng_range(rng, 0, 999), i = 0;
    while (pick >= life_mix[i].weight)
        pick -= life_mix[i++].weight;
    if (life_mix[i].lo == SIZE_MAX)
        return SIZE_MAX;
    return rng_range(rng, life_mix[i].lo, life_mix[i].hi);
}

typedef struct Event {
    size_t   time;
    uint32_t slot;
    uint32_t size;                 /* 0: free; else realloc to this size */
} Event;

typedef struct Heap {
    Event  *e;
    size_t  n, cap;
} Heap;

static void
heap_push(Heap *h, Event ev)
{
    if (h->n == h->cap) {
        h->cap = h->cap ? h->cap * 2 : 1 << 16;
        h->e = xrealloc(h->e, h->cap * sizeof *h->e);
    }
    size_t i = h->n++;
    while (i > 0 && h->e[(i - 1) / 2].time > ev.time) {
        h->e[i] = h->e[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h->e[i] = ev;
}

static Event
heap_pop(Heap *h)
{
    Event top = h->e[0], last = h->e[--h->n];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= h->n)
            break;
        if (c + 1 < h->n && h->e[c + 1].time < h->e[c].time)
            c++;
        if (h->e[c].time >= last.time)
            break;
        h->e[i] = h->e[c];
        i = c;
    }
    if (h->n > 0)
        h->e[i] = last;
    return top;
}

/* About `nops` operations: one allocation per time step, frees when
 * lifetimes end, and list item arrays (4% of allocations) that grow by
 * realloc as CPython lists do (n + n/8 + 6 items, 8 bytes each). */
static void
make_synthetic(Workload *w, size_t nops, uint64_t seed)
{
    uint64_t rng = seed ? seed : 1;
    uint32_t total = 0;
    for (size_t i = 0; i < sizeof size_mix / sizeof size_mix[0]; i++)
        total += size_mix[i].weight;
    Heap heap = { 0 };
    for (size_t t = 0; w->nops < nops; t++) {
        while (heap.n > 0 && heap.e[0].time <= t) {
            Event ev = heap_pop(&heap);
            if (ev.size == 0) {
                emit(w, OP_FREE, ev.slot, 0);
                give_slot(w, ev.slot);
            } else {
                emit(w, OP_REALLOC, ev.slot, ev.size);
            }
        }
        uint32_t slot = take_slot(w);
        size_t life = synthetic_lifetime(&rng), size;
        if (rng_range(&rng, 0, 99) < 4) {
            size_t items = rng_range(&rng, 0, 8), grows = rng_range(&rng, 1, 6);
            emit(w, OP_ALLOC, slot, items * 8);
            for (size_t g = 1; g <= grows && (life == SIZE_MAX || g * 3 < life); g++) {
                items = (items + 1 + ((items + 1) >> 3) + 6) & ~(size_t)3;
                heap_push(&heap, (Event){ .time = t + g * 3, .slot = slot,
                                          .size = (uint32_t)(items * 8) });
            }
        } else {
            uint32_t pick = (uint32_t)rng_range(&rng, 0, total - 1);
            size_t i = 0;
            while (pick >= size_mix[i].weight)
                pick -= size_mix[i++].weight;
            size = rng_range(&rng, size_mix[i].lo, size_mix[i].hi);
            emit(w, OP_ALLOC, slot, size);
        }
        if (life != SIZE_MAX)
            heap_push(&heap, (Event){ .time = t + 1 + life, .slot = slot, .size = 0 });
    }
    /* Whatever is still live (scheduled later or forever) is freed at the end. */
    bool *dead = calloc(w->nslots, sizeof *dead);
    for (size_t i = 0; i < w->nfree_slots; i++)
        dead[w->free_slots[i]] = true;
    for (uint32_t s = 0; s < w->nslots; s++) {
        if (!dead[s]) {
            emit(w, OP_FREE, s, 0);
            give_slot(w, s);
        }
    }
    free(dead);
    free(heap.e);
}

/* ---- replay ------------------------------------------------------------------------ */

/* CPU seconds of this process (user and system: page faults count), so
 * that other load on the machine does not count. */
static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static volatile uintptr_t sink;

/* Seconds to replay `w` with the C library's malloc. */
static double
replay_malloc(const Workload *w, void **slot)
{
    uintptr_t sum = 0;
    double t0 = now();
    for (const Op *op = w->ops, *end = op + w->nops; op < end; op++) {
        if (op->kind == OP_ALLOC) {
            void *p = malloc(op->size);
            slot[op->slot] = p;
            if (op->size >= sizeof(uintptr_t))
                *(uintptr_t *)p = op->slot;
        } else if (op->kind == OP_FREE) {
            void *p = slot[op->slot];
            sum += *(unsigned char *)p;
            free(p);
        } else {
            slot[op->slot] = realloc(slot[op->slot], op->size);
        }
    }
    double t = now() - t0;
    sink += sum;
    return t;
}

/* Seconds to replay `w` with allocator `a`. */
static double
replay_pools(const Workload *w, void **slot, MiAllocator *a)
{
    uintptr_t sum = 0;
    double t0 = now();
    for (const Op *op = w->ops, *end = op + w->nops; op < end; op++) {
        if (op->kind == OP_ALLOC) {
            void *p = mi_mem_alloc(a, op->size);
            slot[op->slot] = p;
            if (op->size >= sizeof(uintptr_t))
                *(uintptr_t *)p = op->slot;
        } else if (op->kind == OP_FREE) {
            void *p = slot[op->slot];
            sum += *(unsigned char *)p;
            mi_mem_free(a, p);
        } else {
            slot[op->slot] = mi_mem_realloc(a, slot[op->slot], op->size);
        }
    }
    double t = now() - t0;
    sink += sum;
    return t;
}

typedef struct RunResult {
    double seconds;
    size_t arenas;                 /* most arenas held (pools) */
} RunResult;

/* Replays `w` in a child process with the pools or with malloc. */
static RunResult
run_fresh(const Workload *w, bool pools)
{
    int fd[2];
    if (pipe(fd) < 0) {
        perror("alloc_bench: pipe");
        exit(1);
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        perror("alloc_bench: fork");
        exit(1);
    }
    if (pid == 0) {
        RunResult r = { 0, 0 };
        void **slot = calloc(w->nslots, sizeof *slot);
        MiAllocator *a = pools ? mi_alloc_create_mode(0) : NULL;
        if (slot == NULL || (pools && a == NULL))
            _exit(1);
        /* Touch the operations and the slots first: a new process pays for
         * its first access to each page (much more so on a virtual machine),
         * and that cost belongs to neither allocator. */
        memset(slot, 0, w->nslots * sizeof *slot);
        uint32_t touch = 0;
        for (size_t i = 0; i < w->nops; i += 4096 / sizeof(Op))
            touch += w->ops[i].size;
        sink += touch;
        if (pools) {
            MiAllocStats st;
            r.seconds = replay_pools(w, slot, a);
            mi_alloc_get_stats(a, &st);
            r.arenas = st.arenas_highwater;
        } else {
            r.seconds = replay_malloc(w, slot);
        }
        _exit(write(fd[1], &r, sizeof r) == (ssize_t)sizeof r ? 0 : 1);
    }
    close(fd[1]);
    RunResult r;
    ssize_t n = read(fd[0], &r, sizeof r);
    close(fd[0]);
    int status;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0
        || n != (ssize_t)sizeof r) {
        fprintf(stderr, "alloc_bench: a replay failed\n");
        exit(1);
    }
    return r;
}

static int
by_value(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

static double
median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, by_value);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int
main(int argc, char **argv)
{
    const char *trace = NULL;
    size_t nops = 8000000;
    int runs = 5;
    uint64_t seed = 1;
    const char *only = "";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--trace") == 0 && i + 1 < argc) {
            trace = argv[++i];
        } else if (strcmp(argv[i], "--ops") == 0 && i + 1 < argc) {
            nops = strtoull(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
            runs = atoi(argv[++i]);
        } else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc) {
            seed = strtoull(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
            only = argv[++i];
        } else {
            fprintf(stderr, "usage: alloc_bench [--trace FILE] [--ops N] [--runs R] "
                    "[--seed S] [--only malloc|pools]\n");
            return 2;
        }
    }
    if (runs < 1 || runs > 100 || nops == 0) {
        fprintf(stderr, "alloc_bench: need 1 <= runs <= 100 and ops > 0\n");
        return 2;
    }

    Workload w = { 0 };
    if (trace != NULL)
        load_trace(&w, trace, nops);
    else
        make_synthetic(&w, nops, seed);
    if (w.nops == 0) {
        fprintf(stderr, "alloc_bench: empty workload\n");
        return 1;
    }
    size_t nalloc = w.count[OP_ALLOC] + w.count[OP_REALLOC];
    printf("workload: %s\n", trace ? trace : "synthetic interpreter mix");
    printf("  %zu ops: %zu alloc, %zu realloc, %zu free; peak %zu live blocks\n", w.nops,
           w.count[OP_ALLOC], w.count[OP_REALLOC], w.count[OP_FREE], w.peak_live);
    printf("  sizes: <=64 %.1f%%, 65-128 %.1f%%, 129-256 %.1f%%, 257-512 %.1f%%, "
           ">512 %.1f%%\n", 100.0 * w.by_size[0] / nalloc, 100.0 * w.by_size[1] / nalloc,
           100.0 * w.by_size[2] / nalloc, 100.0 * w.by_size[3] / nalloc,
           100.0 * w.by_size[4] / nalloc);

    double *tm = xmalloc((size_t)runs * sizeof *tm), *tp = xmalloc((size_t)runs * sizeof *tp);
    bool do_malloc = strcmp(only, "pools") != 0, do_pools = strcmp(only, "malloc") != 0;
    size_t arenas = 0;
    for (int r = -1; r < runs; r++) {               /* run -1 warms up */
        RunResult rm = { 1, 0 }, rp = { 1, 0 };
        if (do_malloc)
            rm = run_fresh(&w, false);
        if (do_pools)
            rp = run_fresh(&w, true);
        if (r >= 0) {
            tm[r] = rm.seconds;
            tp[r] = rp.seconds;
        }
        arenas = rp.arenas;
    }
    double m = median(tm, runs), p = median(tp, runs);
    printf("system malloc: %8.3f s  %6.2f ns/op  (CPU time, median of %d)\n", m,
           m * 1e9 / w.nops, runs);
    printf("mini pools:    %8.3f s  %6.2f ns/op  (%zu arenas at most)\n", p,
           p * 1e9 / w.nops, arenas);
    printf("alloc-bench: ratio %.2f (system malloc time / pool time; above 1: pools "
           "faster)\n", m / p);
    free(tm);
    free(tp);
    free(w.ops);
    free(w.free_slots);
    return 0;
}
