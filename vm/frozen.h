/* vm/frozen.h: Python modules shipped inside the mini binary.  Their sources
 * live in vm/lib/ (one .py file each); the build embeds them (scripts/embed-python.cmake)
 * into a table that the import system searches after the built-in C
 * modules. */
#ifndef MINI_VM_FROZEN_H
#define MINI_VM_FROZEN_H

#include <stddef.h>

typedef struct MiFrozenModule {
    const char *name;        /* module name: the file name without .py */
    const char *source;      /* UTF-8 source, NUL-terminated */
    size_t      length;      /* bytes, without the NUL */
} MiFrozenModule;

/* Ends with an entry whose name is NULL. */
extern const MiFrozenModule mi_frozen_modules[];

#endif /* MINI_VM_FROZEN_H */
