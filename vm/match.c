/* vm/match.c: the run-time side of the match statement (PEP 634), as
 * CPython 3.10's ceval.c does it.
 *
 *   - Sequence and mapping patterns first ask which kind of collection the
 *     subject is: the first type of its MRO that is one of the collection
 *     types below decides (CPython inherits Py_TPFLAGS_SEQUENCE and
 *     Py_TPFLAGS_MAPPING that way).  str, bytes and bytearray are not
 *     sequences here.
 *   - Mapping patterns look every key up with subject.get(key, sentinel),
 *     in order, stopping at the first missing one; a key looked up twice is
 *     a ValueError.
 *   - Class patterns check isinstance(subject, cls), then fetch the
 *     attributes named by cls.__match_args__ (positional sub-patterns) and
 *     by the keywords, all before any sub-pattern runs; a missing attribute
 *     is no match.  The builtins of self_matching_types match their
 *     positional sub-pattern against the subject itself, unless a subclass
 *     defines __match_args__.
 * Start reading at mi_match_class(). */
#include "vm/match.h"

#include "vm/abstract.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/tuple.h"

/* ---- which collections match ------------------------------------------------------------ */

enum { KIND_OTHER, KIND_SEQUENCE, KIND_MAPPING };

static int
collection_kind_of_type(MiType *t)
{
    if (t == &mi_list_type || t == &mi_tuple_type || t == &mi_range_type)
        return KIND_SEQUENCE;
    if (t == &mi_dict_type || t == &mi_mappingproxy_type)
        return KIND_MAPPING;
    return KIND_OTHER;
}

static int
collection_kind(MiObject *subject)
{
    MiType *t = MI_TYPE(subject);
    MiObject *mro = t->mro;
    if (mro == NULL)
        return collection_kind_of_type(t);
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(mro); i++) {
        int kind = collection_kind_of_type((MiType *)MI_TUPLE_GET(mro, i));
        if (kind != KIND_OTHER)
            return kind;
    }
    return KIND_OTHER;
}

bool
mi_match_is_sequence(MiObject *subject)
{
    if (mi_is_type(subject, &mi_list_type) || mi_is_type(subject, &mi_tuple_type))
        return true;
    return collection_kind(subject) == KIND_SEQUENCE;
}

bool
mi_match_is_mapping(MiObject *subject)
{
    if (mi_is_type(subject, &mi_dict_type))
        return true;
    return collection_kind(subject) == KIND_MAPPING;
}

/* ---- mapping patterns ------------------------------------------------------------------- */

/* Adds `key` to `seen`; -1 with ValueError when it was there already. */
static int
check_new_key(MiObject *seen, MiObject *key)
{
    int rc = mi_set_contains(seen, key);
    if (rc < 0)
        return -1;
    if (rc > 0) {
        mi_err_format(MI_EXC(ValueError), "mapping pattern checks duplicate key (%R)", key);
        return -1;
    }
    return mi_set_add(seen, key);
}

MiObject *
mi_match_keys(MiObject *subject, MiObject *keys)
{
    intptr_t nkeys = MI_TUPLE_SIZE(keys);
    MiObject *get = NULL, *seen = NULL, *sentinel = NULL, *values = NULL, *result = NULL;
    if (nkeys == 0)
        return mi_tuple_new(0);
    get = mi_obj_getattr_str(subject, "get");
    if (get == NULL)
        return NULL;
    seen = mi_set_new(NULL);
    sentinel = seen ? mi_call0((MiObject *)&mi_object_type) : NULL;
    values = sentinel ? mi_list_new(0) : NULL;
    if (values == NULL)
        goto done;
    for (intptr_t i = 0; i < nkeys; i++) {
        MiObject *key = MI_TUPLE_GET(keys, i), *args[2] = { key, sentinel }, *value;
        if (check_new_key(seen, key) < 0)
            goto done;
        value = mi_call(get, args, 2, NULL);
        if (value == NULL)
            goto done;
        if (value == sentinel) {
            MI_DECREF(value);
            result = mi_newref(MI_NONE);
            goto done;
        }
        if (mi_list_append(values, value) < 0) {
            MI_DECREF(value);
            goto done;
        }
        MI_DECREF(value);
    }
    result = mi_list_as_tuple(values);
done:
    MI_XDECREF(values);
    MI_XDECREF(sentinel);
    MI_XDECREF(seen);
    MI_DECREF(get);
    return result;
}

MiObject *
mi_match_copy_without_keys(MiObject *subject, MiObject *keys)
{
    MiObject *rest = mi_dict_new();
    if (rest == NULL)
        return NULL;
    if (mi_dict_update(rest, subject) < 0)
        goto fail;
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(keys); i++) {
        if (mi_dict_del(rest, MI_TUPLE_GET(keys, i)) < 0)
            goto fail;
    }
    return rest;
fail:
    MI_DECREF(rest);
    return NULL;
}

/* ---- class patterns --------------------------------------------------------------------- */

/* The builtins whose one positional sub-pattern matches the subject
 * itself (CPython's _Py_TPFLAGS_MATCH_SELF). */
static bool
is_self_matching(MiType *t)
{
    static MiType *const types[] = {
        &mi_bool_type, &mi_bytearray_type, &mi_bytes_type, &mi_dict_type, &mi_float_type,
        &mi_frozenset_type, &mi_int_type, &mi_list_type, &mi_set_type, &mi_str_type,
        &mi_tuple_type,
    };
    MiObject *mro = t->mro;
    for (intptr_t i = 0; mro != NULL && i < MI_TUPLE_SIZE(mro); i++) {
        MiType *base = (MiType *)MI_TUPLE_GET(mro, i);
        for (size_t k = 0; k < sizeof types / sizeof types[0]; k++) {
            if (base == types[k])
                return true;
        }
    }
    return false;
}

/* subject.name, or NULL: without an exception when subject has no such
 * attribute.  A name already in `seen` is a TypeError. */
static MiObject *
class_attr(MiObject *subject, MiType *cls, MiObject *name, MiObject *seen)
{
    MiObject *attr;
    int rc = mi_set_contains(seen, name);
    if (rc != 0 || mi_set_add(seen, name) < 0) {
        if (rc > 0)
            mi_err_format(MI_EXC(TypeError), "%N() got multiple sub-patterns for attribute %R",
                          cls, name);
        return NULL;
    }
    attr = mi_obj_getattr(subject, name);
    if (attr == NULL && mi_err_matches((MiObject *)MI_EXC(AttributeError)))
        mi_err_clear();
    return attr;
}

/* Appends subject.name to attrs; -1 on no match or error. */
static int
append_attr(MiObject *attrs, MiObject *subject, MiType *cls, MiObject *name, MiObject *seen)
{
    MiObject *attr = class_attr(subject, cls, name, seen);
    int rc;
    if (attr == NULL)
        return -1;
    rc = mi_list_append(attrs, attr);
    MI_DECREF(attr);
    return rc;
}

/* The positional sub-patterns' attributes, appended to attrs: -1 on no
 * match or error. */
static int
positional_attrs(MiObject *attrs, MiObject *subject, MiType *cls, intptr_t nargs,
                 MiObject *seen)
{
    MiObject *match_args = mi_obj_getattr_str((MiObject *)cls, "__match_args__");
    intptr_t allowed;
    int match_self = 0, rc = -1;
    if (match_args != NULL) {
        if (!mi_is_type(match_args, &mi_tuple_type)) {
            mi_err_format(MI_EXC(TypeError), "%N.__match_args__ must be a tuple (got %T)", cls,
                          match_args);
            goto done;
        }
    } else if (mi_err_matches((MiObject *)MI_EXC(AttributeError))) {
        mi_err_clear();
        match_self = is_self_matching(cls);
    } else {
        return -1;
    }
    allowed = match_self ? 1 : match_args ? MI_TUPLE_SIZE(match_args) : 0;
    if (allowed < nargs) {
        mi_err_format(MI_EXC(TypeError), "%N() accepts %zd positional sub-pattern%s (%zd given)",
                      cls, allowed, allowed == 1 ? "" : "s", nargs);
        goto done;
    }
    if (match_self) {
        rc = mi_list_append(attrs, subject);
        goto done;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        MiObject *name = MI_TUPLE_GET(match_args, i);
        if (!mi_is_type(name, &mi_str_type)) {
            mi_err_format(MI_EXC(TypeError), "__match_args__ elements must be strings (got %T)",
                          name);
            goto done;
        }
        if (append_attr(attrs, subject, cls, name, seen) < 0)
            goto done;
    }
    rc = 0;
done:
    MI_XDECREF(match_args);
    return rc;
}

MiObject *
mi_match_class(MiObject *subject, MiObject *cls, intptr_t nargs, MiObject *names)
{
    MiObject *seen, *attrs, *result = NULL;
    int rc;
    if (!mi_type_has_flag(MI_TYPE(cls), MI_TYPE_TYPE_SUBCLASS)) {
        mi_err_set(MI_EXC(TypeError), "called match pattern must be a type");
        return NULL;
    }
    rc = mi_obj_isinstance(subject, cls);
    if (rc <= 0)
        return NULL;
    seen = mi_set_new(NULL);
    if (seen == NULL)
        return NULL;
    attrs = mi_list_new(0);
    if (attrs == NULL)
        goto done;
    if (nargs > 0 && positional_attrs(attrs, subject, (MiType *)cls, nargs, seen) < 0)
        goto done;
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(names); i++) {
        if (append_attr(attrs, subject, (MiType *)cls, MI_TUPLE_GET(names, i), seen) < 0)
            goto done;
    }
    result = mi_list_as_tuple(attrs);
done:
    MI_XDECREF(attrs);
    MI_DECREF(seen);
    return result;
}
