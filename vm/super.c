/* vm/super.c: super().  super(type, obj) looks attributes up along
 * type(obj).__mro__ starting after `type`, binding what it finds to obj.
 * The zero-argument form takes `type` from the __class__ cell the compiler
 * gives every method that mentions super, and `obj` from the method's
 * first argument. */
#include "vm/typeobject.h"

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/frame.h"
#include "vm/func.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"

typedef struct MiSuper {
    MI_HEAD
    MiType   *type;          /* the class to start after */
    MiObject *obj;           /* the bound instance or class, or NULL */
    MiType   *obj_type;      /* whose MRO is searched */
} MiSuper;

/* The type whose MRO super(type, obj) searches. */
static MiType *
supercheck(MiType *type, MiObject *obj)
{
    if (mi_obj_type_check(obj, &mi_type_type) && mi_type_is_subtype((MiType *)obj, type))
        return (MiType *)mi_newref(obj);
    if (mi_type_is_subtype(obj->type, type))
        return (MiType *)mi_newref((MiObject *)obj->type);
    mi_err_set(MI_EXC(TypeError), "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int
super_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiSuper *su = (MiSuper *)self;
    MiObject *type, *obj = NULL;
    MiType *obj_type = NULL;
    if (mi_args_check("super", nargs, kwnames, 0, 2) < 0)
        return -1;
    if (nargs == 0) {
        MiFrame *f = mi_state->frame;
        MiCode *co;
        MiObject *cell = NULL;
        if (f == NULL) {
            mi_err_set(MI_EXC(RuntimeError), "super(): no current frame");
            return -1;
        }
        co = f->code;
        if (co->argcount == 0) {
            mi_err_set(MI_EXC(RuntimeError), "super(): no arguments");
            return -1;
        }
        obj = f->localsplus[0];
        if (obj == NULL && co->cell2arg != NULL) {
            for (int i = 0; i < co->ncells; i++) {
                if (co->cell2arg[i] == 0)
                    obj = ((MiCell *)f->localsplus[co->nlocals + i])->ref;
            }
        }
        if (obj == NULL) {
            mi_err_set(MI_EXC(RuntimeError), "super(): arg[0] deleted");
            return -1;
        }
        if (co->cell2arg != NULL) {
            for (int i = 0; i < co->ncells; i++) {
                if (co->cell2arg[i] == 0)
                    obj = ((MiCell *)f->localsplus[co->nlocals + i])->ref;
            }
        }
        for (int i = 0; i < co->nfrees; i++) {
            MiObject *name = MI_TUPLE_GET(co->localsplusnames, co->nlocals + co->ncells + i);
            if (mi_str_eq_cstr(name, "__class__"))
                cell = f->localsplus[co->nlocals + co->ncells + i];
        }
        if (cell == NULL) {
            mi_err_set(MI_EXC(RuntimeError), "super(): __class__ cell not found");
            return -1;
        }
        type = ((MiCell *)cell)->ref;
        if (type == NULL) {
            mi_err_set(MI_EXC(RuntimeError), "super(): empty __class__ cell");
            return -1;
        }
        if (!mi_obj_type_check(type, &mi_type_type)) {
            mi_err_set(MI_EXC(RuntimeError), "super(): __class__ is not a type");
            return -1;
        }
    } else {
        type = args[0];
        if (!mi_obj_type_check(type, &mi_type_type)) {
            mi_err_format(MI_EXC(TypeError), "super() argument 1 must be type, not %s",
                          MI_TYPE_NAME(type));
            return -1;
        }
        if (nargs == 2 && args[1] != MI_NONE)
            obj = args[1];
    }
    if (obj != NULL) {
        obj_type = supercheck((MiType *)type, obj);
        if (obj_type == NULL)
            return -1;
    }
    MI_SETREF(su->type, (MiType *)mi_newref(type));
    MI_XINCREF(obj);
    MI_SETREF(su->obj, obj);
    MI_SETREF(su->obj_type, obj_type);
    return 0;
}

static MiObject *
super_getattro(MiObject *self, MiObject *name)
{
    MiSuper *su = (MiSuper *)self;
    MiObject *mro;
    intptr_t i, n;
    if (su->obj_type == NULL || (mi_str_check(name) && mi_str_eq_cstr(name, "__class__")))
        return mi_obj_generic_getattr(self, name);
    mro = su->obj_type->mro;
    n = MI_TUPLE_SIZE(mro);
    for (i = 0; i < n; i++) {
        if (MI_TUPLE_GET(mro, i) == (MiObject *)su->type)
            break;
    }
    for (i++; i < n; i++) {
        MiType *t = (MiType *)MI_TUPLE_GET(mro, i);
        MiObject *res = t->dict ? mi_dict_get(t->dict, name) : NULL;
        if (res != NULL) {
            MiDescrGetFunc get = res->type->descr_get;
            if (get != NULL) {
                MiObject *obj = su->obj == (MiObject *)su->obj_type ? NULL : su->obj;
                return get(res, obj, (MiObject *)su->obj_type);
            }
            return mi_newref(res);
        }
    }
    return mi_obj_generic_getattr(self, name);
}

static MiObject *
super_get(MiObject *self, MiObject *obj, MiObject *type)
{
    MiSuper *su = (MiSuper *)self, *nsu;
    (void)type;
    if (obj == NULL || obj == MI_NONE || su->obj != NULL)
        return mi_newref(self);
    nsu = (MiSuper *)mi_object_alloc(&mi_super_type);
    if (nsu == NULL)
        return NULL;
    MI_GC_TRACK(nsu);
    {
        MiObject *args[2] = {(MiObject *)su->type, obj};
        if (super_init((MiObject *)nsu, args, 2, NULL) < 0) {
            MI_DECREF(nsu);
            return NULL;
        }
    }
    return (MiObject *)nsu;
}

static MiObject *
super_repr(MiObject *self)
{
    MiSuper *su = (MiSuper *)self;
    if (su->obj_type != NULL)
        return mi_str_format("<super: <class '%s'>, <%s object>>",
                             su->type ? su->type->name : "NULL", su->obj_type->name);
    return mi_str_format("<super: <class '%s'>, NULL>", su->type ? su->type->name : "NULL");
}

static int
super_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MiSuper *su = (MiSuper *)self;
    MI_VISIT(su->type);
    MI_VISIT(su->obj);
    MI_VISIT(su->obj_type);
    return 0;
}

static int
super_clear(MiObject *self)
{
    MiSuper *su = (MiSuper *)self;
    MI_CLEAR(su->type);
    MI_CLEAR(su->obj);
    MI_CLEAR(su->obj_type);
    return 0;
}

static void
super_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    super_clear(self);
    mi_object_free(self);
}

static MiObject *
super_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
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

static MiMemberDef super_members[] = {
    {"__thisclass__", MI_MEMBER_OBJECT, offsetof(MiSuper, type), 1, NULL},
    {"__self__", MI_MEMBER_OBJECT, offsetof(MiSuper, obj), 1, NULL},
    {"__self_class__", MI_MEMBER_OBJECT, offsetof(MiSuper, obj_type), 1, NULL},
    {NULL, 0, 0, 0, NULL},
};

MiType mi_super_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "super",
    .basicsize = sizeof(MiSuper),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .clear = super_clear,
    .new_ = super_new,
    .init = super_init,
    .getattr = super_getattro,
    .descr_get = super_get,
    .repr = super_repr,
    .members = super_members,
};
