/* vm/genericalias.h: types.GenericAlias, the value of `list[int]` (PEP 585).
 * Aliases are made with mi_generic_alias_new() (vm/abstract.h). */
#ifndef MINI_VM_GENERICALIAS_H
#define MINI_VM_GENERICALIAS_H

#include "vm/object.h"

typedef struct MiGenericAlias {
    MI_HEAD
    MiObject *origin;          /* the class subscripted */
    MiObject *args;            /* tuple of the subscripts */
    MiObject *parameters;      /* tuple of type variables, NULL until computed */
    MiObject *weaklist;
} MiGenericAlias;

extern MiType mi_generic_alias_type;

struct MiStrBuilder;

/* The type variables among `args` (a tuple) and their __parameters__, in
 * order without repeats: an alias's or a union's __parameters__. */
MiObject *mi_type_parameters(MiObject *args);
/* Appends how an alias or a union shows one of its arguments: "..." for
 * Ellipsis, the repr of aliases, `qualname` for builtins and
 * `module.qualname` for other classes, else the repr.  0 / -1. */
int mi_alias_repr_item(struct MiStrBuilder *sb, MiObject *p);
/* X | Y for classes, None, aliases and unions (types.UnionType), else
 * NotImplemented: the `|` of type and of GenericAlias. */
MiObject *mi_union_or(MiObject *a, MiObject *b);

extern MiType mi_union_type;

#endif /* MINI_VM_GENERICALIAS_H */
