/* vm/args.h: argument parsing for built-in functions (vectorcall style:
 * args[0..nargs) positional, then keyword values named by kwnames). */
#ifndef MINI_VM_ARGS_H
#define MINI_VM_ARGS_H

#include "vm/object.h"

/* Matches the arguments against `names` (NULL-terminated; the first
 * `npositional_only` names cannot be given by keyword).
 * out[i] receives a borrowed reference or NULL when the argument was not
 * given.  `min` arguments are required; at most `max_positional` may be
 * given by position.  Raises CPython's TypeErrors:
 *   "f() takes at most 2 arguments (3 given)"
 *   "f() missing required argument 'x' (pos 1)"
 *   "f() got an unexpected keyword argument 'y'"
 *   "argument for f() given by name ('x') and position (1)".  0 / -1. */
int mi_args_parse(const char *fname, MiObject *const *args, intptr_t nargs,
                  MiObject *kwnames, const char *const *names,
                  int npositional_only, int min, int max_positional, MiObject **out);
/* Positional-only functions: checks min <= nargs <= max and no keywords;
 * messages as CPython's for METH_VARARGS functions. */
int mi_args_check(const char *fname, intptr_t nargs, MiObject *kwnames,
                  intptr_t min, intptr_t max);
/* "f() takes no keyword arguments" unless kwnames is empty. */
int mi_args_no_keywords(const char *fname, MiObject *kwnames);
/* Converts an argument with __index__ into intptr_t; -1 + exception. */
int mi_arg_ssize(MiObject *o, intptr_t *out);
/* Number of keyword arguments. */
static inline intptr_t
mi_args_nkw(MiObject *kwnames)
{
    return kwnames == NULL ? 0 : ((MiVarObject *)kwnames)->size;
}

#endif /* MINI_VM_ARGS_H */
