/* vm/weakref.h: weak references.  An object that supports them has a
 * `weaklist` slot (type->weaklistoffset) heading a list of the weak
 * references to it; when it dies, each reference is cleared and its
 * callback called. */
#ifndef MINI_VM_WEAKREF_H
#define MINI_VM_WEAKREF_H

#include "vm/object.h"

typedef struct MiWeakRef {
    MI_HEAD
    MiObject          *object;      /* the referent (not owned); None once dead */
    MiObject          *callback;    /* owned or NULL */
    intptr_t           hash;        /* -1 until computed */
    struct MiWeakRef  *prev, *next; /* in the referent's list */
} MiWeakRef;

extern MiType mi_weakref_type, mi_weakproxy_type, mi_weakcallableproxy_type;

/* weakref.ref(o, callback): TypeError "cannot create weak reference to
 * 'int' object" for types without a weaklist. */
MiObject *mi_weakref_new(MiObject *o, MiObject *callback);
/* Borrowed: the referent, or None when it died. */
MiObject *mi_weakref_get(MiObject *ref);
/* Clears the weak references to `o` and calls their callbacks (from o's
 * dealloc).  Exceptions in callbacks are written as unraisable. */
void      mi_weakref_clear_all(MiObject *o);
/* Number of weak references to `o`. */
intptr_t  mi_weakref_count(MiObject *o);
/* Borrowed: the address of the weaklist slot of o, or NULL. */
MiObject **mi_weakref_list_ptr(MiObject *o);

#endif /* MINI_VM_WEAKREF_H */
