/* vm/object.h: the object model.  Every Python value is a heap object that
 * starts with MiObject: a reference count and a pointer to its type.
 *
 *   - A reference is a counted pointer.  mi_incref() takes one, mi_decref()
 *     drops one; reaching zero calls the type's dealloc at once, which drops
 *     what the object held (so freeing is immediate and recursive).
 *   - A type is an MiType object holding slots: C functions for repr, hash,
 *     compare, arithmetic, item and attribute access, iteration, calls, and
 *     for the collector traverse and clear.  The interpreter, the builtins
 *     and the cycle collector all go through these slots.
 *   - Containers set MI_TYPE_GC: they are allocated with the collector's
 *     MiGcHead in front (gc/gc.h), tracked as the constructor's last step,
 *     and implement traverse (visit each owned reference) and clear (drop
 *     them).
 *   - Calls use one convention everywhere (`vectorcall`): positional
 *     arguments args[0..nargs), then the values of keyword arguments whose
 *     names are in the tuple `kwnames` (or NULL).  Arguments are borrowed.
 *
 * Ownership is stated at every API: "new reference" (the caller owns the
 * result and must drop it), "borrowed" (valid while its owner lives),
 * "steals" (the callee takes over the caller's reference).
 *
 * Errors: functions returning a pointer return NULL, functions returning int
 * return -1, with an exception set (vm/errors.h). */
#ifndef MINI_VM_OBJECT_H
#define MINI_VM_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct MiType MiType;

typedef struct MiObject {
    intptr_t refcnt;
    MiType  *type;
} MiObject;

/* First member of every object struct. */
#define MI_HEAD MiObject base;

/* Branch hints for the rare paths of hot code. */
#ifndef MI_LIKELY
#define MI_LIKELY(x)   __builtin_expect(!!(x), 1)
#define MI_UNLIKELY(x) __builtin_expect(!!(x), 0)
#endif

/* Objects with a variable number of items (tuple, int digits, ...). */
typedef struct MiVarObject {
    MI_HEAD
    intptr_t size;
} MiVarObject;

#define MI_TYPE(o)  (((MiObject *)(o))->type)
/* The C name of o's type ("list", "Person"), for messages. */
#define MI_TYPE_NAME(o) (MI_TYPE(o)->name)
#define MI_REFCNT(o) (((MiObject *)(o))->refcnt)

/* Refcount of statically allocated objects (None, True, small ints, static
 * types): large enough never to reach zero, small enough to print. */
#define MI_STATIC_REFCNT 1

/* ---- reference counting -------------------------------------------------- */

void mi_dealloc(MiObject *o);            /* calls o->type->dealloc */
/* Reports an internal error that cannot be recovered from and aborts;
 * only for broken invariants, never for anything input can cause. */
void mi_fatal(const char *msg) __attribute__((noreturn));

#ifdef MI_DEBUG_REFS
/* Debug builds count every reference and every live object; main() and the
 * tests check both reach zero at exit, and a negative count stops at once. */
extern intptr_t mi_ref_total;
void mi_refcnt_negative(MiObject *o, const char *file, int line);
#define MI_REF_INC() (mi_ref_total++)
#define MI_REF_DEC() (mi_ref_total--)
#else
#define MI_REF_INC() ((void)0)
#define MI_REF_DEC() ((void)0)
#endif

/* Every object allocation and release goes through these: they count live
 * objects and, in debug builds, keep a registry of them so that a leak
 * report can name the leaked objects (vm/object.c). */
#ifdef MI_DEBUG_REFS
void mi_debug_live_add(MiObject *o);
void mi_debug_live_remove(MiObject *o);
/* Prints the objects still alive (type, refcount) to stderr. */
void mi_debug_live_report(void);
#define MI_LIVE_ADD(o) mi_debug_live_add((MiObject *)(o))
#define MI_LIVE_REMOVE(o) mi_debug_live_remove((MiObject *)(o))
#else
#define MI_LIVE_ADD(o) (mi_state->live_objects++)
#define MI_LIVE_REMOVE(o) (mi_state->live_objects--)
#endif

static inline void
mi_incref(MiObject *o)
{
    MI_REF_INC();
    o->refcnt++;
}

static inline void
mi_decref(MiObject *o)
{
    MI_REF_DEC();
    if (--o->refcnt == 0)
        mi_dealloc(o);
#ifdef MI_DEBUG_REFS
    else if (o->refcnt < 0)
        mi_refcnt_negative(o, __FILE__, __LINE__);
#endif
}

static inline void
mi_xincref(MiObject *o)
{
    if (o != NULL)
        mi_incref(o);
}

static inline void
mi_xdecref(MiObject *o)
{
    if (o != NULL)
        mi_decref(o);
}

/* Returns `o` with one more reference: `return mi_newref(x);`. */
static inline MiObject *
mi_newref(MiObject *o)
{
    mi_incref(o);
    return o;
}

#define MI_INCREF(o)   mi_incref((MiObject *)(o))
#define MI_DECREF(o)   mi_decref((MiObject *)(o))
#define MI_XINCREF(o)  mi_xincref((MiObject *)(o))
#define MI_XDECREF(o)  mi_xdecref((MiObject *)(o))
#define MI_NEWREF(o)   mi_newref((MiObject *)(o))
/* Empties the field first, then drops the reference: the decref may run
 * __del__ code that looks at the half-dead owner. */
#define MI_CLEAR(f)                                                           \
    do {                                                                      \
        MiObject *clear_tmp_ = (MiObject *)(f);                               \
        if (clear_tmp_ != NULL) {                                             \
            (f) = NULL;                                                       \
            mi_decref(clear_tmp_);                                            \
        }                                                                     \
    } while (0)
/* Stores `value` (a new reference) into field `f`, then drops the old one. */
#define MI_SETREF(f, value)                                                   \
    do {                                                                      \
        MiObject *setref_old_ = (MiObject *)(f);                              \
        (f) = (value);                                                        \
        mi_xdecref(setref_old_);                                              \
    } while (0)

/* ---- slot signatures ----------------------------------------------------- */

typedef MiObject *(*MiUnaryFunc)(MiObject *);
typedef MiObject *(*MiBinaryFunc)(MiObject *, MiObject *);
typedef MiObject *(*MiTernaryFunc)(MiObject *, MiObject *, MiObject *);
typedef int (*MiInquiry)(MiObject *);
typedef intptr_t (*MiLenFunc)(MiObject *);
typedef intptr_t (*MiHashFunc)(MiObject *);            /* -1 on error */
typedef MiObject *(*MiRichCmpFunc)(MiObject *, MiObject *, int op);
typedef MiObject *(*MiGetAttrFunc)(MiObject *, MiObject *name);
/* value NULL deletes the attribute / item. */
typedef int (*MiSetAttrFunc)(MiObject *, MiObject *name, MiObject *value);
typedef int (*MiSetItemFunc)(MiObject *, MiObject *key, MiObject *value);
typedef int (*MiContainsFunc)(MiObject *, MiObject *item);  /* 1, 0, -1 */
typedef MiObject *(*MiDescrGetFunc)(MiObject *descr, MiObject *obj, MiObject *type);
typedef int (*MiDescrSetFunc)(MiObject *descr, MiObject *obj, MiObject *value);
typedef MiObject *(*MiVectorcall)(MiObject *callable, MiObject *const *args,
                                  intptr_t nargs, MiObject *kwnames);
typedef MiObject *(*MiNewFunc)(MiType *type, MiObject *const *args,
                               intptr_t nargs, MiObject *kwnames);
typedef int (*MiInitFunc)(MiObject *self, MiObject *const *args,
                          intptr_t nargs, MiObject *kwnames);
typedef void (*MiDestructor)(MiObject *);
typedef int (*MiVisitProc)(MiObject *, void *arg);
typedef int (*MiTraverseProc)(MiObject *, MiVisitProc, void *arg);
/* Returns the next item (new reference), or NULL: with an exception set on
 * error, without one when the iterator is exhausted. */
typedef MiObject *(*MiIterNextFunc)(MiObject *);

/* Rich comparison operators, as CPython numbers them. */
enum { MI_LT = 0, MI_LE = 1, MI_EQ = 2, MI_NE = 3, MI_GT = 4, MI_GE = 5 };

/* Visits `o` (may be NULL) from a traverse function; returns on non-zero. */
#define MI_VISIT(o)                                                           \
    do {                                                                      \
        if ((o) != NULL) {                                                    \
            int visit_rc_ = visit((MiObject *)(o), arg);                      \
            if (visit_rc_)                                                    \
                return visit_rc_;                                             \
        }                                                                     \
    } while (0)

/* ---- method, member and getset tables of built-in types ------------------ */

/* A C function callable from Python.  `self` is the bound object (the
 * instance for methods, the module for module functions). */
typedef MiObject *(*MiCFunction)(MiObject *self, MiObject *const *args,
                                 intptr_t nargs, MiObject *kwnames);

enum {
    MI_METH_VARARGS = 0,       /* fn(self, args, nargs, kwnames); rejects kwargs */
    MI_METH_KEYWORDS = 1 << 0, /* fn(self, args, nargs, kwnames) */
    MI_METH_NOARGS = 1 << 1,   /* fn(self, NULL, 0, NULL), checked: no args */
    MI_METH_O = 1 << 2,        /* fn(self, args, 1, NULL), checked: exactly one */
    MI_METH_CLASS = 1 << 3,    /* bound to the type (classmethod) */
    MI_METH_STATIC = 1 << 4,   /* not bound */
};

typedef struct MiMethodDef {
    const char *name;
    MiCFunction fn;
    int         flags;
    const char *doc;
} MiMethodDef;

/* A C-level field exposed as an attribute. */
typedef enum MiMemberKind {
    MI_MEMBER_OBJECT,          /* MiObject *, None when NULL */
    MI_MEMBER_OBJECT_EX,       /* MiObject *, AttributeError when NULL */
    MI_MEMBER_INTPTR,          /* intptr_t as int */
    MI_MEMBER_INT,             /* int as int */
    MI_MEMBER_BOOL,            /* char as bool */
    MI_MEMBER_DOUBLE           /* double as float */
} MiMemberKind;

typedef struct MiMemberDef {
    const char  *name;
    MiMemberKind kind;
    size_t       offset;
    int          readonly;
    const char  *doc;
} MiMemberDef;

typedef MiObject *(*MiGetter)(MiObject *self, void *closure);
typedef int (*MiSetter)(MiObject *self, MiObject *value, void *closure);

typedef struct MiGetSetDef {
    const char *name;
    MiGetter    get;
    MiSetter    set;           /* NULL: read-only */
    const char *doc;
    void       *closure;
} MiGetSetDef;

/* ---- type objects ----------------------------------------------------- */

enum {
    MI_TYPE_GC = 1u << 0,          /* instances are containers with a MiGcHead */
    MI_TYPE_HEAP = 1u << 1,        /* created by a class statement */
    MI_TYPE_BASETYPE = 1u << 2,    /* may be subclassed */
    MI_TYPE_READY = 1u << 3,       /* mi_type_ready() has run */
    MI_TYPE_ABSTRACT = 1u << 4,
    /* Fast subclass checks, inherited by subclasses (as CPython's tp_flags). */
    MI_TYPE_INT_SUBCLASS = 1u << 8,
    MI_TYPE_LIST_SUBCLASS = 1u << 9,
    MI_TYPE_TUPLE_SUBCLASS = 1u << 10,
    MI_TYPE_STR_SUBCLASS = 1u << 11,
    MI_TYPE_BYTES_SUBCLASS = 1u << 12,
    MI_TYPE_DICT_SUBCLASS = 1u << 13,
    MI_TYPE_EXC_SUBCLASS = 1u << 14,
    MI_TYPE_TYPE_SUBCLASS = 1u << 15,
    MI_TYPE_SUBCLASS_MASK = 0xff00u,
    MI_TYPE_HAS_FINALIZER = 1u << 16,  /* finalize slot set (__del__) */
    MI_TYPE_IMMUTABLE = 1u << 17,      /* attributes cannot be set (builtins) */
    MI_TYPE_SEQUENCE = 1u << 18,       /* getitem takes integer indices */
    MI_TYPE_METHOD_DESCRIPTOR = 1u << 19,  /* binds like a function: LOAD_METHOD
                                            * may skip the bound method */
};

struct MiType {
    MI_HEAD
    const char *name;               /* "list", "module.Name" for C types */
    intptr_t    basicsize;          /* bytes of an instance (without MiGcHead) */
    intptr_t    itemsize;           /* bytes per item of variable-sized types */
    uint32_t    flags;

    /* lifecycle */
    MiDestructor   dealloc;         /* untrack, drop references, free */
    MiTraverseProc traverse;        /* containers: visit each owned reference */
    MiInquiry      clear;           /* containers: drop owned references */
    MiDestructor   finalize;        /* __del__ (PEP 442: run at most once) */
    MiInquiry      is_gc;           /* optional: is this instance a container? */
    MiNewFunc      new_;            /* type(...) step 1: allocate */
    MiInitFunc     init;            /* type(...) step 2: initialise */
    MiVectorcall   call;            /* obj(...) */

    /* conversion and comparison */
    MiUnaryFunc    repr;
    MiUnaryFunc    str;
    MiHashFunc     hash;            /* NULL: unhashable */
    MiRichCmpFunc  richcmp;         /* returns NotImplemented when it cannot */

    /* attributes */
    MiGetAttrFunc  getattr;         /* NULL: mi_obj_generic_getattr */
    MiSetAttrFunc  setattr;         /* NULL: mi_obj_generic_setattr */
    MiDescrGetFunc descr_get;       /* this object is a descriptor */
    MiDescrSetFunc descr_set;       /* ... a data descriptor */

    /* iteration */
    MiUnaryFunc    iter;
    MiIterNextFunc iternext;

    /* containers */
    MiLenFunc      len;
    MiBinaryFunc   getitem;         /* obj[key] */
    MiSetItemFunc  setitem;         /* obj[key] = value / del obj[key] */
    MiContainsFunc contains;        /* item in obj */

    /* numbers: each returns NotImplemented when it cannot handle the pair */
    MiBinaryFunc   add, sub, mul, truediv, floordiv, mod, divmod, lshift,
                   rshift, and_, or_, xor_, matmul;
    MiTernaryFunc  pow;
    MiBinaryFunc   iadd, isub, imul, itruediv, ifloordiv, imod, ilshift,
                   irshift, iand, ior, ixor, imatmul;
    MiTernaryFunc  ipow;
    MiUnaryFunc    neg, pos, abs, invert, to_int, to_float, index;
    MiInquiry      bool_;           /* truth value: 1, 0, -1 */

    /* attributes defined in C, turned into descriptors by mi_type_ready() */
    MiMethodDef   *methods;
    MiMemberDef   *members;
    MiGetSetDef   *getsets;
    const char    *doc;

    /* the type's Python side, filled by mi_type_ready() / class creation */
    MiType   *base_type;            /* the solid base (layout parent) */
    MiObject *bases;                /* tuple of types */
    MiObject *mro;                  /* tuple of types, self first */
    MiObject *dict;                 /* attributes */
    MiObject *name_obj;             /* str: __name__ */
    MiObject *qualname;             /* str: __qualname__ */
    MiObject *module;               /* str or NULL: __module__ of C types */
    MiObject *subclasses;           /* dict: id -> weakref, or NULL */
    MiObject *weaklist;             /* weak references to this type */
    intptr_t  dictoffset;           /* offset of the instance's dict, or 0 */
    intptr_t  weaklistoffset;       /* offset of the instance's weak list, or 0 */
    uint32_t  version;              /* attribute-cache tag, 0 when invalid */
};

/* Is `o` an instance of exactly `t`? */
static inline bool
mi_is_type(const MiObject *o, const MiType *t)
{
    return o->type == t;
}

/* Is `o`'s type flagged with one of the MI_TYPE_*_SUBCLASS `flag`s? */
static inline bool
mi_type_has_flag(const MiType *t, uint32_t flag)
{
    return (t->flags & flag) != 0;
}

/* Returns 1 if `o` is a container the collector must know of. */
static inline bool
mi_obj_is_gc(MiObject *o)
{
    MiType *t = o->type;
    return (t->flags & MI_TYPE_GC) && (t->is_gc == NULL || t->is_gc(o));
}

/* Is type `a` a subclass of (or equal to) type `b` (by MRO)? */
int mi_type_is_subtype(MiType *a, MiType *b);

extern MiType mi_type_type;         /* type */
extern MiType mi_object_type;       /* object */

#endif /* MINI_VM_OBJECT_H */
