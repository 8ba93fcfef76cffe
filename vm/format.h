/* vm/format.h: the engine of str.format() and str.format_map() (vm/format.c),
 * for vm/str_methods.c.  format(value, spec) and `%` formatting are declared
 * in vm/str.h. */
#ifndef MINI_VM_FORMAT_H
#define MINI_VM_FORMAT_H

#include "vm/object.h"

/* fmt.format(*args, **kwargs) when `args` is not NULL: positional fields
 * read args[0..nargs), named fields look up `mapping` (a dict, or NULL when
 * no keywords were given: every named field is then a KeyError).
 * fmt.format_map(mapping) when `args` is NULL: positional fields raise
 * ValueError.  Returns a new str. */
MiObject *mi_format_fields(MiObject *fmt, MiObject *const *args, intptr_t nargs,
                           MiObject *mapping);

#endif /* MINI_VM_FORMAT_H */
