/* vm/mem.h: the VM's memory functions.  Every byte the interpreter holds
 * (objects and their variable parts) comes from here, and from here from
 * the interpreter's allocator (alloc/): pools for small blocks, the system
 * allocator for large ones.  NULL means out of memory and never sets an
 * exception: callers raise with mi_err_nomemory(). */
#ifndef MINI_VM_MEM_H
#define MINI_VM_MEM_H

#include <stddef.h>
#include <stdint.h>

void *mi_malloc(size_t size);
void *mi_calloc(size_t count, size_t size);    /* overflow-checked */
/* NULL `p` allocates; on failure returns NULL and leaves `p` alone. */
void *mi_realloc(void *p, size_t size);
void  mi_free(void *p);                         /* NULL allowed */
/* sys._debugmallocstats(): the allocator's report, to `file` (FILE *). */
void  mi_mem_print_stats(void *file);

/* Returns count * size, or SIZE_MAX when it overflows (an impossible size
 * that makes the allocation fail cleanly). */
static inline size_t
mi_size_mul(size_t count, size_t size)
{
    size_t r;
    if (__builtin_mul_overflow(count, size, &r))
        return SIZE_MAX;
    return r;
}

/* Returns a + b, or SIZE_MAX on overflow. */
static inline size_t
mi_size_add(size_t a, size_t b)
{
    size_t r;
    if (__builtin_add_overflow(a, b, &r))
        return SIZE_MAX;
    return r;
}

#endif /* MINI_VM_MEM_H */
