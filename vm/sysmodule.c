/* vm/sysmodule.c: the `sys` module: argv, path, modules, the standard
 * streams, getrefcount and getsizeof (what the articles are about), exit,
 * intern, the recursion limit, exc_info, _getframe, displayhook and
 * excepthook, version information. */
#include "vm/sysmodule.h"
#include "vm/slots.h"

#include <stdio.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/fileio.h"
#include "vm/float.h"
#include "vm/frame.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/module.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

#define MI_PYTHON_VERSION "3.10.13"

static MiObject *
sys_getrefcount(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)nargs;
    (void)kw;
    /* the argument is borrowed from the caller's stack: as CPython, the
     * count includes that reference */
    return mi_int_from_i64(args[0]->refcnt);
}

static MiObject *
sys_getsizeof(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"object", "default", NULL};
    MiObject *a[2], *res;
    MiObject *meth;
    (void)self;
    if (mi_args_parse("getsizeof", args, nargs, kwnames, names, 0, 1, 2, a) < 0)
        return NULL;
    meth = mi_type_lookup(a[0]->type, MI_NAME(__sizeof__));
    if (meth == NULL) {
        if (a[1] != NULL)
            return mi_newref(a[1]);
        return mi_err_format(MI_EXC(TypeError), "Type %s doesn't define __sizeof__",
                             MI_TYPE_NAME(a[0]));
    }
    int found;
    res = mi_call_special(a[0], MI_NAME(__sizeof__), NULL, 0, &found);
    if (res == NULL) {
        if (a[1] != NULL && mi_err_matches((MiObject *)MI_EXC(TypeError))) {
            mi_err_clear();
            return mi_newref(a[1]);
        }
        return NULL;
    }
    if (!mi_int_check(res)) {
        MI_DECREF(res);
        return mi_err_format(MI_EXC(TypeError), "an integer is required");
    }
    if (mi_int_sign(res) < 0) {
        MI_DECREF(res);
        return mi_err_format(MI_EXC(ValueError), "__sizeof__() should return >= 0");
    }
    /* containers carry the collector's header, as CPython adds */
    if (mi_obj_is_gc(a[0])) {
        MiObject *extra = mi_int_from_i64(16), *sum;
        if (extra == NULL) {
            MI_DECREF(res);
            return NULL;
        }
        sum = mi_int_add(res, extra);
        MI_DECREF(extra);
        MI_DECREF(res);
        return sum;
    }
    return res;
}

static MiObject *
sys_exit(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    if (mi_args_check("exit", nargs, kw, 0, 1) < 0)
        return NULL;
    mi_err_set_object(MI_EXC(SystemExit), nargs > 0 ? args[0] : MI_NONE);
    return NULL;
}

static MiObject *
sys_intern(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *s = args[0];
    (void)self;
    (void)nargs;
    (void)kw;
    if (s->type != &mi_str_type)
        return mi_err_format(MI_EXC(TypeError), "intern() argument must be str, not %s",
                             MI_TYPE_NAME(s));
    MI_INCREF(s);
    return mi_str_intern(s);
}

static MiObject *
sys_getrecursionlimit(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_i64(mi_state->recursion_limit);
}

static MiObject *
sys_setrecursionlimit(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t limit;
    (void)self;
    (void)nargs;
    (void)kw;
    if (mi_float_check(args[0]))
        return mi_err_format(MI_EXC(TypeError), "'float' object cannot be interpreted as an "
                             "integer");
    if (mi_arg_ssize(args[0], &limit) < 0)
        return NULL;
    if (limit < 1)
        return mi_err_format(MI_EXC(ValueError), "recursion limit must be greater or equal than 1");
    if (limit > 1000000000)
        limit = 1000000000;
    if (limit <= mi_state->depth) {
        return mi_err_format(MI_EXC(RecursionError), "cannot set the recursion limit to %zd at "
                             "the recursion depth %d: the limit is too low", limit,
                             mi_state->depth);
    }
    mi_state->recursion_limit = (int)limit;
    MI_RETURN_NONE;
}

static MiObject *
sys_exc_info(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *exc = mi_state->handled, *tb;
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    if (exc == NULL || exc == MI_NONE)
        return mi_tuple_pack(3, MI_NONE, MI_NONE, MI_NONE);
    tb = mi_exc_get_traceback(exc);
    return mi_tuple_pack(3, (MiObject *)exc->type, exc, tb ? tb : MI_NONE);
}

static MiObject *
sys_getframe(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t depth = 0;
    MiFrame *f = mi_state->frame;
    MiObject *fo;
    (void)self;
    if (mi_args_check("_getframe", nargs, kw, 0, 1) < 0)
        return NULL;
    if (nargs == 1 && mi_arg_ssize(args[0], &depth) < 0)
        return NULL;
    while (depth-- > 0 && f != NULL)
        f = f->previous;
    if (f == NULL)
        return mi_err_format(MI_EXC(ValueError), "call stack is not deep enough");
    fo = mi_frame_get_object(f);
    return fo ? mi_newref(fo) : NULL;
}

static MiObject *
sys_displayhook(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *value = args[0], *out, *r;
    int rc;
    (void)self;
    (void)nargs;
    (void)kw;
    if (value == MI_NONE)
        MI_RETURN_NONE;
    if (mi_dict_set_cstr(mi_state->builtins, "_", MI_NONE) < 0)
        return NULL;
    out = mi_dict_get_cstr(mi_module_dict(mi_state->sys), "stdout");
    if (out == NULL || out == MI_NONE)
        return mi_err_format(MI_EXC(RuntimeError), "lost sys.stdout");
    r = mi_obj_repr(value);
    if (r == NULL)
        return NULL;
    MI_INCREF(out);
    rc = mi_file_write_str(out, r);
    MI_DECREF(r);
    if (rc == 0)
        rc = mi_file_write_cstr(out, "\n", 1);
    MI_DECREF(out);
    if (rc < 0)
        return NULL;
    if (mi_dict_set_cstr(mi_state->builtins, "_", value) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
sys_excepthook(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *err;
    (void)self;
    if (mi_args_check("excepthook", nargs, kw, 3, 3) < 0)
        return NULL;
    err = mi_dict_get_cstr(mi_module_dict(mi_state->sys), "stderr");
    if (err == NULL || err == MI_NONE)
        MI_RETURN_NONE;
    if (mi_exc_is_instance(args[1])) {
        if (args[2] != MI_NONE && args[2]->type == &mi_traceback_type)
            mi_exc_set_traceback(args[1], args[2]);
        if (mi_traceback_print_exception(args[1], err) < 0)
            return NULL;
    } else {
        MiObject *line = mi_str_format("TypeError: print_exception(): Exception expected for "
                                       "value, %s found\n", MI_TYPE_NAME(args[1]));
        int rc;
        if (line == NULL)
            return NULL;
        rc = mi_file_write_str(err, line);
        MI_DECREF(line);
        if (rc < 0)
            return NULL;
    }
    MI_RETURN_NONE;
}

static MiObject *
sys_getdefaultencoding(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_str_from_cstr("utf-8");
}

static MiObject *
sys_settrace(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    MI_RETURN_NONE;
}

static MiObject *
sys_gettrace(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    MI_RETURN_NONE;
}

static MiObject *
sys_debugmallocstats(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    if (mi_state->stdout_obj != NULL)
        mi_file_flush(mi_state->stdout_obj);
    mi_mem_print_stats(stderr);
    MI_RETURN_NONE;
}

static const MiMethodDef sys_functions[] = {
    {"getrefcount", sys_getrefcount, MI_METH_O, NULL},
    {"getsizeof", sys_getsizeof, MI_METH_KEYWORDS, NULL},
    {"exit", sys_exit, MI_METH_VARARGS, NULL},
    {"intern", sys_intern, MI_METH_O, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, MI_METH_NOARGS, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, MI_METH_O, NULL},
    {"exc_info", sys_exc_info, MI_METH_NOARGS, NULL},
    {"_getframe", sys_getframe, MI_METH_VARARGS, NULL},
    {"displayhook", sys_displayhook, MI_METH_O, NULL},
    {"excepthook", sys_excepthook, MI_METH_VARARGS, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, MI_METH_NOARGS, NULL},
    {"getfilesystemencoding", sys_getdefaultencoding, MI_METH_NOARGS, NULL},
    {"settrace", sys_settrace, MI_METH_O, NULL},
    {"gettrace", sys_gettrace, MI_METH_NOARGS, NULL},
    {"setprofile", sys_settrace, MI_METH_O, NULL},
    {"_debugmallocstats", sys_debugmallocstats, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* A plain tuple for version_info-like values (sufficient for comparisons,
 * indexing and printing as a tuple). */
static MiObject *
int_tuple(int n, const int64_t *values)
{
    MiObject *t = mi_tuple_new(n);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < n; i++) {
        MiObject *v = mi_int_from_i64(values[i]);
        if (v == NULL) {
            MI_DECREF(t);
            return NULL;
        }
        MI_TUPLE_ITEMS(t)[i] = v;
    }
    return t;
}

static int
sys_init(MiObject *m)
{
    static const int64_t version[3] = {3, 10, 13};
    MiObject *vi, *hexversion;
    if (mi_module_add_new(m, "version", mi_str_format("%s (mini %s)", MI_PYTHON_VERSION,
                                                      MI_VERSION)) < 0)
        return -1;
    vi = int_tuple(3, version);
    if (mi_module_add_new(m, "version_info", vi) < 0)
        return -1;
    hexversion = mi_int_from_i64(0x030a0df0);
    if (mi_module_add_new(m, "hexversion", hexversion) < 0 ||
        mi_module_add_new(m, "platform", mi_str_from_cstr("linux")) < 0 ||
        mi_module_add_new(m, "byteorder", mi_str_from_cstr("little")) < 0 ||
        mi_module_add_new(m, "maxsize", mi_int_from_i64(INTPTR_MAX)) < 0 ||
        mi_module_add_new(m, "maxunicode", mi_int_from_i64(0x10FFFF)) < 0 ||
        mi_module_add_new(m, "executable", mi_str_from_cstr("mini")) < 0 ||
        mi_module_add_new(m, "prefix", mi_str_from_cstr("")) < 0 ||
        mi_module_add_new(m, "implementation_name", mi_str_from_cstr("mini")) < 0 ||
        mi_module_add(m, "modules", mi_state->modules) < 0 ||
        mi_module_add(m, "path", mi_state->path) < 0)
        return -1;
    return 0;
}

const MiModuleDef mi_sys_module_def = {
    "sys",
    "This module provides access to some objects used or maintained by the interpreter.",
    sys_functions,
    sys_init,
};
