/* vm/genericalias.c: types.GenericAlias, what `list[int]`, `dict[str, int]`
 * and `tuple[int, ...]` evaluate to (PEP 585), as CPython 3.10's
 * Objects/genericaliasobject.c.
 *
 * An alias holds its origin (the class subscripted) and its arguments (a
 * tuple).  It prints as `list[int]`, compares and hashes by (origin, args),
 * calling it calls the origin, and every attribute other than a few of its
 * own is looked up on the origin (`list[int].append is list.append`).
 * `__parameters__`, the type variables among the arguments, is computed on
 * first use; subscripting an alias substitutes them (`dict[str, T][int]`).
 *
 * Invariant: `args` is always a tuple. */
#include "vm/genericalias.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"
#include "vm/weakref.h"

static int
is_generic_alias(MiObject *o)
{
    return mi_obj_type_check(o, &mi_generic_alias_type);
}

/* Looks up o.<name>: 1 with *res (new reference), 0 when missing, -1. */
static int
lookup_attr_cstr(MiObject *o, const char *name, MiObject **res)
{
    MiObject *n = mi_str_intern_cstr(name);
    int rc;
    *res = NULL;
    if (n == NULL)
        return -1;
    rc = mi_obj_lookup_attr(o, n, res);
    MI_DECREF(n);
    return rc;
}

/* Is `o` a typing.TypeVar or typing.ParamSpec?  1, 0, -1. */
static int
is_typevar(MiObject *o)
{
    const char *name = MI_TYPE_NAME(o);
    MiObject *module;
    int rc;
    if (strcmp(name, "TypeVar") != 0 && strcmp(name, "ParamSpec") != 0)
        return 0;
    if (lookup_attr_cstr((MiObject *)o->type, "__module__", &module) < 0)
        return -1;
    rc = module != NULL && mi_str_check(module) && mi_str_eq_cstr(module, "typing");
    MI_XDECREF(module);
    return rc;
}

/* Index of `item` (by identity) among the first n items of `tuple`, or -1. */
static intptr_t
tuple_index(MiObject *tuple, intptr_t n, MiObject *item)
{
    for (intptr_t i = 0; i < n; i++) {
        if (MI_TUPLE_GET(tuple, i) == item)
            return i;
    }
    return -1;
}

/* The type variables of `args`, in order, without repeats: those among
 * the arguments and those in their own __parameters__.  New tuple. */
MiObject *
mi_type_parameters(MiObject *args)
{
    intptr_t nargs = MI_TUPLE_SIZE(args), n = 0;
    MiObject *list = mi_list_new(0), *res;
    if (list == NULL)
        return NULL;
    for (intptr_t i = 0; i < nargs; i++) {
        MiObject *t = MI_TUPLE_GET(args, i), *sub;
        int tv = is_typevar(t);
        if (tv < 0)
            goto fail;
        if (tv) {
            if (mi_list_append(list, t) < 0)
                goto fail;
            continue;
        }
        if (lookup_attr_cstr(t, "__parameters__", &sub) < 0)
            goto fail;
        if (sub != NULL && mi_tuple_check(sub)) {
            for (intptr_t j = 0; j < MI_TUPLE_SIZE(sub); j++) {
                if (mi_list_append(list, MI_TUPLE_GET(sub, j)) < 0) {
                    MI_DECREF(sub);
                    goto fail;
                }
            }
        }
        MI_XDECREF(sub);
    }
    /* drop repeats, keeping the first occurrence */
    for (intptr_t i = 0; i < MI_LIST_SIZE(list); i++) {
        MiObject *x = mi_list_get(list, i);
        int seen = 0;
        for (intptr_t j = 0; j < n; j++)
            seen |= mi_list_get(list, j) == x;
        if (!seen) {
            MiObject *keep = mi_newref(x);
            mi_list_set(list, n++, keep);
        }
    }
    res = mi_tuple_from_array(MI_LIST_ITEMS(list), n);
    MI_DECREF(list);
    return res;
fail:
    MI_DECREF(list);
    return NULL;
}

/* Writes repr-like text of one alias item: "..." for Ellipsis, the repr of
 * aliases, `qualname` for builtins, `module.qualname` for other classes,
 * else repr(). */
int
mi_alias_repr_item(MiStrBuilder *sb, MiObject *p)
{
    MiObject *tmp = NULL, *qualname = NULL, *module = NULL, *r = NULL;
    int rc;
    if (p == MI_ELLIPSIS)
        return mi_sb_append_cstr(sb, "...");
    if (lookup_attr_cstr(p, "__origin__", &tmp) < 0)
        return -1;
    if (tmp != NULL) {
        MI_DECREF(tmp);
        if (lookup_attr_cstr(p, "__args__", &tmp) < 0)
            return -1;
        if (tmp != NULL) {
            MI_DECREF(tmp);
            goto use_repr;
        }
    }
    if (mi_obj_lookup_attr(p, MI_NAME(__qualname__), &qualname) < 0)
        return -1;
    if (qualname == NULL)
        goto use_repr;
    if (mi_obj_lookup_attr(p, MI_NAME(__module__), &module) < 0) {
        MI_DECREF(qualname);
        return -1;
    }
    if (module == NULL || module == MI_NONE) {
        MI_XDECREF(module);
        MI_DECREF(qualname);
        goto use_repr;
    }
    if (mi_str_check(module) && mi_str_eq_cstr(module, "builtins"))
        r = mi_obj_str(qualname);
    else
        r = mi_str_format("%S.%S", module, qualname);
    MI_DECREF(module);
    MI_DECREF(qualname);
    goto done;
use_repr:
    r = mi_obj_repr(p);
done:
    if (r == NULL)
        return -1;
    rc = mi_sb_append_str(sb, r);
    MI_DECREF(r);
    return rc;
}

static MiObject *
ga_repr(MiObject *self)
{
    MiGenericAlias *ga = (MiGenericAlias *)self;
    intptr_t n = MI_TUPLE_SIZE(ga->args);
    MiStrBuilder sb;
    mi_sb_init(&sb);
    if (mi_alias_repr_item(&sb, ga->origin) < 0)
        goto fail;
    mi_sb_append_char(&sb, '[');
    for (intptr_t i = 0; i < n; i++) {
        if (i > 0)
            mi_sb_append_cstr(&sb, ", ");
        if (mi_alias_repr_item(&sb, MI_TUPLE_GET(ga->args, i)) < 0)
            goto fail;
    }
    if (n == 0)
        mi_sb_append_cstr(&sb, "()");      /* tuple[()] */
    mi_sb_append_char(&sb, ']');
    return mi_sb_finish(&sb);
fail:
    mi_sb_discard(&sb);
    return NULL;
}

/* Fills a freshly allocated alias; `args` becomes a 1-tuple unless it is
 * a tuple.  0 / -1. */
static int
setup_ga(MiGenericAlias *ga, MiObject *origin, MiObject *args)
{
    if (mi_tuple_check(args)) {
        MI_INCREF(args);
    } else {
        args = mi_tuple_pack(1, args);
        if (args == NULL)
            return -1;
    }
    ga->origin = mi_newref(origin);
    ga->args = args;
    ga->parameters = NULL;
    return 0;
}

MiObject *
mi_generic_alias_new(MiObject *origin, MiObject *args)
{
    MiGenericAlias *ga = (MiGenericAlias *)mi_object_alloc(&mi_generic_alias_type);
    if (ga == NULL)
        return NULL;
    if (setup_ga(ga, origin, args) < 0) {
        MI_DECREF(ga);
        return NULL;
    }
    MI_GC_TRACK(ga);
    return (MiObject *)ga;
}

static MiObject *
ga_new_slot(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiGenericAlias *ga;
    if (mi_args_check("GenericAlias", nargs, kwnames, 2, 2) < 0)
        return NULL;
    ga = (MiGenericAlias *)mi_object_alloc(type);
    if (ga == NULL)
        return NULL;
    if (setup_ga(ga, args[0], args[1]) < 0) {
        MI_DECREF(ga);
        return NULL;
    }
    MI_GC_TRACK(ga);
    return (MiObject *)ga;
}

static int
ga_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MiGenericAlias *ga = (MiGenericAlias *)self;
    MI_VISIT(ga->origin);
    MI_VISIT(ga->args);
    MI_VISIT(ga->parameters);
    return 0;
}

static int
ga_clear(MiObject *self)
{
    MiGenericAlias *ga = (MiGenericAlias *)self;
    MI_CLEAR(ga->origin);
    MI_CLEAR(ga->args);
    MI_CLEAR(ga->parameters);
    return 0;
}

static void
ga_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    if (((MiGenericAlias *)self)->weaklist != NULL)
        mi_weakref_clear_all(self);
    ga_clear(self);
    mi_object_free(self);
}

/* Attributes the alias answers itself; all others come from the origin. */
static const char *const attr_exceptions[] = {
    "__origin__", "__args__", "__parameters__", "__mro_entries__", "__reduce_ex__",
    "__reduce__", "__copy__", "__deepcopy__", NULL,
};

static MiObject *
ga_getattr(MiObject *self, MiObject *name)
{
    if (mi_str_check(name)) {
        const char *const *p;
        for (p = attr_exceptions; *p != NULL; p++) {
            if (mi_str_eq_cstr(name, *p))
                break;
        }
        if (*p == NULL)
            return mi_obj_getattr(((MiGenericAlias *)self)->origin, name);
    }
    return mi_obj_generic_getattr(self, name);
}

static MiObject *
ga_richcmp(MiObject *a, MiObject *b, int op)
{
    MiGenericAlias *x = (MiGenericAlias *)a, *y = (MiGenericAlias *)b;
    int eq;
    if (!is_generic_alias(a) || !is_generic_alias(b) || (op != MI_EQ && op != MI_NE))
        MI_RETURN_NOTIMPLEMENTED;
    eq = mi_obj_richcmp_bool(x->origin, y->origin, MI_EQ);
    if (eq > 0)
        eq = mi_obj_richcmp_bool(x->args, y->args, MI_EQ);
    if (eq < 0)
        return NULL;
    return mi_bool_from(op == MI_EQ ? eq : !eq);
}

static intptr_t
ga_hash(MiObject *self)
{
    MiGenericAlias *ga = (MiGenericAlias *)self;
    intptr_t h0 = mi_obj_hash(ga->origin), h1;
    if (h0 == -1)
        return -1;
    h1 = mi_obj_hash(ga->args);
    if (h1 == -1)
        return -1;
    h0 ^= h1;
    return h0 == -1 ? -2 : h0;
}

/* list[int](...) is list(...), tagged with __orig_class__ when the result
 * takes attributes. */
static MiObject *
ga_call(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *obj = mi_call(((MiGenericAlias *)self)->origin, args, nargs, kwnames);
    if (obj != NULL && mi_obj_setattr_str(obj, "__orig_class__", self) < 0) {
        if (!mi_err_matches((MiObject *)MI_EXC(AttributeError)) &&
            !mi_err_matches((MiObject *)MI_EXC(TypeError))) {
            MI_DECREF(obj);
            return NULL;
        }
        mi_err_clear();
    }
    return obj;
}

static MiObject *
ga_parameters_get(MiObject *self, void *closure)
{
    MiGenericAlias *ga = (MiGenericAlias *)self;
    (void)closure;
    if (ga->parameters == NULL) {
        ga->parameters = mi_type_parameters(ga->args);
        if (ga->parameters == NULL)
            return NULL;
    }
    return mi_newref(ga->parameters);
}

/* `obj` with the type variables among its own __parameters__ replaced by
 * the matching items of argitems (parameters[i] -> argitems[i]).  New
 * reference. */
static MiObject *
subs_tvars(MiObject *obj, MiObject *params, MiObject *const *argitems)
{
    MiObject *subparams, *subargs, *res;
    intptr_t n;
    if (lookup_attr_cstr(obj, "__parameters__", &subparams) < 0)
        return NULL;
    if (subparams == NULL || !mi_tuple_check(subparams) || MI_TUPLE_SIZE(subparams) == 0) {
        MI_XDECREF(subparams);
        return mi_newref(obj);
    }
    n = MI_TUPLE_SIZE(subparams);
    subargs = mi_tuple_new(n);
    if (subargs == NULL) {
        MI_DECREF(subparams);
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        MiObject *arg = MI_TUPLE_GET(subparams, i);
        intptr_t iparam = tuple_index(params, MI_TUPLE_SIZE(params), arg);
        if (iparam >= 0)
            arg = argitems[iparam];
        MI_TUPLE_ITEMS(subargs)[i] = mi_newref(arg);
    }
    MI_DECREF(subparams);
    res = mi_obj_getitem(obj, n == 1 ? MI_TUPLE_GET(subargs, 0) : subargs);
    MI_DECREF(subargs);
    return res;
}

/* alias[item]: substitutes the alias's type variables. */
static MiObject *
ga_getitem(MiObject *self, MiObject *item)
{
    MiGenericAlias *ga = (MiGenericAlias *)self;
    MiObject *params = ga_parameters_get(self, NULL), *newargs, *res;
    MiObject *const *argitems;
    intptr_t nparams, nitems, nargs;
    if (params == NULL)
        return NULL;
    nparams = MI_TUPLE_SIZE(params);
    if (nparams == 0) {
        MI_DECREF(params);
        return mi_err_format(MI_EXC(TypeError), "There are no type variables left in %R", self);
    }
    nitems = mi_tuple_check(item) ? MI_TUPLE_SIZE(item) : 1;
    argitems = mi_tuple_check(item) ? MI_TUPLE_ITEMS(item) : &item;
    if (nitems != nparams) {
        MI_DECREF(params);
        return mi_err_format(MI_EXC(TypeError), "Too %s arguments for %R",
                             nitems > nparams ? "many" : "few", self);
    }
    nargs = MI_TUPLE_SIZE(ga->args);
    newargs = mi_tuple_new(nargs);
    if (newargs == NULL) {
        MI_DECREF(params);
        return NULL;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        MiObject *arg = MI_TUPLE_GET(ga->args, i);
        int tv = is_typevar(arg);
        if (tv < 0)
            goto fail;
        if (tv) {
            arg = mi_newref(argitems[tuple_index(params, nparams, arg)]);
        } else {
            arg = subs_tvars(arg, params, argitems);
            if (arg == NULL)
                goto fail;
        }
        MI_TUPLE_ITEMS(newargs)[i] = arg;
    }
    MI_DECREF(params);
    res = mi_generic_alias_new(ga->origin, newargs);
    MI_DECREF(newargs);
    return res;
fail:
    MI_DECREF(params);
    MI_DECREF(newargs);
    return NULL;
}

static MiObject *
ga_mro_entries(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_tuple_pack(1, ((MiGenericAlias *)self)->origin);
}

static MiObject *
ga_instancecheck(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_err_format(MI_EXC(TypeError),
                         "isinstance() argument 2 cannot be a parameterized generic");
}

static MiObject *
ga_subclasscheck(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_err_format(MI_EXC(TypeError),
                         "issubclass() argument 2 cannot be a parameterized generic");
}

static MiObject *
ga_reduce(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiGenericAlias *ga = (MiGenericAlias *)self;
    MiObject *inner, *res;
    (void)args;
    (void)nargs;
    (void)kw;
    inner = mi_tuple_pack(2, ga->origin, ga->args);
    if (inner == NULL)
        return NULL;
    res = mi_tuple_pack(2, (MiObject *)self->type, inner);
    MI_DECREF(inner);
    return res;
}

static MiMethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, MI_METH_O, NULL},
    {"__instancecheck__", ga_instancecheck, MI_METH_O, NULL},
    {"__subclasscheck__", ga_subclasscheck, MI_METH_O, NULL},
    {"__reduce__", ga_reduce, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static MiMemberDef ga_members[] = {
    {"__origin__", MI_MEMBER_OBJECT, offsetof(MiGenericAlias, origin), 1, NULL},
    {"__args__", MI_MEMBER_OBJECT, offsetof(MiGenericAlias, args), 1, NULL},
    {NULL, 0, 0, 0, NULL},
};

static MiGetSetDef ga_getsets[] = {
    {"__parameters__", ga_parameters_get, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MiType mi_generic_alias_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "types.GenericAlias",
    .basicsize = sizeof(MiGenericAlias),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = ga_dealloc,
    .traverse = ga_traverse,
    .clear = ga_clear,
    .new_ = ga_new_slot,
    .call = ga_call,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcmp = ga_richcmp,
    .or_ = mi_union_or,
    .getattr = ga_getattr,
    .getitem = ga_getitem,
    .methods = ga_methods,
    .members = ga_members,
    .getsets = ga_getsets,
    .weaklistoffset = offsetof(MiGenericAlias, weaklist),
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is "
           "list and t.__args__ is (int,).",
};
