/* vm/weakref.c: weak references and the `_weakref` module.
 *
 * An object whose type has a weaklistoffset heads a doubly linked list of
 * the MiWeakRef objects pointing at it.  A weak reference does not count:
 * when the object dies, mi_weakref_clear_all() unlinks every reference and
 * sets it to None, then calls the callbacks of those that have one (each
 * with the reference as argument, as CPython).  References without a
 * callback are shared: weakref.ref(o) twice gives the same object.
 * The collector clears the references to garbage before breaking cycles
 * (gc/gc.c), using mi_weakref_clear_one() and running callbacks only for
 * references that are themselves reachable. */
#include "vm/weakref.h"

#include <string.h>

#include "vm/mem.h"
#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

MiObject **
mi_weakref_list_ptr(MiObject *o)
{
    intptr_t off = o->type->weaklistoffset;
    if (off <= 0)
        return NULL;
    return (MiObject **)((char *)o + off);
}

static void
unlink_ref(MiWeakRef *r)
{
    MiObject **head;
    if (r->object == NULL || r->object == MI_NONE)
        return;
    head = mi_weakref_list_ptr(r->object);
    if (head != NULL && *head == (MiObject *)r)
        *head = (MiObject *)r->next;
    if (r->prev != NULL)
        r->prev->next = r->next;
    if (r->next != NULL)
        r->next->prev = r->prev;
    r->prev = r->next = NULL;
    r->object = MI_NONE;
}

/* Clears one reference without calling its callback (the collector). */
void
mi_weakref_clear_one(MiObject *ref)
{
    unlink_ref((MiWeakRef *)ref);
}

static int
is_weakref_type(MiObject *o)
{
    return o->type == &mi_weakref_type || mi_type_is_subtype(o->type, &mi_weakref_type) ||
           o->type == &mi_weakproxy_type || o->type == &mi_weakcallableproxy_type;
}

static MiWeakRef *
new_ref(MiType *type, MiObject *o, MiObject *callback)
{
    MiObject **head = mi_weakref_list_ptr(o);
    MiWeakRef *r, *first;
    if (head == NULL) {
        mi_err_format(MI_EXC(TypeError), "cannot create weak reference to '%s' object",
                      MI_TYPE_NAME(o));
        return NULL;
    }
    if (callback == MI_NONE)
        callback = NULL;
    first = (MiWeakRef *)*head;
    if (callback == NULL && type == &mi_weakref_type && first != NULL &&
        first->base.type == &mi_weakref_type && first->callback == NULL)
        return (MiWeakRef *)mi_newref((MiObject *)first);
    r = (MiWeakRef *)mi_object_alloc(type);
    if (r == NULL)
        return NULL;
    r->object = o;
    r->callback = callback ? mi_newref(callback) : NULL;
    r->hash = -1;
    /* basic references first, so that they are found for sharing */
    if (callback == NULL || first == NULL) {
        r->next = first;
        if (first != NULL)
            first->prev = r;
        *head = (MiObject *)r;
    } else {
        r->prev = first;
        r->next = first->next;
        if (first->next != NULL)
            first->next->prev = r;
        first->next = r;
    }
    MI_GC_TRACK(r);
    return r;
}

MiObject *
mi_weakref_new(MiObject *o, MiObject *callback)
{
    return (MiObject *)new_ref(&mi_weakref_type, o, callback);
}

MiObject *
mi_weakref_get(MiObject *ref)
{
    MiObject *o = ((MiWeakRef *)ref)->object;
    return o != NULL ? o : MI_NONE;
}

intptr_t
mi_weakref_count(MiObject *o)
{
    MiObject **head = mi_weakref_list_ptr(o);
    intptr_t n = 0;
    if (head == NULL)
        return 0;
    for (MiWeakRef *r = (MiWeakRef *)*head; r != NULL; r = r->next)
        n++;
    return n;
}

void
mi_weakref_clear_all(MiObject *o)
{
    MiObject **head = mi_weakref_list_ptr(o);
    MiObject *pending[16], **with_cb = pending;
    intptr_t n = 0, cap = 16;
    MiObject *saved;
    if (head == NULL || *head == NULL)
        return;
    saved = mi_err_fetch();
    /* collect the references whose callbacks must run, clear them all */
    while (*head != NULL) {
        MiWeakRef *r = (MiWeakRef *)*head;
        if (r->callback != NULL && r->base.refcnt > 0) {
            if (n == cap) {
                MiObject **bigger = mi_realloc(with_cb == pending ? NULL : with_cb,
                                               (size_t)cap * 2 * sizeof(MiObject *));
                if (bigger == NULL) {
                    unlink_ref(r);
                    continue;
                }
                if (with_cb == pending)
                    memcpy(bigger, pending, sizeof pending);
                with_cb = bigger;
                cap *= 2;
            }
            with_cb[n++] = mi_newref((MiObject *)r);
        }
        unlink_ref(r);
    }
    for (intptr_t i = 0; i < n; i++) {
        MiWeakRef *r = (MiWeakRef *)with_cb[i];
        MiObject *cb = r->callback, *res;
        if (cb != NULL) {
            MI_INCREF(cb);
            res = mi_call1(cb, (MiObject *)r);
            if (res == NULL)
                mi_err_write_unraisable(cb);
            else
                MI_DECREF(res);
            MI_DECREF(cb);
        }
        MI_DECREF(r);
    }
    if (with_cb != pending)
        mi_free(with_cb);
    mi_err_restore(saved);
}

/* ---- the ref type ------------------------------------------------------------------ */

static int
ref_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiWeakRef *)self)->callback);
    return 0;
}

static int
ref_clear(MiObject *self)
{
    unlink_ref((MiWeakRef *)self);
    MI_CLEAR(((MiWeakRef *)self)->callback);
    return 0;
}

static void
ref_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    ref_clear(self);
    mi_object_free(self);
}

static MiObject *
ref_call(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    if (mi_args_check("weakref", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return mi_newref(mi_weakref_get(self));
}

static intptr_t
ref_hash(MiObject *self)
{
    MiWeakRef *r = (MiWeakRef *)self;
    MiObject *o;
    if (r->hash != -1)
        return r->hash;
    o = mi_weakref_get(self);
    if (o == MI_NONE) {
        mi_err_set(MI_EXC(TypeError), "weak object has gone away");
        return -1;
    }
    MI_INCREF(o);
    r->hash = mi_obj_hash(o);
    MI_DECREF(o);
    return r->hash;
}

static MiObject *
ref_richcmp(MiObject *a, MiObject *b, int op)
{
    MiObject *x, *y, *res;
    if ((op != MI_EQ && op != MI_NE) || !is_weakref_type(a) || !is_weakref_type(b))
        MI_RETURN_NOTIMPLEMENTED;
    x = mi_weakref_get(a);
    y = mi_weakref_get(b);
    if (x == MI_NONE || y == MI_NONE) {
        int eq = a == b;
        return mi_bool_from(op == MI_EQ ? eq : !eq);
    }
    MI_INCREF(x);
    MI_INCREF(y);
    res = mi_obj_richcmp(x, y, op);
    MI_DECREF(x);
    MI_DECREF(y);
    return res;
}

static MiObject *
ref_repr(MiObject *self)
{
    MiObject *o = mi_weakref_get(self);
    if (o == MI_NONE)
        return mi_str_format("<weakref at %p; dead>", (void *)self);
    return mi_str_format("<weakref at %p; to '%s' at %p>", (void *)self, MI_TYPE_NAME(o),
                         (void *)o);
}

static MiObject *
ref_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    if (mi_args_check("__new__", nargs, kwnames, 1, 2) < 0)
        return NULL;
    return (MiObject *)new_ref(type, args[0], nargs > 1 ? args[1] : NULL);
}

static int
ref_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return 0;
}

static MiObject *
ref_get_callback(MiObject *self, void *c)
{
    MiObject *cb = ((MiWeakRef *)self)->callback;
    (void)c;
    return mi_newref(cb ? cb : MI_NONE);
}

static MiGetSetDef ref_getsets[] = {
    {"__callback__", ref_get_callback, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MiObject *
ref_class_getitem(MiObject *cls, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return mi_generic_alias_new(cls, args[0]);
}

static MiMethodDef ref_methods[] = {
    {"__class_getitem__", ref_class_getitem, MI_METH_O | MI_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

MiType mi_weakref_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(MiWeakRef),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = ref_dealloc,
    .traverse = ref_traverse,
    .clear = ref_clear,
    .new_ = ref_new,
    .init = ref_init,
    .call = ref_call,
    .hash = ref_hash,
    .richcmp = ref_richcmp,
    .repr = ref_repr,
    .getsets = ref_getsets,
    .methods = ref_methods,
};

/* ---- proxies: forward attribute access and calls to the referent ------------------- */

static MiObject *
proxy_target(MiObject *self)
{
    MiObject *o = mi_weakref_get(self);
    if (o == MI_NONE) {
        mi_err_set(MI_EXC(ReferenceError), "weakly-referenced object no longer exists");
        return NULL;
    }
    return o;
}

static MiObject *
proxy_getattr(MiObject *self, MiObject *name)
{
    MiObject *o = proxy_target(self);
    return o ? mi_obj_getattr(o, name) : NULL;
}

static int
proxy_setattr(MiObject *self, MiObject *name, MiObject *value)
{
    MiObject *o = proxy_target(self);
    return o ? mi_obj_setattr(o, name, value) : -1;
}

static MiObject *
proxy_repr(MiObject *self)
{
    MiObject *o = mi_weakref_get(self);
    return mi_str_format("<weakproxy at %p; to '%s' at %p>", (void *)self,
                         o == MI_NONE ? "NoneType" : MI_TYPE_NAME(o), (void *)o);
}

static MiObject *
proxy_str(MiObject *self)
{
    MiObject *o = proxy_target(self);
    return o ? mi_obj_str(o) : NULL;
}

static MiObject *
proxy_call(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *o = proxy_target(self);
    return o ? mi_call(o, args, nargs, kwnames) : NULL;
}

static intptr_t
proxy_len(MiObject *self)
{
    MiObject *o = proxy_target(self);
    return o ? mi_obj_len(o) : -1;
}

static MiObject *
proxy_getitem(MiObject *self, MiObject *key)
{
    MiObject *o = proxy_target(self);
    return o ? mi_obj_getitem(o, key) : NULL;
}

static int
proxy_bool(MiObject *self)
{
    MiObject *o = proxy_target(self);
    return o ? mi_obj_is_true(o) : -1;
}

static MiObject *
proxy_richcmp(MiObject *a, MiObject *b, int op)
{
    MiObject *x = a, *y = b;
    if (a->type == &mi_weakproxy_type || a->type == &mi_weakcallableproxy_type)
        x = proxy_target(a);
    if (x == NULL)
        return NULL;
    if (b->type == &mi_weakproxy_type || b->type == &mi_weakcallableproxy_type)
        y = proxy_target(b);
    if (y == NULL)
        return NULL;
    return mi_obj_richcmp(x, y, op);
}

MiType mi_weakproxy_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "weakref.ProxyType",
    .basicsize = sizeof(MiWeakRef),
    .flags = MI_TYPE_GC,
    .dealloc = ref_dealloc,
    .traverse = ref_traverse,
    .clear = ref_clear,
    .getattr = proxy_getattr,
    .setattr = proxy_setattr,
    .repr = proxy_repr,
    .str = proxy_str,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .bool_ = proxy_bool,
    .richcmp = proxy_richcmp,
};

MiType mi_weakcallableproxy_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "weakref.CallableProxyType",
    .basicsize = sizeof(MiWeakRef),
    .flags = MI_TYPE_GC,
    .dealloc = ref_dealloc,
    .traverse = ref_traverse,
    .clear = ref_clear,
    .getattr = proxy_getattr,
    .setattr = proxy_setattr,
    .repr = proxy_repr,
    .str = proxy_str,
    .call = proxy_call,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .bool_ = proxy_bool,
    .richcmp = proxy_richcmp,
};

/* ---- the _weakref module ------------------------------------------------------------- */

static MiObject *
weakref_proxy(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiType *t;
    (void)self;
    if (mi_args_check("proxy", nargs, kw, 1, 2) < 0)
        return NULL;
    t = mi_obj_is_callable(args[0]) ? &mi_weakcallableproxy_type : &mi_weakproxy_type;
    return (MiObject *)new_ref(t, args[0], nargs > 1 ? args[1] : NULL);
}

static MiObject *
weakref_getweakrefcount(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)nargs;
    (void)kw;
    return mi_int_from_i64(mi_weakref_count(args[0]));
}

static MiObject *
weakref_getweakrefs(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject **head = mi_weakref_list_ptr(args[0]), *list = mi_list_new(0);
    (void)self;
    (void)nargs;
    (void)kw;
    if (list == NULL || head == NULL)
        return list;
    for (MiWeakRef *r = (MiWeakRef *)*head; r != NULL; r = r->next) {
        if (mi_list_append(list, (MiObject *)r) < 0) {
            MI_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static const MiMethodDef weakref_functions[] = {
    {"proxy", weakref_proxy, MI_METH_VARARGS, NULL},
    {"getweakrefcount", weakref_getweakrefcount, MI_METH_O, NULL},
    {"getweakrefs", weakref_getweakrefs, MI_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static int
weakref_module_init(MiObject *m)
{
    if (mi_module_add(m, "ref", (MiObject *)&mi_weakref_type) < 0 ||
        mi_module_add(m, "ReferenceType", (MiObject *)&mi_weakref_type) < 0 ||
        mi_module_add(m, "ProxyType", (MiObject *)&mi_weakproxy_type) < 0 ||
        mi_module_add(m, "CallableProxyType", (MiObject *)&mi_weakcallableproxy_type) < 0)
        return -1;
    return 0;
}

const MiModuleDef mi__weakref_module_def = {
    "_weakref", "Weak-reference support module.", weakref_functions, weakref_module_init,
};
