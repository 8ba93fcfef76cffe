/* vm/state.h: the interpreter state.  Everything one running interpreter
 * owns lives in one MiState, reached through the one pointer `mi_state`
 * (so a second interpreter stays possible: switch the pointer).  Statically
 * allocated objects (None, True, small ints, built-in types) are shared.
 *
 * Lifecycle: mi_interp_init() builds the state, the built-in types and
 * modules; mi_interp_finalize() tears everything down again, so that a debug
 * build can check that zero objects and references are left (vm/interp.c). */
#ifndef MINI_VM_STATE_H
#define MINI_VM_STATE_H

#include <signal.h>

#include "gc/gc.h"
#include "vm/names.h"
#include "vm/object.h"

typedef struct MiFrame MiFrame;
typedef struct MiDataChunk MiDataChunk;
typedef struct MiAllocator MiAllocator;

/* Free lists keep recently freed objects of the hottest types for reuse. */
#define MI_TUPLE_FREELIST_SIZES 20     /* tuples of 1..19 items */
#define MI_TUPLE_FREELIST_MAX 2000     /* per size, as CPython */
#define MI_FLOAT_FREELIST_MAX 100

typedef struct MiNames {
#define MI_NAME_FIELD(n) MiObject *n;
#define MI_NAME_FIELD2(field, text) MiObject *field;
    MI_NAMES(MI_NAME_FIELD, MI_NAME_FIELD2)
#undef MI_NAME_FIELD
#undef MI_NAME_FIELD2
} MiNames;

/* The attribute lookup cache of mi_type_lookup() (vm/typeobject.c). */
#define MI_TYPE_CACHE_SIZE 4096
typedef struct MiTypeCacheEntry {
    uint32_t  version;
    MiObject *name;              /* borrowed: interned names only */
    MiObject *value;             /* borrowed: valid while version matches */
} MiTypeCacheEntry;

typedef struct MiState {
    MiAllocator *alloc;          /* where mi_malloc() takes memory from */
    MiGcState    gc;

    /* ---- exceptions ---- */
    MiObject *exc;               /* the exception being raised, or NULL */
    MiObject *handled;           /* the exception being handled (sys.exc_info) */

    /* ---- execution ---- */
    MiFrame     *frame;          /* the running Python frame, or NULL */
    MiDataChunk *data;           /* the stack of frame storage */
    int          depth;          /* Python frames on the stack */
    int          recursion_limit;    /* sys.getrecursionlimit() */
    intptr_t     int_max_str_digits; /* sys.get_int_max_str_digits(): the most
                                      * decimal digits int<->str converts
                                      * (CVE-2020-10735 limit), 0 = none */
    int          recursion_headroom; /* extra frames while RecursionError unwinds */
    char        *c_stack_limit;  /* C recursion below this address is refused */
    int          trash_depth;    /* nested container deallocations (trashcan) */
    MiObject    *trash_later;    /* containers whose deallocation was put off,
                                  * linked through their MiGcHead prev */
    volatile sig_atomic_t eval_breaker;  /* something asks the loop to stop */
    volatile sig_atomic_t interrupted;   /* SIGINT arrived */

    /* ---- the Python world ---- */
    MiObject *builtins;          /* dict of the builtins module */
    MiObject *builtins_module;
    MiObject *builtins_copy;     /* dict: builtins at start-up, restored at exit */
    MiObject *modules;           /* dict: sys.modules */
    MiObject *sys;               /* the sys module */
    MiObject *main_module;       /* __main__, once a program runs */
    MiObject *path;              /* list: sys.path */
    MiObject *stdout_obj, *stderr_obj, *stdin_obj;   /* the original sys.std* */
    MiNames   names;             /* interned identifiers: MI_NAME(x) */
    struct MiStrTable *interned; /* sys.intern()'s table (not owning) */
    MiObject *empty_tuple;
    MiObject *empty_str;
    MiObject *empty_bytes;
    MiObject *latin1[256];       /* one-character strings, made on demand */
    MiObject *memory_error;      /* preallocated for mi_err_nomemory() */
    MiObject *linecache;         /* dict: filename -> list of source lines */
    MiObject *gc_garbage;        /* list: gc.garbage */
    MiObject *gc_callbacks;      /* list: gc.callbacks */

    /* ---- caches and counters ---- */
    uint64_t  dict_version;      /* bumped by every dict mutation */
    uint32_t  next_type_version; /* attribute-cache tags for types */
    MiTypeCacheEntry *type_cache;    /* MI_TYPE_CACHE_SIZE entries */
    MiObject *tuple_freelist[MI_TUPLE_FREELIST_SIZES];
    int       tuple_freelist_len[MI_TUPLE_FREELIST_SIZES];
    MiObject *float_freelist;
    int       float_freelist_len;
    intptr_t  live_objects;      /* objects allocated and not yet freed */

    /* ---- options ---- */
    int  verbose_refs;           /* -X showrefcount */
    int  show_alloc;             /* -X showalloccount */
    int  interactive;            /* a REPL is running (sys.ps1 exists) */
    int  inspect;                /* -i: go interactive after the script */
    int  exit_code;              /* set by SystemExit handling */
    int  finalizing;             /* mi_interp_finalize() has started */
} MiState;

extern MiState *mi_state;

#define MI_NAME(n) (mi_state->names.n)

/* Tracking a container built in the VM: the last step of its constructor. */
#define MI_GC_TRACK(o) mi_gc_track(&mi_state->gc, (MiObject *)(o))
#define MI_GC_UNTRACK(o) mi_gc_untrack((MiObject *)(o))


#endif /* MINI_VM_STATE_H */
