/* vm/mem.c: the VM's memory functions, forwarding to the interpreter's
 * allocator (alloc/alloc.h): size-class pools for blocks up to 512 bytes,
 * the system allocator beyond (or for everything with MINI_MALLOC=malloc).
 * The allocator belongs to the interpreter state; before the state has
 * one (and after it is gone) the system allocator serves, and blocks are
 * freed by whoever allocated them (mi_alloc_is_pooled tells). */
#include "vm/mem.h"

#include <stdio.h>
#include <stdlib.h>

#include "alloc/alloc.h"
#include "vm/state.h"

static inline MiAllocator *
allocator(void)
{
    return mi_state != NULL ? mi_state->alloc : NULL;
}

void *
mi_malloc(size_t size)
{
    MiAllocator *a = allocator();
    return a ? mi_mem_alloc(a, size) : malloc(size ? size : 1);
}

void *
mi_calloc(size_t count, size_t size)
{
    MiAllocator *a = allocator();
    size_t total = mi_size_mul(count, size);
    if (total == SIZE_MAX)
        return NULL;
    return a ? mi_mem_calloc(a, count, size) : calloc(1, total ? total : 1);
}

void *
mi_realloc(void *p, size_t size)
{
    MiAllocator *a = allocator();
    return a ? mi_mem_realloc(a, p, size) : realloc(p, size ? size : 1);
}

void
mi_free(void *p)
{
    MiAllocator *a = allocator();
    if (a)
        mi_mem_free(a, p);
    else
        free(p);
}

void
mi_mem_print_stats(void *file)
{
    MiAllocator *a = allocator();
    if (a)
        mi_alloc_print_stats(a, file);
}

#if defined(__SANITIZE_ADDRESS__)
/* Under AddressSanitizer a request larger than it supports (bytes(2**50))
 * must fail like malloc does, so that it becomes MemoryError as in a
 * normal build, instead of aborting the process.  ASAN_OPTIONS from the
 * environment still override this. */
const char *__asan_default_options(void);

const char *
__asan_default_options(void)
{
    return "allocator_may_return_null=1";
}
#endif
