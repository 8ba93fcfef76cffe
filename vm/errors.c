/* vm/errors.c: raising and catching exceptions from C (see vm/errors.h).
 *
 * The raised exception is always an instance, kept in mi_state->exc.
 * Raising while an exception is being handled sets the new exception's
 * __context__ to the handled one, cutting any cycle that would create (as
 * CPython's _PyErr_SetObject). */
#include "vm/errors.h"

#include <errno.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/frame.h"
#include "vm/int.h"
#include "vm/module.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/tuple.h"

/* Sets exc.__context__ to the exception being handled, unless that would
 * make a cycle: then the link back to exc is cut, as CPython does. */
static void
chain_context(MiObject *exc)
{
    MiObject *handled = mi_state->handled;
    MiObject *o;
    if (handled == NULL || handled == exc || handled == MI_NONE)
        return;
    /* Walk handled's context chain; if exc is in it, cut it out. */
    o = handled;
    while (1) {
        MiObject *ctx = mi_exc_get_context(o);
        if (ctx == NULL)
            break;
        if (ctx == exc) {
            mi_exc_set_context(o, NULL);
            break;
        }
        o = ctx;
    }
    mi_exc_set_context(exc, mi_newref(handled));
}

static void
set_raised(MiObject *exc)
{
    chain_context(exc);
    MI_SETREF(mi_state->exc, exc);
}

void
mi_err_restore(MiObject *exc)
{
    MI_SETREF(mi_state->exc, exc);
}

MiObject *
mi_err_fetch(void)
{
    MiObject *exc = mi_state->exc;
    mi_state->exc = NULL;
    return exc;
}

MiObject *
mi_err_peek(void)
{
    return mi_state->exc;
}

void
mi_err_clear(void)
{
    MI_CLEAR(mi_state->exc);
}

/* Makes an instance of `type` from the argument tuple `args` by calling
 * the class, so that user-defined __init__ runs. */
static MiObject *
instantiate(MiType *type, MiObject *args)
{
    if (!(type->flags & MI_TYPE_HEAP))
        return mi_exc_new(type, args);
    return mi_call((MiObject *)type, MI_TUPLE_ITEMS(args), MI_TUPLE_SIZE(args), NULL);
}

void
mi_err_set_object(MiType *type, MiObject *value)
{
    MiObject *args, *exc;
    if (value == NULL || value == MI_NONE) {
        args = mi_newref(mi_state->empty_tuple);
    } else if (mi_tuple_check(value) && type != MI_EXC(StopIteration)) {
        args = mi_newref(value);
    } else {
        args = mi_tuple_pack(1, value);
        if (args == NULL)
            return;
    }
    exc = instantiate(type, args);
    MI_DECREF(args);
    if (exc == NULL)
        return;
    if (!mi_exc_is_instance(exc)) {
        MI_DECREF(exc);
        mi_err_format(MI_EXC(TypeError), "calling %N should have returned an instance of "
                      "BaseException", type);
        return;
    }
    set_raised(exc);
}

void
mi_err_set_none(MiType *type)
{
    mi_err_set_object(type, NULL);
}

void
mi_err_set(MiType *type, const char *msg)
{
    MiObject *s = mi_str_from_cstr(msg);
    if (s == NULL)
        return;
    mi_err_set_object(type, s);
    MI_DECREF(s);
}

MiObject *
mi_err_vformat(MiType *type, const char *fmt, va_list ap)
{
    MiObject *msg = mi_str_vformat(fmt, ap);
    if (msg == NULL)
        return NULL;
    mi_err_set_object(type, msg);
    MI_DECREF(msg);
    return NULL;
}

MiObject *
mi_err_format(MiType *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mi_err_vformat(type, fmt, ap);
    va_end(ap);
    return NULL;
}

MiObject *
mi_err_nomemory(void)
{
    static int nested;
    MiObject *exc = NULL;
    if (mi_state->memory_error == NULL)
        return NULL;        /* during start-up: nothing better to do */
    /* A fresh instance when memory allows (a large request failed, a small
     * one may not), so that no traceback outlives its handling; else the
     * preallocated one. */
    if (!nested) {
        nested = 1;
        exc = mi_exc_new(MI_EXC(MemoryError), mi_state->empty_tuple);
        nested = 0;
        if (exc == NULL)
            mi_err_clear();
    }
    if (exc == NULL) {
        exc = mi_newref(mi_state->memory_error);
        mi_exc_set_traceback(exc, NULL);
        mi_exc_set_context(exc, NULL);
        mi_exc_set_cause(exc, NULL);
    }
    MI_SETREF(mi_state->exc, exc);
    return NULL;
}

void
mi_err_raise(MiObject *exc)
{
    if (mi_exc_is_class(exc)) {
        MiObject *inst = mi_call0(exc);
        if (inst == NULL)
            return;
        if (!mi_exc_is_instance(inst)) {
            mi_err_format(MI_EXC(TypeError), "calling %R should have returned an instance "
                          "of BaseException, not %s", exc, MI_TYPE(inst)->name);
            MI_DECREF(inst);
            return;
        }
        set_raised(inst);
    } else if (mi_exc_is_instance(exc)) {
        set_raised(mi_newref(exc));
    } else {
        mi_err_set(MI_EXC(TypeError), "exceptions must derive from BaseException");
    }
}

MiObject *
mi_err_from_errno(MiObject *filename)
{
    int err = errno;
    MiType *type = MI_EXC(OSError);
    MiObject *args, *code, *msg;
    switch (err) {
    case ENOENT: type = MI_EXC(FileNotFoundError); break;
    case EEXIST: type = MI_EXC(FileExistsError); break;
    case EISDIR: type = MI_EXC(IsADirectoryError); break;
    case ENOTDIR: type = MI_EXC(NotADirectoryError); break;
    case EACCES: case EPERM: type = MI_EXC(PermissionError); break;
    case EINTR: type = MI_EXC(InterruptedError); break;
    case EPIPE: type = MI_EXC(BrokenPipeError); break;
    case ETIMEDOUT: type = MI_EXC(TimeoutError); break;
    default: break;
    }
    if (err == ENOMEM)
        return mi_err_nomemory();
    code = mi_int_from_i64(err);
    msg = mi_str_from_cstr(strerror(err));
    if (code == NULL || msg == NULL) {
        MI_XDECREF(code);
        MI_XDECREF(msg);
        return NULL;
    }
    if (filename != NULL)
        args = mi_tuple_pack(3, code, msg, filename);
    else
        args = mi_tuple_pack(2, code, msg);
    MI_DECREF(code);
    MI_DECREF(msg);
    if (args == NULL)
        return NULL;
    mi_err_set_object(type, args);
    MI_DECREF(args);
    return NULL;
}

void
mi_err_bad_internal_call_at(const char *file, int line)
{
    mi_err_format(MI_EXC(SystemError), "%s:%d: bad argument to internal function", file, line);
}

/* ---- matching ------------------------------------------------------------------ */

int
mi_exc_matches(MiObject *exc, MiObject *type)
{
    MiType *t;
    if (exc == NULL)
        return 0;
    if (mi_tuple_check(type)) {
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(type); i++) {
            if (mi_exc_matches(exc, MI_TUPLE_GET(type, i)))
                return 1;
        }
        return 0;
    }
    if (!mi_exc_is_class(type))
        return 0;
    t = mi_exc_is_class(exc) ? (MiType *)exc : exc->type;
    return mi_type_is_subtype(t, (MiType *)type);
}

int
mi_err_matches(MiObject *type)
{
    return mi_exc_matches(mi_state->exc, type);
}

/* ---- unraisable exceptions ------------------------------------------------------ */

void
mi_err_write_unraisable(MiObject *where)
{
    MiObject *exc = mi_err_fetch();
    MiObject *file, *line = NULL;
    if (exc == NULL)
        return;
    /* as CPython: nothing is written while sys.stderr is None or missing
     * (as at shutdown, once sys is wiped) */
    if (mi_state->sys != NULL) {
        file = mi_dict_get_cstr(mi_module_dict(mi_state->sys), "stderr");
        if (file == MI_NONE)
            file = NULL;
    } else {
        file = mi_state->stderr_obj;
    }
    if (file != NULL) {
        if (where != NULL) {
            MiObject *r = mi_obj_repr(where);
            if (r == NULL) {
                mi_err_clear();
                line = mi_str_from_cstr("Exception ignored in: <object repr() failed>\n");
            } else {
                line = mi_str_format("Exception ignored in: %U\n", r);
                MI_DECREF(r);
            }
            if (line != NULL) {
                mi_obj_print(line, file, 1);
                MI_DECREF(line);
            }
            mi_err_clear();
        }
        mi_traceback_print_exception(exc, file);
        mi_err_clear();
    }
    MI_DECREF(exc);
}
