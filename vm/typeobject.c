/* vm/typeobject.c: `type` and `object`, and everything classes are made of.
 *
 *   - mi_type_ready() turns a static C type into a Python class: bases,
 *     MRO, a dict of descriptors for its C methods/members/getsets and slot
 *     wrappers, slots inherited from its base.
 *   - mi_type_new() runs for a class statement: it picks the metaclass and
 *     the solid base (whose C layout instances extend with a dict and a
 *     weak-reference list), computes the C3 MRO, fills the slots from the
 *     dunders (vm/slots.c), then calls __set_name__ and __init_subclass__.
 *   - mi_type_lookup() finds an attribute along the MRO through a cache
 *     keyed by (type version, name); changing a class gives it and its
 *     subclasses new versions, which also invalidates the inline caches
 *     of the eval loop.
 *   - Instances of classes die through subtype_dealloc: finalizer (with
 *     resurrection), weak references, instance dict, then the built-in
 *     base's dealloc frees the memory.
 * Start reading at mi_type_new(). */
#include "vm/typeobject.h"

#include <stdio.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/genericalias.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/func.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/slots.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/str_unicode.h"
#include "vm/tuple.h"
#include "vm/weakref.h"

/* The __dict__ and __weakref__ descriptors of instances of classes
 * (defined below). */
extern MiGetSetDef mi_instance_dict_getset, mi_instance_weakref_getset;

/* ---- static type registry (so exit can release their dicts) ------------- */

#define MAX_STATIC_TYPES 256
static MiType *static_types[MAX_STATIC_TYPES];
static int nstatic_types;

void
mi_type_register_static(MiType *t)
{
    if (nstatic_types < MAX_STATIC_TYPES)
        static_types[nstatic_types++] = t;
}

void
mi_types_finalize(void)
{
    /* Clear in reverse readiness order; the dicts may refer to each other's
     * descriptors, which are plain objects freed by refcounting. */
    for (int i = nstatic_types - 1; i >= 0; i--) {
        MiType *t = static_types[i];
        MI_CLEAR(t->dict);
        MI_CLEAR(t->mro);
        MI_CLEAR(t->bases);
        MI_CLEAR(t->name_obj);
        MI_CLEAR(t->qualname);
        MI_CLEAR(t->module);
        MI_CLEAR(t->subclasses);
        t->flags &= ~(uint32_t)MI_TYPE_READY;
        t->version = 0;
    }
    nstatic_types = 0;
}

const char *
mi_type_name(MiType *t)
{
    return t->name;
}

/* ---- version tags and the lookup cache ------------------------------------ */

/* Gives `t` a fresh version tag, making every cache entry about it stale. */
static uint32_t
assign_version(MiType *t)
{
    uint32_t v = ++mi_state->next_type_version;
    if (v == 0)                      /* wrapped: clear the cache, start over */
        v = ++mi_state->next_type_version;
    t->version = v;
    return v;
}

uint32_t
mi_type_version(MiType *t)
{
    return t->version ? t->version : assign_version(t);
}

void
mi_type_modified(MiType *t)
{
    intptr_t pos = 0;
    MiObject *key, *ref;
    if (t->version == 0)
        return;
    t->version = 0;
    if (t->subclasses == NULL)
        return;
    while (mi_dict_next(t->subclasses, &pos, &key, &ref)) {
        MiObject *sub = mi_weakref_get(ref);
        if (sub != MI_NONE)
            mi_type_modified((MiType *)sub);
    }
}

static MiObject *
find_name_in_mro(MiType *t, MiObject *name)
{
    MiObject *mro = t->mro;
    if (mro == NULL)
        return t->dict ? mi_dict_get(t->dict, name) : NULL;
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(mro); i++) {
        MiType *base = (MiType *)MI_TUPLE_GET(mro, i);
        MiObject *v;
        if (base->dict == NULL)
            continue;
        v = mi_dict_get(base->dict, name);
        if (v != NULL)
            return v;
        if (mi_err_occurred())
            return NULL;
    }
    return NULL;
}

static inline uint32_t
cache_hash(uint32_t version, MiObject *name)
{
    return (uint32_t)((version * 2654435761u) ^ ((uintptr_t)name >> 4)) &
           (MI_TYPE_CACHE_SIZE - 1);
}

MiObject *
mi_type_lookup(MiType *t, MiObject *name)
{
    MiTypeCacheEntry *e;
    MiObject *res;
    uint32_t version = t->version;
    int cacheable = ((MiStr *)name)->interned;
    if (version != 0 && cacheable) {
        e = &mi_state->type_cache[cache_hash(version, name)];
        if (e->version == version && e->name == name)
            return e->value;
    }
    if (!(t->flags & MI_TYPE_READY) && mi_type_ready(t) < 0)
        return NULL;
    res = find_name_in_mro(t, name);
    if (res == NULL && mi_err_occurred()) {
        mi_err_clear();              /* lookups never raise (str keys) */
        return NULL;
    }
    if (cacheable) {
        if (version == 0)
            version = assign_version(t);
        e = &mi_state->type_cache[cache_hash(version, name)];
        e->version = version;
        e->name = name;
        e->value = res;
    }
    return res;
}

/* ---- subtype checks and MRO --------------------------------------------------- */

int
mi_type_is_subtype(MiType *a, MiType *b)
{
    MiObject *mro = a->mro;
    if (a == b)
        return 1;
    if (mro != NULL) {
        intptr_t n = MI_TUPLE_SIZE(mro);
        for (intptr_t i = 0; i < n; i++) {
            if (MI_TUPLE_GET(mro, i) == (MiObject *)b)
                return 1;
        }
        return 0;
    }
    for (; a != NULL; a = a->base_type) {
        if (a == b)
            return 1;
    }
    return b == &mi_object_type;
}

/* C3 linearisation: merge the MROs of the bases and the list of bases,
 * taking each time the first head that is in no tail. */
static MiObject *
mro_c3(MiType *t)
{
    MiObject *bases = t->bases;
    intptr_t nb = MI_TUPLE_SIZE(bases);
    intptr_t nseq = nb + 1;
    MiObject **seqs = NULL;
    intptr_t *pos = NULL;
    MiObject *result = mi_list_new(0);
    if (result == NULL)
        return NULL;
    if (mi_list_append(result, (MiObject *)t) < 0)
        goto fail;
    if (nb == 1) {
        MiObject *bmro = ((MiType *)MI_TUPLE_GET(bases, 0))->mro;
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(bmro); i++) {
            if (mi_list_append(result, MI_TUPLE_GET(bmro, i)) < 0)
                goto fail;
        }
        goto done;
    }
    seqs = mi_calloc((size_t)nseq, sizeof(MiObject *));
    pos = mi_calloc((size_t)nseq, sizeof(intptr_t));
    if (seqs == NULL || pos == NULL) {
        mi_err_nomemory();
        goto fail;
    }
    for (intptr_t i = 0; i < nb; i++)
        seqs[i] = ((MiType *)MI_TUPLE_GET(bases, i))->mro;
    seqs[nb] = bases;
    for (;;) {
        MiObject *candidate = NULL;
        int empty = 1;
        for (intptr_t i = 0; i < nseq; i++) {
            int in_tail = 0;
            if (pos[i] >= MI_TUPLE_SIZE(seqs[i]))
                continue;
            empty = 0;
            candidate = MI_TUPLE_GET(seqs[i], pos[i]);
            for (intptr_t j = 0; j < nseq && !in_tail; j++) {
                for (intptr_t k = pos[j] + 1; k < MI_TUPLE_SIZE(seqs[j]); k++) {
                    if (MI_TUPLE_GET(seqs[j], k) == candidate) {
                        in_tail = 1;
                        break;
                    }
                }
            }
            if (!in_tail)
                break;
            candidate = NULL;
        }
        if (empty)
            break;
        if (candidate == NULL) {
            MiStrBuilder sb;
            mi_sb_init(&sb);
            mi_sb_append_cstr(&sb, "Cannot create a consistent method resolution\norder (MRO) "
                                   "for bases");
            for (intptr_t i = 0; i < nb; i++) {
                mi_sb_append_cstr(&sb, i ? ", " : " ");
                mi_sb_append_cstr(&sb, ((MiType *)MI_TUPLE_GET(bases, i))->name);
            }
            MiObject *msg = mi_sb_finish(&sb);
            if (msg != NULL) {
                mi_err_set_object(MI_EXC(TypeError), msg);
                MI_DECREF(msg);
            }
            goto fail;
        }
        if (mi_list_append(result, candidate) < 0)
            goto fail;
        for (intptr_t i = 0; i < nseq; i++) {
            if (pos[i] < MI_TUPLE_SIZE(seqs[i]) && MI_TUPLE_GET(seqs[i], pos[i]) == candidate)
                pos[i]++;
        }
    }
done:
    mi_free(seqs);
    mi_free(pos);
    {
        MiObject *tuple = mi_list_as_tuple(result);
        MI_DECREF(result);
        return tuple;
    }
fail:
    mi_free(seqs);
    mi_free(pos);
    MI_DECREF(result);
    return NULL;
}

/* ---- readying static types ------------------------------------------------------- */

static int
add_descriptors(MiType *t)
{
    MiObject *d;
    if (t->methods != NULL) {
        for (const MiMethodDef *m = t->methods; m->name != NULL; m++) {
            if (m->flags & MI_METH_STATIC) {
                MiObject *f = mi_cfunction_new(m, NULL, NULL), *sm;
                if (f == NULL)
                    return -1;
                sm = mi_call1((MiObject *)&mi_staticmethod_type, f);
                MI_DECREF(f);
                d = sm;
            } else {
                d = mi_method_descr_new(t, m);
            }
            if (d == NULL || mi_dict_set_cstr(t->dict, m->name, d) < 0) {
                MI_XDECREF(d);
                return -1;
            }
            MI_DECREF(d);
        }
    }
    if (t->members != NULL) {
        for (const MiMemberDef *m = t->members; m->name != NULL; m++) {
            d = mi_member_descr_new(t, m);
            if (d == NULL || mi_dict_set_cstr(t->dict, m->name, d) < 0) {
                MI_XDECREF(d);
                return -1;
            }
            MI_DECREF(d);
        }
    }
    if (t->getsets != NULL) {
        for (const MiGetSetDef *g = t->getsets; g->name != NULL; g++) {
            d = mi_getset_descr_new(t, g);
            if (d == NULL || mi_dict_set_cstr(t->dict, g->name, d) < 0) {
                MI_XDECREF(d);
                return -1;
            }
            MI_DECREF(d);
        }
    }
    return 0;
}

/* Copies the slots `t` leaves empty from its base, as CPython's
 * inherit_slots: comparison and hash are inherited together. */
static void
inherit_slots(MiType *t, MiType *b)
{
#define COPY(slot) if (t->slot == NULL) t->slot = b->slot
    COPY(dealloc); COPY(new_); COPY(init); COPY(call); COPY(repr); COPY(str);
    COPY(getattr); COPY(setattr); COPY(descr_get); COPY(descr_set);
    COPY(iter); COPY(iternext); COPY(len); COPY(getitem); COPY(setitem);
    COPY(contains); COPY(add); COPY(sub); COPY(mul); COPY(truediv);
    COPY(floordiv); COPY(mod); COPY(divmod); COPY(lshift); COPY(rshift);
    COPY(and_); COPY(or_); COPY(xor_); COPY(matmul); COPY(pow); COPY(iadd);
    COPY(isub); COPY(imul); COPY(itruediv); COPY(ifloordiv); COPY(imod);
    COPY(ilshift); COPY(irshift); COPY(iand); COPY(ior); COPY(ixor);
    COPY(imatmul); COPY(ipow); COPY(neg); COPY(pos); COPY(abs); COPY(invert);
    COPY(to_int); COPY(to_float); COPY(index); COPY(bool_); COPY(finalize);
    if ((t->flags & MI_TYPE_GC) == (b->flags & MI_TYPE_GC)) {
        COPY(traverse);
        COPY(clear);
        COPY(is_gc);
    }
#undef COPY
    if (t->richcmp == NULL && t->hash == NULL) {
        t->richcmp = b->richcmp;
        t->hash = b->hash;
    }
    if (t->basicsize == 0)
        t->basicsize = b->basicsize;
    if (t->itemsize == 0)
        t->itemsize = b->itemsize;
    if (t->dictoffset == 0)
        t->dictoffset = b->dictoffset;
    if (t->weaklistoffset == 0)
        t->weaklistoffset = b->weaklistoffset;
    t->flags |= b->flags & MI_TYPE_SUBCLASS_MASK;
}

/* Puts the getset descriptor `def` of t's instances in t's dict, unless
 * the name is there already (CPython's add_getset). */
static int
add_instance_getset(MiType *t, MiGetSetDef *def)
{
    MiObject *d;
    int rc;
    if (mi_dict_get_cstr(t->dict, def->name) != NULL)
        return 0;
    d = mi_getset_descr_new(t, def);
    if (d == NULL)
        return -1;
    rc = mi_dict_set(t->dict, ((MiGetSetDescr *)d)->name, d);
    MI_DECREF(d);
    return rc;
}

int
mi_type_ready(MiType *t)
{
    MiType *base;
    if (t->flags & MI_TYPE_READY)
        return 0;
    if (t->base.type == NULL)
        t->base.type = &mi_type_type;
    if (t->base.refcnt == 0)
        t->base.refcnt = MI_STATIC_REFCNT;
    if (t->base_type == NULL && t != &mi_object_type)
        t->base_type = &mi_object_type;
    base = t->base_type;
    if (base != NULL && mi_type_ready(base) < 0)
        return -1;
    t->flags |= MI_TYPE_READY;
    if (t->name_obj == NULL) {
        const char *dot = strrchr(t->name, '.');
        t->name_obj = mi_str_intern_cstr(dot ? dot + 1 : t->name);
        if (t->name_obj == NULL)
            return -1;
        if (dot) {
            t->module = mi_str_new(t->name, dot - t->name);
            if (t->module == NULL)
                return -1;
        }
    }
    if (t->qualname == NULL)
        t->qualname = mi_newref(t->name_obj);
    if (t->bases == NULL) {
        t->bases = base ? mi_tuple_pack(1, (MiObject *)base) : mi_newref(mi_state->empty_tuple);
        if (t->bases == NULL)
            return -1;
    }
    if (t->mro == NULL) {
        if (base == NULL) {
            t->mro = mi_tuple_pack(1, (MiObject *)t);
        } else {
            MiObject *bm = base->mro;
            t->mro = mi_tuple_new(MI_TUPLE_SIZE(bm) + 1);
            if (t->mro != NULL) {
                MI_TUPLE_ITEMS(t->mro)[0] = mi_newref((MiObject *)t);
                for (intptr_t i = 0; i < MI_TUPLE_SIZE(bm); i++)
                    MI_TUPLE_ITEMS(t->mro)[i + 1] = mi_newref(MI_TUPLE_GET(bm, i));
            }
        }
        if (t->mro == NULL)
            return -1;
    }
    if (t->dict == NULL) {
        t->dict = mi_dict_new();
        if (t->dict == NULL)
            return -1;
    }
    if (add_descriptors(t) < 0 || mi_slots_add_wrappers(t) < 0)
        return -1;
    /* instances with a dict of their own read it through a __dict__
     * descriptor (each such static type of CPython declares one) */
    if (t->dictoffset != 0 && (base == NULL || base->dictoffset == 0) &&
        add_instance_getset(t, &mi_instance_dict_getset) < 0)
        return -1;
    if (base != NULL)
        inherit_slots(t, base);
    if (mi_dict_get(t->dict, MI_NAME(__doc__)) == NULL) {
        MiObject *doc = t->doc ? mi_str_from_cstr(t->doc) : mi_newref(MI_NONE);
        if (doc == NULL || mi_dict_set(t->dict, MI_NAME(__doc__), doc) < 0) {
            MI_XDECREF(doc);
            return -1;
        }
        MI_DECREF(doc);
    }
    if (t->hash == NULL && mi_dict_get(t->dict, MI_NAME(__hash__)) == NULL &&
        mi_dict_set(t->dict, MI_NAME(__hash__), MI_NONE) < 0)
        return -1;
    mi_type_register_static(t);
    return 0;
}

/* ---- class creation ------------------------------------------------------------------ */

/* The most derived metaclass of `meta` and the bases' metaclasses. */
static MiType *
calculate_metaclass(MiType *meta, MiObject *bases)
{
    MiType *winner = meta;
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(bases); i++) {
        MiType *bt = MI_TUPLE_GET(bases, i)->type;
        if (mi_type_is_subtype(winner, bt))
            continue;
        if (mi_type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        mi_err_set(MI_EXC(TypeError), "metaclass conflict: the metaclass of a derived class "
                   "must be a (non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* The first built-in ancestor: the type whose C layout instances have. */
static MiType *
static_base(MiType *t)
{
    while (t->flags & MI_TYPE_HEAP)
        t = t->base_type;
    return t;
}

/* The nearest type along t's base chain whose instances have fields its
 * own base's lack: a C layout, or __slots__ members. */
static MiType *
solid_base(MiType *t)
{
    while (t->base_type != NULL) {
        if (t->flags & MI_TYPE_HEAP) {
            if (t->members != NULL)
                break;
        } else if (t->basicsize != t->base_type->basicsize) {
            break;
        }
        t = t->base_type;
    }
    return t;
}

/* Picks the base whose layout is the most extended (CPython's best_base):
 * every other base's layout must be a prefix of it. */
static MiType *
best_base(MiObject *bases)
{
    MiType *winner = NULL, *base = NULL;
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(bases); i++) {
        MiObject *b = MI_TUPLE_GET(bases, i);
        MiType *bt, *candidate;
        if (!mi_obj_type_check(b, &mi_type_type)) {
            mi_err_format(MI_EXC(TypeError), "bases must be types");
            return NULL;
        }
        bt = (MiType *)b;
        if (!(bt->flags & MI_TYPE_BASETYPE)) {
            mi_err_format(MI_EXC(TypeError), "type '%s' is not an acceptable base type",
                          bt->name);
            return NULL;
        }
        candidate = solid_base(bt);
        if (winner == NULL || mi_type_is_subtype(candidate, winner)) {
            winner = candidate;
            base = bt;
        } else if (!mi_type_is_subtype(winner, candidate)) {
            mi_err_set(MI_EXC(TypeError), "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

static void subtype_dealloc(MiObject *o);
static int subtype_traverse(MiObject *o, MiVisitProc visit, void *arg);
static int subtype_clear(MiObject *o);

static int
add_subclass(MiType *base, MiType *t)
{
    MiObject *key, *ref;
    int rc;
    if (base->subclasses == NULL) {
        base->subclasses = mi_dict_new();
        if (base->subclasses == NULL)
            return -1;
    }
    key = mi_int_from_u64((uintptr_t)t);
    ref = mi_weakref_new((MiObject *)t, NULL);
    if (key == NULL || ref == NULL) {
        MI_XDECREF(key);
        MI_XDECREF(ref);
        return -1;
    }
    rc = mi_dict_set(base->subclasses, key, ref);
    MI_DECREF(key);
    MI_DECREF(ref);
    return rc;
}

static void
remove_subclass(MiType *base, MiType *t)
{
    MiObject *key, *exc;
    if (base->subclasses == NULL)
        return;
    exc = mi_err_fetch();
    key = mi_int_from_u64((uintptr_t)t);
    if (key != NULL) {
        if (mi_dict_discard(base->subclasses, key) < 0)
            mi_err_clear();
        MI_DECREF(key);
    } else {
        mi_err_clear();
    }
    mi_err_restore(exc);
}

/* Wraps plain functions named __new__ in staticmethod and __init_subclass__
 * / __class_getitem__ in classmethod, as type.__new__ does. */
static int
wrap_implicit_methods(MiObject *dict)
{
    MiObject *f = mi_dict_get(dict, MI_NAME(__new__));
    if (f != NULL && f->type == &mi_function_type) {
        MiObject *sm = mi_call1((MiObject *)&mi_staticmethod_type, f);
        if (sm == NULL || mi_dict_set(dict, MI_NAME(__new__), sm) < 0) {
            MI_XDECREF(sm);
            return -1;
        }
        MI_DECREF(sm);
    }
    MiObject *names[2] = {MI_NAME(__init_subclass__), MI_NAME(__class_getitem__)};
    for (int i = 0; i < 2; i++) {
        f = mi_dict_get(dict, names[i]);
        if (f != NULL && f->type == &mi_function_type) {
            MiObject *cm = mi_call1((MiObject *)&mi_classmethod_type, f);
            if (cm == NULL || mi_dict_set(dict, names[i], cm) < 0) {
                MI_XDECREF(cm);
                return -1;
            }
            MI_DECREF(cm);
        }
    }
    return 0;
}

static int
call_set_name(MiType *t)
{
    intptr_t pos = 0;
    MiObject *key, *value;
    MiObject *dict = mi_dict_copy(t->dict);
    if (dict == NULL)
        return -1;
    while (mi_dict_next(dict, &pos, &key, &value)) {
        MiObject *set_name = mi_type_lookup(value->type, MI_NAME(__set_name__));
        if (set_name != NULL) {
            MiObject *args[3] = {value, (MiObject *)t, key};
            MiObject *res = mi_call(set_name, args, 3, NULL);
            if (res == NULL) {
                MI_DECREF(dict);
                return -1;
            }
            MI_DECREF(res);
        }
    }
    MI_DECREF(dict);
    return 0;
}

static int
call_init_subclass(MiType *t, MiObject *kwds)
{
    MiObject *sup, *func, *res, *args[2];
    args[0] = (MiObject *)t;
    args[1] = (MiObject *)t;
    sup = mi_call((MiObject *)&mi_super_type, args, 2, NULL);
    if (sup == NULL)
        return -1;
    func = mi_obj_getattr(sup, MI_NAME(__init_subclass__));
    MI_DECREF(sup);
    if (func == NULL)
        return -1;
    res = mi_call_tuple_dict(func, mi_state->empty_tuple, kwds);
    MI_DECREF(func);
    if (res == NULL)
        return -1;
    MI_DECREF(res);
    return 0;
}

/* ---- __slots__ --------------------------------------------------------------------------- */

/* Is the str `name` a Python identifier? */
static int
is_identifier(MiObject *name)
{
    const unsigned char *p = (const unsigned char *)MI_STR_DATA(name);
    intptr_t size = MI_STR_SIZE(name);
    for (intptr_t i = 0; i < size;) {
        int n;
        uint32_t cp = mi_utf8_decode(p + i, &n);
        if (i == 0 ? !mi_unicode_isidstart(cp) : !mi_unicode_isidcontinue(cp))
            return 0;
        i += n;
    }
    return size > 0;
}

/* A private name (__x) as the compiler mangles it inside class `cls`. */
static MiObject *
mangle(MiObject *cls, MiObject *name)
{
    const char *n = mi_str_cstr(name), *c = mi_str_cstr(cls);
    size_t len = strlen(n);
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_') ||
        strchr(n, '.') != NULL)
        return mi_newref(name);
    while (*c == '_')
        c++;
    if (*c == '\0')
        return mi_newref(name);
    return mi_str_format("_%s%s", c, n);
}

/* Do instances of `base` have a dict already?  Classes keep theirs in the
 * type object (CPython's type has a __dict__ offset; mini's reaches
 * t->dict through its own descriptor), so subclasses of type add none. */
static int
base_has_dict(MiType *base)
{
    return base->dictoffset != 0 || (base->flags & MI_TYPE_TYPE_SUBCLASS);
}

/* Are instances of `base` variable-size in CPython (int and type are,
 * though not in mini)?  Such bases take no __slots__ and no weak-reference
 * list in subclasses. */
static int
base_is_varsize(MiType *base)
{
    return base->itemsize != 0 ||
           (static_base(base)->flags & (MI_TYPE_INT_SUBCLASS | MI_TYPE_TYPE_SUBCLASS));
}

/* May a subclass of `base` add a weak-reference list? */
static int
base_allows_weaklist(MiType *base)
{
    return base->weaklistoffset == 0 && !base_is_varsize(base);
}

/* Lays out the members named by __slots__ after the base's fields: one
 * object pointer each, read and written through member descriptors that
 * the class dict maps the (mangled) names to.  Sets *want_dict and
 * *want_weak when the slots ask for "__dict__" / "__weakref__".  The
 * member table (names copied after it) belongs to the type. */
static int
setup_slots(MiType *t, MiType *base, MiObject *slots, int *want_dict, int *want_weak)
{
    MiObject *names, *mangled = NULL;
    intptr_t n, nmembers = 0;
    size_t bytes;
    MiMemberDef *members;
    char *text;
    int rc = -1;

    *want_dict = *want_weak = 0;
    names = mi_str_check(slots) ? mi_tuple_pack(1, slots) : mi_seq_to_tuple(slots);
    if (names == NULL)
        return -1;
    n = MI_TUPLE_SIZE(names);
    if (n > 0 && base_is_varsize(base)) {
        mi_err_format(MI_EXC(TypeError), "nonempty __slots__ not supported for subtype of '%s'",
                      base->name);
        goto done;
    }
    mangled = mi_tuple_new(n);
    if (mangled == NULL)
        goto done;
    bytes = (size_t)(n + 1) * sizeof(MiMemberDef);
    for (intptr_t i = 0; i < n; i++) {
        MiObject *name = MI_TUPLE_GET(names, i), *m;
        if (!mi_str_check(name)) {
            mi_err_format(MI_EXC(TypeError), "__slots__ items must be strings, not '%s'",
                          MI_TYPE_NAME(name));
            goto done;
        }
        if (!is_identifier(name)) {
            mi_err_set(MI_EXC(TypeError), "__slots__ must be identifiers");
            goto done;
        }
        if (mi_str_eq_cstr(name, "__dict__")) {
            if (base_has_dict(base) || *want_dict) {
                mi_err_set(MI_EXC(TypeError), "__dict__ slot disallowed: we already got one");
                goto done;
            }
            *want_dict = 1;
            continue;
        }
        if (mi_str_eq_cstr(name, "__weakref__")) {
            if (!base_allows_weaklist(base) || *want_weak) {
                mi_err_set(MI_EXC(TypeError), "__weakref__ slot disallowed: either we already "
                                              "got one, or __itemsize__ != 0");
                goto done;
            }
            *want_weak = 1;
            continue;
        }
        m = mangle(t->name_obj, name);
        if (m == NULL)
            goto done;
        MI_TUPLE_ITEMS(mangled)[nmembers++] = m;
        if (mi_dict_get(t->dict, m) != NULL) {
            mi_err_format(MI_EXC(ValueError), "%R in __slots__ conflicts with class variable",
                          m);
            goto done;
        }
        bytes += (size_t)MI_STR_SIZE(m) + 1;
    }
    if (nmembers == 0) {
        rc = 0;
        goto done;
    }
    members = mi_malloc(bytes);
    if (members == NULL) {
        mi_err_nomemory();
        goto done;
    }
    memset(members, 0, bytes);
    t->members = members;
    text = (char *)(members + nmembers + 1);
    for (intptr_t i = 0; i < nmembers; i++) {
        MiObject *m = MI_TUPLE_GET(mangled, i), *descr;
        memcpy(text, MI_STR_DATA(m), (size_t)MI_STR_SIZE(m) + 1);
        members[i].name = text;
        members[i].kind = MI_MEMBER_OBJECT_EX;
        members[i].offset = (size_t)t->basicsize;
        text += MI_STR_SIZE(m) + 1;
        t->basicsize += sizeof(MiObject *);
        descr = mi_member_descr_new(t, &members[i]);
        if (descr == NULL || mi_dict_set(t->dict, m, descr) < 0) {
            MI_XDECREF(descr);
            goto done;
        }
        MI_DECREF(descr);
    }
    rc = 0;
done:
    MI_DECREF(names);
    MI_XDECREF(mangled);
    return rc;
}

/* The object pointers of the __slots__ members `t` and its heap bases added
 * to the layout of `o`, for traverse, clear and dealloc. */
#define FOR_EACH_SLOT(o, t, slotp)                                                     \
    for (MiType *slot_t_ = (t); slot_t_->flags & MI_TYPE_HEAP; slot_t_ = slot_t_->base_type) \
        if (slot_t_->members != NULL)                                                  \
            for (MiMemberDef *slot_m_ = slot_t_->members; slot_m_->name != NULL; slot_m_++) \
                for (MiObject **slotp = (MiObject **)((char *)(o) + slot_m_->offset), \
                              **slot_once_ = slotp; slot_once_ != NULL; slot_once_ = NULL)

MiObject *
mi_type_new(MiType *meta, MiObject *name, MiObject *bases, MiObject *ns, MiObject *kwds)
{
    MiType *winner, *base;
    MiType *t = NULL;
    MiObject *dict = NULL, *qualname, *cell, *slots;
    int want_dict, want_weak;
    intptr_t nb;

    if (!mi_str_check(name)) {
        return mi_err_format(MI_EXC(TypeError), "type.__new__() argument 1 must be str, not %s",
                             MI_TYPE_NAME(name));
    }
    if (!mi_tuple_check(bases) || !mi_dict_check(ns))
        return mi_err_format(MI_EXC(TypeError), "type.__new__() argument 2 must be tuple");
    nb = MI_TUPLE_SIZE(bases);
    if (nb == 0)
        bases = mi_tuple_pack(1, (MiObject *)&mi_object_type);
    else
        MI_INCREF(bases);
    if (bases == NULL)
        return NULL;
    winner = calculate_metaclass(meta, bases);
    if (winner == NULL)
        goto fail;
    if (winner != meta && winner->new_ != meta->new_) {
        /* a more derived metaclass takes over */
        MiObject *args[3] = {name, bases, ns};
        MiObject *res = mi_call((MiObject *)winner, args, 3, NULL);
        MI_DECREF(bases);
        return res;
    }
    base = best_base(bases);
    if (base == NULL)
        goto fail;
    dict = mi_dict_copy(ns);
    if (dict == NULL || wrap_implicit_methods(dict) < 0)
        goto fail;

    t = (MiType *)mi_object_alloc(winner);
    if (t == NULL)
        goto fail;
    t->flags = MI_TYPE_HEAP | MI_TYPE_BASETYPE | MI_TYPE_GC | MI_TYPE_READY |
               (base->flags & (MI_TYPE_SUBCLASS_MASK | MI_TYPE_SEQUENCE));
    t->bases = bases;
    bases = NULL;
    t->base_type = base;
    MI_INCREF(base);
    t->name_obj = mi_newref(name);
    t->name = mi_str_cstr(name);
    qualname = mi_dict_get(dict, MI_NAME(__qualname__));
    if (qualname != NULL) {
        if (!mi_str_check(qualname)) {
            mi_err_format(MI_EXC(TypeError), "type __qualname__ must be a str, not %s",
                          MI_TYPE_NAME(qualname));
            goto fail;
        }
        t->qualname = mi_newref(qualname);
        if (mi_dict_del(dict, MI_NAME(__qualname__)) < 0)
            goto fail;
    } else {
        t->qualname = mi_newref(name);
    }
    cell = mi_dict_get(dict, MI_NAME(__classcell__));
    if (cell != NULL)
        MI_INCREF(cell);
    if (cell != NULL && mi_dict_del(dict, MI_NAME(__classcell__)) < 0) {
        MI_DECREF(cell);
        goto fail;
    }
    if (mi_dict_get(dict, MI_NAME(__module__)) == NULL) {
        MiObject *globals = mi_eval_globals();
        MiObject *modname = globals ? mi_dict_get(globals, MI_NAME(__name__)) : NULL;
        if (modname != NULL && mi_dict_set(dict, MI_NAME(__module__), modname) < 0) {
            MI_XDECREF(cell);
            goto fail;
        }
    }
    t->dict = dict;
    dict = NULL;

    /* layout: the base's, then the __slots__ members, then a dict and a
     * weak-reference list when the base has none (unless __slots__ leaves
     * them out) */
    t->basicsize = base->basicsize;
    t->itemsize = base->itemsize;
    t->dictoffset = base->dictoffset;
    t->weaklistoffset = base->weaklistoffset;
    slots = mi_dict_get(t->dict, MI_NAME(__slots__));
    if (slots != NULL) {
        if (setup_slots(t, base, slots, &want_dict, &want_weak) < 0) {
            MI_XDECREF(cell);
            goto fail;
        }
    } else {
        want_dict = want_weak = 1;
    }
    if (t->dictoffset == 0 && want_dict && !base_has_dict(base)) {
        if (t->itemsize != 0)
            t->dictoffset = -(intptr_t)sizeof(MiObject *);   /* the last word */
        else
            t->dictoffset = t->basicsize;
        t->basicsize += sizeof(MiObject *);
    }
    if (t->weaklistoffset == 0 && want_weak && base_allows_weaklist(base)) {
        t->weaklistoffset = t->basicsize;
        t->basicsize += sizeof(MiObject *);
    }
    /* as CPython's type_ready: the descriptors of what this class adds,
     * then a default __doc__ (so the dict lists them in that order) */
    if ((t->dictoffset != 0 && base->dictoffset == 0 &&
         add_instance_getset(t, &mi_instance_dict_getset) < 0) ||
        (t->weaklistoffset != 0 && base->weaklistoffset == 0 &&
         add_instance_getset(t, &mi_instance_weakref_getset) < 0) ||
        (mi_dict_get(t->dict, MI_NAME(__doc__)) == NULL &&
         mi_dict_set(t->dict, MI_NAME(__doc__), MI_NONE) < 0)) {
        MI_XDECREF(cell);
        goto fail;
    }
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    t->new_ = base->new_;
    t->init = base->init;

    t->mro = mro_c3(t);
    if (t->mro == NULL) {
        MI_XDECREF(cell);
        goto fail;
    }
    if (mi_dict_get(t->dict, MI_NAME(__eq__)) != NULL &&
        mi_dict_get(t->dict, MI_NAME(__hash__)) == NULL &&
        mi_dict_set(t->dict, MI_NAME(__hash__), MI_NONE) < 0) {
        MI_XDECREF(cell);
        goto fail;
    }
    mi_slots_fixup(t);
    MI_GC_TRACK(t);
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(t->bases); i++) {
        if (add_subclass((MiType *)MI_TUPLE_GET(t->bases, i), t) < 0) {
            MI_XDECREF(cell);
            MI_DECREF(t);
            return NULL;
        }
    }
    if (cell != NULL) {
        if (cell->type == &mi_cell_type)
            MI_SETREF(((MiCell *)cell)->ref, mi_newref((MiObject *)t));
        MI_DECREF(cell);
    }
    if (call_set_name(t) < 0 || call_init_subclass(t, kwds) < 0) {
        MI_DECREF(t);
        return NULL;
    }
    return (MiObject *)t;

fail:
    MI_XDECREF(bases);
    MI_XDECREF(dict);
    if (t != NULL)
        MI_CLEAR(t->dict);          /* its descriptors refer back to the untracked t */
    MI_XDECREF(t);
    return NULL;
}

/* ---- instances of classes --------------------------------------------------------------- */

MiObject *
mi_object_generic_new(MiType *type)
{
    MiObject *o;
    if (type->itemsize != 0)
        o = mi_object_alloc_var(type, 0);
    else
        o = mi_object_alloc(type);
    if (o != NULL && (type->flags & MI_TYPE_GC))
        MI_GC_TRACK(o);
    return o;
}

static int
subtype_traverse(MiObject *o, MiVisitProc visit, void *arg)
{
    MiType *t = o->type, *base;
    MiObject **dictptr;
    for (base = t; base->flags & MI_TYPE_HEAP; base = base->base_type)
        ;
    FOR_EACH_SLOT(o, t, slot)
        MI_VISIT(*slot);
    dictptr = mi_obj_dict_ptr(o);
    if (dictptr != NULL && base->dictoffset == 0)
        MI_VISIT(*dictptr);
    MI_VISIT(t);                     /* instances hold their class */
    if (base->traverse != NULL)
        return base->traverse(o, visit, arg);
    return 0;
}

static int
subtype_clear(MiObject *o)
{
    MiType *base;
    MiObject **dictptr;
    for (base = o->type; base->flags & MI_TYPE_HEAP; base = base->base_type)
        ;
    FOR_EACH_SLOT(o, o->type, slot)
        MI_CLEAR(*slot);
    dictptr = mi_obj_dict_ptr(o);
    if (dictptr != NULL && base->dictoffset == 0)
        MI_CLEAR(*dictptr);
    if (base->clear != NULL)
        return base->clear(o);
    return 0;
}

int
mi_finalize_from_dealloc(MiObject *o)
{
    int is_gc = mi_obj_is_gc(o);
    if (is_gc && mi_gc_is_finalized(o))
        return 0;
    o->refcnt = 1;                   /* a temporary reference for __del__ */
    MI_REF_INC();
    o->type->finalize(o);
    if (is_gc)
        mi_gc_set_finalized(o);
    MI_REF_DEC();
    if (--o->refcnt == 0)
        return 0;
    /* resurrected: it lives on; re-track so the collector sees it */
    if (is_gc && !mi_gc_is_tracked(o))
        MI_GC_TRACK(o);
    return 1;
}

static void
subtype_dealloc(MiObject *o)
{
    MiType *t = o->type, *base;
    MiObject **dictptr, **weaklist;
    for (base = t; base->flags & MI_TYPE_HEAP; base = base->base_type)
        ;
    int is_gc = (t->flags & MI_TYPE_GC) != 0;   /* t may die with o */
    if (is_gc) {
        MI_GC_UNTRACK(o);
        MI_TRASHCAN_BEGIN(o);
    }
    if (t->finalize != NULL && mi_finalize_from_dealloc(o)) {
        if (is_gc)
            MI_TRASHCAN_END();
        return;
    }
    if (t->weaklistoffset != 0 && base->weaklistoffset == 0) {
        weaklist = (MiObject **)((char *)o + t->weaklistoffset);
        if (*weaklist != NULL)
            mi_weakref_clear_all(o);
    }
    FOR_EACH_SLOT(o, t, slot)
        MI_CLEAR(*slot);
    dictptr = mi_obj_dict_ptr(o);
    if (dictptr != NULL && base->dictoffset == 0)
        MI_CLEAR(*dictptr);
    /* The base's dealloc frees the memory; it must see a type whose GC
     * status matches the allocation, which `t` (the heap type) has. */
    base->dealloc(o);
    if (is_gc)
        MI_TRASHCAN_END();
}

/* ---- the `type` type ------------------------------------------------------------------------ */

MiObject *
mi_type_call(MiObject *callable, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiType *type = (MiType *)callable;
    MiObject *obj;
    if (type == &mi_type_type && nargs == 1 && mi_args_nkw(kwnames) == 0)
        return mi_newref((MiObject *)args[0]->type);
    if (type->new_ == NULL) {
        return mi_err_format(MI_EXC(TypeError), "cannot create '%s' instances", type->name);
    }
    obj = type->new_(type, args, nargs, kwnames);
    if (obj == NULL)
        return NULL;
    if (!mi_obj_type_check(obj, type))
        return obj;
    if (obj->type->init != NULL && obj->type->init(obj, args, nargs, kwnames) < 0) {
        MI_DECREF(obj);
        return NULL;
    }
    return obj;
}

static MiObject *
type_new_slot(MiType *meta, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *kwds = NULL, *res;
    intptr_t nkw = mi_args_nkw(kwnames);
    if (meta == &mi_type_type && nargs == 1 && nkw == 0)
        return mi_newref((MiObject *)args[0]->type);
    if (nargs != 3)
        return mi_err_format(MI_EXC(TypeError), "type() takes 1 or 3 arguments");
    if (nkw > 0) {
        kwds = mi_dict_new();
        if (kwds == NULL)
            return NULL;
        for (intptr_t i = 0; i < nkw; i++) {
            if (mi_dict_set(kwds, MI_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                MI_DECREF(kwds);
                return NULL;
            }
        }
    }
    res = mi_type_new(meta, args[0], args[1], args[2], kwds);
    MI_XDECREF(kwds);
    return res;
}

static int
type_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)self;
    (void)args;
    (void)kwnames;
    if (nargs != 1 && nargs != 3) {
        mi_err_set(MI_EXC(TypeError), "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

MiObject *
mi_type_repr_name(MiType *t)
{
    MiObject *mod = NULL;
    if (t->flags & MI_TYPE_HEAP)
        mod = t->dict ? mi_dict_get(t->dict, MI_NAME(__module__)) : NULL;
    else
        mod = t->module;
    if (mod != NULL && mi_str_check(mod) && !mi_str_eq_cstr(mod, "builtins"))
        return mi_str_format("%U.%U", mod, t->qualname);
    return mi_newref(t->qualname);
}

static MiObject *
type_repr(MiObject *self)
{
    MiObject *name = mi_type_repr_name((MiType *)self), *res;
    if (name == NULL)
        return NULL;
    res = mi_str_format("<class '%U'>", name);
    MI_DECREF(name);
    return res;
}

static MiObject *
type_getattro(MiObject *self, MiObject *name)
{
    MiType *type = (MiType *)self, *meta = self->type;
    MiObject *meta_attr, *attr;
    MiDescrGetFunc meta_get = NULL;

    if (!mi_str_check(name)) {
        return mi_err_format(MI_EXC(TypeError), "attribute name must be string, not '%s'",
                             MI_TYPE_NAME(name));
    }
    meta_attr = mi_type_lookup(meta, name);
    if (meta_attr != NULL) {
        MI_INCREF(meta_attr);
        meta_get = meta_attr->type->descr_get;
        if (meta_get != NULL && meta_attr->type->descr_set != NULL) {
            MiObject *res = meta_get(meta_attr, self, (MiObject *)meta);
            MI_DECREF(meta_attr);
            return res;
        }
    }
    attr = mi_type_lookup(type, name);
    if (attr != NULL) {
        MiDescrGetFunc get = attr->type->descr_get;
        MI_XDECREF(meta_attr);
        if (get != NULL)
            return get(attr, NULL, self);
        return mi_newref(attr);
    }
    if (meta_get != NULL) {
        MiObject *res = meta_get(meta_attr, self, (MiObject *)meta);
        MI_DECREF(meta_attr);
        return res;
    }
    if (meta_attr != NULL)
        return meta_attr;
    return mi_err_format(MI_EXC(AttributeError), "type object '%s' has no attribute '%U'",
                         type->name, name);
}

static int
type_setattro(MiObject *self, MiObject *name, MiObject *value)
{
    MiType *type = (MiType *)self;
    int rc;
    if (!(type->flags & MI_TYPE_HEAP)) {
        mi_err_format(MI_EXC(TypeError), "cannot set '%U' attribute of immutable type '%s'",
                      name, type->name);
        return -1;
    }
    if (!mi_str_check(name)) {
        mi_err_format(MI_EXC(TypeError), "attribute name must be string, not '%s'",
                      MI_TYPE_NAME(name));
        return -1;
    }
    /* a data descriptor on the metaclass (e.g. __name__) wins */
    {
        MiObject *meta_attr = mi_type_lookup(self->type, name);
        if (meta_attr != NULL && meta_attr->type->descr_set != NULL) {
            MI_INCREF(meta_attr);
            rc = meta_attr->type->descr_set(meta_attr, self, value);
            MI_DECREF(meta_attr);
            return rc;
        }
    }
    MI_INCREF(name);
    name = mi_str_intern(name);
    if (value == NULL) {
        rc = mi_dict_discard(type->dict, name);
        if (rc == 0) {
            mi_err_format(MI_EXC(AttributeError), "type object '%s' has no attribute '%U'",
                          type->name, name);
            rc = -1;
        }
        rc = rc < 0 ? -1 : 0;
    } else {
        rc = mi_dict_set(type->dict, name, value);
    }
    if (rc == 0) {
        mi_type_modified(type);
        mi_slots_update(type, name);
    }
    MI_DECREF(name);
    return rc;
}

static void
type_dealloc(MiObject *self)
{
    MiType *t = (MiType *)self;
    MI_GC_UNTRACK(self);
    if (t->bases != NULL) {
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(t->bases); i++)
            remove_subclass((MiType *)MI_TUPLE_GET(t->bases, i), t);
    }
    if (t->weaklist != NULL)
        mi_weakref_clear_all(self);
    MI_CLEAR(t->dict);
    MI_CLEAR(t->bases);
    MI_CLEAR(t->mro);
    MI_CLEAR(t->qualname);
    MI_CLEAR(t->module);
    MI_CLEAR(t->subclasses);
    MI_CLEAR(t->base_type);
    t->name = "?";
    MI_CLEAR(t->name_obj);
    if (t->flags & MI_TYPE_HEAP) {
        mi_free(t->members);           /* the __slots__ table */
        t->members = NULL;
    }
    mi_object_free(self);
}

static int
type_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MiType *t = (MiType *)self;
    MI_VISIT(t->dict);
    MI_VISIT(t->bases);
    MI_VISIT(t->mro);
    MI_VISIT(t->base_type);
    MI_VISIT(t->module);
    /* a class's own metaclass, when a heap type, is visited by
     * subtype_traverse, the metaclass's traverse */
    return 0;
}

static int
type_clear(MiObject *self)
{
    MiType *t = (MiType *)self;
    mi_type_modified(t);
    if (t->dict != NULL)
        mi_dict_clear(t->dict);
    MI_CLEAR(t->mro);
    return 0;
}

static int
type_is_gc(MiObject *self)
{
    return (((MiType *)self)->flags & MI_TYPE_HEAP) != 0;
}

static MiObject *
type_get_name(MiObject *self, void *c)
{
    (void)c;
    return mi_newref(((MiType *)self)->name_obj);
}

static int
type_set_name(MiObject *self, MiObject *value, void *c)
{
    MiType *t = (MiType *)self;
    (void)c;
    if (!(t->flags & MI_TYPE_HEAP)) {
        mi_err_format(MI_EXC(TypeError), "cannot set '__name__' attribute of immutable type "
                      "'%s'", t->name);
        return -1;
    }
    if (value == NULL || !mi_str_check(value)) {
        mi_err_format(MI_EXC(TypeError), "can only assign string to %s.__name__, not '%s'",
                      t->name, value ? MI_TYPE_NAME(value) : "NULL");
        return -1;
    }
    MI_SETREF(t->name_obj, mi_newref(value));
    t->name = mi_str_cstr(value);
    return 0;
}

static MiObject *
type_get_qualname(MiObject *self, void *c)
{
    (void)c;
    return mi_newref(((MiType *)self)->qualname);
}

static int
type_set_qualname(MiObject *self, MiObject *value, void *c)
{
    MiType *t = (MiType *)self;
    (void)c;
    if (!(t->flags & MI_TYPE_HEAP) || value == NULL || !mi_str_check(value)) {
        mi_err_format(MI_EXC(TypeError), "can only assign string to %s.__qualname__",
                      t->name);
        return -1;
    }
    MI_SETREF(t->qualname, mi_newref(value));
    return 0;
}

static MiObject *
type_get_module(MiObject *self, void *c)
{
    MiType *t = (MiType *)self;
    (void)c;
    if (t->flags & MI_TYPE_HEAP) {
        MiObject *m = mi_dict_get(t->dict, MI_NAME(__module__));
        if (m == NULL)
            return mi_err_format(MI_EXC(AttributeError), "__module__");
        return mi_newref(m);
    }
    if (t->module != NULL)
        return mi_newref(t->module);
    return mi_str_from_cstr("builtins");
}

static int
type_set_module(MiObject *self, MiObject *value, void *c)
{
    (void)c;
    if (!(((MiType *)self)->flags & MI_TYPE_HEAP) || value == NULL) {
        mi_err_set(MI_EXC(TypeError), "cannot set '__module__' attribute of immutable type");
        return -1;
    }
    return mi_dict_set(((MiType *)self)->dict, MI_NAME(__module__), value);
}

static MiObject *
type_get_dict(MiObject *self, void *c)
{
    (void)c;
    return mi_mappingproxy_new(((MiType *)self)->dict);
}

static MiObject *
type_get_bases(MiObject *self, void *c)
{
    (void)c;
    return mi_newref(((MiType *)self)->bases);
}

static MiObject *
type_get_base(MiObject *self, void *c)
{
    MiType *b = ((MiType *)self)->base_type;
    (void)c;
    return mi_newref(b ? (MiObject *)b : MI_NONE);
}

static MiObject *
type_get_mro(MiObject *self, void *c)
{
    (void)c;
    return mi_newref(((MiType *)self)->mro);
}

static MiObject *
type_get_doc(MiObject *self, void *c)
{
    MiObject *doc = mi_dict_get(((MiType *)self)->dict, MI_NAME(__doc__));
    (void)c;
    if (doc == NULL)
        MI_RETURN_NONE;
    if (doc->type->descr_get != NULL)
        return doc->type->descr_get(doc, NULL, self);
    return mi_newref(doc);
}

static int
type_set_doc(MiObject *self, MiObject *value, void *c)
{
    MiType *t = (MiType *)self;
    (void)c;
    if (!(t->flags & MI_TYPE_HEAP)) {
        mi_err_format(MI_EXC(TypeError), "cannot set '__doc__' attribute of immutable type "
                      "'%s'", t->name);
        return -1;
    }
    if (value == NULL) {
        mi_err_format(MI_EXC(TypeError), "cannot delete '__doc__' attribute of immutable "
                      "type '%s'", t->name);
        return -1;
    }
    if (mi_dict_set(t->dict, MI_NAME(__doc__), value) < 0)
        return -1;
    mi_type_modified(t);
    return 0;
}

static MiObject *
type_get_abstract(MiObject *self, void *c)
{
    MiObject *v = mi_dict_get(((MiType *)self)->dict, MI_NAME(__abstractmethods__));
    (void)c;
    if (v == NULL || self == (MiObject *)&mi_type_type)
        return mi_err_format(MI_EXC(AttributeError), "__abstractmethods__");
    return mi_newref(v);
}

static int
type_set_abstract(MiObject *self, MiObject *value, void *c)
{
    MiType *t = (MiType *)self;
    int rc, truth;
    (void)c;
    if (value == NULL) {
        rc = mi_dict_discard(t->dict, MI_NAME(__abstractmethods__));
        truth = 0;
        if (rc < 0)
            return -1;
    } else {
        truth = mi_obj_is_true(value);
        if (truth < 0 || mi_dict_set(t->dict, MI_NAME(__abstractmethods__), value) < 0)
            return -1;
    }
    mi_type_modified(t);
    if (truth)
        t->flags |= MI_TYPE_ABSTRACT;
    else
        t->flags &= ~(uint32_t)MI_TYPE_ABSTRACT;
    return 0;
}

static MiGetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__bases__", type_get_bases, NULL, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__abstractmethods__", type_get_abstract, type_set_abstract, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MiObject *
type_mro_method(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *mro = ((MiType *)self)->mro;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_seq_to_list(mro);
}

static MiObject *
type_subclasses(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiType *t = (MiType *)self;
    MiObject *list = mi_list_new(0), *key, *ref;
    intptr_t pos = 0;
    (void)args;
    (void)nargs;
    (void)kw;
    if (list == NULL || t->subclasses == NULL)
        return list;
    while (mi_dict_next(t->subclasses, &pos, &key, &ref)) {
        MiObject *sub = mi_weakref_get(ref);
        if (sub != MI_NONE && mi_list_append(list, sub) < 0) {
            MI_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static MiObject *
type_instancecheck(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    int r = mi_obj_isinstance_default(args[0], self);
    return r < 0 ? NULL : mi_bool_from(r);
}

static MiObject *
type_subclasscheck(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    int r = mi_obj_issubclass_default(args[0], self);
    return r < 0 ? NULL : mi_bool_from(r);
}

static MiObject *
type_prepare(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_dict_new();
}

static MiObject *
type_dir(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *names = mi_dict_new(), *mro = ((MiType *)self)->mro, *res;
    (void)args;
    (void)nargs;
    (void)kw;
    if (names == NULL)
        return NULL;
    for (intptr_t i = MI_TUPLE_SIZE(mro) - 1; i >= 0; i--) {
        if (mi_dict_update(names, ((MiType *)MI_TUPLE_GET(mro, i))->dict) < 0) {
            MI_DECREF(names);
            return NULL;
        }
    }
    res = mi_dict_keys_list(names);
    MI_DECREF(names);
    return res;
}

static MiMethodDef type_methods[] = {
    {"mro", type_mro_method, MI_METH_NOARGS, NULL},
    {"__subclasses__", type_subclasses, MI_METH_NOARGS, NULL},
    {"__instancecheck__", type_instancecheck, MI_METH_O, NULL},
    {"__subclasscheck__", type_subclasscheck, MI_METH_O, NULL},
    {"__prepare__", type_prepare, MI_METH_KEYWORDS | MI_METH_CLASS, NULL},
    {"__dir__", type_dir, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static intptr_t
pointer_hash(MiObject *self)
{
    uintptr_t p = (uintptr_t)self;
    intptr_t h = (intptr_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

MiType mi_type_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "type",
    .basicsize = sizeof(MiType),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE | MI_TYPE_TYPE_SUBCLASS,
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .is_gc = type_is_gc,
    .new_ = type_new_slot,
    .init = type_init,
    .call = mi_type_call,
    .repr = type_repr,
    .hash = pointer_hash,
    .or_ = mi_union_or,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .methods = type_methods,
    .getsets = type_getsets,
    .weaklistoffset = offsetof(MiType, weaklist),
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
};

/* ---- the `object` type ---------------------------------------------------------------------- */

static int
excess_args(intptr_t nargs, MiObject *kwnames)
{
    return nargs > 0 || mi_args_nkw(kwnames) > 0;
}

static MiObject *object_new(MiType *type, MiObject *const *args, intptr_t nargs,
                            MiObject *kwnames);

static int
object_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiType *type = self->type;
    (void)args;
    if (excess_args(nargs, kwnames)) {
        if (type->init != object_init) {
            mi_err_set(MI_EXC(TypeError), "object.__init__() takes exactly one argument (the "
                       "instance to initialize)");
            return -1;
        }
        if (type->new_ == object_new) {
            mi_err_format(MI_EXC(TypeError), "%s() takes no arguments", type->name);
            return -1;
        }
    }
    return 0;
}

static MiObject *
object_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != object_new) {
            return mi_err_format(MI_EXC(TypeError), "object.__new__() takes exactly one "
                                 "argument (the type to instantiate)");
        }
        if (type->init == object_init)
            return mi_err_format(MI_EXC(TypeError), "%s() takes no arguments", type->name);
    }
    if (type->flags & MI_TYPE_ABSTRACT) {
        MiObject *abstract = mi_dict_get(type->dict, MI_NAME(__abstractmethods__));
        MiObject *sorted = abstract ? mi_seq_to_list(abstract) : NULL, *joined = NULL, *sep;
        intptr_t n = sorted ? MI_LIST_SIZE(sorted) : 0;
        if (sorted != NULL && mi_list_sort(sorted, NULL, 0) == 0 &&
            (sep = mi_str_from_cstr(", ")) != NULL) {
            joined = mi_str_join(sep, sorted);
            MI_DECREF(sep);
        }
        if (joined != NULL) {
            mi_err_format(MI_EXC(TypeError), "Can't instantiate abstract class %s with abstract "
                          "method%s %U", type->name, n > 1 ? "s" : "", joined);
        }
        MI_XDECREF(joined);
        MI_XDECREF(sorted);
        return NULL;
    }
    return mi_object_generic_new(type);
}

static void
object_dealloc(MiObject *self)
{
    mi_object_free(self);
}

static MiObject *
object_repr(MiObject *self)
{
    MiObject *name = mi_type_repr_name(self->type), *res;
    if (name == NULL)
        return NULL;
    res = mi_str_format("<%U object at %p>", name, (void *)self);
    MI_DECREF(name);
    return res;
}

static MiObject *
object_str(MiObject *self)
{
    MiUnaryFunc repr = self->type->repr;
    return repr ? repr(self) : object_repr(self);
}

static MiObject *
object_richcmp(MiObject *self, MiObject *other, int op)
{
    if (op == MI_EQ) {
        if (self == other)
            MI_RETURN_TRUE;
        MI_RETURN_NOTIMPLEMENTED;
    }
    if (op == MI_NE) {
        /* by default, != inverts == unless it is NotImplemented */
        MiObject *res;
        int truth;
        if (self->type->richcmp == NULL)
            MI_RETURN_NOTIMPLEMENTED;
        res = self->type->richcmp(self, other, MI_EQ);
        if (res == NULL || res == MI_NOTIMPLEMENTED)
            return res;
        truth = mi_obj_is_true(res);
        MI_DECREF(res);
        if (truth < 0)
            return NULL;
        return mi_bool_from(!truth);
    }
    MI_RETURN_NOTIMPLEMENTED;
}

static MiObject *
object_get_class(MiObject *self, void *c)
{
    (void)c;
    return mi_newref((MiObject *)self->type);
}

static int
object_set_class(MiObject *self, MiObject *value, void *c)
{
    MiType *newt;
    (void)c;
    if (value == NULL || !mi_obj_type_check(value, &mi_type_type)) {
        mi_err_format(MI_EXC(TypeError), "__class__ must be set to a class, not '%s' object",
                      value ? MI_TYPE_NAME(value) : "NULL");
        return -1;
    }
    newt = (MiType *)value;
    if (!(newt->flags & MI_TYPE_HEAP) || !(self->type->flags & MI_TYPE_HEAP) ||
        static_base(newt) != static_base(self->type) ||
        newt->basicsize != self->type->basicsize) {
        mi_err_format(MI_EXC(TypeError), "__class__ assignment: '%s' object layout differs "
                      "from '%s'", newt->name, self->type->name);
        return -1;
    }
    MI_INCREF(newt);
    {
        MiType *old = self->type;
        self->type = newt;
        MI_DECREF(old);
    }
    return 0;
}

static MiObject *
object_get_dict(MiObject *self, void *c)
{
    (void)c;
    return mi_obj_get_dict(self);
}

static int
object_set_dict(MiObject *self, MiObject *value, void *c)
{
    MiObject **dictptr = mi_obj_dict_ptr(self);
    (void)c;
    if (dictptr == NULL) {
        mi_err_set(MI_EXC(AttributeError), "This object has no __dict__");
        return -1;
    }
    if (value == NULL || !mi_dict_check(value)) {
        mi_err_format(MI_EXC(TypeError), "__dict__ must be set to a dictionary, not a '%s'",
                      value ? MI_TYPE_NAME(value) : "NULL");
        return -1;
    }
    MI_SETREF(*dictptr, mi_newref(value));
    return 0;
}

static MiGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* The __dict__ descriptor given to classes whose instances have dicts. */
MiGetSetDef mi_instance_dict_getset = {"__dict__", object_get_dict, object_set_dict,
                                       "dictionary for instance variables (if defined)", NULL};

/* instance.__weakref__: the first weak reference to it, or None. */
static MiObject *
object_get_weakref(MiObject *self, void *c)
{
    MiObject **list = mi_weakref_list_ptr(self);
    (void)c;
    if (list == NULL) {
        mi_err_set(MI_EXC(AttributeError), "This object has no __weakref__");
        return NULL;
    }
    return mi_newref(*list != NULL ? *list : MI_NONE);
}

/* The __weakref__ descriptor given to classes whose instances have a
 * weak-reference list. */
MiGetSetDef mi_instance_weakref_getset = {"__weakref__", object_get_weakref, NULL,
                                          "list of weak references to the object (if defined)",
                                          NULL};

static MiObject *
object_format(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *spec = args[0];
    (void)nargs;
    (void)kw;
    if (!mi_str_check(spec))
        return mi_err_format(MI_EXC(TypeError), "format() argument 2 must be str, not %s",
                             MI_TYPE_NAME(spec));
    if (MI_STR_SIZE(spec) > 0) {
        return mi_err_format(MI_EXC(TypeError), "unsupported format string passed to "
                             "%s.__format__", MI_TYPE_NAME(self));
    }
    return mi_obj_str(self);
}

static MiObject *
object_dir(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *names = mi_dict_new(), *mro = self->type->mro, *res;
    MiObject **dictptr = mi_obj_dict_ptr(self);
    (void)args;
    (void)nargs;
    (void)kw;
    if (names == NULL)
        return NULL;
    if (dictptr != NULL && *dictptr != NULL && mi_dict_update(names, *dictptr) < 0)
        goto fail;
    for (intptr_t i = MI_TUPLE_SIZE(mro) - 1; i >= 0; i--) {
        if (mi_dict_update(names, ((MiType *)MI_TUPLE_GET(mro, i))->dict) < 0)
            goto fail;
    }
    res = mi_dict_keys_list(names);
    MI_DECREF(names);
    return res;
fail:
    MI_DECREF(names);
    return NULL;
}

static MiObject *
object_sizeof(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t size = self->type->basicsize;
    (void)args;
    (void)nargs;
    (void)kw;
    if (self->type->itemsize)
        size += self->type->itemsize * ((MiVarObject *)self)->size;
    return mi_int_from_i64(size);
}

static MiObject *
object_init_subclass(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    if (nargs > 0 || mi_args_nkw(kw) > 0) {
        return mi_err_format(MI_EXC(TypeError), "%s.__init_subclass__() takes no keyword "
                             "arguments", ((MiType *)self)->name);
    }
    MI_RETURN_NONE;
}

static MiObject *
object_subclasshook(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    MI_RETURN_NOTIMPLEMENTED;
}

static MiObject *
object_reduce_ex(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_err_format(MI_EXC(TypeError), "cannot pickle '%s' object", MI_TYPE_NAME(self));
}

static MiMethodDef object_methods[] = {
    {"__format__", object_format, MI_METH_O, NULL},
    {"__dir__", object_dir, MI_METH_NOARGS, NULL},
    {"__sizeof__", object_sizeof, MI_METH_NOARGS, NULL},
    {"__init_subclass__", object_init_subclass, MI_METH_KEYWORDS | MI_METH_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, MI_METH_KEYWORDS | MI_METH_CLASS, NULL},
    {"__reduce_ex__", object_reduce_ex, MI_METH_O, NULL},
    {"__reduce__", object_reduce_ex, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

MiType mi_object_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "object",
    .basicsize = sizeof(MiObject),
    .flags = MI_TYPE_BASETYPE,
    .dealloc = object_dealloc,
    .new_ = object_new,
    .init = object_init,
    .repr = object_repr,
    .str = object_str,
    .hash = pointer_hash,
    .richcmp = object_richcmp,
    .getattr = mi_obj_generic_getattr,
    .setattr = mi_obj_generic_setattr,
    .methods = object_methods,
    .getsets = object_getsets,
    .doc = "The base class of the class hierarchy.",
};

/* The Python-level __init__ function a call of `type` would run, for the
 * eval loop's inline instantiation. */
MiObject *
mi_type_python_init(MiType *type)
{
    MiObject *init;
    if (type->new_ != object_new || type->init != mi_slot_init ||
        (type->flags & MI_TYPE_ABSTRACT))
        return NULL;
    init = mi_type_lookup(type, MI_NAME(__init__));
    if (init == NULL || init->type != &mi_function_type)
        return NULL;
    return init;
}

/* Is `new_` object's __new__ (so excess arguments go to __init__ only)? */
int
mi_type_new_is_object_new(MiType *type)
{
    return type->new_ == object_new;
}
