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

#endif /* MINI_VM_GENERICALIAS_H */
