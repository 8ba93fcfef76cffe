/* vm/func.h: callables: Python functions, cells, bound methods, built-in
 * functions and method descriptors, classmethod, staticmethod, property. */
#ifndef MINI_VM_FUNC_H
#define MINI_VM_FUNC_H

#include "vm/code.h"
#include "vm/object.h"

typedef struct MiFunction {
    MI_HEAD
    MiVectorcall vectorcall;
    MiCode   *code;
    MiObject *globals;         /* dict */
    MiObject *builtins;        /* dict */
    MiObject *name, *qualname; /* str */
    MiObject *defaults;        /* tuple or NULL */
    MiObject *kwdefaults;      /* dict or NULL */
    MiObject *closure;         /* tuple of cells or NULL */
    MiObject *doc;
    MiObject *dict;
    MiObject *module;
    MiObject *annotations;
    MiObject *weaklist;
} MiFunction;

typedef struct MiCell {
    MI_HEAD
    MiObject *ref;             /* NULL when empty */
} MiCell;

typedef struct MiMethod {          /* a bound method */
    MI_HEAD
    MiObject *func;
    MiObject *self;
    MiObject *weaklist;
} MiMethod;

typedef struct MiCFunctionObject {   /* builtin_function_or_method */
    MI_HEAD
    const MiMethodDef *def;
    MiObject          *self;         /* module or bound instance, may be NULL */
    MiObject          *module;       /* str: __module__ or NULL */
    MiObject          *weaklist;
} MiCFunctionObject;

typedef struct MiMethodDescr {       /* method_descriptor / classmethod_descriptor */
    MI_HEAD
    const MiMethodDef *def;
    MiType            *owner;
    MiObject          *name;
} MiMethodDescr;

typedef struct MiMemberDescr {       /* member_descriptor */
    MI_HEAD
    const MiMemberDef *def;
    MiType            *owner;
    MiObject          *name;
} MiMemberDescr;

typedef struct MiGetSetDescr {       /* getset_descriptor */
    MI_HEAD
    const MiGetSetDef *def;
    MiType            *owner;
    MiObject          *name;
} MiGetSetDescr;

/* A slot wrapper: a Python-visible dunder of a built-in type (int.__add__,
 * object.__init__), calling the type's C slot. */
typedef struct MiSlotWrapper {
    MI_HEAD
    MiType            *owner;
    MiObject          *name;
    int                kind;         /* which slot (vm/typeobject.c) */
    void              *slot;         /* the C function */
} MiSlotWrapper;

typedef struct MiClassMethod {       /* classmethod / staticmethod */
    MI_HEAD
    MiObject *func;
    MiObject *dict;
} MiClassMethod;

typedef struct MiProperty {
    MI_HEAD
    MiObject *fget, *fset, *fdel, *doc;
    MiObject *name;
} MiProperty;

extern MiType mi_function_type, mi_cell_type, mi_method_type,
    mi_cfunction_type, mi_method_descr_type, mi_classmethod_descr_type,
    mi_member_descr_type, mi_getset_descr_type, mi_slot_wrapper_type,
    mi_method_wrapper_type, mi_classmethod_type, mi_staticmethod_type,
    mi_property_type;

/* def: a new function of `code` (borrowed) in `globals` (borrowed). */
MiObject *mi_function_new(MiCode *code, MiObject *globals, MiObject *qualname);
MiObject *mi_cell_new(MiObject *ref);            /* ref borrowed, may be NULL */
MiObject *mi_method_new(MiObject *func, MiObject *self);   /* both borrowed */
/* A built-in function bound to `self` (borrowed, may be NULL). */
MiObject *mi_cfunction_new(const MiMethodDef *def, MiObject *self, MiObject *module);
MiObject *mi_method_descr_new(MiType *owner, const MiMethodDef *def);
MiObject *mi_member_descr_new(MiType *owner, const MiMemberDef *def);
MiObject *mi_getset_descr_new(MiType *owner, const MiGetSetDef *def);
/* Calls a MiMethodDef's function with its flags' argument checks. */
MiObject *mi_cfunction_call_def(const MiMethodDef *def, MiObject *self,
                                MiObject *const *args, intptr_t nargs,
                                MiObject *kwnames);

#endif /* MINI_VM_FUNC_H */
