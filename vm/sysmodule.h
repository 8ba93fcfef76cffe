/* vm/sysmodule.h: the sys module definition (vm/sysmodule.c). */
#ifndef MINI_VM_SYSMODULE_H
#define MINI_VM_SYSMODULE_H

#include "vm/module.h"

extern const MiModuleDef mi_sys_module_def;

#endif /* MINI_VM_SYSMODULE_H */
