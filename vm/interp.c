/* vm/interp.c: starting, running and stopping the interpreter.
 *
 * Start-up builds the state: small ints, interned names, the empty tuple
 * and string, every built-in type, the builtins and sys modules, the
 * standard streams.  The collector stays off until the state is complete.
 *
 * Shutdown follows CPython 3.10's order, so that finalizers run and print
 * as they do there: a collection (if enabled); then finalize_modules():
 * special names (sys.last_*, replaced std streams) reset, every module in
 * sys.modules replaced by None (one held nowhere else dies at once, its
 * dict released in insertion order), builtins restored to their start-up
 * copy, a collection (module globals intact while finalizers run), the
 * namespaces of modules still alive wiped newest first (one-underscore
 * names, then the rest but __builtins__), then sys and builtins, and a
 * last collection.  Then everything the state itself holds is released,
 * static types drop their dicts, and a debug build checks that no object
 * is left (vm/main.c reports leaks). */
#include "vm/interp.h"

#include "alloc/alloc.h"
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "vm/abstract.h"
#include "vm/builtins.h"
#include "vm/bytes.h"
#include "vm/code.h"
#include "vm/compile.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/fileio.h"
#include "vm/float.h"
#include "vm/frame.h"
#include "vm/func.h"
#include "vm/gen.h"
#include "vm/genericalias.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/module.h"
#include "vm/set.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/sysmodule.h"
#include "vm/traceback.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"
#include "vm/weakref.h"

MiState *mi_state;

void mi_int_init_small(void);
void mi_float_clear_freelist(void);
void mi_tuple_clear_freelists(void);
void mi_frame_free_data_stack(void);
int  mi_gc_vm_install(MiGcState *gc);

/* Iterator types defined next to their containers. */
extern MiType mi_set_iter_type, mi_bytes_iter_type, mi_bytearray_iter_type;

/* The built-in types readied at start-up (others are readied on first
 * use by mi_type_lookup). */
static MiType *const core_types[] = {
    &mi_object_type, &mi_type_type, &mi_none_type, &mi_notimplemented_type, &mi_ellipsis_type,
    &mi_int_type, &mi_bool_type, &mi_float_type, &mi_complex_type, &mi_str_type,
    &mi_str_iter_type, &mi_bytes_type, &mi_bytearray_type, &mi_list_type, &mi_list_iter_type,
    &mi_list_reviter_type, &mi_tuple_type, &mi_tuple_iter_type, &mi_dict_type,
    &mi_dict_keys_type, &mi_dict_values_type, &mi_dict_items_type, &mi_mappingproxy_type,
    &mi_set_type, &mi_frozenset_type, &mi_range_type, &mi_range_iter_type, &mi_slice_type,
    &mi_seq_iter_type, &mi_callable_iter_type, &mi_enumerate_type, &mi_zip_type, &mi_map_type,
    &mi_filter_type, &mi_reversed_type, &mi_function_type, &mi_cell_type, &mi_method_type,
    &mi_cfunction_type, &mi_method_descr_type, &mi_classmethod_descr_type,
    &mi_member_descr_type, &mi_getset_descr_type, &mi_slot_wrapper_type, &mi_classmethod_type,
    &mi_staticmethod_type, &mi_property_type, &mi_super_type, &mi_module_type, &mi_code_type,
    &mi_frame_type, &mi_traceback_type, &mi_gen_type, &mi_weakref_type, &mi_weakproxy_type,
    &mi_weakcallableproxy_type, &mi_file_type, &mi_set_iter_type, &mi_bytes_iter_type,
    &mi_bytearray_iter_type, &mi_generic_alias_type, &mi_union_type, &mi_longrange_iter_type,
    NULL,
};

/* The lowest address the C stack may reach before recursion is refused:
 * the stack limit (at most 64 MiB) minus a safety margin. */
static char *
compute_c_stack_limit(void)
{
    struct rlimit rl;
    char *here = (char *)__builtin_frame_address(0);
    size_t size = 8 << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        size = (size_t)rl.rlim_cur;
    if (size > (64u << 20))
        size = 64u << 20;
    if (size < (1u << 20))
        size = 1u << 20;
    /* ASan and debug builds use far bigger frames: keep a wide margin */
    return here - (size - size / 4);
}

/* SIGINT: the eval loop raises KeyboardInterrupt at its next check, and a
 * blocking read or sleep returns EINTR (the handler is installed without
 * SA_RESTART) to raise it at once. */
static void
handle_sigint(int sig)
{
    (void)sig;
    if (mi_state != NULL) {
        mi_state->interrupted = 1;
        mi_state->eval_breaker = 1;
    }
}

static int
setup_sys(const MiConfig *config)
{
    MiObject *sys, *argv, *d;
    sys = mi_module_from_def(&mi_sys_module_def);
    if (sys == NULL)
        return -1;
    mi_state->sys = sys;
    d = mi_module_dict(sys);
    argv = mi_list_new(0);
    if (argv == NULL)
        return -1;
    for (int i = 0; i < config->argc; i++) {
        MiObject *s = mi_str_decode_utf8(config->argv[i], (intptr_t)strlen(config->argv[i]),
                                         "surrogateescape");
        if (s == NULL || mi_list_append(argv, s) < 0) {
            MI_XDECREF(s);
            MI_DECREF(argv);
            return -1;
        }
        MI_DECREF(s);
    }
    if (config->argc == 0) {
        MiObject *empty = mi_str_from_cstr("");
        if (empty == NULL || mi_list_append(argv, empty) < 0) {
            MI_XDECREF(empty);
            MI_DECREF(argv);
            return -1;
        }
        MI_DECREF(empty);
    }
    if (mi_dict_set_cstr(d, "argv", argv) < 0) {
        MI_DECREF(argv);
        return -1;
    }
    MI_DECREF(argv);
    mi_state->stdin_obj = mi_file_from_fd(0, "<stdin>", "r", 0);
    mi_state->stdout_obj = mi_file_from_fd(1, "<stdout>", "w", 0);
    mi_state->stderr_obj = mi_file_from_fd(2, "<stderr>", "w", 0);
    if (mi_state->stdin_obj == NULL || mi_state->stdout_obj == NULL ||
        mi_state->stderr_obj == NULL)
        return -1;
    ((MiFile *)mi_state->stderr_obj)->write_through = 1;
    if (mi_dict_set_cstr(d, "stdin", mi_state->stdin_obj) < 0 ||
        mi_dict_set_cstr(d, "stdout", mi_state->stdout_obj) < 0 ||
        mi_dict_set_cstr(d, "stderr", mi_state->stderr_obj) < 0 ||
        mi_dict_set_cstr(d, "__stdin__", mi_state->stdin_obj) < 0 ||
        mi_dict_set_cstr(d, "__stdout__", mi_state->stdout_obj) < 0 ||
        mi_dict_set_cstr(d, "__stderr__", mi_state->stderr_obj) < 0)
        return -1;
    {
        MiObject *hook = mi_dict_get_cstr(d, "displayhook");
        MiObject *ehook = mi_dict_get_cstr(d, "excepthook");
        if (hook && mi_dict_set_cstr(d, "__displayhook__", hook) < 0)
            return -1;
        if (ehook && mi_dict_set_cstr(d, "__excepthook__", ehook) < 0)
            return -1;
    }
    return mi_dict_set_cstr(mi_state->modules, "sys", sys);
}

int
mi_interp_init(const MiConfig *config)
{
    const char *stress = getenv("MINI_GC_STRESS");
    mi_state = calloc(1, sizeof(MiState));
    if (mi_state == NULL) {
        fprintf(stderr, "mini: out of memory at start-up\n");
        return -1;
    }
    mi_state->alloc = mi_alloc_create();
    if (mi_state->alloc == NULL) {
        fprintf(stderr, "mini: out of memory at start-up\n");
        free(mi_state);
        mi_state = NULL;
        return -1;
    }
    mi_gc_init(&mi_state->gc);
    mi_state->gc.enabled = 0;
    mi_state->gc.stress = config->gc_stress || (stress != NULL && strcmp(stress, "0") != 0 &&
                                                stress[0] != '\0');
    mi_state->recursion_limit = 1000;
    mi_state->int_max_str_digits = config->int_max_str_digits < 0 ? 0
                                                                    : config->int_max_str_digits;
    if (config->int_max_str_digits == 0) {
        const char *env = getenv("PYTHONINTMAXSTRDIGITS");
        long n = env != NULL && *env != '\0' ? strtol(env, NULL, 10) : 4300;
        mi_state->int_max_str_digits = n == 0 || n >= 640 ? n : 4300;
    }
    mi_state->c_stack_limit = compute_c_stack_limit();
    mi_state->verbose_refs = config->show_refcount;
    mi_state->show_alloc = config->show_alloc;
    mi_state->inspect = config->inspect;
    mi_state->type_cache = calloc(MI_TYPE_CACHE_SIZE, sizeof(MiTypeCacheEntry));
    if (mi_state->type_cache == NULL || mi_str_table_init() < 0)
        goto nomem;
    mi_int_init_small();
    mi_state->empty_str = mi_str_finish(mi_str_alloc(0));
    if (mi_state->empty_str == NULL)
        goto nomem;
    mi_state->empty_str = mi_str_intern(mi_state->empty_str);
    mi_state->empty_tuple = mi_object_alloc_var(&mi_tuple_type, 0);
    if (mi_state->empty_tuple == NULL)
        goto nomem;
#define MI_INTERN_NAME(n)                                                           \
    if ((mi_state->names.n = mi_str_intern_cstr(#n)) == NULL)                        \
        goto nomem;
#define MI_INTERN_NAME2(field, text)                                                \
    if ((mi_state->names.field = mi_str_intern_cstr(text)) == NULL)                  \
        goto nomem;
    MI_NAMES(MI_INTERN_NAME, MI_INTERN_NAME2)
#undef MI_INTERN_NAME
#undef MI_INTERN_NAME2
    for (int i = 0; core_types[i] != NULL; i++) {
        if (mi_type_ready(core_types[i]) < 0)
            goto fail;
    }
    if (mi_dict_ready_types() < 0)
        goto fail;
    mi_state->modules = mi_dict_new();
    mi_state->path = mi_list_new(0);
    if (mi_state->modules == NULL || mi_state->path == NULL)
        goto fail;
    mi_state->builtins_module = mi_module_from_def(&mi_builtins_module_def);
    if (mi_state->builtins_module == NULL)
        goto fail;
    mi_state->builtins = mi_newref(mi_module_dict(mi_state->builtins_module));
    if (mi_exceptions_init(mi_state->builtins) < 0)
        goto fail;
    mi_state->memory_error = mi_exc_new(MI_EXC(MemoryError), mi_state->empty_tuple);
    if (mi_state->memory_error == NULL)
        goto fail;
    if (mi_dict_set_cstr(mi_state->modules, "builtins", mi_state->builtins_module) < 0)
        goto fail;
    if (config->program_dir != NULL) {
        MiObject *dir = mi_str_from_cstr(config->program_dir);
        if (dir == NULL || mi_list_append(mi_state->path, dir) < 0) {
            MI_XDECREF(dir);
            goto fail;
        }
        MI_DECREF(dir);
    }
    {
        const char *pp = getenv("MINIPATH");
        while (pp != NULL && *pp) {
            const char *colon = strchr(pp, ':');
            size_t n = colon ? (size_t)(colon - pp) : strlen(pp);
            MiObject *dir = mi_str_new(pp, (intptr_t)n);
            if (dir == NULL || mi_list_append(mi_state->path, dir) < 0) {
                MI_XDECREF(dir);
                goto fail;
            }
            MI_DECREF(dir);
            pp = colon ? colon + 1 : NULL;
        }
    }
    if (setup_sys(config) < 0 || mi_gc_vm_install(&mi_state->gc) < 0)
        goto fail;
    {
        /* an ignored SIGINT (nohup, `cmd &` in a script) stays ignored, as CPython */
        struct sigaction sa, old;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = handle_sigint;
        sigemptyset(&sa.sa_mask);
        if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler != SIG_IGN)
            sigaction(SIGINT, &sa, NULL);
    }
    mi_state->builtins_copy = mi_dict_copy(mi_state->builtins);
    if (mi_state->builtins_copy == NULL)
        goto fail;
    mi_state->gc.enabled = 1;
    return 0;
nomem:
    fprintf(stderr, "mini: out of memory at start-up\n");
    return -1;
fail:
    fprintf(stderr, "mini: start-up failed\n");
    if (mi_state->exc != NULL) {
        MiObject *line = mi_traceback_format_exception_only(mi_state->exc);
        if (line != NULL) {
            fprintf(stderr, "%s\n", mi_str_cstr(line));
            MI_DECREF(line);
        }
    }
    return -1;
}

/* ---- running ------------------------------------------------------------------------- */

/* The __main__ module (made on first use). */
static MiObject *
main_module(void)
{
    MiObject *name, *m;
    if (mi_state->main_module != NULL)
        return mi_state->main_module;
    name = mi_str_intern_cstr("__main__");
    if (name == NULL)
        return NULL;
    m = mi_module_new(name);
    MI_DECREF(name);
    if (m == NULL)
        return NULL;
    if (mi_dict_set(mi_module_dict(m), MI_NAME(__builtins__), mi_state->builtins_module) < 0 ||
        mi_dict_set_cstr(mi_state->modules, "__main__", m) < 0) {
        MI_DECREF(m);
        return NULL;
    }
    mi_state->main_module = m;
    return m;
}

int
mi_run_source(const char *src, size_t len, const char *filename)
{
    MiObject *m = main_module(), *d, *res, *fn, *literals = NULL;
    MiCode *code;
    if (m == NULL)
        return -1;
    d = mi_module_dict(m);
    fn = mi_str_from_cstr(filename);
    if (fn == NULL)
        return -1;
    if (filename[0] != '<' && mi_dict_set(d, MI_NAME(__file__), fn) < 0) {
        MI_DECREF(fn);
        return -1;
    }
    MI_DECREF(fn);
    code = mi_compile_source_keep(src, len, filename, MI_COMPILE_EXEC, NULL, &literals);
    if (code == NULL)
        return -1;
    res = mi_eval_code(code, d, d);
    MI_DECREF(code);
    MI_XDECREF(literals);           /* the "AST arena" of the script */
    if (res == NULL)
        return -1;
    MI_DECREF(res);
    return 0;
}

int
mi_run_file(const char *path)
{
    FILE *fp = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;
    int rc;
    if (fp == NULL)
        return -2;
    for (;;) {
        size_t got;
        if (n + 4097 > cap) {
            size_t newcap = cap ? cap * 2 : 65536;
            char *p = realloc(buf, newcap);
            if (p == NULL) {
                free(buf);
                fclose(fp);
                mi_err_nomemory();
                return -1;
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
    {
        /* as CPython 3.9+, the script's __file__ and tracebacks show its
         * absolute path: the current directory joined, not normalised */
        char *abs = NULL;
        char cwd[4096];
        if (path[0] != '/' && getcwd(cwd, sizeof cwd) != NULL) {
            abs = malloc(strlen(cwd) + strlen(path) + 2);
            if (abs != NULL)
                sprintf(abs, "%s/%s", cwd, path);
        }
        rc = mi_run_source(buf, n, abs != NULL ? abs : path);
        free(abs);
    }
    free(buf);
    return rc;
}

/* The exit status SystemExit(code) asks for, printing a non-int code. */
static int
system_exit_status(MiObject *exc)
{
    MiObject *code = ((MiSystemExit *)exc)->code;
    if (code == NULL || code == MI_NONE)
        return 0;
    if (mi_int_check(code)) {
        int overflow;
        int64_t v = mi_int_as_i64(code, &overflow);
        return overflow ? -1 : (int)v;
    }
    {
        MiObject *err = mi_dict_get_cstr(mi_module_dict(mi_state->sys), "stderr");
        MiObject *out = mi_dict_get_cstr(mi_module_dict(mi_state->sys), "stdout");
        if (out != NULL && out != MI_NONE && mi_file_flush(out) < 0)
            mi_err_clear();
        if (err != NULL && err != MI_NONE) {
            if (mi_obj_print(code, err, 1) < 0 || mi_file_write_cstr(err, "\n", 1) < 0)
                mi_err_clear();
        }
    }
    return 1;
}

int
mi_handle_uncaught(void)
{
    MiObject *exc = mi_err_fetch(), *hook, *res, *out;
    if (exc == NULL)
        return 0;
    out = mi_dict_get_cstr(mi_module_dict(mi_state->sys), "stdout");
    if (out != NULL && out != MI_NONE && mi_file_flush(out) < 0)
        mi_err_clear();
    /* -i keeps the session going: the script's SystemExit is printed */
    if (mi_obj_type_check(exc, MI_EXC(SystemExit)) && !mi_state->inspect) {
        mi_state->exit_code = system_exit_status(exc);
        MI_DECREF(exc);
        return 1;
    }
    mi_state->exit_code = 1;
    /* keep them for post-mortem debugging, as CPython */
    if (mi_dict_set_cstr(mi_module_dict(mi_state->sys), "last_type",
                         (MiObject *)exc->type) < 0 ||
        mi_dict_set_cstr(mi_module_dict(mi_state->sys), "last_value", exc) < 0)
        mi_err_clear();
    hook = mi_dict_get_cstr(mi_module_dict(mi_state->sys), "excepthook");
    if (hook != NULL) {
        MiObject *tb = mi_exc_get_traceback(exc);
        MiObject *args[3] = {(MiObject *)exc->type, exc, tb ? tb : MI_NONE};
        MI_INCREF(hook);
        res = mi_call(hook, args, 3, NULL);
        MI_DECREF(hook);
        if (res == NULL) {
            MiObject *err2 = mi_err_fetch();
            fprintf(stderr, "Error in sys.excepthook:\n");
            if (err2 != NULL) {
                mi_traceback_print_exception(err2, mi_state->stderr_obj);
                MI_DECREF(err2);
            }
            fprintf(stderr, "\nOriginal exception was:\n");
            mi_traceback_print_exception(exc, mi_state->stderr_obj);
        } else {
            MI_DECREF(res);
        }
    } else {
        mi_traceback_print_exception(exc, mi_state->stderr_obj);
    }
    mi_err_clear();
    MI_DECREF(exc);
    return 0;
}

/* ---- shutdown ---------------------------------------------------------------------- */

/* Clears a module namespace as CPython's _PyModule_ClearDict: walking the
 * dict in order, names starting with one underscore are set to None first,
 * then every other name but __builtins__ (so destructors still find the
 * builtins).  Values already None are left alone; entries stay in place. */
static void
clear_module_dict(MiObject *d)
{
    for (int pass = 0; pass < 2; pass++) {
        intptr_t pos = 0;
        MiObject *k, *v;
        while (mi_dict_next(d, &pos, &k, &v)) {
            const char *s;
            int underscore, rc;
            if (v == MI_NONE || !mi_str_check(k))
                continue;
            s = mi_str_cstr(k);
            underscore = s[0] == '_' && s[1] != '_';
            if (pass == 0 ? !underscore : strcmp(s, "__builtins__") == 0)
                continue;
            MI_INCREF(k);
            rc = mi_dict_set(d, k, MI_NONE);
            MI_DECREF(k);
            if (rc < 0 || mi_err_occurred())
                mi_err_write_unraisable(NULL);
        }
    }
}

/* Sets sys.name (or builtins.name) to `value`, reporting a failure as
 * unraisable. */
static void
set_name_or_report(MiObject *d, const char *name, MiObject *value)
{
    if (mi_dict_set_cstr(d, name, value) < 0)
        mi_err_write_unraisable(NULL);
}

/* CPython's finalize_modules_delete_special: user values often hide in
 * builtins._, sys.last_* and replaced standard streams; drop them before
 * the modules go, since sys and builtins are wiped last of all. */
static void
delete_special_names(void)
{
    static const char *const sys_deletes[] = {
        "path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
        "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__", NULL,
    };
    static const char *const sys_files[] = {
        "stdin", "__stdin__", "stdout", "__stdout__", "stderr", "__stderr__", NULL,
    };
    MiObject *sysdict = mi_module_dict(mi_state->sys);
    set_name_or_report(mi_state->builtins, "_", MI_NONE);
    for (int i = 0; sys_deletes[i] != NULL; i++)
        set_name_or_report(sysdict, sys_deletes[i], MI_NONE);
    for (int i = 0; sys_files[i] != NULL; i += 2) {
        MiObject *orig = mi_dict_get_cstr(sysdict, sys_files[i + 1]);
        set_name_or_report(sysdict, sys_files[i], orig != NULL ? orig : MI_NONE);
    }
}

/* CPython's finalize_remove_modules: every module in sys.modules is
 * replaced by None, in sys.modules order, so a module nothing else holds
 * is deallocated right away (its dict released in insertion order).
 * Returns a list of weak references to the modules (new reference), to
 * find the ones held alive; NULL (no exception) if it could not be made. */
static MiObject *
remove_modules(void)
{
    MiObject *weaklist = mi_list_new(0);
    MiObject *name, *m;
    intptr_t pos = 0;
    if (weaklist == NULL)
        mi_err_write_unraisable(NULL);
    while (mi_dict_next(mi_state->modules, &pos, &name, &m)) {
        int rc;
        if (!mi_obj_type_check(m, &mi_module_type))
            continue;
        if (weaklist != NULL) {
            MiObject *wr = mi_weakref_new(m, NULL);
            if (wr == NULL || mi_list_append(weaklist, wr) < 0)
                mi_err_write_unraisable(NULL);
            MI_XDECREF(wr);
        }
        MI_INCREF(name);
        rc = mi_dict_set(mi_state->modules, name, MI_NONE);
        MI_DECREF(name);
        if (rc < 0)
            mi_err_write_unraisable(NULL);
    }
    return weaklist;
}

/* CPython's finalize_restore_builtins: the builtins dict gets back its
 * start-up contents; what the program added dies after the restore. */
static void
restore_builtins(void)
{
    MiObject *old;
    if (mi_state->builtins_copy == NULL)
        return;
    old = mi_dict_copy(mi_state->builtins);
    if (old == NULL)
        mi_err_write_unraisable(NULL);
    mi_dict_clear(mi_state->builtins);
    if (mi_dict_update(mi_state->builtins, mi_state->builtins_copy) < 0)
        mi_err_clear();
    MI_XDECREF(old);
}

/* CPython's finalize_modules_clear_weaklist: modules still alive after
 * the collection have their namespaces wiped, the newest first. */
static void
wipe_live_modules(MiObject *weaklist)
{
    for (intptr_t i = MI_LIST_SIZE(weaklist) - 1; i >= 0; i--) {
        MiObject *m = mi_weakref_get(MI_LIST_ITEMS(weaklist)[i]);
        MiObject *d;
        if (m == MI_NONE)
            continue;
        d = mi_module_dict(m);
        if (d == NULL || d == mi_state->builtins || d == mi_module_dict(mi_state->sys))
            continue;
        MI_INCREF(m);
        clear_module_dict(d);
        MI_DECREF(m);
    }
}

/* CPython 3.10's finalize_modules: special names, then the modules leave
 * sys.modules (those held only there die at once), builtins are restored,
 * a collection frees the cycles (module globals still intact while their
 * finalizers run), survivors are wiped, then sys and builtins. */
static void
finalize_modules(void)
{
    MiObject *weaklist;
    MI_CLEAR(mi_state->main_module);    /* sys.modules holds it as in CPython */
    delete_special_names();
    weaklist = remove_modules();
    mi_dict_clear(mi_state->modules);
    restore_builtins();
    mi_err_clear();
    mi_gc_collect(&mi_state->gc, 2);
    if (weaklist != NULL) {
        wipe_live_modules(weaklist);
        MI_DECREF(weaklist);
    }
    clear_module_dict(mi_module_dict(mi_state->sys));
    clear_module_dict(mi_state->builtins);
    mi_err_clear();
}

static void
flush_std_streams(void)
{
    MiObject *d = mi_state->sys ? mi_module_dict(mi_state->sys) : NULL;
    const char *names[2] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
        MiObject *f = d ? mi_dict_get_cstr(d, names[i]) : NULL;
        if (f != NULL && f != MI_NONE && mi_file_flush(f) < 0)
            mi_err_clear();
    }
    if (mi_state->stdout_obj != NULL && mi_file_flush(mi_state->stdout_obj) < 0)
        mi_err_clear();
}

intptr_t
mi_interp_finalize(void)
{
    intptr_t leaked;
    if (mi_state == NULL)
        return 0;
    mi_state->finalizing = 1;
    flush_std_streams();
    mi_err_clear();
    MI_CLEAR(mi_state->handled);
    /* 1. a collection while everything is intact (if enabled), then the
     * modules go as in CPython 3.10 */
    if (mi_state->gc.enabled)
        mi_gc_collect(&mi_state->gc, 2);
    if (mi_state->sys != NULL && mi_state->modules != NULL && mi_state->builtins != NULL)
        finalize_modules();
    mi_gc_collect(&mi_state->gc, 2);
    flush_std_streams();
    /* 2. the modules themselves, sys and builtins.  CPython leaves what
     * is left (gc.garbage kept by DEBUG_SAVEALL, say) to the OS; mini
     * frees it, silently: no more gc debug output, nothing saved */
    mi_state->gc.enabled = 0;
    mi_state->gc.debug = 0;
    if (mi_state->modules != NULL)
        mi_dict_clear(mi_state->modules);
    MI_CLEAR(mi_state->main_module);
    if (mi_state->sys != NULL)
        mi_dict_clear(mi_module_dict(mi_state->sys));
    MI_CLEAR(mi_state->sys);
    if (mi_state->builtins != NULL)
        mi_dict_clear(mi_state->builtins);
    MI_CLEAR(mi_state->builtins);
    MI_CLEAR(mi_state->builtins_module);
    MI_CLEAR(mi_state->builtins_copy);
    MI_CLEAR(mi_state->modules);
    MI_CLEAR(mi_state->path);
    MI_CLEAR(mi_state->linecache);
    MI_CLEAR(mi_state->gc_garbage);
    MI_CLEAR(mi_state->gc_callbacks);
    mi_gc_collect(&mi_state->gc, 2);
    /* 3. what the state holds */
    if (mi_state->stdout_obj != NULL && mi_file_flush(mi_state->stdout_obj) < 0)
        mi_err_clear();
    MI_CLEAR(mi_state->stdin_obj);
    MI_CLEAR(mi_state->stdout_obj);
    MI_CLEAR(mi_state->stderr_obj);
    MI_CLEAR(mi_state->memory_error);
    mi_err_clear();
#define MI_CLEAR_NAME(n) MI_CLEAR(mi_state->names.n);
#define MI_CLEAR_NAME2(field, text) MI_CLEAR(mi_state->names.field);
    MI_NAMES(MI_CLEAR_NAME, MI_CLEAR_NAME2)
#undef MI_CLEAR_NAME
#undef MI_CLEAR_NAME2
    for (int i = 0; i < 256; i++)
        MI_CLEAR(mi_state->latin1[i]);
    mi_types_finalize();
    mi_gc_collect(&mi_state->gc, 2);
    MI_CLEAR(mi_state->empty_tuple);
    MI_CLEAR(mi_state->empty_str);
    mi_tuple_clear_freelists();
    mi_float_clear_freelist();
    mi_frame_free_data_stack();
    leaked = mi_state->live_objects;
#ifdef MI_DEBUG_REFS
    if (leaked != 0 && getenv("MINI_LEAKS") != NULL)
        mi_debug_live_report();
#endif
    mi_str_table_free();
    if (mi_state->show_alloc)
        mi_alloc_print_summary(mi_state->alloc, stderr);
    mi_alloc_destroy(mi_state->alloc);
    free(mi_state->type_cache);
    free(mi_state);
    mi_state = NULL;
    return leaked;
}
