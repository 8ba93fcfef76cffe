/* vm/args.c: matching call arguments of built-in functions to parameter
 * names, with CPython's error messages. */
#include "vm/args.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/tuple.h"

int
mi_args_check(const char *fname, intptr_t nargs, MiObject *kwnames, intptr_t min,
              intptr_t max)
{
    if (mi_args_no_keywords(fname, kwnames) < 0)
        return -1;
    if (nargs < min || nargs > max) {
        if (min == max) {
            mi_err_format(MI_EXC(TypeError), "%s expected %zd argument%s, got %zd", fname, min,
                          min == 1 ? "" : "s", nargs);
        } else if (nargs < min) {
            mi_err_format(MI_EXC(TypeError), "%s expected at least %zd argument%s, got %zd",
                          fname, min, min == 1 ? "" : "s", nargs);
        } else {
            mi_err_format(MI_EXC(TypeError), "%s expected at most %zd argument%s, got %zd",
                          fname, max, max == 1 ? "" : "s", nargs);
        }
        return -1;
    }
    return 0;
}

int
mi_args_no_keywords(const char *fname, MiObject *kwnames)
{
    if (mi_args_nkw(kwnames) > 0) {
        mi_err_format(MI_EXC(TypeError), "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int
mi_args_parse(const char *fname, MiObject *const *args, intptr_t nargs, MiObject *kwnames,
              const char *const *names, int npositional_only, int min, int max_positional,
              MiObject **out)
{
    int nnames = 0;
    intptr_t nkw = mi_args_nkw(kwnames);
    while (names[nnames] != NULL)
        nnames++;
    if (nargs > max_positional) {
        if (max_positional == 0) {
            mi_err_format(MI_EXC(TypeError), "%s() takes no positional arguments", fname);
        } else {
            mi_err_format(MI_EXC(TypeError), "%s() takes at most %d positional argument%s "
                          "(%zd given)", fname, max_positional,
                          max_positional == 1 ? "" : "s", nargs);
        }
        return -1;
    }
    for (int i = 0; i < nnames; i++)
        out[i] = i < nargs ? args[i] : NULL;
    for (intptr_t k = 0; k < nkw; k++) {
        MiObject *key = MI_TUPLE_GET(kwnames, k);
        int found = -1;
        for (int i = npositional_only; i < nnames; i++) {
            if (mi_str_eq_cstr(key, names[i])) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            for (int i = 0; i < npositional_only; i++) {
                if (mi_str_eq_cstr(key, names[i])) {
                    mi_err_format(MI_EXC(TypeError), "%s() got some positional-only arguments "
                                  "passed as keyword arguments: '%s'", fname, names[i]);
                    return -1;
                }
            }
            mi_err_format(MI_EXC(TypeError), "%s() got an unexpected keyword argument '%U'",
                          fname, key);
            return -1;
        }
        if (out[found] != NULL) {
            mi_err_format(MI_EXC(TypeError), "argument for %s() given by name ('%s') and "
                          "position (%d)", fname, names[found], found + 1);
            return -1;
        }
        out[found] = args[nargs + k];
    }
    for (int i = 0; i < min; i++) {
        if (out[i] == NULL) {
            if (i < npositional_only || nkw == 0) {
                mi_err_format(MI_EXC(TypeError), "%s() takes at least %d positional argument%s "
                              "(%zd given)", fname, min, min == 1 ? "" : "s", nargs);
            } else {
                mi_err_format(MI_EXC(TypeError), "%s() missing required argument '%s' (pos %d)",
                              fname, names[i], i + 1);
            }
            return -1;
        }
    }
    return 0;
}

int
mi_arg_ssize(MiObject *o, intptr_t *out)
{
    intptr_t v = mi_num_as_ssize(o, MI_EXC(OverflowError));
    if (v == -1 && mi_err_occurred())
        return -1;
    *out = v;
    return 0;
}
