/* vm/import.h: the import system.  `import m` looks in sys.modules, then
 * the built-in C modules, then the frozen Python modules shipped in the
 * binary, then m.py (or m/__init__.py) in each directory of sys.path; a
 * module runs once and is cached in sys.modules.  Dotted names import each
 * parent package first. */
#ifndef MINI_VM_IMPORT_H
#define MINI_VM_IMPORT_H

#include "vm/object.h"

/* IMPORT_NAME: __import__(name, globals, None, fromlist, level). */
MiObject *mi_import_name(MiObject *name, MiObject *globals, MiObject *fromlist, int level);
/* IMPORT_FROM: module.name, or sys.modules["module.name"], else ImportError
 * "cannot import name 'x' from 'm' (path)". */
MiObject *mi_import_from(MiObject *module, MiObject *name);
/* from module import *: copies __all__ or the public names into `locals`. */
int       mi_import_star(MiObject *module, MiObject *locals);
/* Imports a module by its absolute dotted name. */
MiObject *mi_import_module(const char *name);
/* Runs `code` as the body of a new module `name` (registered in
 * sys.modules before it runs, removed again if it fails). */
MiObject *mi_import_exec_code(MiObject *name, MiObject *code, MiObject *filename);

#endif /* MINI_VM_IMPORT_H */
