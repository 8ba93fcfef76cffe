/* vm/modules.c: the table of modules written in C that `import` finds
 * (sys and builtins exist from start-up and are found in sys.modules). */
#include "vm/module.h"

extern const MiModuleDef mi_gc_module_def;
extern const MiModuleDef mi__weakref_module_def;
extern const MiModuleDef mi_math_module_def;
extern const MiModuleDef mi_time_module_def;
extern const MiModuleDef mi__random_module_def;
extern const MiModuleDef mi__traceback_module_def;
extern const MiModuleDef mi__objgraph_module_def;

const MiModuleDef *const mi_builtin_module_defs[] = {
    &mi_gc_module_def,
    &mi__weakref_module_def,
    &mi_math_module_def,
    &mi_time_module_def,
    &mi__random_module_def,
    &mi__traceback_module_def,
    &mi__objgraph_module_def,
    NULL,
};
