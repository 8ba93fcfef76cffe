/* vm/code.h: code objects, the compiler's output and the VM's input.
 *
 * Instructions are 32-bit words: opcode in the low 8 bits, argument in the
 * high 24 (vm/opcodes.h).  Instructions with an inline cache are followed
 * by one more word holding the index of their MiCacheEntry.  Locals, cells
 * and free variables share one array per frame ("localsplus"): nlocals fast
 * locals (arguments first), ncells cells, nfrees free variables.
 * Exceptions are handled through a table of protected ranges (zero cost on
 * the normal path): the innermost entry covering the failing instruction
 * gives the handler, and the stack depth to unwind to. */
#ifndef MINI_VM_CODE_H
#define MINI_VM_CODE_H

#include "vm/object.h"

enum {
    MI_CO_VARARGS = 1 << 0,        /* has *args */
    MI_CO_VARKEYWORDS = 1 << 1,    /* has **kwargs */
    MI_CO_GENERATOR = 1 << 2,      /* calling it makes a generator */
    MI_CO_NESTED = 1 << 3,
    MI_CO_MODULE = 1 << 4,         /* module or class body: names in a dict */
    MI_CO_CLASS_BODY = 1 << 5,
    MI_CO_NOFREE = 1 << 6,         /* no cells, no free variables */
    MI_CO_COMPREHENSION = 1 << 7,  /* a comprehension's hidden function */
    MI_CO_SIMPLE_ARGS = 1 << 8,    /* positional parameters only: fast calls */
};

/* One protected range of the exception table: an exception raised by an
 * instruction in [start, end) jumps to `handler` with the value stack cut
 * to `depth` items (plus the offset of the instruction when push_lasti). */
typedef struct MiExcEntry {
    uint32_t start, end, handler;
    uint16_t depth;
    uint16_t push_lasti;
} MiExcEntry;

/* Inline caches of LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR, LOAD_METHOD. */
typedef struct MiCacheEntry {
    uint64_t  version;         /* globals dict version / type version */
    uint64_t  version2;        /* builtins dict version */
    MiObject *value;           /* borrowed: valid while the versions match */
    intptr_t  index;           /* instance dict entry index hint */
    MiType   *type;
} MiCacheEntry;

typedef struct MiCode {
    MI_HEAD
    uint32_t     *code;
    intptr_t      ncode;           /* words */
    MiObject     *consts;          /* tuple */
    MiObject     *names;           /* tuple of str: globals, attributes */
    MiObject     *localsplusnames; /* tuple of str: locals, cells, frees */
    MiObject     *filename, *name, *qualname;   /* str */
    int           argcount, posonlyargcount, kwonlyargcount;
    int           nlocals, ncells, nfrees, nlocalsplus;
    int           stacksize;
    int           flags;           /* MI_CO_* */
    int           firstlineno;
    int32_t      *cell2arg;        /* ncells entries: argument index or -1; or NULL */
    int32_t      *lines;           /* line of each word of code */
    MiExcEntry   *exctable;
    intptr_t      nexc;
    MiCacheEntry *caches;
    intptr_t      ncaches;
    intptr_t      framesize;       /* nlocalsplus + stacksize */
    MiObject     *weaklist;
} MiCode;

extern MiType mi_code_type;

/* The source line of the instruction at word offset `offset`. */
int mi_code_line_at(MiCode *code, intptr_t offset);

#endif /* MINI_VM_CODE_H */
