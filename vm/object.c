/* vm/object.c: object lifecycle and the attribute protocol.
 *
 *   - mi_object_alloc / mi_object_free: memory of instances, with the
 *     collector's MiGcHead in front of containers; counts live objects.
 *   - mi_dealloc: the one place a count reaching zero goes through.
 *   - Attribute lookup as object.__getattribute__: a data descriptor on
 *     the type wins, then the instance dict, then other descriptors and
 *     class attributes; mi_obj_get_method is the same lookup without
 *     making a bound method, for LOAD_METHOD.
 * Start reading at mi_obj_generic_getattr(). */
#include "vm/abstract.h"

#include <string.h>

#include "gc/gc.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/func.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

#include <stdio.h>
#include <stdlib.h>

#ifdef MI_DEBUG_REFS
intptr_t mi_ref_total;

/* The registry of live objects: an open-addressing set of pointers. */
static MiObject **live_set;
static size_t live_cap, live_used;
#define LIVE_TOMB ((MiObject *)1)

static size_t
live_slot(MiObject *o, size_t cap)
{
    return ((uintptr_t)o >> 4) * 11400714819323198485ull >> 7 & (cap - 1);
}

static void
live_insert(MiObject *o)
{
    size_t i = live_slot(o, live_cap);
    while (live_set[i] != NULL && live_set[i] != LIVE_TOMB)
        i = (i + 1) & (live_cap - 1);
    live_set[i] = o;
}

void
mi_debug_live_add(MiObject *o)
{
    mi_state->live_objects++;
    if ((live_used + 1) * 2 > live_cap) {
        MiObject **old = live_set;
        size_t oldcap = live_cap;
        live_cap = live_cap ? live_cap * 2 : 4096;
        live_set = calloc(live_cap, sizeof(MiObject *));
        if (live_set == NULL)
            mi_fatal("out of memory in the debug object registry");
        live_used = 0;
        for (size_t i = 0; i < oldcap; i++) {
            if (old[i] != NULL && old[i] != LIVE_TOMB) {
                live_insert(old[i]);
                live_used++;
            }
        }
        free(old);
    }
    live_insert(o);
    live_used++;
}

void
mi_debug_live_remove(MiObject *o)
{
    size_t i;
    mi_state->live_objects--;
    if (live_cap == 0)
        return;
    i = live_slot(o, live_cap);
    while (live_set[i] != NULL) {
        if (live_set[i] == o) {
            live_set[i] = LIVE_TOMB;
            return;
        }
        i = (i + 1) & (live_cap - 1);
    }
}

void
mi_debug_live_report(void)
{
    size_t shown = 0;
    for (size_t i = 0; i < live_cap && shown < 40; i++) {
        MiObject *o = live_set[i];
        if (o == NULL || o == LIVE_TOMB)
            continue;
        fprintf(stderr, "  leaked: %p refcnt %ld type %s\n", (void *)o, (long)o->refcnt,
                (o->type->flags & MI_TYPE_HEAP) ? "<class>" : o->type->name);
        shown++;
    }
    free(live_set);
    live_set = NULL;
    live_cap = live_used = 0;
}

void
mi_refcnt_negative(MiObject *o, const char *file, int line)
{
    fprintf(stderr, "%s:%d: negative reference count %ld of a '%s' object\n", file, line,
            (long)o->refcnt, o->type->name);
    abort();
}
#endif

void
mi_fatal(const char *msg)
{
    fprintf(stderr, "mini: fatal error: %s\n", msg);
    fflush(stderr);
    abort();
}

void
mi_dealloc(MiObject *o)
{
    o->type->dealloc(o);
}

static MiObject *
alloc_bytes(MiType *type, size_t size)
{
    char *mem;
    MiObject *o;
    if (type->flags & MI_TYPE_GC) {
        mi_gc_note_alloc(&mi_state->gc);
        size = mi_size_add(size, sizeof(MiGcHead));
        mem = mi_malloc(size);
        if (mem == NULL)
            return mi_err_nomemory();
        memset(mem, 0, size);
        o = (MiObject *)(mem + sizeof(MiGcHead));
    } else {
        mem = mi_malloc(size);
        if (mem == NULL)
            return mi_err_nomemory();
        memset(mem, 0, size);
        o = (MiObject *)mem;
    }
    o->refcnt = 1;
    o->type = type;
    MI_REF_INC();
    MI_LIVE_ADD(o);
    if (type->flags & MI_TYPE_HEAP)
        MI_INCREF(type);
    return o;
}

MiObject *
mi_object_alloc(MiType *type)
{
    return alloc_bytes(type, (size_t)type->basicsize);
}

MiObject *
mi_object_alloc_var(MiType *type, intptr_t nitems)
{
    size_t size;
    MiObject *o;
    if (nitems < 0)
        nitems = 0;
    size = mi_size_add((size_t)type->basicsize, mi_size_mul((size_t)nitems, (size_t)type->itemsize));
    /* round up so that a dict pointer placed after the items is aligned */
    if (size != SIZE_MAX)
        size = (size + 7) & ~(size_t)7;
    o = alloc_bytes(type, size);
    if (o != NULL)
        ((MiVarObject *)o)->size = nitems;
    return o;
}

void
mi_object_free(MiObject *o)
{
    MiType *type = o->type;
    MI_LIVE_REMOVE(o);
    if (type->flags & MI_TYPE_GC) {
        mi_gc_note_free(&mi_state->gc);
        mi_free(MI_GC_HEAD(o));
    } else {
        mi_free(o);
    }
    if (type->flags & MI_TYPE_HEAP)
        MI_DECREF(type);
}

/* ---- the instance dict --------------------------------------------------- */

/* Bytes of an instance of a variable-sized type, for dicts stored after the
 * items (negative dictoffset, as CPython). */
static intptr_t
instance_size(MiObject *o)
{
    MiType *t = o->type;
    intptr_t size = t->basicsize;
    if (t->itemsize) {
        intptr_t n = ((MiVarObject *)o)->size;
        if (n < 0)
            n = -n;
        size += n * t->itemsize;
    }
    return (size + 7) & ~(intptr_t)7;
}

MiObject **
mi_obj_dict_ptr(MiObject *o)
{
    intptr_t offset = o->type->dictoffset;
    if (offset == 0)
        return NULL;
    if (offset < 0)
        offset += instance_size(o);
    return (MiObject **)((char *)o + offset);
}

MiObject *
mi_obj_get_dict(MiObject *o)
{
    MiObject **dictptr = mi_obj_dict_ptr(o);
    if (dictptr == NULL) {
        return mi_err_format(MI_EXC(AttributeError), "'%s' object has no attribute '__dict__'",
                             MI_TYPE_NAME(o));
    }
    if (*dictptr == NULL) {
        *dictptr = mi_dict_new();
        if (*dictptr == NULL)
            return NULL;
    }
    return mi_newref(*dictptr);
}

/* ---- attribute lookup --------------------------------------------------------- */

MiObject *
mi_err_no_attribute(MiObject *o, MiObject *name)
{
    MiObject *exc;
    if (mi_obj_type_check(o, &mi_type_type)) {
        mi_err_format(MI_EXC(AttributeError), "type object '%s' has no attribute '%U'",
                      mi_type_name((MiType *)o), name);
    } else {
        mi_err_format(MI_EXC(AttributeError), "'%s' object has no attribute '%U'",
                      MI_TYPE_NAME(o), name);
    }
    exc = mi_err_peek();
    if (exc != NULL && exc->type == MI_EXC(AttributeError)) {
        MiNameError *ne = (MiNameError *)exc;
        MI_SETREF(ne->name, mi_newref(name));
        MI_SETREF(ne->obj, mi_newref(o));
    }
    return NULL;
}

MiObject *
mi_obj_generic_getattr(MiObject *o, MiObject *name)
{
    MiType *t = o->type;
    MiObject *descr, *res;
    MiObject **dictptr;
    MiDescrGetFunc get = NULL;

    descr = mi_type_lookup(t, name);
    if (descr != NULL) {
        MI_INCREF(descr);
        get = descr->type->descr_get;
        if (get != NULL && descr->type->descr_set != NULL) {
            res = get(descr, o, (MiObject *)t);
            MI_DECREF(descr);
            return res;
        }
    }
    dictptr = mi_obj_dict_ptr(o);
    if (dictptr != NULL && *dictptr != NULL) {
        res = mi_dict_get(*dictptr, name);
        if (res != NULL) {
            MI_XDECREF(descr);
            return mi_newref(res);
        }
        if (mi_err_occurred()) {
            MI_XDECREF(descr);
            return NULL;
        }
    }
    if (get != NULL) {
        res = get(descr, o, (MiObject *)t);
        MI_DECREF(descr);
        return res;
    }
    if (descr != NULL)
        return descr;
    return mi_err_no_attribute(o, name);
}

int
mi_obj_generic_setattr(MiObject *o, MiObject *name, MiObject *value)
{
    MiType *t = o->type;
    MiObject *descr;
    MiObject **dictptr;
    int rc;

    if (!mi_str_check(name)) {
        mi_err_format(MI_EXC(TypeError), "attribute name must be string, not '%s'",
                      MI_TYPE_NAME(name));
        return -1;
    }
    descr = mi_type_lookup(t, name);
    if (descr != NULL && descr->type->descr_set != NULL) {
        MI_INCREF(descr);
        rc = descr->type->descr_set(descr, o, value);
        MI_DECREF(descr);
        return rc;
    }
    dictptr = mi_obj_dict_ptr(o);
    if (dictptr == NULL) {
        if (descr == NULL) {
            mi_err_format(MI_EXC(AttributeError), "'%s' object has no attribute '%U'",
                          MI_TYPE_NAME(o), name);
        } else {
            mi_err_format(MI_EXC(AttributeError), "'%s' object attribute '%U' is read-only",
                          MI_TYPE_NAME(o), name);
        }
        return -1;
    }
    if (value == NULL) {
        if (*dictptr == NULL || (rc = mi_dict_discard(*dictptr, name)) == 0) {
            /* CPython 3.10 turns the dict's KeyError into AttributeError(name) */
            mi_err_set_object(MI_EXC(AttributeError), name);
            return -1;
        }
        return rc < 0 ? -1 : 0;
    }
    if (*dictptr == NULL) {
        *dictptr = mi_dict_new();
        if (*dictptr == NULL)
            return -1;
    }
    return mi_dict_set(*dictptr, name, value);
}

MiObject *
mi_obj_getattr(MiObject *o, MiObject *name)
{
    MiGetAttrFunc get = o->type->getattr;
    if (get == NULL)
        return mi_obj_generic_getattr(o, name);
    return get(o, name);
}

MiObject *
mi_obj_getattr_str(MiObject *o, const char *name)
{
    MiObject *n = mi_str_intern_cstr(name), *res;
    if (n == NULL)
        return NULL;
    res = mi_obj_getattr(o, n);
    MI_DECREF(n);
    return res;
}

int
mi_obj_lookup_attr(MiObject *o, MiObject *name, MiObject **result)
{
    *result = mi_obj_getattr(o, name);
    if (*result != NULL)
        return 1;
    if (mi_err_matches((MiObject *)MI_EXC(AttributeError))) {
        mi_err_clear();
        return 0;
    }
    return -1;
}

int
mi_obj_hasattr(MiObject *o, MiObject *name)
{
    MiObject *res;
    int rc = mi_obj_lookup_attr(o, name, &res);
    MI_XDECREF(res);
    return rc;
}

int
mi_obj_setattr(MiObject *o, MiObject *name, MiObject *value)
{
    MiSetAttrFunc set = o->type->setattr;
    int rc;
    MI_INCREF(name);
    rc = set == NULL ? mi_obj_generic_setattr(o, name, value) : set(o, name, value);
    MI_DECREF(name);
    return rc;
}

int
mi_obj_setattr_str(MiObject *o, const char *name, MiObject *value)
{
    MiObject *n = mi_str_intern_cstr(name);
    int rc;
    if (n == NULL)
        return -1;
    rc = mi_obj_setattr(o, n, value);
    MI_DECREF(n);
    return rc;
}

int
mi_obj_get_method(MiObject *o, MiObject *name, MiObject **method)
{
    MiType *t = o->type;
    MiObject *descr, *attr;
    MiObject **dictptr;
    MiDescrGetFunc get;

    if (t->getattr != NULL && t->getattr != mi_obj_generic_getattr) {
        *method = mi_obj_getattr(o, name);
        return *method == NULL ? -1 : 0;
    }
    descr = mi_type_lookup(t, name);
    get = NULL;
    if (descr != NULL) {
        if (descr->type->flags & MI_TYPE_METHOD_DESCRIPTOR) {
            /* a function or method descriptor: unless the instance dict
             * shadows it, call it unbound with o as first argument */
            dictptr = mi_obj_dict_ptr(o);
            if (dictptr != NULL && *dictptr != NULL &&
                (attr = mi_dict_get(*dictptr, name)) != NULL) {
                *method = mi_newref(attr);
                return 0;
            }
            if (mi_err_occurred())
                return -1;
            *method = mi_newref(descr);
            return 1;
        }
        get = descr->type->descr_get;
        if (get != NULL && descr->type->descr_set != NULL) {
            MI_INCREF(descr);
            *method = get(descr, o, (MiObject *)t);
            MI_DECREF(descr);
            return *method == NULL ? -1 : 0;
        }
    }
    dictptr = mi_obj_dict_ptr(o);
    if (dictptr != NULL && *dictptr != NULL) {
        attr = mi_dict_get(*dictptr, name);
        if (attr != NULL) {
            *method = mi_newref(attr);
            return 0;
        }
        if (mi_err_occurred())
            return -1;
    }
    if (get != NULL) {
        MI_INCREF(descr);
        *method = get(descr, o, (MiObject *)t);
        MI_DECREF(descr);
        return *method == NULL ? -1 : 0;
    }
    if (descr != NULL) {
        *method = mi_newref(descr);
        return 0;
    }
    *method = NULL;
    mi_err_no_attribute(o, name);
    return -1;
}
