/* vm/typeobject.h: type objects: readying the built-in types, creating
 * classes (class statement / type(name, bases, dict)), method resolution
 * order (C3), slot inheritance, slots that call Python dunders, and the
 * attribute lookup cache. */
#ifndef MINI_VM_TYPEOBJECT_H
#define MINI_VM_TYPEOBJECT_H

#include "vm/object.h"

/* Fills in a static type: base, bases, mro, dict with the descriptors of
 * its methods/members/getsets and slot wrappers, inherited slots.  0 / -1. */
int       mi_type_ready(MiType *t);
/* Borrowed: the attribute `name` (a str) found along t's MRO, or NULL
 * (no exception).  Cached by (type version, name). */
MiObject *mi_type_lookup(MiType *t, MiObject *name);
/* type(name, bases, dict) with a metaclass; new reference. */
MiObject *mi_type_new(MiType *meta, MiObject *name, MiObject *bases,
                      MiObject *dict, MiObject *kwnames_dict);
/* Invalidates attribute caches of t and its subclasses (attributes of a
 * class changed). */
void      mi_type_modified(MiType *t);
/* Ensures t has a valid version tag (for inline caches); 0 if none can be
 * assigned. */
uint32_t  mi_type_version(MiType *t);
/* __name__ / __qualname__ as C strings (borrowed). */
const char *mi_type_name(MiType *t);
/* "module.qualname" for reprs ("<class '__main__.A'>"): new str. */
MiObject *mi_type_repr_name(MiType *t);
/* Calls type->new_ then init: what calling a class does. */
MiObject *mi_type_call(MiObject *type, MiObject *const *args, intptr_t nargs,
                       MiObject *kwnames);
/* object.__new__ for heap types: allocates and tracks an instance. */
MiObject *mi_object_generic_new(MiType *type);
/* The __init__ (borrowed) a type call would run from Python code, for the
 * eval loop's inline class instantiation; NULL if not a plain function. */
MiObject *mi_type_python_init(MiType *type);
/* Releases the dicts and tuples of static types at interpreter exit. */
void      mi_types_finalize(void);
/* Registers a static type to be finalized at exit. */
void      mi_type_register_static(MiType *t);

/* For deallocs of objects with a finalizer: runs it once (PEP 442) with
 * a temporary reference.  Returns 1 when the finalizer resurrected the
 * object (the dealloc must stop), else 0. */
int       mi_finalize_from_dealloc(MiObject *o);

/* super(type, obj) */
extern MiType mi_super_type;

#endif /* MINI_VM_TYPEOBJECT_H */
