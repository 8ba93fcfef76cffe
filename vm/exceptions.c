/* vm/exceptions.c: the built-in exception hierarchy.
 *
 * Every exception instance starts with MiException (args, traceback,
 * context, cause, dict); a few families add fields (StopIteration.value,
 * SystemExit.code, NameError.name, OSError.errno, SyntaxError.lineno, ...).
 * All those fields are object pointers laid out after the MiException part,
 * so one traverse/clear/dealloc serves every layout: it walks the pointers
 * up to the basicsize of the instance's built-in base.
 * The static types are declared by MI_EXCEPTIONS (vm/errors.h) and set up by
 * mi_exceptions_init(), which also publishes them in builtins. */
#include "vm/errors.h"

#include <stdio.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/bytes_codec.h"
#include "vm/dict.h"
#include "vm/frame.h"
#include "vm/func.h"
#include "vm/int.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

/* The static type whose layout an exception instance has. */
static MiType *
layout_type(MiObject *o)
{
    MiType *t = o->type;
    while (t->flags & MI_TYPE_HEAP)
        t = t->base_type;
    return t;
}

/* The object-pointer fields of an instance: dict..cause, then extras. */
static MiObject **
extra_fields(MiObject *o, intptr_t *n)
{
    MiType *t = layout_type(o);
    *n = (t->basicsize - (intptr_t)sizeof(MiException)) / (intptr_t)sizeof(MiObject *);
    return (MiObject **)((char *)o + sizeof(MiException));
}

static int
exc_traverse(MiObject *o, MiVisitProc visit, void *arg)
{
    MiException *e = (MiException *)o;
    intptr_t n;
    MiObject **extra = extra_fields(o, &n);
    MI_VISIT(e->dict);
    MI_VISIT(e->args);
    MI_VISIT(e->traceback);
    MI_VISIT(e->context);
    MI_VISIT(e->cause);
    for (intptr_t i = 0; i < n; i++)
        MI_VISIT(extra[i]);
    return 0;
}

static int
exc_clear(MiObject *o)
{
    MiException *e = (MiException *)o;
    intptr_t n;
    MiObject **extra = extra_fields(o, &n);
    MI_CLEAR(e->dict);
    MI_CLEAR(e->args);
    MI_CLEAR(e->traceback);
    MI_CLEAR(e->context);
    MI_CLEAR(e->cause);
    for (intptr_t i = 0; i < n; i++)
        MI_CLEAR(extra[i]);
    return 0;
}

static void
exc_dealloc(MiObject *o)
{
    mi_gc_untrack(o);
    exc_clear(o);
    mi_object_free(o);
}

int
mi_exc_is_instance(MiObject *o)
{
    return (o->type->flags & MI_TYPE_EXC_SUBCLASS) != 0;
}

int
mi_exc_is_class(MiObject *o)
{
    return mi_obj_type_check(o, &mi_type_type) &&
           (((MiType *)o)->flags & MI_TYPE_EXC_SUBCLASS) != 0;
}

/* ---- creation ------------------------------------------------------------------- */

static MiType *oserror_subtype(MiObject *args);

static MiObject *
exc_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiException *e;
    (void)kwnames;
    if (type == MI_EXC(OSError) && nargs >= 2) {
        MiObject *t = mi_tuple_from_array(args, nargs);
        if (t == NULL)
            return NULL;
        type = oserror_subtype(t);
        MI_DECREF(t);
    }
    e = (MiException *)mi_object_alloc(type);
    if (e == NULL)
        return NULL;
    e->args = mi_tuple_from_array(args, nargs);
    if (e->args == NULL) {
        MI_DECREF(e);
        return NULL;
    }
    MI_GC_TRACK(e);
    return (MiObject *)e;
}

MiObject *
mi_exc_new(MiType *type, MiObject *args)
{
    MiObject *e = type->new_(type, MI_TUPLE_ITEMS(args), MI_TUPLE_SIZE(args), NULL);
    if (e == NULL)
        return NULL;
    if (type->init != NULL &&
        type->init(e, MI_TUPLE_ITEMS(args), MI_TUPLE_SIZE(args), NULL) < 0) {
        MI_DECREF(e);
        return NULL;
    }
    return e;
}

static int
set_args(MiObject *self, MiObject *const *args, intptr_t nargs)
{
    MiObject *t = mi_tuple_from_array(args, nargs);
    if (t == NULL)
        return -1;
    MI_SETREF(((MiException *)self)->args, t);
    return 0;
}

static int
base_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    if (mi_args_nkw(kwnames) > 0) {
        mi_err_format(MI_EXC(TypeError), "%s() takes no keyword arguments", MI_TYPE_NAME(self));
        return -1;
    }
    return set_args(self, args, nargs);
}

static int
stopiteration_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    MI_SETREF(((MiStopIteration *)self)->value, mi_newref(nargs > 0 ? args[0] : MI_NONE));
    return 0;
}

static int
systemexit_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *code;
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs == 0)
        code = mi_newref(MI_NONE);
    else if (nargs == 1)
        code = mi_newref(args[0]);
    else
        code = mi_newref(((MiException *)self)->args);
    MI_SETREF(((MiSystemExit *)self)->code, code);
    return 0;
}

/* Takes keyword arguments named in `names` into the fields at `offsets`. */
static int
take_keywords(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames,
              const char *const *names, const size_t *offsets, int count)
{
    intptr_t nkw = mi_args_nkw(kwnames);
    for (intptr_t k = 0; k < nkw; k++) {
        MiObject *key = MI_TUPLE_GET(kwnames, k);
        int found = 0;
        for (int i = 0; i < count; i++) {
            if (mi_str_eq_cstr(key, names[i])) {
                MiObject **field = (MiObject **)((char *)self + offsets[i]);
                MI_SETREF(*field, mi_newref(args[nargs + k]));
                found = 1;
            }
        }
        if (!found) {
            mi_err_format(MI_EXC(TypeError), "%s() got an unexpected keyword argument '%U'",
                          MI_TYPE_NAME(self), key);
            return -1;
        }
    }
    return 0;
}

static int
nameerror_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"name", "obj"};
    static const size_t offsets[] = {offsetof(MiNameError, name), offsetof(MiNameError, obj)};
    if (set_args(self, args, nargs) < 0)
        return -1;
    return take_keywords(self, args, nargs, kwnames, names, offsets,
                         mi_type_is_subtype(self->type, MI_EXC(AttributeError)) ? 2 : 1);
}

static int
importerror_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"name", "path"};
    static const size_t offsets[] = {offsetof(MiImportError, name), offsetof(MiImportError, path)};
    if (set_args(self, args, nargs) < 0)
        return -1;
    if (nargs == 1)
        MI_SETREF(((MiImportError *)self)->msg, mi_newref(args[0]));
    return take_keywords(self, args, nargs, kwnames, names, offsets, 2);
}

static MiType *
oserror_subtype(MiObject *args)
{
    int64_t code;
    int overflow;
    if (MI_TUPLE_SIZE(args) < 2 || !mi_int_check(MI_TUPLE_GET(args, 0)))
        return MI_EXC(OSError);
    code = mi_int_as_i64(MI_TUPLE_GET(args, 0), &overflow);
    switch (code) {
    case 2: return MI_EXC(FileNotFoundError);
    case 17: return MI_EXC(FileExistsError);
    case 21: return MI_EXC(IsADirectoryError);
    case 20: return MI_EXC(NotADirectoryError);
    case 1: case 13: return MI_EXC(PermissionError);
    case 4: return MI_EXC(InterruptedError);
    case 32: return MI_EXC(BrokenPipeError);
    case 110: return MI_EXC(TimeoutError);
    case 3: return MI_EXC(ProcessLookupError);
    case 10: return MI_EXC(ChildProcessError);
    case 111: return MI_EXC(ConnectionRefusedError);
    case 104: return MI_EXC(ConnectionResetError);
    case 103: return MI_EXC(ConnectionAbortedError);
    case 11: return MI_EXC(BlockingIOError);
    default: return MI_EXC(OSError);
    }
}

static int
oserror_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiOSError *e = (MiOSError *)self;
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs >= 2 && nargs <= 5) {
        MI_SETREF(e->myerrno, mi_newref(args[0]));
        MI_SETREF(e->strerror, mi_newref(args[1]));
        if (nargs >= 3)
            MI_SETREF(e->filename, mi_newref(args[2]));
        if (nargs == 5)
            MI_SETREF(e->filename2, mi_newref(args[4]));
        if (nargs >= 3) {
            /* as CPython: args keeps only (errno, strerror) */
            MiObject *t = mi_tuple_from_array(args, 2);
            if (t == NULL)
                return -1;
            MI_SETREF(e->exc.args, t);
        }
    }
    return 0;
}

static int
syntaxerror_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiSyntaxErrorObject *e = (MiSyntaxErrorObject *)self;
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (nargs >= 1)
        MI_SETREF(e->msg, mi_newref(args[0]));
    if (nargs == 2) {
        MiObject *info = args[1];
        MiObject **fields[] = {&e->filename, &e->lineno, &e->offset, &e->text,
                               &e->end_lineno, &e->end_offset};
        intptr_t n;
        if (!mi_tuple_check(info) || MI_TUPLE_SIZE(info) < 4 || MI_TUPLE_SIZE(info) > 6) {
            mi_err_set(MI_EXC(IndexError), "tuple index out of range");
            return -1;
        }
        n = MI_TUPLE_SIZE(info);
        for (intptr_t i = 0; i < n; i++)
            MI_SETREF(*fields[i], mi_newref(MI_TUPLE_GET(info, i)));
    }
    return 0;
}

/* UnicodeDecodeError(encoding, object, start, end, reason) and its
 * siblings: each argument checked as CPython checks it; `object_type` is
 * what the object must be (NULL: bytes-like, copied to bytes). */
static int
unicodeerror_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiUnicodeErrorObject *e = (MiUnicodeErrorObject *)self;
    MiType *t = self->type;
    int translate = mi_type_is_subtype(t, MI_EXC(UnicodeTranslateError));
    int decode = mi_type_is_subtype(t, MI_EXC(UnicodeDecodeError));
    int encode = mi_type_is_subtype(t, MI_EXC(UnicodeEncodeError));
    int want = translate ? 4 : 5, first = translate ? 1 : 0;
    MiObject *object;
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    if (!translate && !decode && !encode)
        return 0;                                   /* plain UnicodeError */
    if (nargs != want) {
        mi_err_format(MI_EXC(TypeError), "function takes exactly %d arguments (%zd given)",
                      want, nargs);
        return -1;
    }
    if (!translate && !mi_str_check(args[0])) {
        mi_err_format(MI_EXC(TypeError), "argument 1 must be str, not %s",
                      MI_TYPE_NAME(args[0]));
        return -1;
    }
    object = args[1 - first];
    if (decode) {
        const char *data;
        intptr_t size;
        if (!mi_bytes_view(object, &data, &size)) {
            mi_err_format(MI_EXC(TypeError), "a bytes-like object is required, not '%s'",
                          MI_TYPE_NAME(object));
            return -1;
        }
        object = mi_bytes_new(data, size);
        if (object == NULL)
            return -1;
    } else if (!mi_str_check(object)) {
        mi_err_format(MI_EXC(TypeError), "argument %d must be str, not %s", 2 - first,
                      MI_TYPE_NAME(object));
        return -1;
    } else {
        MI_INCREF(object);
    }
    for (int i = 2; i <= 3; i++) {
        if (!mi_int_check(args[i - first])) {
            MI_DECREF(object);
            mi_err_format(MI_EXC(TypeError), "'%s' object cannot be interpreted as an integer",
                          MI_TYPE_NAME(args[i - first]));
            return -1;
        }
    }
    if (!mi_str_check(args[4 - first])) {
        MI_DECREF(object);
        mi_err_format(MI_EXC(TypeError), "argument %d must be str, not %s", 5 - first,
                      MI_TYPE_NAME(args[4 - first]));
        return -1;
    }
    MI_SETREF(e->object, object);
    if (!translate)
        MI_SETREF(e->encoding, mi_newref(args[0]));
    MI_SETREF(e->start, mi_newref(args[2 - first]));
    MI_SETREF(e->end, mi_newref(args[3 - first]));
    MI_SETREF(e->reason, mi_newref(args[4 - first]));
    return 0;
}

/* Raises type(*items), taking the five new references (NULL: out of
 * memory, then MemoryError is raised instead). */
static void
raise_unicode_error(MiType *type, MiObject *items[5])
{
    MiObject *args = NULL;
    int complete = 1;
    for (int i = 0; i < 5; i++)
        complete &= items[i] != NULL;
    if (complete)
        args = mi_tuple_new(5);
    if (args == NULL) {
        for (int i = 0; i < 5; i++)
            MI_XDECREF(items[i]);
        mi_err_nomemory();
        return;
    }
    for (int i = 0; i < 5; i++)
        MI_TUPLE_ITEMS(args)[i] = items[i];
    mi_err_set_object(type, args);
    MI_DECREF(args);
}

void
mi_err_unicode_decode(const char *encoding, const char *data, intptr_t size, intptr_t start,
                      intptr_t end, const char *reason)
{
    MiObject *items[5] = {mi_str_from_cstr(encoding), mi_bytes_new(data, size),
                          mi_int_from_i64(start), mi_int_from_i64(end), mi_str_from_cstr(reason)};
    raise_unicode_error(MI_EXC(UnicodeDecodeError), items);
}

void
mi_err_unicode_encode(const char *encoding, MiObject *str, intptr_t start, intptr_t end,
                      const char *reason)
{
    MiObject *items[5] = {mi_str_from_cstr(encoding), mi_newref(str), mi_int_from_i64(start),
                          mi_int_from_i64(end), mi_str_from_cstr(reason)};
    raise_unicode_error(MI_EXC(UnicodeEncodeError), items);
}

/* ---- str and repr ------------------------------------------------------------------ */

static MiObject *
base_str(MiObject *self)
{
    MiObject *args = ((MiException *)self)->args;
    if (args == NULL || MI_TUPLE_SIZE(args) == 0)
        return mi_newref(mi_state->empty_str);
    if (MI_TUPLE_SIZE(args) == 1)
        return mi_obj_str(MI_TUPLE_GET(args, 0));
    return mi_obj_str(args);
}

static MiObject *
keyerror_str(MiObject *self)
{
    MiObject *args = ((MiException *)self)->args;
    if (args != NULL && MI_TUPLE_SIZE(args) == 1)
        return mi_obj_repr(MI_TUPLE_GET(args, 0));
    return base_str(self);
}

static MiObject *
importerror_str(MiObject *self)
{
    MiImportError *e = (MiImportError *)self;
    if (e->msg != NULL && e->msg != MI_NONE)
        return mi_obj_str(e->msg);
    return base_str(self);
}

static MiObject *
oserror_str(MiObject *self)
{
    MiOSError *e = (MiOSError *)self;
    if (e->filename != NULL && e->filename != MI_NONE) {
        if (e->filename2 != NULL && e->filename2 != MI_NONE)
            return mi_str_format("[Errno %S] %S: %R -> %R", e->myerrno, e->strerror,
                                 e->filename, e->filename2);
        return mi_str_format("[Errno %S] %S: %R", e->myerrno, e->strerror, e->filename);
    }
    if (e->myerrno != NULL && e->strerror != NULL)
        return mi_str_format("[Errno %S] %S", e->myerrno, e->strerror);
    return base_str(self);
}

static MiObject *
syntaxerror_str(MiObject *self)
{
    MiSyntaxErrorObject *e = (MiSyntaxErrorObject *)self;
    MiObject *msg = e->msg ? e->msg : MI_NONE;
    int have_file = e->filename != NULL && mi_str_check(e->filename);
    int have_line = e->lineno != NULL && mi_int_check(e->lineno);
    if (have_file) {
        const char *f = mi_str_cstr(e->filename), *slash = strrchr(f, '/');
        if (slash != NULL)
            f = slash + 1;
        if (have_line)
            return mi_str_format("%S (%s, line %S)", msg, f, e->lineno);
        return mi_str_format("%S (%s)", msg, f);
    }
    if (have_line)
        return mi_str_format("%S (line %S)", msg, e->lineno);
    return mi_obj_str(msg);
}

/* CPython's messages: "'utf-8' codec can't decode byte 0xff in position 0:
 * invalid start byte", "... encode character '\\xe9' ...", ranges as
 * "in position 1-2"; empty when the fields are not all set. */
static MiObject *
unicodeerror_str(MiObject *self)
{
    MiUnicodeErrorObject *e = (MiUnicodeErrorObject *)self;
    int translate = mi_type_is_subtype(self->type, MI_EXC(UnicodeTranslateError));
    int decode = mi_type_is_subtype(self->type, MI_EXC(UnicodeDecodeError));
    intptr_t start, end;
    char what[16];
    if (e->object == NULL || e->start == NULL || e->end == NULL || e->reason == NULL ||
        (!translate && e->encoding == NULL) || !mi_int_check(e->start) ||
        !mi_int_check(e->end))
        return base_str(self);
    start = mi_int_as_ssize(e->start);
    end = mi_int_as_ssize(e->end);
    if ((start == -1 || end == -1) && mi_err_occurred())
        return NULL;
    if (end != start + 1 || start < 0) {
        if (translate)
            return mi_str_format("can't translate characters in position %zd-%zd: %S", start,
                                 end - 1, e->reason);
        return mi_str_format("'%S' codec can't %s in position %zd-%zd: %S", e->encoding,
                             decode ? "decode bytes" : "encode characters", start, end - 1,
                             e->reason);
    }
    if (decode) {
        const char *data;
        intptr_t size;
        if (!mi_bytes_view(e->object, &data, &size) || start >= size)
            return base_str(self);
        snprintf(what, sizeof what, "0x%02x", (unsigned char)data[start]);
        return mi_str_format("'%S' codec can't decode byte %s in position %zd: %S",
                             e->encoding, what, start, e->reason);
    }
    if (!mi_str_check(e->object) || start >= MI_STR_LEN(e->object))
        return base_str(self);
    {
        uint32_t c = mi_str_codepoint_at(e->object, start);
        snprintf(what, sizeof what, c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x",
                 (unsigned)c);
    }
    if (translate)
        return mi_str_format("can't translate character '%s' in position %zd: %S", what, start,
                             e->reason);
    return mi_str_format("'%S' codec can't encode character '%s' in position %zd: %S",
                         e->encoding, what, start, e->reason);
}

static MiObject *
exc_repr(MiObject *self)
{
    MiObject *args = ((MiException *)self)->args;
    const char *name = MI_TYPE_NAME(self);
    if (args == NULL || MI_TUPLE_SIZE(args) == 0)
        return mi_str_format("%s()", name);
    if (MI_TUPLE_SIZE(args) == 1)
        return mi_str_format("%s(%R)", name, MI_TUPLE_GET(args, 0));
    return mi_str_format("%s%R", name, args);
}

/* ---- attributes ---------------------------------------------------------------------- */

static MiObject *
get_args(MiObject *self, void *closure)
{
    (void)closure;
    return mi_newref(((MiException *)self)->args ? ((MiException *)self)->args
                                                  : mi_state->empty_tuple);
}

static int
set_args_attr(MiObject *self, MiObject *value, void *closure)
{
    MiObject *t;
    (void)closure;
    if (value == NULL) {
        mi_err_set(MI_EXC(TypeError), "args may not be deleted");
        return -1;
    }
    t = mi_seq_to_tuple(value);
    if (t == NULL)
        return -1;
    MI_SETREF(((MiException *)self)->args, t);
    return 0;
}

static MiObject *
get_traceback(MiObject *self, void *closure)
{
    MiObject *tb = ((MiException *)self)->traceback;
    (void)closure;
    return mi_newref(tb ? tb : MI_NONE);
}

static int
set_traceback(MiObject *self, MiObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        mi_err_set(MI_EXC(TypeError), "__traceback__ may not be deleted");
        return -1;
    }
    if (value != MI_NONE && value->type != &mi_traceback_type) {
        mi_err_set(MI_EXC(TypeError), "__traceback__ must be a traceback or None");
        return -1;
    }
    mi_exc_set_traceback(self, value == MI_NONE ? NULL : value);
    return 0;
}

static MiObject *
get_context(MiObject *self, void *closure)
{
    MiObject *c = ((MiException *)self)->context;
    (void)closure;
    return mi_newref(c ? c : MI_NONE);
}

static int
set_context(MiObject *self, MiObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        mi_err_set(MI_EXC(TypeError), "__context__ may not be deleted");
        return -1;
    }
    if (value != MI_NONE && !mi_exc_is_instance(value)) {
        mi_err_set(MI_EXC(TypeError), "exception context must be None or derive from "
                   "BaseException");
        return -1;
    }
    mi_exc_set_context(self, value == MI_NONE ? NULL : mi_newref(value));
    return 0;
}

static MiObject *
get_cause(MiObject *self, void *closure)
{
    MiObject *c = ((MiException *)self)->cause;
    (void)closure;
    return mi_newref(c ? c : MI_NONE);
}

static int
set_cause(MiObject *self, MiObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        mi_err_set(MI_EXC(TypeError), "__cause__ may not be deleted");
        return -1;
    }
    if (value != MI_NONE && !mi_exc_is_instance(value)) {
        mi_err_set(MI_EXC(TypeError), "exception cause must be None or derive from "
                   "BaseException");
        return -1;
    }
    mi_exc_set_cause(self, value == MI_NONE ? NULL : mi_newref(value));
    return 0;
}

static MiObject *
get_suppress(MiObject *self, void *closure)
{
    (void)closure;
    return mi_bool_from(((MiException *)self)->suppress_context);
}

static int
set_suppress(MiObject *self, MiObject *value, void *closure)
{
    int b;
    (void)closure;
    if (value == NULL) {
        mi_err_set(MI_EXC(TypeError), "__suppress_context__ may not be deleted");
        return -1;
    }
    b = mi_obj_is_true(value);
    if (b < 0)
        return -1;
    ((MiException *)self)->suppress_context = (char)b;
    return 0;
}

static MiGetSetDef base_getsets[] = {
    {"args", get_args, set_args_attr, NULL, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL, NULL},
    {"__context__", get_context, set_context, NULL, NULL},
    {"__cause__", get_cause, set_cause, NULL, NULL},
    {"__suppress_context__", get_suppress, set_suppress, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MiObject *
exc_with_traceback(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)nargs;
    (void)kwnames;
    if (set_traceback(self, args[0], NULL) < 0)
        return NULL;
    return mi_newref(self);
}

static MiMethodDef base_methods[] = {
    {"with_traceback", exc_with_traceback, MI_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

#define MEMBER(name, type, field) {name, MI_MEMBER_OBJECT, offsetof(type, field), 0, NULL}
static MiMemberDef stopiteration_members[] = {
    MEMBER("value", MiStopIteration, value), {NULL, 0, 0, 0, NULL}};
static MiMemberDef systemexit_members[] = {
    MEMBER("code", MiSystemExit, code), {NULL, 0, 0, 0, NULL}};
static MiMemberDef nameerror_members[] = {
    MEMBER("name", MiNameError, name), {NULL, 0, 0, 0, NULL}};
static MiMemberDef attributeerror_members[] = {
    MEMBER("name", MiNameError, name), MEMBER("obj", MiNameError, obj), {NULL, 0, 0, 0, NULL}};
static MiMemberDef importerror_members[] = {
    MEMBER("msg", MiImportError, msg), MEMBER("name", MiImportError, name),
    MEMBER("path", MiImportError, path), {NULL, 0, 0, 0, NULL}};
static MiMemberDef oserror_members[] = {
    MEMBER("errno", MiOSError, myerrno), MEMBER("strerror", MiOSError, strerror),
    MEMBER("filename", MiOSError, filename), MEMBER("filename2", MiOSError, filename2),
    {NULL, 0, 0, 0, NULL}};
static MiMemberDef unicodeerror_members[] = {
    MEMBER("encoding", MiUnicodeErrorObject, encoding),
    MEMBER("object", MiUnicodeErrorObject, object),
    MEMBER("start", MiUnicodeErrorObject, start), MEMBER("end", MiUnicodeErrorObject, end),
    MEMBER("reason", MiUnicodeErrorObject, reason), {NULL, 0, 0, 0, NULL}};
static MiMemberDef syntaxerror_members[] = {
    MEMBER("msg", MiSyntaxErrorObject, msg), MEMBER("filename", MiSyntaxErrorObject, filename),
    MEMBER("lineno", MiSyntaxErrorObject, lineno), MEMBER("offset", MiSyntaxErrorObject, offset),
    MEMBER("text", MiSyntaxErrorObject, text),
    MEMBER("end_lineno", MiSyntaxErrorObject, end_lineno),
    MEMBER("end_offset", MiSyntaxErrorObject, end_offset),
    MEMBER("print_file_and_line", MiSyntaxErrorObject, print_file_and_line),
    {NULL, 0, 0, 0, NULL}};

/* ---- the type objects ------------------------------------------------------------------ */

#define EXC_FLAGS (MI_TYPE_GC | MI_TYPE_BASETYPE | MI_TYPE_EXC_SUBCLASS)

/* Each exception's layout, __init__, __str__ and members; plain ones use
 * the BaseException defaults. */
typedef struct ExcSpec {
    MiType      *type;
    MiType      *base;
    const char  *name;
    size_t       size;
    MiInitFunc   init;
    MiUnaryFunc  str;
    MiMemberDef *members;
} ExcSpec;

#define MI_EXC_DEFINE(name, base) MiType mi_exc_##name;
MI_EXCEPTIONS(MI_EXC_DEFINE)
#undef MI_EXC_DEFINE

static void
spec_of(MiType *t, ExcSpec *spec)
{
    spec->size = sizeof(MiException);
    spec->init = base_init;
    spec->str = base_str;
    spec->members = NULL;
    if (t == MI_EXC(StopIteration)) {
        spec->size = sizeof(MiStopIteration);
        spec->init = stopiteration_init;
        spec->members = stopiteration_members;
    } else if (t == MI_EXC(SystemExit)) {
        spec->size = sizeof(MiSystemExit);
        spec->init = systemexit_init;
        spec->members = systemexit_members;
    } else if (t == MI_EXC(NameError) || t == MI_EXC(AttributeError)) {
        spec->size = sizeof(MiNameError);
        spec->init = nameerror_init;
        spec->members = t == MI_EXC(NameError) ? nameerror_members : attributeerror_members;
    } else if (t == MI_EXC(ImportError)) {
        spec->size = sizeof(MiImportError);
        spec->init = importerror_init;
        spec->str = importerror_str;
        spec->members = importerror_members;
    } else if (t == MI_EXC(OSError)) {
        spec->size = sizeof(MiOSError);
        spec->init = oserror_init;
        spec->str = oserror_str;
        spec->members = oserror_members;
    } else if (t == MI_EXC(SyntaxError)) {
        spec->size = sizeof(MiSyntaxErrorObject);
        spec->init = syntaxerror_init;
        spec->str = syntaxerror_str;
        spec->members = syntaxerror_members;
    } else if (t == MI_EXC(KeyError)) {
        spec->str = keyerror_str;
    } else if (t == MI_EXC(UnicodeError)) {
        spec->size = sizeof(MiUnicodeErrorObject);
        spec->init = unicodeerror_init;
        spec->str = unicodeerror_str;
        spec->members = unicodeerror_members;
    }
}

static void
setup_type(MiType *t, const char *name, MiType *base)
{
    ExcSpec spec;
    spec_of(t, &spec);
    t->base.refcnt = MI_STATIC_REFCNT;
    t->base.type = &mi_type_type;
    t->name = name;
    t->flags = EXC_FLAGS;
    t->base_type = base;
    t->dealloc = exc_dealloc;
    t->traverse = exc_traverse;
    t->clear = exc_clear;
    t->new_ = exc_new;
    t->repr = exc_repr;
    t->dictoffset = offsetof(MiException, dict);
    if (base == &mi_object_type) {
        t->basicsize = (intptr_t)spec.size;
        t->init = spec.init;
        t->str = spec.str;
        t->getsets = base_getsets;
        t->methods = base_methods;
    } else {
        /* inherit the base's layout, init and str unless this type has its own */
        t->basicsize = spec.size > (size_t)base->basicsize ? (intptr_t)spec.size
                                                            : base->basicsize;
        t->init = spec.init != base_init ? spec.init : base->init;
        t->str = spec.str != base_str ? spec.str : base->str;
    }
    t->members = spec.members;
}

int
mi_exceptions_init(MiObject *builtins)
{
#define MI_EXC_SETUP(name, base)                                                   \
    setup_type(&mi_exc_##name, #name,                                               \
               strcmp(#base, "object") == 0 ? &mi_object_type : (MiType *)&mi_exc_##base);
    /* `object` is not an exception: the X-macro's first base is spelled out */
#define mi_exc_object mi_object_type
    MI_EXCEPTIONS(MI_EXC_SETUP)
#undef mi_exc_object
#undef MI_EXC_SETUP
    /* KeyboardInterrupt etc. need nothing more; ready them in order */
#define MI_EXC_READY(name, base)                                                   \
    if (mi_type_ready(&mi_exc_##name) < 0 ||                                        \
        mi_dict_set_cstr(builtins, #name, (MiObject *)&mi_exc_##name) < 0)          \
        return -1;
    MI_EXCEPTIONS(MI_EXC_READY)
#undef MI_EXC_READY
    /* aliases CPython keeps */
    if (mi_dict_set_cstr(builtins, "EnvironmentError", (MiObject *)MI_EXC(OSError)) < 0 ||
        mi_dict_set_cstr(builtins, "IOError", (MiObject *)MI_EXC(OSError)) < 0)
        return -1;
    return 0;
}

/* ---- accessors ---------------------------------------------------------------------------- */

MiObject *
mi_exc_get_traceback(MiObject *exc)
{
    return ((MiException *)exc)->traceback;
}

void
mi_exc_set_traceback(MiObject *exc, MiObject *tb)
{
    MI_XINCREF(tb);
    MI_SETREF(((MiException *)exc)->traceback, tb);
}

MiObject *
mi_exc_get_context(MiObject *exc)
{
    return ((MiException *)exc)->context;
}

void
mi_exc_set_context(MiObject *exc, MiObject *context)
{
    MI_SETREF(((MiException *)exc)->context, context);
}

MiObject *
mi_exc_get_cause(MiObject *exc)
{
    return ((MiException *)exc)->cause;
}

void
mi_exc_set_cause(MiObject *exc, MiObject *cause)
{
    MI_SETREF(((MiException *)exc)->cause, cause);
    ((MiException *)exc)->suppress_context = 1;
}

MiObject *
mi_stop_iteration_value(MiObject *exc)
{
    MiObject *v = NULL;
    if (mi_type_is_subtype(exc->type, MI_EXC(StopIteration)))
        v = ((MiStopIteration *)exc)->value;
    return mi_newref(v ? v : MI_NONE);
}
