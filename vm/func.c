/* vm/func.c: callables and descriptors.
 *
 *   - function: code + globals + defaults + closure; calling it is in
 *     vm/eval.c (mi_function_vectorcall); looked up on an instance it binds
 *     into a bound method.
 *   - method: (function, self); calls function(self, *args).
 *   - builtin_function_or_method: a C function (MiMethodDef) with an
 *     optional bound self (a module, or the instance of a bound method).
 *   - method_descriptor, member_descriptor, getset_descriptor: how built-in
 *     types expose their C methods and fields.
 *   - classmethod, staticmethod, property: the descriptor decorators.
 * The argument checks of C functions (MI_METH_NOARGS, MI_METH_O) give
 * CPython's messages. */
#include "vm/func.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/module.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"
#include "vm/weakref.h"

/* ---- function ------------------------------------------------------------------ */

MiObject *
mi_function_new(MiCode *code, MiObject *globals, MiObject *qualname)
{
    MiFunction *f = (MiFunction *)mi_object_alloc(&mi_function_type);
    MiObject *builtins, *module;
    if (f == NULL)
        return NULL;
    f->vectorcall = mi_function_vectorcall;
    f->code = (MiCode *)mi_newref((MiObject *)code);
    f->globals = mi_newref(globals);
    builtins = mi_dict_get(globals, MI_NAME(__builtins__));
    if (builtins != NULL && !mi_dict_check(builtins)) {
        MiObject **d = mi_obj_dict_ptr(builtins);
        builtins = d ? *d : NULL;
    }
    if (builtins == NULL)
        builtins = mi_state->builtins;
    f->builtins = mi_newref(builtins);
    f->name = mi_newref(code->name);
    f->qualname = mi_newref(qualname ? qualname : code->name);
    module = mi_dict_get(globals, MI_NAME(__name__));
    f->module = module ? mi_newref(module) : NULL;
    /* as CPython: a function's first constant is its docstring or None */
    if (MI_TUPLE_SIZE(code->consts) > 0 && mi_str_check(MI_TUPLE_GET(code->consts, 0)) &&
        !(code->flags & (MI_CO_MODULE | MI_CO_COMPREHENSION)))
        f->doc = mi_newref(MI_TUPLE_GET(code->consts, 0));
    else
        f->doc = mi_newref(MI_NONE);
    MI_GC_TRACK(f);
    return (MiObject *)f;
}

static int
function_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MiFunction *f = (MiFunction *)self;
    MI_VISIT(f->code);
    MI_VISIT(f->globals);
    MI_VISIT(f->builtins);
    MI_VISIT(f->name);
    MI_VISIT(f->qualname);
    MI_VISIT(f->defaults);
    MI_VISIT(f->kwdefaults);
    MI_VISIT(f->closure);
    MI_VISIT(f->doc);
    MI_VISIT(f->dict);
    MI_VISIT(f->module);
    MI_VISIT(f->annotations);
    return 0;
}

static int
function_clear(MiObject *self)
{
    MiFunction *f = (MiFunction *)self;
    MI_CLEAR(f->globals);
    MI_CLEAR(f->builtins);
    MI_CLEAR(f->defaults);
    MI_CLEAR(f->kwdefaults);
    MI_CLEAR(f->closure);
    MI_CLEAR(f->doc);
    MI_CLEAR(f->dict);
    MI_CLEAR(f->module);
    MI_CLEAR(f->annotations);
    return 0;
}

static void
function_dealloc(MiObject *self)
{
    MiFunction *f = (MiFunction *)self;
    MI_GC_UNTRACK(self);
    if (f->weaklist != NULL)
        mi_weakref_clear_all(self);
    function_clear(self);
    MI_CLEAR(f->code);
    MI_CLEAR(f->name);
    MI_CLEAR(f->qualname);
    mi_object_free(self);
}

static MiObject *
function_repr(MiObject *self)
{
    return mi_str_format("<function %U at %p>", ((MiFunction *)self)->qualname, (void *)self);
}

static MiObject *
function_call(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    return mi_function_vectorcall(self, args, nargs, kwnames);
}

static MiObject *
function_get(MiObject *self, MiObject *obj, MiObject *type)
{
    (void)type;
    if (obj == NULL || obj == MI_NONE)
        return mi_newref(self);
    return mi_method_new(self, obj);
}

#define FIELD_GETTER(fn, field, dflt)                                             \
    static MiObject *fn(MiObject *self, void *c)                                 \
    {                                                                            \
        MiObject *v = (MiObject *)((MiFunction *)self)->field;                   \
        (void)c;                                                                 \
        return mi_newref(v ? v : (dflt));                                        \
    }
FIELD_GETTER(function_get_name, name, MI_NONE)
FIELD_GETTER(function_get_qualname, qualname, MI_NONE)
FIELD_GETTER(function_get_defaults, defaults, MI_NONE)
FIELD_GETTER(function_get_kwdefaults, kwdefaults, MI_NONE)
FIELD_GETTER(function_get_closure, closure, MI_NONE)
FIELD_GETTER(function_get_globals, globals, MI_NONE)
FIELD_GETTER(function_get_code, code, MI_NONE)

static int
function_set_str(MiObject *self, MiObject *value, MiObject **field, const char *what)
{
    (void)self;
    if (value == NULL || !mi_str_check(value)) {
        mi_err_format(MI_EXC(TypeError), "%s must be set to a string object", what);
        return -1;
    }
    MI_SETREF(*field, mi_newref(value));
    return 0;
}

static int
function_set_name(MiObject *self, MiObject *value, void *c)
{
    (void)c;
    return function_set_str(self, value, &((MiFunction *)self)->name, "__name__");
}

static int
function_set_qualname(MiObject *self, MiObject *value, void *c)
{
    (void)c;
    return function_set_str(self, value, &((MiFunction *)self)->qualname, "__qualname__");
}

static int
function_set_defaults(MiObject *self, MiObject *value, void *c)
{
    (void)c;
    if (value == MI_NONE)
        value = NULL;
    if (value != NULL && !mi_tuple_check(value)) {
        mi_err_set(MI_EXC(TypeError), "__defaults__ must be set to a tuple object");
        return -1;
    }
    MI_XINCREF(value);
    MI_SETREF(((MiFunction *)self)->defaults, value);
    return 0;
}

static int
function_set_kwdefaults(MiObject *self, MiObject *value, void *c)
{
    (void)c;
    if (value == MI_NONE)
        value = NULL;
    if (value != NULL && !mi_dict_check(value)) {
        mi_err_set(MI_EXC(TypeError), "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    MI_XINCREF(value);
    MI_SETREF(((MiFunction *)self)->kwdefaults, value);
    return 0;
}

static MiObject *
function_get_annotations(MiObject *self, void *c)
{
    MiFunction *f = (MiFunction *)self;
    (void)c;
    if (f->annotations == NULL) {
        f->annotations = mi_dict_new();
        if (f->annotations == NULL)
            return NULL;
    }
    return mi_newref(f->annotations);
}

static int
function_set_annotations(MiObject *self, MiObject *value, void *c)
{
    (void)c;
    if (value == MI_NONE)
        value = NULL;
    MI_XINCREF(value);
    MI_SETREF(((MiFunction *)self)->annotations, value);
    return 0;
}

static MiObject *
function_get_dict(MiObject *self, void *c)
{
    (void)c;
    return mi_obj_get_dict(self);
}

static MiGetSetDef function_getsets[] = {
    {"__name__", function_get_name, function_set_name, NULL, NULL},
    {"__qualname__", function_get_qualname, function_set_qualname, NULL, NULL},
    {"__defaults__", function_get_defaults, function_set_defaults, NULL, NULL},
    {"__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults, NULL, NULL},
    {"__closure__", function_get_closure, NULL, NULL, NULL},
    {"__globals__", function_get_globals, NULL, NULL, NULL},
    {"__code__", function_get_code, NULL, NULL, NULL},
    {"__annotations__", function_get_annotations, function_set_annotations, NULL, NULL},
    {"__dict__", function_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MiMemberDef function_members[] = {
    {"__doc__", MI_MEMBER_OBJECT, offsetof(MiFunction, doc), 0, NULL},
    {"__module__", MI_MEMBER_OBJECT, offsetof(MiFunction, module), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

MiType mi_function_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "function",
    .basicsize = sizeof(MiFunction),
    .flags = MI_TYPE_GC | MI_TYPE_METHOD_DESCRIPTOR,
    .dealloc = function_dealloc,
    .traverse = function_traverse,
    .clear = function_clear,
    .repr = function_repr,
    .call = function_call,
    .descr_get = function_get,
    .getsets = function_getsets,
    .members = function_members,
    .dictoffset = offsetof(MiFunction, dict),
    .weaklistoffset = offsetof(MiFunction, weaklist),
};

/* ---- cell ------------------------------------------------------------------------ */

MiObject *
mi_cell_new(MiObject *ref)
{
    MiCell *c = (MiCell *)mi_object_alloc(&mi_cell_type);
    if (c == NULL)
        return NULL;
    c->ref = ref ? mi_newref(ref) : NULL;
    MI_GC_TRACK(c);
    return (MiObject *)c;
}

static int
cell_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiCell *)self)->ref);
    return 0;
}

static int
cell_clear(MiObject *self)
{
    MI_CLEAR(((MiCell *)self)->ref);
    return 0;
}

static void
cell_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    MI_CLEAR(((MiCell *)self)->ref);
    mi_object_free(self);
}

static MiObject *
cell_repr(MiObject *self)
{
    MiObject *ref = ((MiCell *)self)->ref;
    if (ref == NULL)
        return mi_str_format("<cell at %p: empty>", (void *)self);
    return mi_str_format("<cell at %p: %s object at %p>", (void *)self, MI_TYPE_NAME(ref),
                         (void *)ref);
}

static MiObject *
cell_get_contents(MiObject *self, void *c)
{
    MiObject *ref = ((MiCell *)self)->ref;
    (void)c;
    if (ref == NULL)
        return mi_err_format(MI_EXC(ValueError), "Cell is empty");
    return mi_newref(ref);
}

static int
cell_set_contents(MiObject *self, MiObject *value, void *c)
{
    (void)c;
    MI_XINCREF(value);
    MI_SETREF(((MiCell *)self)->ref, value);
    return 0;
}

static MiGetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MiType mi_cell_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "cell",
    .basicsize = sizeof(MiCell),
    .flags = MI_TYPE_GC,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
    .getsets = cell_getsets,
};

/* ---- bound method ----------------------------------------------------------------- */

MiObject *
mi_method_new(MiObject *func, MiObject *self)
{
    MiMethod *m = (MiMethod *)mi_object_alloc(&mi_method_type);
    if (m == NULL)
        return NULL;
    m->func = mi_newref(func);
    m->self = mi_newref(self);
    MI_GC_TRACK(m);
    return (MiObject *)m;
}

static int
method_traverse(MiObject *o, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiMethod *)o)->func);
    MI_VISIT(((MiMethod *)o)->self);
    return 0;
}

static int
method_clear(MiObject *o)
{
    MI_CLEAR(((MiMethod *)o)->func);
    MI_CLEAR(((MiMethod *)o)->self);
    return 0;
}

static void
method_dealloc(MiObject *o)
{
    MI_GC_UNTRACK(o);
    if (((MiMethod *)o)->weaklist != NULL)
        mi_weakref_clear_all(o);
    method_clear(o);
    mi_object_free(o);
}

/* Calls func(first, *args) without building a tuple when the arguments
 * are few (the common case). */
static MiObject *
call_prepended(MiObject *func, MiObject *first, MiObject *const *args, intptr_t nargs,
               MiObject *kwnames)
{
    intptr_t total = nargs + mi_args_nkw(kwnames);
    MiObject *small[8], **stack = small, *res;
    if (total + 1 > 8) {
        stack = mi_malloc((size_t)(total + 1) * sizeof(MiObject *));
        if (stack == NULL)
            return mi_err_nomemory();
    }
    stack[0] = first;
    if (total > 0)
        memcpy(stack + 1, args, (size_t)total * sizeof(MiObject *));
    res = mi_call(func, stack, nargs + 1, kwnames);
    if (stack != small)
        mi_free(stack);
    return res;
}

static MiObject *
method_call(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiMethod *m = (MiMethod *)self;
    return call_prepended(m->func, m->self, args, nargs, kwnames);
}

static MiObject *
method_repr(MiObject *self)
{
    MiMethod *m = (MiMethod *)self;
    MiObject *name, *sr, *res;
    if (mi_obj_lookup_attr(m->func, MI_NAME(__qualname__), &name) < 0)
        return NULL;
    if (name == NULL && mi_obj_lookup_attr(m->func, MI_NAME(__name__), &name) < 0)
        return NULL;
    sr = mi_obj_repr(m->self);
    if (sr == NULL) {
        MI_XDECREF(name);
        return NULL;
    }
    res = mi_str_format("<bound method %S of %U>", name ? name : MI_NONE, sr);
    MI_XDECREF(name);
    MI_DECREF(sr);
    return res;
}

static MiObject *
method_richcmp(MiObject *a, MiObject *b, int op)
{
    int eq;
    if ((op != MI_EQ && op != MI_NE) || a->type != &mi_method_type ||
        b->type != &mi_method_type)
        MI_RETURN_NOTIMPLEMENTED;
    eq = ((MiMethod *)a)->self == ((MiMethod *)b)->self;
    if (eq) {
        eq = mi_obj_richcmp_bool(((MiMethod *)a)->func, ((MiMethod *)b)->func, MI_EQ);
        if (eq < 0)
            return NULL;
    }
    return mi_bool_from(op == MI_EQ ? eq : !eq);
}

static intptr_t
method_hash(MiObject *self)
{
    MiMethod *m = (MiMethod *)self;
    intptr_t a = mi_obj_hash(m->self), b;
    if (a == -1)
        return -1;
    b = mi_obj_hash(m->func);
    if (b == -1)
        return -1;
    a ^= b;
    return a == -1 ? -2 : a;
}

static MiObject *
method_getattro(MiObject *self, MiObject *name)
{
    MiObject *descr = mi_type_lookup(self->type, name);
    if (descr != NULL) {
        if (descr->type->descr_get != NULL)
            return descr->type->descr_get(descr, self, (MiObject *)self->type);
        return mi_newref(descr);
    }
    return mi_obj_getattr(((MiMethod *)self)->func, name);
}

static MiMemberDef method_members[] = {
    {"__func__", MI_MEMBER_OBJECT, offsetof(MiMethod, func), 1, NULL},
    {"__self__", MI_MEMBER_OBJECT, offsetof(MiMethod, self), 1, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* method(function, instance): types.MethodType, CPython's method_new. */
static MiObject *
method_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)type;
    if (mi_args_check("method", nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (!mi_obj_is_callable(args[0])) {
        mi_err_set(MI_EXC(TypeError), "first argument must be callable");
        return NULL;
    }
    if (args[1] == MI_NONE) {
        mi_err_set(MI_EXC(TypeError), "self must not be None");
        return NULL;
    }
    return mi_method_new(args[0], args[1]);
}

MiType mi_method_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "method",
    .basicsize = sizeof(MiMethod),
    .flags = MI_TYPE_GC,
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .clear = method_clear,
    .repr = method_repr,
    .richcmp = method_richcmp,
    .hash = method_hash,
    .call = method_call,
    .new_ = method_new,
    .getattr = method_getattro,
    .members = method_members,
    .weaklistoffset = offsetof(MiMethod, weaklist),
};

/* ---- built-in functions --------------------------------------------------------------- */

/* The name used in argument errors, as CPython's _PyObject_FunctionStr:
 * "len", "time.sleep" (a function of a module other than builtins) or
 * "list.append". */
static void
def_error_name(const MiMethodDef *def, MiObject *self, char *buf, size_t size)
{
    if (self != NULL && mi_is_type(self, &mi_module_type)) {
        MiObject *name = mi_dict_get(mi_module_dict(self), MI_NAME(__name__));
        if (name != NULL && mi_str_check(name) && !mi_str_eq_cstr(name, "builtins")) {
            snprintf(buf, size, "%s.%s", mi_str_cstr(name), def->name);
            return;
        }
        snprintf(buf, size, "%s", def->name);
    } else if (self != NULL && !mi_obj_type_check(self, &mi_type_type)) {
        MiObject *q = self->type->qualname;
        snprintf(buf, size, "%s.%s", q && mi_str_check(q) ? mi_str_cstr(q) : MI_TYPE_NAME(self),
                 def->name);
    } else {
        snprintf(buf, size, "%s", def->name);
    }
}

MiObject *
mi_cfunction_call_def(const MiMethodDef *def, MiObject *self, MiObject *const *args,
                      intptr_t nargs, MiObject *kwnames)
{
    char name[128];
    int flags = def->flags & (MI_METH_NOARGS | MI_METH_O | MI_METH_KEYWORDS);
    if (flags == MI_METH_KEYWORDS)
        return def->fn(self, args, nargs, kwnames);
    if (mi_args_nkw(kwnames) > 0) {
        def_error_name(def, self, name, sizeof name);
        return mi_err_format(MI_EXC(TypeError), "%s() takes no keyword arguments", name);
    }
    if (flags == MI_METH_NOARGS && nargs != 0) {
        def_error_name(def, self, name, sizeof name);
        return mi_err_format(MI_EXC(TypeError), "%s() takes no arguments (%zd given)", name,
                             nargs);
    }
    if (flags == MI_METH_O && nargs != 1) {
        def_error_name(def, self, name, sizeof name);
        return mi_err_format(MI_EXC(TypeError), "%s() takes exactly one argument (%zd given)",
                             name, nargs);
    }
    return def->fn(self, args, nargs, NULL);
}

MiObject *
mi_cfunction_new(const MiMethodDef *def, MiObject *self, MiObject *module)
{
    MiCFunctionObject *f = (MiCFunctionObject *)mi_object_alloc(&mi_cfunction_type);
    if (f == NULL)
        return NULL;
    f->def = def;
    f->self = self ? mi_newref(self) : NULL;
    f->module = module ? mi_newref(module) : NULL;
    MI_GC_TRACK(f);
    return (MiObject *)f;
}

static int
cfunction_traverse(MiObject *o, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiCFunctionObject *)o)->self);
    MI_VISIT(((MiCFunctionObject *)o)->module);
    return 0;
}

static int
cfunction_clear(MiObject *o)
{
    MI_CLEAR(((MiCFunctionObject *)o)->self);
    MI_CLEAR(((MiCFunctionObject *)o)->module);
    return 0;
}

static void
cfunction_dealloc(MiObject *o)
{
    MI_GC_UNTRACK(o);
    if (((MiCFunctionObject *)o)->weaklist != NULL)
        mi_weakref_clear_all(o);
    cfunction_clear(o);
    mi_object_free(o);
}

static MiObject *
cfunction_call(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiCFunctionObject *f = (MiCFunctionObject *)self;
    return mi_cfunction_call_def(f->def, f->self, args, nargs, kwnames);
}

static MiObject *
cfunction_repr(MiObject *self)
{
    MiCFunctionObject *f = (MiCFunctionObject *)self;
    if (f->self == NULL || mi_is_type(f->self, &mi_module_type))
        return mi_str_format("<built-in function %s>", f->def->name);
    return mi_str_format("<built-in method %s of %s object at %p>", f->def->name,
                         MI_TYPE_NAME(f->self), (void *)f->self);
}

static MiObject *
cfunction_get_name(MiObject *self, void *c)
{
    (void)c;
    return mi_str_from_cstr(((MiCFunctionObject *)self)->def->name);
}

static MiObject *
cfunction_get_qualname(MiObject *self, void *c)
{
    MiCFunctionObject *f = (MiCFunctionObject *)self;
    (void)c;
    if (f->self == NULL || mi_is_type(f->self, &mi_module_type))
        return mi_str_from_cstr(f->def->name);
    if (mi_obj_type_check(f->self, &mi_type_type))
        return mi_str_format("%s.%s", ((MiType *)f->self)->name, f->def->name);
    return mi_str_format("%s.%s", MI_TYPE_NAME(f->self), f->def->name);
}

static MiObject *
cfunction_get_self(MiObject *self, void *c)
{
    MiObject *s = ((MiCFunctionObject *)self)->self;
    (void)c;
    return mi_newref(s ? s : MI_NONE);
}

static MiObject *
cfunction_get_doc(MiObject *self, void *c)
{
    const char *doc = ((MiCFunctionObject *)self)->def->doc;
    (void)c;
    if (doc == NULL)
        MI_RETURN_NONE;
    return mi_str_from_cstr(doc);
}

static MiGetSetDef cfunction_getsets[] = {
    {"__name__", cfunction_get_name, NULL, NULL, NULL},
    {"__qualname__", cfunction_get_qualname, NULL, NULL, NULL},
    {"__self__", cfunction_get_self, NULL, NULL, NULL},
    {"__doc__", cfunction_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MiMemberDef cfunction_members[] = {
    {"__module__", MI_MEMBER_OBJECT, offsetof(MiCFunctionObject, module), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static MiObject *
cfunction_richcmp(MiObject *a, MiObject *b, int op)
{
    MiCFunctionObject *x = (MiCFunctionObject *)a, *y = (MiCFunctionObject *)b;
    int eq;
    if ((op != MI_EQ && op != MI_NE) || b->type != &mi_cfunction_type)
        MI_RETURN_NOTIMPLEMENTED;
    eq = x->def == y->def && x->self == y->self;
    return mi_bool_from(op == MI_EQ ? eq : !eq);
}

static intptr_t
cfunction_hash(MiObject *self)
{
    MiCFunctionObject *f = (MiCFunctionObject *)self;
    intptr_t h = (intptr_t)((uintptr_t)f->def >> 4) ^ (intptr_t)((uintptr_t)f->self >> 4);
    return h == -1 ? -2 : h;
}

MiType mi_cfunction_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(MiCFunctionObject),
    .flags = MI_TYPE_GC,
    .dealloc = cfunction_dealloc,
    .traverse = cfunction_traverse,
    .clear = cfunction_clear,
    .call = cfunction_call,
    .repr = cfunction_repr,
    .richcmp = cfunction_richcmp,
    .hash = cfunction_hash,
    .getsets = cfunction_getsets,
    .members = cfunction_members,
    .weaklistoffset = offsetof(MiCFunctionObject, weaklist),
};

/* ---- descriptors of built-in types ------------------------------------------------------ */

/* Descriptors are tracked containers, as in CPython: one of a class owns
 * a reference to its class (that of a static type borrows it), so a class
 * dict, its descriptors and the class form a cycle the collector counts. */
static int
descr_owns_owner(MiMethodDescr *d)
{
    return d->owner != NULL && (d->owner->flags & MI_TYPE_HEAP);
}

static void
descr_dealloc(MiObject *self)
{
    MiMethodDescr *d = (MiMethodDescr *)self;
    MI_GC_UNTRACK(self);
    MI_CLEAR(d->name);
    if (descr_owns_owner(d)) {
        MiType *owner = d->owner;
        d->owner = NULL;
        MI_DECREF(owner);
    }
    mi_object_free(self);
}

static int
descr_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MiMethodDescr *d = (MiMethodDescr *)self;
    if (descr_owns_owner(d))
        MI_VISIT(d->owner);
    return 0;
}

static MiObject *
descr_new_common(MiType *type, MiType *owner, const char *name, const void *def)
{
    MiMethodDescr *d = (MiMethodDescr *)mi_object_alloc(type);
    if (d == NULL)
        return NULL;
    d->def = def;
    d->owner = owner;
    if (descr_owns_owner(d))
        MI_INCREF(owner);
    d->name = mi_str_intern_cstr(name);
    if (d->name == NULL) {
        MI_DECREF(d);
        return NULL;
    }
    MI_GC_TRACK(d);
    return (MiObject *)d;
}

MiObject *
mi_method_descr_new(MiType *owner, const MiMethodDef *def)
{
    MiType *t = (def->flags & MI_METH_CLASS) ? &mi_classmethod_descr_type : &mi_method_descr_type;
    return descr_new_common(t, owner, def->name, def);
}

MiObject *
mi_member_descr_new(MiType *owner, const MiMemberDef *def)
{
    return descr_new_common(&mi_member_descr_type, owner, def->name, def);
}

MiObject *
mi_getset_descr_new(MiType *owner, const MiGetSetDef *def)
{
    return descr_new_common(&mi_getset_descr_type, owner, def->name, def);
}

static int
descr_check(MiMethodDescr *d, MiObject *obj)
{
    if (!mi_obj_type_check(obj, d->owner)) {
        mi_err_format(MI_EXC(TypeError), "descriptor '%U' for '%s' objects doesn't apply to a "
                      "'%s' object", d->name, d->owner->name, MI_TYPE_NAME(obj));
        return -1;
    }
    return 0;
}

static MiObject *
method_descr_call(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiMethodDescr *d = (MiMethodDescr *)self;
    if (nargs < 1) {
        return mi_err_format(MI_EXC(TypeError), "unbound method %s.%s() needs an argument",
                             d->owner->name, d->def->name);
    }
    if (descr_check(d, args[0]) < 0)
        return NULL;
    return mi_cfunction_call_def(d->def, args[0], args + 1, nargs - 1, kwnames);
}

static MiObject *
method_descr_get(MiObject *self, MiObject *obj, MiObject *type)
{
    MiMethodDescr *d = (MiMethodDescr *)self;
    (void)type;
    if (obj == NULL)
        return mi_newref(self);
    if (descr_check(d, obj) < 0)
        return NULL;
    return mi_cfunction_new(d->def, obj, NULL);
}

static MiObject *
method_descr_repr(MiObject *self)
{
    MiMethodDescr *d = (MiMethodDescr *)self;
    return mi_str_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static MiObject *
descr_get_name(MiObject *self, void *c)
{
    (void)c;
    return mi_newref(((MiMethodDescr *)self)->name);
}

static MiObject *
descr_get_qualname(MiObject *self, void *c)
{
    MiMethodDescr *d = (MiMethodDescr *)self;
    (void)c;
    return mi_str_format("%s.%U", d->owner->name, d->name);
}

static MiObject *
descr_get_objclass(MiObject *self, void *c)
{
    (void)c;
    return mi_newref((MiObject *)((MiMethodDescr *)self)->owner);
}

static MiObject *
method_descr_get_doc(MiObject *self, void *c)
{
    const char *doc = ((MiMethodDescr *)self)->def->doc;
    (void)c;
    if (doc == NULL)
        MI_RETURN_NONE;
    return mi_str_from_cstr(doc);
}

static MiGetSetDef method_descr_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", method_descr_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MiType mi_method_descr_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "method_descriptor",
    .basicsize = sizeof(MiMethodDescr),
    .flags = MI_TYPE_METHOD_DESCRIPTOR | MI_TYPE_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .repr = method_descr_repr,
    .getsets = method_descr_getsets,
};

static MiObject *
classmethod_descr_get(MiObject *self, MiObject *obj, MiObject *type)
{
    MiMethodDescr *d = (MiMethodDescr *)self;
    if (type == NULL)
        type = (MiObject *)obj->type;
    return mi_cfunction_new(d->def, type, NULL);
}

static MiObject *
classmethod_descr_call(MiObject *self, MiObject *const *args, intptr_t nargs,
                       MiObject *kwnames)
{
    MiMethodDescr *d = (MiMethodDescr *)self;
    if (nargs < 1 || !mi_obj_type_check(args[0], &mi_type_type)) {
        return mi_err_format(MI_EXC(TypeError), "descriptor '%s' of '%s' object needs a type",
                             d->def->name, d->owner->name);
    }
    return mi_cfunction_call_def(d->def, args[0], args + 1, nargs - 1, kwnames);
}

MiType mi_classmethod_descr_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MiMethodDescr),
    .flags = MI_TYPE_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .repr = method_descr_repr,
    .getsets = method_descr_getsets,
};

static MiObject *
member_get(MiObject *self, MiObject *obj, MiObject *type)
{
    MiMemberDescr *d = (MiMemberDescr *)self;
    const MiMemberDef *m = d->def;
    char *addr;
    MiObject *v;
    (void)type;
    if (obj == NULL)
        return mi_newref(self);
    if (descr_check((MiMethodDescr *)d, obj) < 0)
        return NULL;
    addr = (char *)obj + m->offset;
    switch (m->kind) {
    case MI_MEMBER_OBJECT:
        v = *(MiObject **)addr;
        return mi_newref(v ? v : MI_NONE);
    case MI_MEMBER_OBJECT_EX:
        v = *(MiObject **)addr;
        if (v == NULL)
            return mi_err_format(MI_EXC(AttributeError), "'%s' object has no attribute '%s'",
                                 MI_TYPE_NAME(obj), m->name);
        return mi_newref(v);
    case MI_MEMBER_INTPTR:
        return mi_int_from_i64(*(intptr_t *)addr);
    case MI_MEMBER_INT:
        return mi_int_from_i64(*(int *)addr);
    case MI_MEMBER_BOOL:
        return mi_bool_from(*(char *)addr);
    case MI_MEMBER_DOUBLE:
        return mi_float_new(*(double *)addr);
    }
    return mi_err_format(MI_EXC(SystemError), "bad member kind");
}

static int
member_set(MiObject *self, MiObject *obj, MiObject *value)
{
    MiMemberDescr *d = (MiMemberDescr *)self;
    const MiMemberDef *m = d->def;
    char *addr = (char *)obj + m->offset;
    if (descr_check((MiMethodDescr *)d, obj) < 0)
        return -1;
    if (m->readonly) {
        mi_err_format(MI_EXC(AttributeError), "readonly attribute");
        return -1;
    }
    switch (m->kind) {
    case MI_MEMBER_OBJECT_EX:
        if (value == NULL && *(MiObject **)addr == NULL) {
            mi_err_format(MI_EXC(AttributeError), "%s", m->name);
            return -1;
        }
        /* fall through */
    case MI_MEMBER_OBJECT:
        MI_XINCREF(value);
        MI_SETREF(*(MiObject **)addr, value);
        return 0;
    case MI_MEMBER_INTPTR:
    case MI_MEMBER_INT: {
        intptr_t v;
        if (value == NULL) {
            mi_err_set(MI_EXC(TypeError), "can't delete numeric/char attribute");
            return -1;
        }
        if (mi_arg_ssize(value, &v) < 0)
            return -1;
        if (m->kind == MI_MEMBER_INT)
            *(int *)addr = (int)v;
        else
            *(intptr_t *)addr = v;
        return 0;
    }
    case MI_MEMBER_BOOL: {
        int b = value ? mi_obj_is_true(value) : -1;
        if (b < 0) {
            if (!mi_err_occurred())
                mi_err_set(MI_EXC(TypeError), "can't delete numeric/char attribute");
            return -1;
        }
        *(char *)addr = (char)b;
        return 0;
    }
    case MI_MEMBER_DOUBLE: {
        double v = value ? mi_float_as_double(value) : -1.0;
        if (value == NULL || (v == -1.0 && mi_err_occurred())) {
            if (!mi_err_occurred())
                mi_err_set(MI_EXC(TypeError), "can't delete numeric/char attribute");
            return -1;
        }
        *(double *)addr = v;
        return 0;
    }
    }
    return -1;
}

static MiObject *
member_repr(MiObject *self)
{
    MiMemberDescr *d = (MiMemberDescr *)self;
    return mi_str_format("<member '%U' of '%s' objects>", d->name, d->owner->name);
}

static MiGetSetDef member_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MiType mi_member_descr_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "member_descriptor",
    .basicsize = sizeof(MiMemberDescr),
    .flags = MI_TYPE_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .descr_get = member_get,
    .descr_set = member_set,
    .repr = member_repr,
    .getsets = member_getsets,
};

static MiObject *
getset_get(MiObject *self, MiObject *obj, MiObject *type)
{
    MiGetSetDescr *d = (MiGetSetDescr *)self;
    (void)type;
    if (obj == NULL)
        return mi_newref(self);
    if (descr_check((MiMethodDescr *)d, obj) < 0)
        return NULL;
    if (d->def->get == NULL) {
        return mi_err_format(MI_EXC(AttributeError), "attribute '%U' of '%s' objects is not "
                             "readable", d->name, d->owner->name);
    }
    return d->def->get(obj, d->def->closure);
}

static int
getset_set(MiObject *self, MiObject *obj, MiObject *value)
{
    MiGetSetDescr *d = (MiGetSetDescr *)self;
    if (descr_check((MiMethodDescr *)d, obj) < 0)
        return -1;
    if (d->def->set == NULL) {
        mi_err_format(MI_EXC(AttributeError), "attribute '%U' of '%s' objects is not writable",
                      d->name, d->owner->name);
        return -1;
    }
    return d->def->set(obj, value, d->def->closure);
}

static MiObject *
getset_repr(MiObject *self)
{
    MiGetSetDescr *d = (MiGetSetDescr *)self;
    return mi_str_format("<attribute '%U' of '%s' objects>", d->name, d->owner->name);
}

static MiObject *
getset_get_doc(MiObject *self, void *c)
{
    const char *doc = ((MiGetSetDescr *)self)->def->doc;
    (void)c;
    if (doc == NULL)
        MI_RETURN_NONE;
    return mi_str_from_cstr(doc);
}

static MiGetSetDef getset_getsets[] = {
    {"__doc__", getset_get_doc, NULL, NULL, NULL},
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MiType mi_getset_descr_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "getset_descriptor",
    .basicsize = sizeof(MiGetSetDescr),
    .flags = MI_TYPE_GC,
    .dealloc = descr_dealloc,
    .traverse = descr_traverse,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .repr = getset_repr,
    .getsets = getset_getsets,
};

/* ---- classmethod and staticmethod ------------------------------------------------------- */

static int
cm_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiClassMethod *cm = (MiClassMethod *)self;
    if (mi_args_check(MI_TYPE_NAME(self), nargs, kwnames, 1, 1) < 0)
        return -1;
    MI_SETREF(cm->func, mi_newref(args[0]));
    return 0;
}

static MiObject *
cm_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *o;
    (void)args;
    (void)nargs;
    (void)kwnames;
    o = mi_object_alloc(type);
    if (o != NULL)
        MI_GC_TRACK(o);
    return o;
}

static int
cm_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiClassMethod *)self)->func);
    MI_VISIT(((MiClassMethod *)self)->dict);
    return 0;
}

static int
cm_clear(MiObject *self)
{
    MI_CLEAR(((MiClassMethod *)self)->func);
    MI_CLEAR(((MiClassMethod *)self)->dict);
    return 0;
}

static void
cm_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    cm_clear(self);
    mi_object_free(self);
}

static MiObject *
classmethod_get(MiObject *self, MiObject *obj, MiObject *type)
{
    MiClassMethod *cm = (MiClassMethod *)self;
    if (cm->func == NULL)
        return mi_err_format(MI_EXC(RuntimeError), "uninitialized classmethod object");
    if (type == NULL)
        type = (MiObject *)obj->type;
    return mi_method_new(cm->func, type);
}

static MiObject *
staticmethod_get(MiObject *self, MiObject *obj, MiObject *type)
{
    MiClassMethod *sm = (MiClassMethod *)self;
    (void)obj;
    (void)type;
    if (sm->func == NULL)
        return mi_err_format(MI_EXC(RuntimeError), "uninitialized staticmethod object");
    return mi_newref(sm->func);
}

static MiObject *
staticmethod_call(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    return mi_call(((MiClassMethod *)self)->func, args, nargs, kwnames);
}

static MiObject *
cm_get_isabstract(MiObject *self, void *c)
{
    MiObject *v;
    (void)c;
    if (mi_obj_lookup_attr(((MiClassMethod *)self)->func,
                           MI_NAME(__isabstractmethod__), &v) < 0)
        return NULL;
    if (v == NULL)
        MI_RETURN_FALSE;
    return v;
}

static MiObject *
cm_get_dict(MiObject *self, void *c)
{
    (void)c;
    return mi_obj_get_dict(self);
}

static MiGetSetDef cm_getsets[] = {
    {"__isabstractmethod__", cm_get_isabstract, NULL, NULL, NULL},
    {"__dict__", cm_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MiMemberDef cm_members[] = {
    {"__func__", MI_MEMBER_OBJECT, offsetof(MiClassMethod, func), 1, NULL},
    {"__wrapped__", MI_MEMBER_OBJECT, offsetof(MiClassMethod, func), 1, NULL},
    {NULL, 0, 0, 0, NULL},
};

MiType mi_classmethod_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "classmethod",
    .basicsize = sizeof(MiClassMethod),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = cm_dealloc,
    .traverse = cm_traverse,
    .clear = cm_clear,
    .new_ = cm_new,
    .init = cm_init,
    .descr_get = classmethod_get,
    .members = cm_members,
    .getsets = cm_getsets,
    .dictoffset = offsetof(MiClassMethod, dict),
};

MiType mi_staticmethod_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "staticmethod",
    .basicsize = sizeof(MiClassMethod),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = cm_dealloc,
    .traverse = cm_traverse,
    .clear = cm_clear,
    .new_ = cm_new,
    .init = cm_init,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .members = cm_members,
    .getsets = cm_getsets,
    .dictoffset = offsetof(MiClassMethod, dict),
};

/* ---- property ------------------------------------------------------------------------ */

static int
property_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    MiObject *a[4] = {NULL, NULL, NULL, NULL};
    MiProperty *p = (MiProperty *)self;
    if (mi_args_parse("property", args, nargs, kwnames, names, 0, 0, 4, a) < 0)
        return -1;
    for (int i = 0; i < 4; i++) {
        if (a[i] == MI_NONE)
            a[i] = NULL;
    }
    MI_XINCREF(a[0]);
    MI_SETREF(p->fget, a[0]);
    MI_XINCREF(a[1]);
    MI_SETREF(p->fset, a[1]);
    MI_XINCREF(a[2]);
    MI_SETREF(p->fdel, a[2]);
    if (a[3] == NULL && a[0] != NULL) {
        MiObject *doc;
        if (mi_obj_lookup_attr(a[0], MI_NAME(__doc__), &doc) < 0)
            return -1;
        MI_SETREF(p->doc, doc);
    } else {
        MI_XINCREF(a[3]);
        MI_SETREF(p->doc, a[3]);
    }
    return 0;
}

static int
property_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MiProperty *p = (MiProperty *)self;
    MI_VISIT(p->fget);
    MI_VISIT(p->fset);
    MI_VISIT(p->fdel);
    MI_VISIT(p->doc);
    MI_VISIT(p->name);
    return 0;
}

static int
property_clear(MiObject *self)
{
    MiProperty *p = (MiProperty *)self;
    MI_CLEAR(p->fget);
    MI_CLEAR(p->fset);
    MI_CLEAR(p->fdel);
    MI_CLEAR(p->doc);
    MI_CLEAR(p->name);
    return 0;
}

static void
property_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    property_clear(self);
    mi_object_free(self);
}

static MiObject *
property_get(MiObject *self, MiObject *obj, MiObject *type)
{
    MiProperty *p = (MiProperty *)self;
    (void)type;
    if (obj == NULL || obj == MI_NONE)
        return mi_newref(self);
    if (p->fget == NULL) {
        if (p->name != NULL)
            return mi_err_format(MI_EXC(AttributeError), "unreadable attribute %R", p->name);
        return mi_err_format(MI_EXC(AttributeError), "unreadable attribute");
    }
    return mi_call1(p->fget, obj);
}

static int
property_set(MiObject *self, MiObject *obj, MiObject *value)
{
    MiProperty *p = (MiProperty *)self;
    MiObject *func = value == NULL ? p->fdel : p->fset, *res;
    if (func == NULL) {
        if (p->name != NULL)
            mi_err_format(MI_EXC(AttributeError), value == NULL ? "can't delete attribute %R"
                                                                : "can't set attribute %R", p->name);
        else
            mi_err_format(MI_EXC(AttributeError), value == NULL ? "can't delete attribute"
                                                                : "can't set attribute");
        return -1;
    }
    if (value == NULL)
        res = mi_call1(func, obj);
    else
        res = mi_call2(func, obj, value);
    if (res == NULL)
        return -1;
    MI_DECREF(res);
    return 0;
}

/* property.getter/setter/deleter: a copy with one function replaced. */
static MiObject *
property_copy(MiObject *self, int which, MiObject *func)
{
    MiProperty *p = (MiProperty *)self;
    MiObject *a[4] = {p->fget, p->fset, p->fdel, p->doc};
    MiObject *res;
    for (int i = 0; i < 4; i++) {
        if (a[i] == NULL)
            a[i] = MI_NONE;
    }
    a[which] = func;
    res = mi_call((MiObject *)self->type, a, 4, NULL);
    if (res != NULL && mi_obj_type_check(res, &mi_property_type) && p->name != NULL)
        MI_SETREF(((MiProperty *)res)->name, mi_newref(p->name));
    return res;
}

static MiObject *
property_getter(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return property_copy(self, 0, args[0]);
}

static MiObject *
property_setter(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return property_copy(self, 1, args[0]);
}

static MiObject *
property_deleter(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return property_copy(self, 2, args[0]);
}

static MiObject *
property_set_name(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    if (nargs != 2)
        return mi_err_format(MI_EXC(TypeError), "__set_name__() takes 2 positional arguments "
                             "but %zd were given", nargs);
    MI_SETREF(((MiProperty *)self)->name, mi_newref(args[1]));
    MI_RETURN_NONE;
}

static MiMethodDef property_methods[] = {
    {"getter", property_getter, MI_METH_O, NULL},
    {"setter", property_setter, MI_METH_O, NULL},
    {"deleter", property_deleter, MI_METH_O, NULL},
    {"__set_name__", property_set_name, MI_METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static MiMemberDef property_members[] = {
    {"fget", MI_MEMBER_OBJECT, offsetof(MiProperty, fget), 1, NULL},
    {"fset", MI_MEMBER_OBJECT, offsetof(MiProperty, fset), 1, NULL},
    {"fdel", MI_MEMBER_OBJECT, offsetof(MiProperty, fdel), 1, NULL},
    {"__doc__", MI_MEMBER_OBJECT, offsetof(MiProperty, doc), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* True when fget, fset or fdel is abstract, so abc sees abstract properties. */
static MiObject *
property_get_isabstract(MiObject *self, void *c)
{
    MiProperty *prop = (MiProperty *)self;
    MiObject *funcs[3] = {prop->fget, prop->fset, prop->fdel};
    (void)c;
    for (int i = 0; i < 3; i++) {
        MiObject *v;
        int truth;
        if (funcs[i] == NULL || funcs[i] == MI_NONE)
            continue;
        if (mi_obj_lookup_attr(funcs[i], MI_NAME(__isabstractmethod__), &v) < 0)
            return NULL;
        if (v == NULL)
            continue;
        truth = mi_obj_is_true(v);
        MI_DECREF(v);
        if (truth < 0)
            return NULL;
        if (truth)
            MI_RETURN_TRUE;
    }
    MI_RETURN_FALSE;
}

static MiGetSetDef property_getsets[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MiType mi_property_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "property",
    .basicsize = sizeof(MiProperty),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = property_dealloc,
    .traverse = property_traverse,
    .clear = property_clear,
    .new_ = cm_new,
    .init = property_init,
    .descr_get = property_get,
    .descr_set = property_set,
    .methods = property_methods,
    .members = property_members,
    .getsets = property_getsets,
};
