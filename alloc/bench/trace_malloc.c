/* alloc/bench/trace_malloc.c: an LD_PRELOAD library that records a
 * program's malloc, calloc, realloc and free calls in the MINI_ALLOC_TRACE
 * format ("a SIZE PTR", "r SIZE OLD NEW", "f PTR"; docs/allocator.md), so
 * that alloc_bench can replay another interpreter's allocations: CPython
 * with PYTHONMALLOC=malloc sends every object to malloc.
 *
 *   MINI_ALLOC_TRACE=/tmp/t.trace PYTHONMALLOC=malloc \
 *       LD_PRELOAD=build-bench/liballoc_trace_malloc.so python3.10 prog.py
 *
 * MINI_ALLOC_TRACE_MAX=N stops recording after N events (traces of a few
 * seconds of CPython run to hundreds of megabytes).
 *
 * How: each function calls glibc's own __libc_* entry point, then appends a
 * line to a buffer written out with write(2) (stdio could allocate and come
 * back here).  Calls before the constructor ran or after the destructor are
 * not recorded; alloc_bench frees what a trace leaves live and ignores frees
 * of blocks it never saw.  Not thread-safe: for single-threaded programs. */
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *p, size_t size);
void  __libc_free(void *p);

static int  trace_fd = -1;
static char buf[1 << 16];
static size_t len;
static unsigned long long budget = ~0ULL;   /* events still to record */

static void
flush(void)
{
    size_t done = 0;
    while (done < len) {
        ssize_t n = write(trace_fd, buf + done, len - done);
        if (n <= 0)
            break;
        done += (size_t)n;
    }
    len = 0;
}

/* Appends " " and `v` in base 10 or 16. */
static void
put_number(uintptr_t v, unsigned base)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v != 0);
    buf[len++] = ' ';
    while (n > 0)
        buf[len++] = digits[--n];
}

/* Records one event: kind 'a' (size, p), 'r' (size, old, p) or 'f' (p). */
static void
record(char kind, size_t size, const void *old, const void *p)
{
    if (trace_fd < 0 || budget == 0)
        return;
    budget--;
    if (len > sizeof buf - 80)
        flush();
    buf[len++] = kind;
    if (kind != 'f')
        put_number(size, 10);
    if (kind == 'r')
        put_number((uintptr_t)old, 16);
    put_number((uintptr_t)p, 16);
    buf[len++] = '\n';
}

__attribute__((constructor)) static void
trace_open(void)
{
    const char *path = getenv("MINI_ALLOC_TRACE"), *max = getenv("MINI_ALLOC_TRACE_MAX");
    if (path == NULL || path[0] == '\0')
        return;
    if (max != NULL && max[0] != '\0')
        budget = strtoull(max, NULL, 10);
    trace_fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (trace_fd >= 0) {
        static const char header[] = "# mini alloc trace 1\n";
        memcpy(buf, header, sizeof header - 1);
        len = sizeof header - 1;
    }
}

__attribute__((destructor)) static void
trace_close(void)
{
    if (trace_fd < 0)
        return;
    static const char end[] = "# end\n";
    if (len > sizeof buf - sizeof end)
        flush();
    memcpy(buf + len, end, sizeof end - 1);
    len += sizeof end - 1;
    flush();
    close(trace_fd);
    trace_fd = -1;
}

void *
malloc(size_t size)
{
    void *p = __libc_malloc(size);
    if (p != NULL)
        record('a', size, NULL, p);
    return p;
}

void *
calloc(size_t count, size_t size)
{
    void *p = __libc_calloc(count, size);
    if (p != NULL)
        record('a', count * size, NULL, p);
    return p;
}

void *
realloc(void *old, size_t size)
{
    void *p = __libc_realloc(old, size);
    if (p != NULL)
        record(old == NULL ? 'a' : 'r', size, old, p);
    else if (size == 0 && old != NULL)
        record('f', 0, NULL, old);          /* glibc's realloc(p, 0) frees p */
    return p;
}

void
free(void *p)
{
    if (p != NULL)
        record('f', 0, NULL, p);
    __libc_free(p);
}
