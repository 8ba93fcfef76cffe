/* vm/module.c: module objects: a namespace dict with a name.  Modules
 * written in C are created from an MiModuleDef: their functions become
 * built-in functions bound to the module, then the def's init adds the
 * rest. */
#include "vm/module.h"

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/func.h"
#include "vm/int.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/weakref.h"

MiObject *
mi_module_new(MiObject *name)
{
    MiModule *m = (MiModule *)mi_object_alloc(&mi_module_type);
    if (m == NULL)
        return NULL;
    m->name = mi_newref(name);
    m->dict = mi_dict_new();
    if (m->dict == NULL || mi_dict_set(m->dict, MI_NAME(__name__), name) < 0 ||
        mi_dict_set(m->dict, MI_NAME(__doc__), MI_NONE) < 0 ||
        mi_dict_set(m->dict, MI_NAME(__package__), MI_NONE) < 0 ||
        mi_dict_set(m->dict, MI_NAME(__loader__), MI_NONE) < 0 ||
        mi_dict_set(m->dict, MI_NAME(__spec__), MI_NONE) < 0) {
        MI_DECREF(m);
        return NULL;
    }
    MI_GC_TRACK(m);
    return (MiObject *)m;
}

MiObject *
mi_module_from_def(const MiModuleDef *def)
{
    MiObject *name = mi_str_intern_cstr(def->name), *m;
    if (name == NULL)
        return NULL;
    m = mi_module_new(name);
    MI_DECREF(name);
    if (m == NULL)
        return NULL;
    ((MiModule *)m)->def = def;
    if (def->doc != NULL) {
        MiObject *doc = mi_str_from_cstr(def->doc);
        if (doc == NULL || mi_module_add_new(m, "__doc__", doc) < 0)
            goto fail;
    }
    if (def->methods != NULL) {
        for (const MiMethodDef *md = def->methods; md->name != NULL; md++) {
            MiObject *f = mi_cfunction_new(md, m, ((MiModule *)m)->name);
            if (f == NULL || mi_module_add_new(m, md->name, f) < 0)
                goto fail;
        }
    }
    if (def->init != NULL && def->init(m) < 0)
        goto fail;
    return m;
fail:
    MI_DECREF(m);
    return NULL;
}

MiObject *
mi_module_dict(MiObject *module)
{
    return ((MiModule *)module)->dict;
}

int
mi_module_add(MiObject *module, const char *name, MiObject *value)
{
    return mi_dict_set_cstr(((MiModule *)module)->dict, name, value);
}

int
mi_module_add_new(MiObject *module, const char *name, MiObject *value)
{
    int rc;
    if (value == NULL)
        return -1;
    rc = mi_module_add(module, name, value);
    MI_DECREF(value);
    return rc;
}

int
mi_module_add_int(MiObject *module, const char *name, int64_t value)
{
    return mi_module_add_new(module, name, mi_int_from_i64(value));
}

static int
module_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiModule *)self)->dict);
    return 0;
}

static int
module_clear(MiObject *self)
{
    MI_CLEAR(((MiModule *)self)->dict);
    return 0;
}

static void
module_dealloc(MiObject *self)
{
    MiModule *m = (MiModule *)self;
    MI_GC_UNTRACK(self);
    if (m->weaklist != NULL)
        mi_weakref_clear_all(self);
    MI_CLEAR(m->dict);
    MI_CLEAR(m->name);
    mi_object_free(self);
}

static MiObject *
module_repr(MiObject *self)
{
    MiModule *m = (MiModule *)self;
    MiObject *file = m->dict ? mi_dict_get(m->dict, MI_NAME(__file__)) : NULL;
    if (file != NULL && mi_str_check(file))
        return mi_str_format("<module %R from %R>", m->name, file);
    if (m->def != NULL)
        return mi_str_format("<module %R (built-in)>", m->name);
    return mi_str_format("<module %R>", m->name);
}

static MiObject *
module_getattro(MiObject *self, MiObject *name)
{
    MiModule *m = (MiModule *)self;
    MiObject *res = mi_obj_generic_getattr(self, name), *getattr;
    if (res != NULL || !mi_err_matches((MiObject *)MI_EXC(AttributeError)))
        return res;
    mi_err_clear();
    getattr = m->dict ? mi_dict_get(m->dict, MI_NAME(__getattr__)) : NULL;
    if (getattr != NULL)
        return mi_call1(getattr, name);
    return mi_err_format(MI_EXC(AttributeError), "module '%U' has no attribute '%U'", m->name,
                         name);
}

static int
module_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiModule *m = (MiModule *)self;
    if (mi_args_check("module", nargs, kwnames, 1, 2) < 0)
        return -1;
    if (!mi_str_check(args[0])) {
        mi_err_format(MI_EXC(TypeError), "module.__init__() argument 'name' must be str, not %s",
                      MI_TYPE_NAME(args[0]));
        return -1;
    }
    if (m->dict == NULL && (m->dict = mi_dict_new()) == NULL)
        return -1;
    MI_SETREF(m->name, mi_newref(args[0]));
    if (mi_dict_set(m->dict, MI_NAME(__name__), args[0]) < 0 ||
        mi_dict_set(m->dict, MI_NAME(__doc__), nargs > 1 ? args[1] : MI_NONE) < 0)
        return -1;
    return 0;
}

static MiObject *
module_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *m;
    (void)args;
    (void)nargs;
    (void)kwnames;
    m = mi_object_alloc(type);
    if (m != NULL)
        MI_GC_TRACK(m);
    return m;
}

static MiObject *
module_dir(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_dict_keys_list(((MiModule *)self)->dict);
}

static MiObject *
module_get_dict(MiObject *self, void *closure)
{
    MiModule *m = (MiModule *)self;
    (void)closure;
    if (m->dict == NULL && (m->dict = mi_dict_new()) == NULL)
        return NULL;
    return mi_newref(m->dict);
}

static MiGetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MiMethodDef module_methods[] = {
    {"__dir__", module_dir, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

MiType mi_module_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "module",
    .basicsize = sizeof(MiModule),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .repr = module_repr,
    .getattr = module_getattro,
    .new_ = module_new,
    .init = module_init,
    .methods = module_methods,
    .getsets = module_getsets,
    .dictoffset = offsetof(MiModule, dict),
    .weaklistoffset = offsetof(MiModule, weaklist),
};
