/* vm/import.c: the import system (see vm/import.h).
 *
 * Finding `a.b.c` imports `a`, then `a.b` (from a.__path__), then
 * `a.b.c`.  Each name is looked up in sys.modules, then the built-in C
 * modules, then the frozen Python modules shipped in the binary, then as
 * NAME.py or NAME/__init__.py in the search path (sys.path, or the
 * package's __path__).  A module is registered in sys.modules before its
 * body runs (so circular imports see the partial module) and removed if
 * the body fails. */
#include "vm/import.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "vm/abstract.h"
#include "vm/compile.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/frozen.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/module.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"

MiObject *
mi_import_exec_code(MiObject *name, MiObject *code, MiObject *filename)
{
    MiObject *m = mi_module_new(name), *d, *res;
    if (m == NULL)
        return NULL;
    d = mi_module_dict(m);
    if ((filename != NULL && mi_dict_set(d, MI_NAME(__file__), filename) < 0) ||
        mi_dict_set(d, MI_NAME(__builtins__), mi_state->builtins_module) < 0 ||
        mi_dict_set(mi_state->modules, name, m) < 0) {
        MI_DECREF(m);
        return NULL;
    }
    res = mi_eval_code((MiCode *)code, d, d);
    if (res == NULL) {
        MiObject *exc = mi_err_fetch();
        if (mi_dict_discard(mi_state->modules, name) < 0)
            mi_err_clear();
        mi_err_restore(exc);
        MI_DECREF(m);
        return NULL;
    }
    MI_DECREF(res);
    /* the module in sys.modules is the result (a module may replace itself) */
    res = mi_dict_get(mi_state->modules, name);
    if (res != NULL) {
        MI_INCREF(res);
        MI_DECREF(m);
        return res;
    }
    return m;
}

/* Runs source text as module `name`. */
static MiObject *
exec_source(MiObject *name, const char *src, size_t len, const char *filename, int is_package,
            const char *pkgdir)
{
    MiCode *code = mi_compile_source(src, len, filename, MI_COMPILE_EXEC, NULL);
    MiObject *fn, *res, *m;
    if (code == NULL)
        return NULL;
    fn = mi_str_from_cstr(filename);
    if (fn == NULL) {
        MI_DECREF(code);
        return NULL;
    }
    if (is_package) {
        /* the package exists before its __init__ runs, with its __path__ */
        m = mi_module_new(name);
        if (m != NULL) {
            MiObject *path = mi_list_new(0), *dir = mi_str_from_cstr(pkgdir);
            int ok = path && dir && mi_list_append(path, dir) == 0 &&
                     mi_dict_set(mi_module_dict(m), MI_NAME(__path__), path) == 0 &&
                     mi_dict_set(mi_module_dict(m), MI_NAME(__package__), name) == 0 &&
                     mi_dict_set(mi_module_dict(m), MI_NAME(__file__), fn) == 0 &&
                     mi_dict_set(mi_module_dict(m), MI_NAME(__builtins__),
                                 mi_state->builtins_module) == 0 &&
                     mi_dict_set(mi_state->modules, name, m) == 0;
            MI_XDECREF(path);
            MI_XDECREF(dir);
            if (ok) {
                res = mi_eval_code(code, mi_module_dict(m), mi_module_dict(m));
                if (res == NULL) {
                    MiObject *exc = mi_err_fetch();
                    if (mi_dict_discard(mi_state->modules, name) < 0)
                        mi_err_clear();
                    mi_err_restore(exc);
                    MI_DECREF(m);
                    m = NULL;
                } else {
                    MI_DECREF(res);
                }
            } else {
                MI_DECREF(m);
                m = NULL;
            }
        }
        MI_DECREF(fn);
        MI_DECREF(code);
        return m;
    }
    res = mi_import_exec_code(name, (MiObject *)code, fn);
    MI_DECREF(fn);
    MI_DECREF(code);
    if (res != NULL) {
        /* a submodule's package: the part before the last dot */
        const char *dot = strrchr(mi_str_cstr(name), '.');
        if (dot != NULL) {
            MiObject *pkg = mi_str_new(mi_str_cstr(name), dot - mi_str_cstr(name));
            if (pkg == NULL ||
                mi_dict_set(mi_module_dict(res), MI_NAME(__package__), pkg) < 0)
                mi_err_clear();
            MI_XDECREF(pkg);
        } else if (mi_dict_set(mi_module_dict(res), MI_NAME(__package__),
                               mi_state->empty_str) < 0) {
            mi_err_clear();
        }
    }
    return res;
}

/* Reads a whole file: malloc'ed text (NUL-terminated) or NULL. */
static char *
read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;
    if (fp == NULL)
        return NULL;
    for (;;) {
        size_t got;
        if (n + 4096 + 1 > cap) {
            size_t newcap = cap ? cap * 2 : 16384;
            char *p = mi_realloc(buf, newcap);
            if (p == NULL) {
                mi_free(buf);
                fclose(fp);
                return NULL;
            }
            buf = p;
            cap = newcap;
        }
        got = fread(buf + n, 1, cap - n - 1, fp);
        n += got;
        if (got == 0)
            break;
    }
    fclose(fp);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static int
is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Searches `dirs` (a list of str) for module `last` (the last component
 * of `fullname`).  Returns the module, or NULL: with an exception set on
 * error, without one when not found. */
static MiObject *
find_in_path(MiObject *fullname, const char *last, MiObject *dirs)
{
    for (intptr_t i = 0; dirs != NULL && i < MI_LIST_SIZE(dirs); i++) {
        MiObject *d = MI_LIST_ITEMS(dirs)[i];
        const char *dir;
        char path[8192], pkgdir[4096];
        size_t len;
        char *src;
        if (!mi_str_check(d))
            continue;
        dir = mi_str_cstr(d);
        snprintf(pkgdir, sizeof pkgdir, "%s%s%s", dir, dir[0] ? "/" : "", last);
        snprintf(path, sizeof path, "%s/__init__.py", pkgdir);
        if (is_file(path)) {
            MiObject *m;
            src = read_file(path, &len);
            if (src == NULL)
                return mi_err_from_errno(NULL);
            m = exec_source(fullname, src, len, path, 1, pkgdir);
            mi_free(src);
            return m;
        }
        snprintf(path, sizeof path, "%s%s%s.py", dir, dir[0] ? "/" : "", last);
        if (is_file(path)) {
            MiObject *m;
            src = read_file(path, &len);
            if (src == NULL)
                return mi_err_from_errno(NULL);
            m = exec_source(fullname, src, len, path, 0, NULL);
            mi_free(src);
            return m;
        }
    }
    return NULL;
}

/* Imports one module by full name, its parent already imported. */
static MiObject *
import_one(MiObject *fullname, MiObject *parent)
{
    const char *name = mi_str_cstr(fullname), *dot = strrchr(name, '.');
    const char *last = dot ? dot + 1 : name;
    MiObject *m = mi_dict_get(mi_state->modules, fullname);
    if (m != NULL)
        return mi_newref(m);
    if (parent == NULL) {
        for (int i = 0; mi_builtin_module_defs[i] != NULL; i++) {
            if (strcmp(mi_builtin_module_defs[i]->name, name) == 0) {
                m = mi_module_from_def(mi_builtin_module_defs[i]);
                if (m == NULL || mi_dict_set(mi_state->modules, fullname, m) < 0) {
                    MI_XDECREF(m);
                    return NULL;
                }
                return m;
            }
        }
        for (const MiFrozenModule *fm = mi_frozen_modules; fm->name != NULL; fm++) {
            if (strcmp(fm->name, name) == 0) {
                char fn[256];
                snprintf(fn, sizeof fn, "<frozen %s>", name);
                return exec_source(fullname, fm->source, fm->length, fn, 0, NULL);
            }
        }
        m = find_in_path(fullname, last, mi_state->path);
    } else {
        MiObject *path = mi_dict_get(mi_module_dict(parent), MI_NAME(__path__));
        if (path == NULL || !mi_list_check(path))
            goto not_found;
        m = find_in_path(fullname, last, path);
    }
    if (m != NULL || mi_err_occurred())
        return m;
not_found:
    {
        MiObject *exc;
        if (parent != NULL)
            mi_err_format(MI_EXC(ModuleNotFoundError), "No module named '%U'; '%U' is not a "
                          "package", fullname, ((MiModule *)parent)->name);
        else
            mi_err_format(MI_EXC(ModuleNotFoundError), "No module named '%U'", fullname);
        if (parent != NULL && mi_dict_get(mi_module_dict(parent), MI_NAME(__path__)) != NULL) {
            mi_err_clear();
            mi_err_format(MI_EXC(ModuleNotFoundError), "No module named '%U'", fullname);
        }
        exc = mi_err_peek();
        if (exc != NULL && mi_obj_type_check(exc, MI_EXC(ImportError)))
            MI_SETREF(((MiImportError *)exc)->name, mi_newref(fullname));
        return NULL;
    }
}

/* Imports every component of a dotted name, binding each submodule as an
 * attribute of its package; returns the last module. */
static MiObject *
import_dotted(MiObject *fullname)
{
    const char *name = mi_str_cstr(fullname);
    MiObject *parent = NULL, *m;
    const char *start = name;
    for (;;) {
        const char *dot = strchr(start, '.');
        MiObject *part = dot ? mi_str_new(name, dot - name) : mi_newref(fullname);
        if (part == NULL) {
            MI_XDECREF(parent);
            return NULL;
        }
        m = import_one(part, parent);
        MI_DECREF(part);
        if (m != NULL && parent != NULL) {
            MiObject *attr = dot ? mi_str_new(start, dot - start) : mi_str_from_cstr(start);
            if (attr == NULL || mi_dict_set(mi_module_dict(parent), attr, m) < 0)
                mi_err_clear();
            MI_XDECREF(attr);
        }
        MI_XDECREF(parent);
        if (m == NULL || dot == NULL)
            return m;
        parent = m;
        start = dot + 1;
    }
}

/* The package a relative import in module `globals` starts from (new
 * reference): __package__, else derived from __name__. */
static MiObject *
current_package(MiObject *globals)
{
    MiObject *package, *modname;
    const char *s, *dot;
    if (globals == NULL || !mi_dict_check(globals))
        return NULL;
    package = mi_dict_get(globals, MI_NAME(__package__));
    if (package != NULL && package != MI_NONE)
        return mi_str_check(package) ? mi_newref(package) : NULL;
    modname = mi_dict_get(globals, MI_NAME(__name__));
    if (modname == NULL || !mi_str_check(modname))
        return NULL;
    if (mi_dict_get(globals, MI_NAME(__path__)) != NULL)
        return mi_newref(modname);
    s = mi_str_cstr(modname);
    dot = strrchr(s, '.');
    return dot ? mi_str_new(s, dot - s) : NULL;
}

/* The absolute name of a relative import of `name` at `level`. */
static MiObject *
resolve_name(MiObject *name, MiObject *globals, int level)
{
    MiObject *package = current_package(globals), *base;
    const char *pkg;
    intptr_t end;
    if (package == NULL || MI_STR_SIZE(package) == 0) {
        MI_XDECREF(package);
        if (mi_err_occurred())
            return NULL;
        return mi_err_format(MI_EXC(ImportError), "attempted relative import with no known "
                             "parent package");
    }
    pkg = mi_str_cstr(package);
    end = MI_STR_SIZE(package);
    for (int i = 1; i < level; i++) {
        while (end > 0 && pkg[end - 1] != '.')
            end--;
        if (end == 0) {
            MI_DECREF(package);
            return mi_err_format(MI_EXC(ImportError), "attempted relative import beyond "
                                 "top-level package");
        }
        end--;
    }
    base = mi_str_new(pkg, end);
    MI_DECREF(package);
    if (base == NULL || MI_STR_SIZE(name) == 0)
        return base;
    {
        MiObject *full = mi_str_format("%U.%U", base, name);
        MI_DECREF(base);
        return full;
    }
}

MiObject *
mi_import_name(MiObject *name, MiObject *globals, MiObject *fromlist, int level)
{
    MiObject *absname, *m, *top;
    if (level > 0) {
        absname = resolve_name(name, globals, level);
        if (absname == NULL)
            return NULL;
    } else {
        if (MI_STR_SIZE(name) == 0)
            return mi_err_format(MI_EXC(ValueError), "Empty module name");
        absname = mi_newref(name);
    }
    m = import_dotted(absname);
    if (m == NULL) {
        MI_DECREF(absname);
        return NULL;
    }
    if (fromlist != NULL && fromlist != MI_NONE && mi_obj_is_true(fromlist) > 0) {
        /* from package import submodule: import the submodules named */
        if (mi_dict_get(mi_module_dict(m), MI_NAME(__path__)) != NULL &&
            mi_tuple_check(fromlist)) {
            for (intptr_t i = 0; i < MI_TUPLE_SIZE(fromlist); i++) {
                MiObject *item = MI_TUPLE_GET(fromlist, i), *sub, *subname;
                if (!mi_str_check(item) || mi_str_eq_cstr(item, "*") ||
                    mi_dict_get(mi_module_dict(m), item) != NULL)
                    continue;
                subname = mi_str_format("%U.%U", absname, item);
                if (subname == NULL)
                    break;
                sub = import_one(subname, m);
                if (sub != NULL) {
                    if (mi_dict_set(mi_module_dict(m), item, sub) < 0)
                        mi_err_clear();
                    MI_DECREF(sub);
                } else if (mi_err_matches((MiObject *)MI_EXC(ModuleNotFoundError))) {
                    mi_err_clear();
                } else {
                    MI_DECREF(subname);
                    MI_DECREF(absname);
                    MI_DECREF(m);
                    return NULL;
                }
                MI_DECREF(subname);
            }
        }
        MI_DECREF(absname);
        return m;
    }
    MI_DECREF(m);
    if (level > 0) {
        /* `from . import x` handled above; plain relative imports return
         * the module itself */
        m = mi_dict_get(mi_state->modules, absname);
        MI_DECREF(absname);
        return m ? mi_newref(m) : mi_err_format(MI_EXC(KeyError), "module vanished");
    }
    {
        const char *s = mi_str_cstr(absname), *dot = strchr(s, '.');
        MiObject *topname = dot ? mi_str_new(s, dot - s) : mi_newref(absname);
        MI_DECREF(absname);
        if (topname == NULL)
            return NULL;
        top = mi_dict_get(mi_state->modules, topname);
        MI_DECREF(topname);
        if (top == NULL)
            return mi_err_format(MI_EXC(KeyError), "module vanished");
        return mi_newref(top);
    }
}

MiObject *
mi_import_module(const char *name)
{
    MiObject *n = mi_str_from_cstr(name), *m;
    if (n == NULL)
        return NULL;
    m = import_dotted(n);
    MI_DECREF(n);
    return m;
}

MiObject *
mi_import_from(MiObject *module, MiObject *name)
{
    MiObject *res, *modname, *full, *sub, *file;
    int rc = mi_obj_lookup_attr(module, name, &res);
    if (rc != 0)
        return rc < 0 ? NULL : res;
    /* a submodule registered in sys.modules (circular imports) */
    if (mi_obj_lookup_attr(module, MI_NAME(__name__), &modname) <= 0 || !mi_str_check(modname)) {
        MI_XDECREF(modname);
        mi_err_clear();
        return mi_err_format(MI_EXC(ImportError), "cannot import name '%U'", name);
    }
    full = mi_str_format("%U.%U", modname, name);
    sub = full ? mi_dict_get(mi_state->modules, full) : NULL;
    MI_XDECREF(full);
    if (sub != NULL) {
        MI_DECREF(modname);
        return mi_newref(sub);
    }
    file = mi_obj_type_check(module, &mi_module_type)
               ? mi_dict_get(mi_module_dict(module), MI_NAME(__file__)) : NULL;
    if (file != NULL && mi_str_check(file))
        mi_err_format(MI_EXC(ImportError), "cannot import name '%U' from '%U' (%U)", name, modname,
                      file);
    else
        mi_err_format(MI_EXC(ImportError), "cannot import name '%U' from '%U' (unknown location)",
                      name, modname);
    MI_DECREF(modname);
    return NULL;
}

int
mi_import_star(MiObject *module, MiObject *locals)
{
    MiObject *all, *names, *d;
    int rc = 0;
    if (mi_obj_lookup_attr(module, MI_NAME(__all__), &all) < 0)
        return -1;
    d = mi_obj_type_check(module, &mi_module_type) ? mi_module_dict(module) : NULL;
    if (all != NULL) {
        names = mi_seq_to_list(all);
        MI_DECREF(all);
    } else if (d != NULL) {
        names = mi_dict_keys_list(d);
    } else {
        return 0;
    }
    if (names == NULL)
        return -1;
    for (intptr_t i = 0; i < MI_LIST_SIZE(names) && rc == 0; i++) {
        MiObject *n = MI_LIST_ITEMS(names)[i], *v;
        if (!mi_str_check(n))
            continue;
        if (all == NULL && MI_STR_SIZE(n) > 0 && MI_STR_DATA(n)[0] == '_')
            continue;
        v = mi_obj_getattr(module, n);
        if (v == NULL) {
            rc = -1;
            break;
        }
        rc = mi_obj_setitem(locals, n, v);
        MI_DECREF(v);
    }
    MI_DECREF(names);
    return rc;
}
