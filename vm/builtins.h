/* vm/builtins.h: the builtins module definition (vm/builtins.c). */
#ifndef MINI_VM_BUILTINS_H
#define MINI_VM_BUILTINS_H

#include "vm/module.h"

extern const MiModuleDef mi_builtins_module_def;

#endif /* MINI_VM_BUILTINS_H */
