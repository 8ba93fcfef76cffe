/* vm/union.c: types.UnionType, what `int | str` and `list[int] | None`
 * evaluate to (PEP 604), as CPython 3.10's Objects/unionobject.c.
 *
 * `a | b` of two unionable operands (classes, None, generic aliases,
 * unions) flattens nested unions, turns None into NoneType, drops repeats
 * (classes by identity, aliases by equality) and makes a union of what is
 * left, or returns the one item left (`int | int` is int).  A union prints
 * as `int | None`, compares and hashes as the set of its arguments, and
 * works as the second argument of isinstance() and issubclass().
 *
 * Invariant: `args` is a tuple of at least two items. */
#include "vm/genericalias.h"

#include "vm/abstract.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

typedef struct MiUnion {
    MI_HEAD
    MiObject *args;            /* tuple of the member types */
    MiObject *parameters;      /* tuple of type variables, NULL until asked */
} MiUnion;

static int
is_union(MiObject *o)
{
    return o->type == &mi_union_type;
}

static int
is_unionable(MiObject *o)
{
    return o == MI_NONE || mi_type_has_flag(o->type, MI_TYPE_TYPE_SUBCLASS) || o->type == &mi_generic_alias_type ||
           is_union(o);
}

/* Is `item` already among the n first items of `items`? */
static int
is_repeat(MiObject *const *items, intptr_t n, MiObject *item)
{
    for (intptr_t i = 0; i < n; i++) {
        int eq;
        if (items[i] == item)
            return 1;
        if (items[i]->type != &mi_generic_alias_type ||
            item->type != &mi_generic_alias_type)
            continue;
        eq = mi_obj_richcmp_bool(items[i], item, MI_EQ);
        if (eq != 0)
            return eq;
    }
    return 0;
}

/* Appends o (the members of a union, NoneType for None) to items[*n..]
 * unless repeated.  0 / -1. */
static int
add_member(MiObject **items, intptr_t *n, MiObject *o)
{
    if (is_union(o)) {
        MiObject *args = ((MiUnion *)o)->args;
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(args); i++) {
            if (add_member(items, n, MI_TUPLE_GET(args, i)) < 0)
                return -1;
        }
        return 0;
    }
    if (o == MI_NONE)
        o = (MiObject *)&mi_none_type;
    switch (is_repeat(items, *n, o)) {
    case 0:
        items[(*n)++] = o;
        return 0;
    case 1:
        return 0;
    default:
        return -1;
    }
}

static intptr_t
member_count(MiObject *o)
{
    return is_union(o) ? MI_TUPLE_SIZE(((MiUnion *)o)->args) : 1;
}

MiObject *
mi_union_or(MiObject *a, MiObject *b)
{
    intptr_t n = 0, cap;
    MiObject **items, *args;
    MiUnion *u;
    if (!is_unionable(a) || !is_unionable(b))
        MI_RETURN_NOTIMPLEMENTED;
    cap = member_count(a) + member_count(b);
    items = mi_malloc((size_t)cap * sizeof *items);
    if (items == NULL)
        return mi_err_nomemory();
    if (add_member(items, &n, a) < 0 || add_member(items, &n, b) < 0) {
        mi_free(items);
        return NULL;
    }
    if (n == 1) {
        MiObject *only = mi_newref(items[0]);
        mi_free(items);
        return only;
    }
    args = mi_tuple_from_array(items, n);
    mi_free(items);
    if (args == NULL)
        return NULL;
    u = (MiUnion *)mi_object_alloc(&mi_union_type);
    if (u == NULL) {
        MI_DECREF(args);
        return NULL;
    }
    u->args = args;
    u->parameters = NULL;
    MI_GC_TRACK(u);
    return (MiObject *)u;
}

static int
union_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MiUnion *u = (MiUnion *)self;
    MI_VISIT(u->args);
    MI_VISIT(u->parameters);
    return 0;
}

static int
union_clear(MiObject *self)
{
    MiUnion *u = (MiUnion *)self;
    MI_CLEAR(u->args);
    MI_CLEAR(u->parameters);
    return 0;
}

static void
union_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    union_clear(self);
    mi_object_free(self);
}

static MiObject *
union_repr(MiObject *self)
{
    MiObject *args = ((MiUnion *)self)->args;
    MiStrBuilder sb;
    mi_sb_init(&sb);
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(args); i++) {
        MiObject *item = MI_TUPLE_GET(args, i);
        if (i > 0)
            mi_sb_append_cstr(&sb, " | ");
        if (item == (MiObject *)&mi_none_type) {
            mi_sb_append_cstr(&sb, "None");
        } else if (mi_alias_repr_item(&sb, item) < 0) {
            mi_sb_discard(&sb);
            return NULL;
        }
    }
    return mi_sb_finish(&sb);
}

/* Unions are equal when their argument sets are. */
static MiObject *
union_richcmp(MiObject *a, MiObject *b, int op)
{
    MiObject *x, *y, *res;
    if (!is_union(a) || !is_union(b) || (op != MI_EQ && op != MI_NE))
        MI_RETURN_NOTIMPLEMENTED;
    x = mi_frozenset_new(((MiUnion *)a)->args);
    if (x == NULL)
        return NULL;
    y = mi_frozenset_new(((MiUnion *)b)->args);
    if (y == NULL) {
        MI_DECREF(x);
        return NULL;
    }
    res = mi_obj_richcmp(x, y, op);
    MI_DECREF(x);
    MI_DECREF(y);
    return res;
}

static intptr_t
union_hash(MiObject *self)
{
    MiObject *set = mi_frozenset_new(((MiUnion *)self)->args);
    intptr_t h;
    if (set == NULL)
        return -1;
    h = mi_obj_hash(set);
    MI_DECREF(set);
    return h;
}

/* isinstance(x, int | str) is isinstance(x, (int, str)); parameterized
 * generics cannot take part. */
static MiObject *
union_check(MiObject *self, MiObject *obj, int subclass)
{
    MiObject *args = ((MiUnion *)self)->args;
    int r;
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(args); i++) {
        if (MI_TUPLE_GET(args, i)->type == &mi_generic_alias_type)
            return mi_err_format(MI_EXC(TypeError), "%s() argument 2 cannot contain a "
                                 "parameterized generic",
                                 subclass ? "issubclass" : "isinstance");
    }
    if (subclass && !mi_type_has_flag(obj->type, MI_TYPE_TYPE_SUBCLASS))
        return mi_err_format(MI_EXC(TypeError), "issubclass() arg 1 must be a class");
    r = subclass ? mi_obj_issubclass(obj, args) : mi_obj_isinstance(obj, args);
    if (r < 0)
        return NULL;
    return mi_bool_from(r);
}

static MiObject *
union_instancecheck(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return union_check(self, args[0], 0);
}

static MiObject *
union_subclasscheck(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return union_check(self, args[0], 1);
}

static MiObject *
union_parameters_get(MiObject *self, void *closure)
{
    MiUnion *u = (MiUnion *)self;
    (void)closure;
    if (u->parameters == NULL) {
        u->parameters = mi_type_parameters(u->args);
        if (u->parameters == NULL)
            return NULL;
    }
    return mi_newref(u->parameters);
}

static MiMethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, MI_METH_O, NULL},
    {"__subclasscheck__", union_subclasscheck, MI_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static MiMemberDef union_members[] = {
    {"__args__", MI_MEMBER_OBJECT, offsetof(MiUnion, args), 1, NULL},
    {NULL, 0, 0, 0, NULL},
};

static MiGetSetDef union_getsets[] = {
    {"__parameters__", union_parameters_get, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MiType mi_union_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "types.UnionType",
    .basicsize = sizeof(MiUnion),
    .flags = MI_TYPE_GC,
    .dealloc = union_dealloc,
    .traverse = union_traverse,
    .clear = union_clear,
    .repr = union_repr,
    .hash = union_hash,
    .richcmp = union_richcmp,
    .or_ = mi_union_or,
    .getattr = mi_obj_generic_getattr,
    .methods = union_methods,
    .members = union_members,
    .getsets = union_getsets,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};
