/* vm/builtins.c: the `builtins` module: the functions every program sees
 * (print, len, min, sorted, isinstance, ...), __build_class__ (what a
 * class statement calls), exec/eval/compile, and the built-in types and
 * constants published under their Python names. */
#include "vm/builtins.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/compile.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/fileio.h"
#include "vm/float.h"
#include "vm/func.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/set.h"
#include "vm/slots.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

#define UNUSED_ARGS (void)self

/* sys.<name>, borrowed, or NULL. */
static MiObject *
sys_attr(const char *name)
{
    return mi_state->sys ? mi_dict_get_cstr(mi_module_dict(mi_state->sys), name) : NULL;
}

/* ---- print and input ------------------------------------------------------------------ */

static MiObject *
builtin_print(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    MiObject *kw[4] = {NULL, NULL, NULL, NULL};
    MiObject *file, *sep, *end;
    intptr_t nkw = mi_args_nkw(kwnames);
    UNUSED_ARGS;
    if (nkw > 0 && mi_args_parse("print", args + nargs - 0, 0, kwnames, names, 0, 0, 0, kw) < 0) {
        /* mi_args_parse needs the keyword values right after args: they are */
        return NULL;
    }
    if (nkw > 0) {
        /* re-parse with the real layout: positional args are free-form */
        for (int i = 0; i < 4; i++)
            kw[i] = NULL;
        for (intptr_t k = 0; k < nkw; k++) {
            MiObject *key = MI_TUPLE_GET(kwnames, k);
            int found = 0;
            for (int i = 0; i < 4; i++) {
                if (mi_str_eq_cstr(key, names[i])) {
                    kw[i] = args[nargs + k];
                    found = 1;
                }
            }
            if (!found)
                return mi_err_format(MI_EXC(TypeError), "'%U' is an invalid keyword argument for "
                                     "print()", key);
        }
    }
    file = kw[2];
    if (file == NULL || file == MI_NONE) {
        file = sys_attr("stdout");
        if (file == NULL || file == MI_NONE)
            MI_RETURN_NONE;
    }
    sep = kw[0];
    end = kw[1];
    if (sep != NULL && sep != MI_NONE && !mi_str_check(sep))
        return mi_err_format(MI_EXC(TypeError), "sep must be None or a string, not %s",
                             MI_TYPE_NAME(sep));
    if (end != NULL && end != MI_NONE && !mi_str_check(end))
        return mi_err_format(MI_EXC(TypeError), "end must be None or a string, not %s",
                             MI_TYPE_NAME(end));
    MI_INCREF(file);
    for (intptr_t i = 0; i < nargs; i++) {
        MiObject *s;
        int rc;
        if (i > 0) {
            if (sep == NULL || sep == MI_NONE)
                rc = mi_file_write_cstr(file, " ", 1);
            else
                rc = mi_file_write_str(file, sep);
            if (rc < 0)
                goto fail;
        }
        s = mi_obj_str(args[i]);
        if (s == NULL)
            goto fail;
        rc = mi_file_write_str(file, s);
        MI_DECREF(s);
        if (rc < 0)
            goto fail;
    }
    if ((end == NULL || end == MI_NONE ? mi_file_write_cstr(file, "\n", 1)
                                       : mi_file_write_str(file, end)) < 0)
        goto fail;
    if (kw[3] != NULL && mi_obj_is_true(kw[3]) > 0 && mi_file_flush(file) < 0)
        goto fail;
    MI_DECREF(file);
    MI_RETURN_NONE;
fail:
    MI_DECREF(file);
    return NULL;
}

static MiObject *
builtin_input(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *in, *out, *line;
    intptr_t n;
    UNUSED_ARGS;
    if (mi_args_check("input", nargs, kwnames, 0, 1) < 0)
        return NULL;
    out = sys_attr("stdout");
    in = sys_attr("stdin");
    if (in == NULL || in == MI_NONE)
        return mi_err_format(MI_EXC(RuntimeError), "input(): lost sys.stdin");
    if (nargs == 1 && out != NULL && out != MI_NONE) {
        MiObject *p = mi_obj_str(args[0]);
        int rc;
        if (p == NULL)
            return NULL;
        rc = mi_file_write_str(out, p);
        MI_DECREF(p);
        if (rc < 0 || mi_file_flush(out) < 0)
            return NULL;
    } else if (out != NULL && out != MI_NONE && mi_file_flush(out) < 0) {
        return NULL;
    }
    line = mi_file_readline(in);
    if (line == NULL)
        return NULL;
    if (!mi_str_check(line)) {
        MI_DECREF(line);
        return mi_err_format(MI_EXC(TypeError), "object.readline() returned non-string");
    }
    n = MI_STR_SIZE(line);
    if (n == 0) {
        MI_DECREF(line);
        return mi_err_format(MI_EXC(EOFError), "EOF when reading a line");
    }
    if (MI_STR_DATA(line)[n - 1] == '\n') {
        MiObject *stripped = mi_str_new(MI_STR_DATA(line), n - 1);
        MI_DECREF(line);
        return stripped;
    }
    return line;
}

/* ---- simple functions ------------------------------------------------------------------- */

static MiObject *
builtin_len(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t n;
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    n = mi_obj_len(args[0]);
    return n < 0 ? NULL : mi_int_from_i64(n);
}

static MiObject *
builtin_repr(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    return mi_obj_repr(args[0]);
}

static MiObject *
builtin_ascii(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    return mi_obj_ascii(args[0]);
}

static MiObject *
builtin_abs(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    return mi_num_abs(args[0]);
}

static MiObject *
builtin_id(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    return mi_int_from_u64((uintptr_t)args[0]);
}

static MiObject *
builtin_hash(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t h;
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    h = mi_obj_hash(args[0]);
    return h == -1 && mi_err_occurred() ? NULL : mi_int_from_i64(h);
}

static MiObject *
builtin_callable(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    return mi_bool_from(mi_obj_is_callable(args[0]));
}

static MiObject *
builtin_chr(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t cp;
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    if (mi_float_check(args[0]))
        return mi_err_format(MI_EXC(TypeError), "integer argument expected, got float");
    cp = mi_num_as_ssize(args[0], MI_EXC(OverflowError));
    if (cp == -1 && mi_err_occurred())
        return NULL;
    if (cp < 0 || cp > 0x10FFFF)
        return mi_err_format(MI_EXC(ValueError), "chr() arg not in range(0x110000)");
    return mi_str_from_codepoint((uint32_t)cp);
}

static MiObject *
builtin_ord(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *o = args[0];
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    if (mi_str_check(o)) {
        if (MI_STR_LEN(o) != 1)
            return mi_err_format(MI_EXC(TypeError), "ord() expected a character, but string of "
                                 "length %zd found", MI_STR_LEN(o));
        return mi_int_from_i64(mi_str_codepoint_at(o, 0));
    }
    if (mi_bytes_check(o) || o->type == &mi_bytearray_type) {
        intptr_t n = ((MiVarObject *)o)->size;
        const char *data = o->type == &mi_bytearray_type ? ((MiByteArray *)o)->data
                                                         : MI_BYTES_DATA(o);
        if (n != 1)
            return mi_err_format(MI_EXC(TypeError), "ord() expected a character, but string of "
                                 "length %zd found", n);
        return mi_int_from_i64((unsigned char)data[0]);
    }
    return mi_err_format(MI_EXC(TypeError), "ord() expected string of length 1, but %s found",
                         MI_TYPE_NAME(o));
}

static MiObject *
radix(MiObject *o, int base)
{
    MiObject *i = mi_num_index(o), *res;
    if (i == NULL)
        return NULL;
    res = mi_int_to_str(i, base, 1);
    MI_DECREF(i);
    return res;
}

static MiObject *
builtin_hex(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    return radix(args[0], 16);
}

static MiObject *
builtin_oct(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    return radix(args[0], 8);
}

static MiObject *
builtin_bin(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    return radix(args[0], 2);
}

static MiObject *
builtin_format(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    if (mi_args_check("format", nargs, kw, 1, 2) < 0)
        return NULL;
    if (nargs == 2 && !mi_str_check(args[1]))
        return mi_err_format(MI_EXC(TypeError), "format() argument 2 must be str, not %s",
                             MI_TYPE_NAME(args[1]));
    return mi_obj_format(args[0], nargs == 2 ? args[1] : NULL);
}

static MiObject *
builtin_divmod(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    if (mi_args_check("divmod", nargs, kw, 2, 2) < 0)
        return NULL;
    return mi_num_divmod(args[0], args[1]);
}

static MiObject *
builtin_pow(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    MiObject *a[3];
    UNUSED_ARGS;
    if (mi_args_parse("pow", args, nargs, kwnames, names, 0, 2, 3, a) < 0)
        return NULL;
    return mi_num_pow(a[0], a[1], a[2] ? a[2] : MI_NONE);
}

static MiObject *
builtin_round(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    MiObject *a[2], *func, *res;
    int found;
    UNUSED_ARGS;
    if (mi_args_parse("round", args, nargs, kwnames, names, 0, 1, 2, a) < 0)
        return NULL;
    func = mi_type_lookup(a[0]->type, MI_NAME(__round__));
    if (func == NULL)
        return mi_err_format(MI_EXC(TypeError), "type %s doesn't define __round__ method",
                             MI_TYPE_NAME(a[0]));
    if (a[1] == NULL || a[1] == MI_NONE)
        res = mi_call_special(a[0], MI_NAME(__round__), NULL, 0, &found);
    else
        res = mi_call_special(a[0], MI_NAME(__round__), &a[1], 1, &found);
    return res;
}

/* ---- attributes ---------------------------------------------------------------------------- */

static MiObject *
builtin_getattr(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *res;
    UNUSED_ARGS;
    if (mi_args_check("getattr", nargs, kw, 2, 3) < 0)
        return NULL;
    if (!mi_str_check(args[1]))
        return mi_err_format(MI_EXC(TypeError), "getattr(): attribute name must be string");
    if (nargs == 3) {
        int rc = mi_obj_lookup_attr(args[0], args[1], &res);
        if (rc < 0)
            return NULL;
        return rc ? res : mi_newref(args[2]);
    }
    return mi_obj_getattr(args[0], args[1]);
}

static MiObject *
builtin_setattr(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    if (mi_args_check("setattr", nargs, kw, 3, 3) < 0)
        return NULL;
    if (!mi_str_check(args[1]))
        return mi_err_format(MI_EXC(TypeError), "attribute name must be string, not '%s'",
                             MI_TYPE_NAME(args[1]));
    if (mi_obj_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
builtin_delattr(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    if (mi_args_check("delattr", nargs, kw, 2, 2) < 0)
        return NULL;
    if (!mi_str_check(args[1]))
        return mi_err_format(MI_EXC(TypeError), "attribute name must be string, not '%s'",
                             MI_TYPE_NAME(args[1]));
    if (mi_obj_setattr(args[0], args[1], NULL) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
builtin_hasattr(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    int rc;
    UNUSED_ARGS;
    if (mi_args_check("hasattr", nargs, kw, 2, 2) < 0)
        return NULL;
    if (!mi_str_check(args[1]))
        return mi_err_format(MI_EXC(TypeError), "hasattr(): attribute name must be string");
    rc = mi_obj_hasattr(args[0], args[1]);
    return rc < 0 ? NULL : mi_bool_from(rc);
}

static MiObject *
builtin_isinstance(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    int rc;
    UNUSED_ARGS;
    if (mi_args_check("isinstance", nargs, kw, 2, 2) < 0)
        return NULL;
    rc = mi_obj_isinstance(args[0], args[1]);
    return rc < 0 ? NULL : mi_bool_from(rc);
}

static MiObject *
builtin_issubclass(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    int rc;
    UNUSED_ARGS;
    if (mi_args_check("issubclass", nargs, kw, 2, 2) < 0)
        return NULL;
    rc = mi_obj_issubclass(args[0], args[1]);
    return rc < 0 ? NULL : mi_bool_from(rc);
}

static MiObject *
builtin_globals(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *g = mi_eval_globals();
    UNUSED_ARGS;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_newref(g ? g : MI_NONE);
}

static MiObject *
builtin_locals(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *l;
    UNUSED_ARGS;
    (void)args;
    (void)nargs;
    (void)kw;
    l = mi_eval_locals();
    if (l == NULL && !mi_err_occurred())
        return mi_dict_new();
    return l;
}

static MiObject *
builtin_vars(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *d;
    UNUSED_ARGS;
    if (mi_args_check("vars", nargs, kw, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return builtin_locals(self, NULL, 0, NULL);
    if (mi_obj_lookup_attr(args[0], MI_NAME(__dict__), &d) <= 0) {
        if (!mi_err_occurred())
            mi_err_set(MI_EXC(TypeError), "vars() argument must have __dict__ attribute");
        return NULL;
    }
    return d;
}

static MiObject *
builtin_dir(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *names, *list;
    int found;
    UNUSED_ARGS;
    if (mi_args_check("dir", nargs, kw, 0, 1) < 0)
        return NULL;
    if (nargs == 0) {
        MiObject *l = mi_eval_locals();
        if (l == NULL)
            return mi_list_new(0);
        list = mi_dict_keys_list(l);
        MI_DECREF(l);
    } else {
        names = mi_call_special(args[0], MI_NAME(__dir__), NULL, 0, &found);
        if (names == NULL) {
            if (!found)
                mi_err_format(MI_EXC(TypeError), "object does not provide __dir__");
            return NULL;
        }
        list = mi_seq_to_list(names);
        MI_DECREF(names);
    }
    if (list != NULL && mi_list_sort(list, NULL, 0) < 0) {
        MI_DECREF(list);
        return NULL;
    }
    return list;
}

/* ---- iteration ------------------------------------------------------------------------------------ */

static MiObject *
builtin_iter(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    if (mi_args_check("iter", nargs, kw, 1, 2) < 0)
        return NULL;
    if (nargs == 2) {
        if (!mi_obj_is_callable(args[0]))
            return mi_err_format(MI_EXC(TypeError), "iter(v, w): v must be callable");
        return mi_callable_iter_new(args[0], args[1]);
    }
    return mi_obj_iter(args[0]);
}

static MiObject *
builtin_next(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *it, *res;
    UNUSED_ARGS;
    if (mi_args_check("next", nargs, kw, 1, 2) < 0)
        return NULL;
    it = args[0];
    if (it->type->iternext == NULL)
        return mi_err_format(MI_EXC(TypeError), "'%s' object is not an iterator", MI_TYPE_NAME(it));
    res = it->type->iternext(it);
    if (res != NULL)
        return res;
    if (mi_err_occurred()) {
        if (nargs < 2 || !mi_err_matches((MiObject *)MI_EXC(StopIteration)))
            return NULL;
        mi_err_clear();
    }
    if (nargs == 2)
        return mi_newref(args[1]);
    mi_err_set_none(MI_EXC(StopIteration));
    return NULL;
}

static MiObject *
min_max(MiObject *const *args, intptr_t nargs, MiObject *kwnames, int op, const char *name)
{
    MiObject *key = NULL, *dflt = NULL, *it, *best = NULL, *best_key = NULL, *item;
    intptr_t nkw = mi_args_nkw(kwnames);
    for (intptr_t k = 0; k < nkw; k++) {
        MiObject *kname = MI_TUPLE_GET(kwnames, k);
        if (mi_str_eq_cstr(kname, "key"))
            key = args[nargs + k];
        else if (mi_str_eq_cstr(kname, "default"))
            dflt = args[nargs + k];
        else
            return mi_err_format(MI_EXC(TypeError), "%s() got an unexpected keyword argument "
                                 "'%U'", name, kname);
    }
    if (key == MI_NONE)
        key = NULL;
    if (nargs == 0)
        return mi_err_format(MI_EXC(TypeError), "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && dflt != NULL)
        return mi_err_format(MI_EXC(TypeError), "Cannot specify a default for %s() with multiple "
                             "positional arguments", name);
    if (nargs == 1) {
        it = mi_obj_iter(args[0]);
    } else {
        MiObject *t = mi_tuple_from_array(args, nargs);
        if (t == NULL)
            return NULL;
        it = mi_obj_iter(t);
        MI_DECREF(t);
    }
    if (it == NULL)
        return NULL;
    while ((item = mi_iter_next(it)) != NULL) {
        MiObject *k = key ? mi_call1(key, item) : mi_newref(item);
        if (k == NULL) {
            MI_DECREF(item);
            goto fail;
        }
        if (best == NULL) {
            best = item;
            best_key = k;
        } else {
            int better = mi_obj_richcmp_bool(k, best_key, op);
            if (better < 0) {
                MI_DECREF(k);
                MI_DECREF(item);
                goto fail;
            }
            if (better) {
                MI_DECREF(best);
                MI_DECREF(best_key);
                best = item;
                best_key = k;
            } else {
                MI_DECREF(item);
                MI_DECREF(k);
            }
        }
    }
    if (mi_err_occurred())
        goto fail;
    MI_DECREF(it);
    MI_XDECREF(best_key);
    if (best == NULL) {
        if (dflt != NULL)
            return mi_newref(dflt);
        return mi_err_format(MI_EXC(ValueError), "%s() arg is an empty sequence", name);
    }
    return best;
fail:
    MI_DECREF(it);
    MI_XDECREF(best);
    MI_XDECREF(best_key);
    return NULL;
}

static MiObject *
builtin_min(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    UNUSED_ARGS;
    return min_max(args, nargs, kwnames, MI_LT, "min");
}

static MiObject *
builtin_max(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    UNUSED_ARGS;
    return min_max(args, nargs, kwnames, MI_GT, "max");
}

static MiObject *
builtin_sum(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"", "start", NULL};
    MiObject *a[2], *result, *it, *item;
    UNUSED_ARGS;
    if (mi_args_parse("sum", args, nargs, kwnames, names, 1, 1, 2, a) < 0)
        return NULL;
    result = a[1] ? a[1] : (MiObject *)&mi_small_ints[-MI_SMALL_INT_MIN];
    if (mi_str_check(result))
        return mi_err_format(MI_EXC(TypeError), "sum() can't sum strings [use ''.join(seq) "
                             "instead]");
    if (mi_bytes_check(result))
        return mi_err_format(MI_EXC(TypeError), "sum() can't sum bytes [use b''.join(seq) "
                             "instead]");
    if (result->type == &mi_bytearray_type)
        return mi_err_format(MI_EXC(TypeError), "sum() can't sum bytearray [use "
                             "b''.join(seq) instead]");
    it = mi_obj_iter(a[0]);
    if (it == NULL)
        return NULL;
    MI_INCREF(result);
    /* fast path: a run of small ints, then a run of floats */
    if (result->type == &mi_int_type && mi_int_is_small(result)) {
        int64_t acc = ((MiInt *)result)->small;
        for (;;) {
            item = mi_iter_next(it);
            if (item == NULL)
                break;
            if (item->type == &mi_int_type && mi_int_is_small(item) &&
                !__builtin_add_overflow(acc, ((MiInt *)item)->small, &acc)) {
                MI_DECREF(item);
                continue;
            }
            MI_DECREF(result);
            result = mi_int_from_i64(acc);
            if (result == NULL) {
                MI_DECREF(item);
                MI_DECREF(it);
                return NULL;
            }
            goto generic;
        }
        MI_DECREF(result);
        MI_DECREF(it);
        if (mi_err_occurred())
            return NULL;
        return mi_int_from_i64(acc);
    }
    for (;;) {
        MiObject *sum;
        item = mi_iter_next(it);
        if (item == NULL)
            break;
    generic:
        sum = mi_num_add(result, item);
        MI_DECREF(item);
        MI_DECREF(result);
        if (sum == NULL) {
            MI_DECREF(it);
            return NULL;
        }
        result = sum;
    }
    MI_DECREF(it);
    if (mi_err_occurred()) {
        MI_DECREF(result);
        return NULL;
    }
    return result;
}

static MiObject *
builtin_sorted(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"", "key", "reverse", NULL};
    MiObject *a[3], *list;
    int reverse = 0;
    UNUSED_ARGS;
    if (nargs != 1) {
        if (nargs == 0)
            return mi_err_format(MI_EXC(TypeError), "sorted expected 1 argument, got 0");
        return mi_err_format(MI_EXC(TypeError), "sorted expected 1 argument, got %zd", nargs);
    }
    if (mi_args_parse("sort", args, nargs, kwnames, names, 1, 1, 1, a) < 0)
        return NULL;
    if (a[2] != NULL && (reverse = mi_obj_is_true(a[2])) < 0)
        return NULL;
    list = mi_seq_to_list(a[0]);
    if (list == NULL)
        return NULL;
    if (mi_list_sort(list, a[1], reverse) < 0) {
        MI_DECREF(list);
        return NULL;
    }
    return list;
}

static MiObject *
any_all(MiObject *iterable, int want)
{
    MiObject *it = mi_obj_iter(iterable), *item;
    if (it == NULL)
        return NULL;
    while ((item = mi_iter_next(it)) != NULL) {
        int truth = mi_obj_is_true(item);
        MI_DECREF(item);
        if (truth < 0) {
            MI_DECREF(it);
            return NULL;
        }
        if (truth == want) {
            MI_DECREF(it);
            return mi_bool_from(want);
        }
    }
    MI_DECREF(it);
    if (mi_err_occurred())
        return NULL;
    return mi_bool_from(!want);
}

static MiObject *
builtin_any(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    return any_all(args[0], 1);
}

static MiObject *
builtin_all(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    UNUSED_ARGS;
    (void)nargs;
    (void)kw;
    return any_all(args[0], 0);
}

/* ---- code ----------------------------------------------------------------------------------- */

/* The source text of exec/eval/compile arguments (borrowed data). */
static int
source_text(MiObject *src, const char *fname, const char **text, intptr_t *len)
{
    if (mi_str_check(src)) {
        *text = MI_STR_DATA(src);
        *len = MI_STR_SIZE(src);
        return 0;
    }
    if (mi_bytes_check(src)) {
        *text = MI_BYTES_DATA(src);
        *len = MI_BYTES_SIZE(src);
        return 0;
    }
    mi_err_format(MI_EXC(TypeError), "%s() arg 1 must be a string, bytes or code object", fname);
    return -1;
}

static MiObject *
run_code(MiObject *src, MiObject *globals, MiObject *locals, int mode, const char *fname)
{
    MiCode *code;
    MiObject *res;
    int own_globals = 0;
    if (globals == NULL || globals == MI_NONE) {
        globals = mi_eval_globals();
        if (locals == NULL || locals == MI_NONE) {
            locals = mi_eval_locals();
            if (locals == NULL && mi_err_occurred())
                return NULL;
            if (locals == NULL)
                locals = mi_newref(globals);
        } else {
            MI_INCREF(locals);
        }
        if (globals == NULL) {
            MI_XDECREF(locals);
            return mi_err_format(MI_EXC(SystemError), "%s(): no globals", fname);
        }
        MI_INCREF(globals);
        own_globals = 1;
    } else {
        if (!mi_dict_check(globals))
            return mi_err_format(MI_EXC(TypeError), "%s() globals must be a dict, not %s", fname,
                                 MI_TYPE_NAME(globals));
        MI_INCREF(globals);
        own_globals = 1;
        if (locals == NULL || locals == MI_NONE)
            locals = mi_newref(globals);
        else
            MI_INCREF(locals);
    }
    if (mi_dict_get(globals, MI_NAME(__builtins__)) == NULL &&
        mi_dict_set(globals, MI_NAME(__builtins__), mi_state->builtins_module) < 0)
        goto fail;
    if (src->type == &mi_code_type) {
        code = (MiCode *)mi_newref(src);
    } else {
        const char *text;
        intptr_t len;
        if (source_text(src, fname, &text, &len) < 0)
            goto fail;
        if (mode == MI_COMPILE_EVAL) {
            /* eval() ignores leading spaces and tabs */
            while (len > 0 && (*text == ' ' || *text == '\t')) {
                text++;
                len--;
            }
        }
        code = mi_compile_source(text, (size_t)len, "<string>", mode, NULL);
        if (code == NULL)
            goto fail;
    }
    res = mi_eval_code(code, globals, locals);
    MI_DECREF(code);
    MI_DECREF(locals);
    if (own_globals)
        MI_DECREF(globals);
    return res;
fail:
    MI_XDECREF(locals);
    if (own_globals)
        MI_DECREF(globals);
    return NULL;
}

static MiObject *
builtin_exec(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"", "globals", "locals", NULL};
    MiObject *a[3], *res;
    UNUSED_ARGS;
    if (mi_args_parse("exec", args, nargs, kwnames, names, 1, 1, 3, a) < 0)
        return NULL;
    res = run_code(a[0], a[1], a[2], MI_COMPILE_EXEC, "exec");
    if (res == NULL)
        return NULL;
    MI_DECREF(res);
    MI_RETURN_NONE;
}

static MiObject *
builtin_eval(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"", "globals", "locals", NULL};
    MiObject *a[3];
    UNUSED_ARGS;
    if (mi_args_parse("eval", args, nargs, kwnames, names, 1, 1, 3, a) < 0)
        return NULL;
    return run_code(a[0], a[1], a[2], MI_COMPILE_EVAL, "eval");
}

static MiObject *
builtin_compile(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", NULL};
    MiObject *a[6];
    const char *text, *mode;
    intptr_t len;
    int m;
    UNUSED_ARGS;
    if (mi_args_parse("compile", args, nargs, kwnames, names, 0, 3, 6, a) < 0)
        return NULL;
    if (a[0]->type == &mi_code_type)
        return mi_newref(a[0]);
    if (source_text(a[0], "compile", &text, &len) < 0)
        return NULL;
    if (!mi_str_check(a[1]) || !mi_str_check(a[2]))
        return mi_err_format(MI_EXC(TypeError), "compile() filename and mode must be str");
    mode = mi_str_cstr(a[2]);
    if (strcmp(mode, "exec") == 0)
        m = MI_COMPILE_EXEC;
    else if (strcmp(mode, "eval") == 0)
        m = MI_COMPILE_EVAL;
    else if (strcmp(mode, "single") == 0)
        m = MI_COMPILE_SINGLE;
    else
        return mi_err_format(MI_EXC(ValueError), "compile() mode must be 'exec', 'eval' or "
                             "'single'");
    return (MiObject *)mi_compile_source(text, (size_t)len, mi_str_cstr(a[1]), m, NULL);
}

/* ---- classes -------------------------------------------------------------------------------- */

static MiObject *
builtin_build_class(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *func, *name, *bases = NULL, *meta = NULL, *kwds = NULL, *ns = NULL, *cls = NULL;
    MiObject *cell = NULL, *prep;
    intptr_t nkw = mi_args_nkw(kwnames);
    UNUSED_ARGS;
    if (nargs < 2)
        return mi_err_format(MI_EXC(TypeError), "__build_class__: not enough arguments");
    func = args[0];
    name = args[1];
    if (func->type != &mi_function_type)
        return mi_err_format(MI_EXC(TypeError), "__build_class__: func must be a function");
    if (!mi_str_check(name))
        return mi_err_format(MI_EXC(TypeError), "__build_class__: name is not a string");
    bases = mi_tuple_from_array(args + 2, nargs - 2);
    if (bases == NULL)
        return NULL;
    /* PEP 560: bases that are not classes may offer __mro_entries__ */
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(bases); i++) {
        MiObject *b = MI_TUPLE_GET(bases, i), *entries, *nb, *list;
        if (mi_obj_type_check(b, &mi_type_type))
            continue;
        if (mi_obj_lookup_attr(b, MI_NAME(__mro_entries__), &entries) < 0)
            goto done;
        if (entries == NULL)
            continue;
        nb = mi_call1(entries, bases);
        MI_DECREF(entries);
        if (nb == NULL)
            goto done;
        list = mi_list_new(0);
        if (list == NULL) {
            MI_DECREF(nb);
            goto done;
        }
        for (intptr_t j = 0; j < i; j++)
            mi_list_append(list, MI_TUPLE_GET(bases, j));
        mi_list_extend(list, nb);
        for (intptr_t j = i + 1; j < MI_TUPLE_SIZE(bases); j++)
            mi_list_append(list, MI_TUPLE_GET(bases, j));
        MI_DECREF(nb);
        MI_SETREF(bases, mi_list_as_tuple(list));
        MI_DECREF(list);
        if (bases == NULL)
            goto done;
        i = -1;
    }
    kwds = mi_dict_new();
    if (kwds == NULL)
        goto done;
    for (intptr_t k = 0; k < nkw; k++) {
        MiObject *key = MI_TUPLE_GET(kwnames, k);
        if (mi_str_eq_cstr(key, "metaclass"))
            meta = args[nargs + k];
        else if (mi_dict_set(kwds, key, args[nargs + k]) < 0)
            goto done;
    }
    if (meta == NULL)
        meta = MI_TUPLE_SIZE(bases) > 0 ? (MiObject *)MI_TUPLE_GET(bases, 0)->type
                                        : (MiObject *)&mi_type_type;
    MI_INCREF(meta);
    if (mi_obj_type_check(meta, &mi_type_type)) {
        /* the most derived metaclass among meta and the bases' */
        MiType *winner = (MiType *)meta;
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(bases); i++) {
            MiType *bt = MI_TUPLE_GET(bases, i)->type;
            if (mi_type_is_subtype(winner, bt))
                continue;
            if (mi_type_is_subtype(bt, winner)) {
                winner = bt;
                continue;
            }
            mi_err_set(MI_EXC(TypeError), "metaclass conflict: the metaclass of a derived class "
                       "must be a (non-strict) subclass of the metaclasses of all its bases");
            goto done;
        }
        MI_SETREF(meta, mi_newref((MiObject *)winner));
    }
    if (mi_obj_lookup_attr(meta, MI_NAME(__prepare__), &prep) < 0)
        goto done;
    if (prep != NULL) {
        MiObject *pargs[2] = {name, bases};
        ns = mi_call_tuple_dict_args(prep, pargs, 2, kwds);
        MI_DECREF(prep);
    } else {
        ns = mi_dict_new();
    }
    if (ns == NULL)
        goto done;
    cell = mi_eval_class_body(func, ns);
    if (cell == NULL)
        goto done;
    {
        MiObject *cargs[3] = {name, bases, ns};
        cls = mi_call_tuple_dict_args(meta, cargs, 3, kwds);
    }
    if (cls != NULL && cell->type == &mi_cell_type && ((MiCell *)cell)->ref != cls) {
        if (((MiCell *)cell)->ref == NULL) {
            mi_err_format(MI_EXC(RuntimeError), "__class__ not set defining %R as %R. Was "
                          "__classcell__ propagated to type.__new__?", name, cls);
        } else {
            mi_err_format(MI_EXC(TypeError), "__class__ set to %R defining %R as %R",
                          ((MiCell *)cell)->ref, name, cls);
        }
        MI_CLEAR(cls);
    }
done:
    MI_XDECREF(cell);
    MI_XDECREF(ns);
    MI_XDECREF(meta);
    MI_XDECREF(kwds);
    MI_XDECREF(bases);
    return cls;
}

static MiObject *
builtin_import(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    MiObject *a[5];
    intptr_t level = 0;
    UNUSED_ARGS;
    if (mi_args_parse("__import__", args, nargs, kwnames, names, 0, 1, 5, a) < 0)
        return NULL;
    if (!mi_str_check(a[0]))
        return mi_err_format(MI_EXC(TypeError), "module name must be str, not %s",
                             MI_TYPE_NAME(a[0]));
    if (a[4] != NULL && mi_arg_ssize(a[4], &level) < 0)
        return NULL;
    return mi_import_name(a[0], a[1] && a[1] != MI_NONE ? a[1] : mi_eval_globals(),
                          a[3] ? a[3] : MI_NONE, (int)level);
}

/* ---- exit() and quit() ---------------------------------------------------------------------- */

typedef struct MiQuitter {
    MI_HEAD
    const char *name;
} MiQuitter;

static MiObject *
quitter_repr(MiObject *self)
{
    return mi_str_format("Use %s() or Ctrl-D (i.e. EOF) to exit", ((MiQuitter *)self)->name);
}

static MiObject *
quitter_call(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *in = sys_attr("stdin");
    (void)self;
    if (mi_args_check("exit", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (in != NULL && in != MI_NONE) {
        MiObject *res = mi_call_method(in, MI_NAME(close), NULL, 0);
        if (res == NULL)
            mi_err_clear();
        MI_XDECREF(res);
    }
    mi_err_set_object(MI_EXC(SystemExit), nargs > 0 ? args[0] : MI_NONE);
    return NULL;
}

static void
quitter_dealloc(MiObject *self)
{
    (void)self;
}

static MiType quitter_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(MiQuitter),
    .dealloc = quitter_dealloc,
    .repr = quitter_repr,
    .call = quitter_call,
};

static MiQuitter exit_obj = {{MI_STATIC_REFCNT, &quitter_type}, "exit"};
static MiQuitter quit_obj = {{MI_STATIC_REFCNT, &quitter_type}, "quit"};

/* ---- the module ---------------------------------------------------------------------------- */

static const MiMethodDef builtin_functions[] = {
    {"__build_class__", builtin_build_class, MI_METH_KEYWORDS, NULL},
    {"__import__", builtin_import, MI_METH_KEYWORDS, NULL},
    {"abs", builtin_abs, MI_METH_O, NULL},
    {"all", builtin_all, MI_METH_O, NULL},
    {"any", builtin_any, MI_METH_O, NULL},
    {"ascii", builtin_ascii, MI_METH_O, NULL},
    {"bin", builtin_bin, MI_METH_O, NULL},
    {"callable", builtin_callable, MI_METH_O, NULL},
    {"chr", builtin_chr, MI_METH_O, NULL},
    {"compile", builtin_compile, MI_METH_KEYWORDS, NULL},
    {"delattr", builtin_delattr, MI_METH_VARARGS, NULL},
    {"dir", builtin_dir, MI_METH_VARARGS, NULL},
    {"divmod", builtin_divmod, MI_METH_VARARGS, NULL},
    {"eval", builtin_eval, MI_METH_KEYWORDS, NULL},
    {"exec", builtin_exec, MI_METH_KEYWORDS, NULL},
    {"format", builtin_format, MI_METH_VARARGS, NULL},
    {"getattr", builtin_getattr, MI_METH_VARARGS, NULL},
    {"globals", builtin_globals, MI_METH_NOARGS, NULL},
    {"hasattr", builtin_hasattr, MI_METH_VARARGS, NULL},
    {"hash", builtin_hash, MI_METH_O, NULL},
    {"hex", builtin_hex, MI_METH_O, NULL},
    {"id", builtin_id, MI_METH_O, NULL},
    {"input", builtin_input, MI_METH_VARARGS, NULL},
    {"isinstance", builtin_isinstance, MI_METH_VARARGS, NULL},
    {"issubclass", builtin_issubclass, MI_METH_VARARGS, NULL},
    {"iter", builtin_iter, MI_METH_VARARGS, NULL},
    {"len", builtin_len, MI_METH_O, NULL},
    {"locals", builtin_locals, MI_METH_NOARGS, NULL},
    {"max", builtin_max, MI_METH_KEYWORDS, NULL},
    {"min", builtin_min, MI_METH_KEYWORDS, NULL},
    {"next", builtin_next, MI_METH_VARARGS, NULL},
    {"oct", builtin_oct, MI_METH_O, NULL},
    {"open", mi_builtin_open, MI_METH_KEYWORDS, NULL},
    {"ord", builtin_ord, MI_METH_O, NULL},
    {"pow", builtin_pow, MI_METH_KEYWORDS, NULL},
    {"print", builtin_print, MI_METH_KEYWORDS, NULL},
    {"repr", builtin_repr, MI_METH_O, NULL},
    {"round", builtin_round, MI_METH_KEYWORDS, NULL},
    {"setattr", builtin_setattr, MI_METH_VARARGS, NULL},
    {"sorted", builtin_sorted, MI_METH_KEYWORDS, NULL},
    {"sum", builtin_sum, MI_METH_KEYWORDS, NULL},
    {"vars", builtin_vars, MI_METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static int
builtins_init(MiObject *m)
{
    struct { const char *name; MiObject *value; } items[] = {
        {"None", MI_NONE},
        {"Ellipsis", MI_ELLIPSIS},
        {"NotImplemented", MI_NOTIMPLEMENTED},
        {"True", MI_TRUE},
        {"False", MI_FALSE},
        {"__debug__", MI_TRUE},
        {"bool", (MiObject *)&mi_bool_type},
        {"bytearray", (MiObject *)&mi_bytearray_type},
        {"bytes", (MiObject *)&mi_bytes_type},
        {"classmethod", (MiObject *)&mi_classmethod_type},
        {"complex", (MiObject *)&mi_complex_type},
        {"dict", (MiObject *)&mi_dict_type},
        {"enumerate", (MiObject *)&mi_enumerate_type},
        {"filter", (MiObject *)&mi_filter_type},
        {"float", (MiObject *)&mi_float_type},
        {"frozenset", (MiObject *)&mi_frozenset_type},
        {"property", (MiObject *)&mi_property_type},
        {"int", (MiObject *)&mi_int_type},
        {"list", (MiObject *)&mi_list_type},
        {"map", (MiObject *)&mi_map_type},
        {"object", (MiObject *)&mi_object_type},
        {"range", (MiObject *)&mi_range_type},
        {"reversed", (MiObject *)&mi_reversed_type},
        {"set", (MiObject *)&mi_set_type},
        {"slice", (MiObject *)&mi_slice_type},
        {"staticmethod", (MiObject *)&mi_staticmethod_type},
        {"str", (MiObject *)&mi_str_type},
        {"super", (MiObject *)&mi_super_type},
        {"tuple", (MiObject *)&mi_tuple_type},
        {"type", (MiObject *)&mi_type_type},
        {"zip", (MiObject *)&mi_zip_type},
        {"exit", (MiObject *)&exit_obj},
        {"quit", (MiObject *)&quit_obj},
    };
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        if (mi_module_add(m, items[i].name, items[i].value) < 0)
            return -1;
    }
    return mi_type_ready(&quitter_type);
}

const MiModuleDef mi_builtins_module_def = {
    "builtins",
    "Built-in functions, exceptions, and other objects.",
    builtin_functions,
    builtins_init,
};
