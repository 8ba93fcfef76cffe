/* vm/module.h: module objects and the table of modules written in C. */
#ifndef MINI_VM_MODULE_H
#define MINI_VM_MODULE_H

#include "vm/object.h"

typedef struct MiModuleDef {
    const char        *name;
    const char        *doc;
    const MiMethodDef *methods;
    /* Adds constants and types to the new module; 0 / -1. */
    int (*init)(MiObject *module);
} MiModuleDef;

typedef struct MiModule {
    MI_HEAD
    MiObject          *dict;
    MiObject          *name;
    const MiModuleDef *def;
    MiObject          *weaklist;
} MiModule;

extern MiType mi_module_type;

MiObject *mi_module_new(MiObject *name);
/* Creates a module from a C definition (functions bound to the module). */
MiObject *mi_module_from_def(const MiModuleDef *def);
/* Borrowed: the module's dict. */
MiObject *mi_module_dict(MiObject *module);
/* module.name = value (value borrowed); 0 / -1. */
int       mi_module_add(MiObject *module, const char *name, MiObject *value);
/* The same, stealing value (convenient right after creating it). */
int       mi_module_add_new(MiObject *module, const char *name, MiObject *value);
int       mi_module_add_int(MiObject *module, const char *name, int64_t value);

/* The built-in C modules, searched by import (vm/import.c). */
extern const MiModuleDef *const mi_builtin_module_defs[];

#endif /* MINI_VM_MODULE_H */
