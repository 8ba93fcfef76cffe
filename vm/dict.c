/* vm/dict.c: dict, its views and iterators, and mappingproxy.
 *
 * Layout (CPython 3.6+'s compact dict): MiDictKeys holds an index table of
 * `size` slots (1, 2, 4 or 8 bytes each, by size) followed by a dense array
 * of entries in insertion order.  A lookup hashes into the index table and
 * probes with CPython's perturbation recurrence; an index is an entry
 * number, EMPTY (-1) or DUMMY (-2, deleted).  Up to 2/3 of `size` entries
 * fit before a resize, which compacts the entries and drops the dummies.
 *
 * As CPython, a dict starts untracked by the collector and becomes tracked
 * when a value or key that may take part in a cycle is stored, so that the
 * many dicts holding only strings and numbers cost the collector nothing
 * (gc.is_tracked({}) is False).
 *
 * Every mutation takes a fresh version number from a global counter:
 * LOAD_GLOBAL's inline cache is valid while both dict versions match. */
#include "vm/dict.h"

#include <string.h>

#include "grammar/ast.h"

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/set.h"
#include "vm/slots.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define MINSIZE 8
#define USABLE(size) (((size) << 1) / 3)
#define PERTURB_SHIFT 5

struct MiDictKeys {
    intptr_t size;          /* index slots, a power of 2 */
    intptr_t usable;        /* entries that may still be appended */
    intptr_t nentries;      /* entries used, deleted ones included */
    intptr_t ixwidth;       /* bytes per index slot (intptr_t keeps the
                             * entries after the indices 8-byte aligned) */
    char     indices[];     /* size * ixwidth bytes, then the entries */
};

static inline MiDictEntry *
entries_of(MiDictKeys *k)
{
    return (MiDictEntry *)(k->indices + k->size * k->ixwidth);
}

static inline intptr_t
get_index(MiDictKeys *k, intptr_t i)
{
    switch (k->ixwidth) {
    case 1: return ((int8_t *)k->indices)[i];
    case 2: return ((int16_t *)k->indices)[i];
    case 4: return ((int32_t *)k->indices)[i];
    default: return ((int64_t *)k->indices)[i];
    }
}

static inline void
set_index(MiDictKeys *k, intptr_t i, intptr_t ix)
{
    switch (k->ixwidth) {
    case 1: ((int8_t *)k->indices)[i] = (int8_t)ix; break;
    case 2: ((int16_t *)k->indices)[i] = (int16_t)ix; break;
    case 4: ((int32_t *)k->indices)[i] = (int32_t)ix; break;
    default: ((int64_t *)k->indices)[i] = ix; break;
    }
}

static MiDictKeys *
new_keys(intptr_t size)
{
    int w = size <= 128 ? 1 : size <= 0x8000 ? 2 : size <= 0x80000000LL ? 4 : 8;
    intptr_t usable = USABLE(size);
    size_t bytes = sizeof(MiDictKeys) + (size_t)size * (size_t)w +
                   (size_t)usable * sizeof(MiDictEntry);
    MiDictKeys *k;
    if (size > ((intptr_t)1 << 58))
        return NULL;
    k = mi_malloc(bytes);
    if (k == NULL)
        return NULL;
    k->size = size;
    k->usable = usable;
    k->nentries = 0;
    k->ixwidth = w;
    memset(k->indices, 0xff, (size_t)size * (size_t)w);
    return k;
}

static inline void
bump_version(MiDict *d)
{
    d->version = ++mi_state->dict_version;
}

/* May `o` take part in a cycle? (CPython's _PyObject_GC_MAY_BE_TRACKED) */
static inline int
may_be_tracked(MiObject *o)
{
    if (!mi_obj_is_gc(o))
        return 0;
    if (o->type == &mi_tuple_type)
        return mi_gc_is_tracked(o);
    return 1;
}

static inline void
maintain_tracking(MiDict *d, MiObject *key, MiObject *value)
{
    if (!mi_gc_is_tracked((MiObject *)d) && (may_be_tracked(value) || may_be_tracked(key)))
        MI_GC_TRACK(d);
}

MiObject *
mi_dict_new(void)
{
    MiDict *d = (MiDict *)mi_object_alloc(&mi_dict_type);
    if (d == NULL)
        return NULL;
    d->version = ++mi_state->dict_version;
    return (MiObject *)d;
}

/* ---- lookup ------------------------------------------------------------------------ */

/* Finds `key`: its entry number, or DKIX_EMPTY, or DKIX_ERROR.  *slot gets
 * the index slot where it is or where it would go. */
static intptr_t
lookup(MiDict *d, MiObject *key, intptr_t hash, intptr_t *slot)
{
    MiDictKeys *k;
    MiDictEntry *entries;
    size_t mask, i, perturb;
top:
    k = d->keys;
    if (k == NULL)
        return DKIX_EMPTY;
    entries = entries_of(k);
    mask = (size_t)k->size - 1;
    i = (size_t)hash & mask;
    perturb = (size_t)hash;
    for (;;) {
        intptr_t ix = get_index(k, (intptr_t)i);
        if (ix == DKIX_EMPTY) {
            if (slot)
                *slot = (intptr_t)i;
            return DKIX_EMPTY;
        }
        if (ix >= 0) {
            MiDictEntry *e = &entries[ix];
            if (e->key == key) {
                if (slot)
                    *slot = (intptr_t)i;
                return ix;
            }
            if (e->hash == hash) {
                MiObject *startkey = e->key;
                int eq;
                if (startkey->type == &mi_str_type && key->type == &mi_str_type) {
                    eq = mi_str_eq(startkey, key);
                } else {
                    MI_INCREF(startkey);
                    eq = mi_obj_richcmp_bool(startkey, key, MI_EQ);
                    MI_DECREF(startkey);
                    if (eq < 0)
                        return DKIX_ERROR;
                    if (d->keys != k || entries[ix].key != startkey)
                        goto top;           /* mutated by __eq__: start over */
                }
                if (eq) {
                    if (slot)
                        *slot = (intptr_t)i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* An index slot free for a new entry of `hash` (no dummies after a resize
 * guarantee one). */
static intptr_t
find_empty_slot(MiDictKeys *k, intptr_t hash)
{
    size_t mask = (size_t)k->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (get_index(k, (intptr_t)i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (intptr_t)i;
}

static int
dict_resize(MiDict *d, intptr_t minused)
{
    intptr_t size = MINSIZE;
    MiDictKeys *old = d->keys, *k;
    MiDictEntry *src, *dst;
    while (size <= minused)
        size <<= 1;
    k = new_keys(size);
    if (k == NULL) {
        mi_err_nomemory();
        return -1;
    }
    dst = entries_of(k);
    if (old != NULL) {
        src = entries_of(old);
        for (intptr_t i = 0; i < old->nentries; i++) {
            if (src[i].key != NULL) {
                intptr_t n = k->nentries++;
                dst[n] = src[i];
                set_index(k, find_empty_slot(k, src[i].hash), n);
            }
        }
        mi_free(old);
    }
    k->usable -= k->nentries;
    d->keys = k;
    return 0;
}

static intptr_t
key_hash(MiObject *key)
{
    if (key->type == &mi_str_type) {
        intptr_t h = ((MiStr *)key)->hash;
        return h != -1 ? h : mi_str_hash(key);
    }
    return mi_obj_hash(key);
}

MiObject *
mi_dict_get(MiObject *d, MiObject *key)
{
    intptr_t hash = key_hash(key), ix;
    if (hash == -1)
        return NULL;
    ix = lookup((MiDict *)d, key, hash, NULL);
    if (ix < 0)
        return NULL;
    return entries_of(((MiDict *)d)->keys)[ix].value;
}

MiObject *
mi_dict_get_str(MiObject *d, MiObject *key)
{
    intptr_t ix = lookup((MiDict *)d, key, mi_str_hash(key), NULL);
    if (ix < 0)
        return NULL;
    return entries_of(((MiDict *)d)->keys)[ix].value;
}

MiObject *
mi_dict_get_cstr(MiObject *d, const char *key)
{
    MiObject *k, *v;
    if (d == NULL)
        return NULL;
    k = mi_str_from_cstr(key);
    if (k == NULL) {
        mi_err_clear();
        return NULL;
    }
    v = mi_dict_get(d, k);
    MI_DECREF(k);
    return v;
}

intptr_t
mi_dict_lookup_index_str(MiObject *d, MiObject *key)
{
    intptr_t ix = lookup((MiDict *)d, key, mi_str_hash(key), NULL);
    return ix < 0 ? -1 : ix;
}

MiObject *
mi_dict_value_at_if_key(MiObject *d, intptr_t index, MiObject *key)
{
    MiDictKeys *k = ((MiDict *)d)->keys;
    MiDictEntry *e;
    if (k == NULL || index >= k->nentries)
        return NULL;
    e = &entries_of(k)[index];
    return e->key == key ? e->value : NULL;
}

int
mi_dict_replace_at(MiObject *self, intptr_t index, MiObject *key, MiObject *value)
{
    MiDict *d = (MiDict *)self;
    MiDictEntry *e;
    MiObject *old;
    if (d->keys == NULL || index >= d->keys->nentries)
        return 0;
    e = &entries_of(d->keys)[index];
    if (e->key != key)
        return 0;
    old = e->value;
    e->value = mi_newref(value);
    maintain_tracking(d, key, value);
    bump_version(d);
    MI_DECREF(old);
    return 1;
}

/* Stores key -> value with a known hash; both borrowed. */
static int
insert(MiDict *d, MiObject *key, intptr_t hash, MiObject *value)
{
    intptr_t slot, ix = lookup(d, key, hash, &slot);
    MiDictKeys *k;
    MiDictEntry *e;
    if (ix == DKIX_ERROR)
        return -1;
    MI_INCREF(value);
    maintain_tracking(d, key, value);
    if (ix >= 0) {
        MiObject *old = entries_of(d->keys)[ix].value;
        entries_of(d->keys)[ix].value = value;
        bump_version(d);
        MI_DECREF(old);
        return 0;
    }
    if (d->keys == NULL || d->keys->usable <= 0) {
        if (dict_resize(d, d->used * 3) < 0) {
            MI_DECREF(value);
            return -1;
        }
        slot = find_empty_slot(d->keys, hash);
    } else if (get_index(d->keys, slot) != DKIX_EMPTY) {
        slot = find_empty_slot(d->keys, hash);
    }
    k = d->keys;
    e = &entries_of(k)[k->nentries];
    e->key = mi_newref(key);
    e->hash = hash;
    e->value = value;
    set_index(k, slot, k->nentries);
    k->nentries++;
    k->usable--;
    d->used++;
    bump_version(d);
    return 0;
}

int
mi_dict_set(MiObject *d, MiObject *key, MiObject *value)
{
    intptr_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return insert((MiDict *)d, key, hash, value);
}

int
mi_dict_set_cstr(MiObject *d, const char *key, MiObject *value)
{
    MiObject *k = mi_str_intern_cstr(key);
    int rc;
    if (k == NULL)
        return -1;
    rc = mi_dict_set(d, k, value);
    MI_DECREF(k);
    return rc;
}

/* Removes the entry at index slot `slot` / entry `ix`; returns its value
 * (new reference: the caller drops it). */
static MiObject *
remove_entry(MiDict *d, intptr_t slot, intptr_t ix)
{
    MiDictEntry *e = &entries_of(d->keys)[ix];
    MiObject *key = e->key, *value = e->value;
    set_index(d->keys, slot, DKIX_DUMMY);
    e->key = NULL;
    e->value = NULL;
    d->used--;
    bump_version(d);
    MI_DECREF(key);
    return value;
}

int
mi_dict_discard(MiObject *d, MiObject *key)
{
    intptr_t hash = key_hash(key), slot, ix;
    if (hash == -1)
        return -1;
    ix = lookup((MiDict *)d, key, hash, &slot);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix < 0)
        return 0;
    MI_DECREF(remove_entry((MiDict *)d, slot, ix));
    return 1;
}

int
mi_dict_del(MiObject *d, MiObject *key)
{
    int rc = mi_dict_discard(d, key);
    if (rc == 0) {
        mi_err_set_object(MI_EXC(KeyError), key);
        return -1;
    }
    return rc < 0 ? -1 : 0;
}

MiObject *
mi_dict_pop(MiObject *d, MiObject *key)
{
    intptr_t hash = key_hash(key), slot, ix;
    if (hash == -1)
        return NULL;
    ix = lookup((MiDict *)d, key, hash, &slot);
    if (ix < 0)
        return NULL;
    return remove_entry((MiDict *)d, slot, ix);
}

int
mi_dict_contains(MiObject *d, MiObject *key)
{
    intptr_t hash = key_hash(key), ix;
    if (hash == -1)
        return -1;
    ix = lookup((MiDict *)d, key, hash, NULL);
    if (ix == DKIX_ERROR)
        return -1;
    return ix >= 0;
}

MiObject *
mi_dict_setdefault(MiObject *d, MiObject *key, MiObject *dflt)
{
    intptr_t hash = key_hash(key), ix;
    if (hash == -1)
        return NULL;
    ix = lookup((MiDict *)d, key, hash, NULL);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix >= 0)
        return entries_of(((MiDict *)d)->keys)[ix].value;
    if (insert((MiDict *)d, key, hash, dflt) < 0)
        return NULL;
    return dflt;
}

void
mi_dict_clear(MiObject *self)
{
    MiDict *d = (MiDict *)self;
    MiDictKeys *k = d->keys;
    if (k == NULL)
        return;
    d->keys = NULL;
    d->used = 0;
    bump_version(d);
    {
        MiDictEntry *e = entries_of(k);
        for (intptr_t i = 0; i < k->nentries; i++) {
            MI_XDECREF(e[i].key);
            MI_XDECREF(e[i].value);
        }
    }
    mi_free(k);
}

int
mi_dict_next(MiObject *self, intptr_t *pos, MiObject **key, MiObject **value)
{
    MiDict *d = (MiDict *)self;
    MiDictKeys *k = d->keys;
    MiDictEntry *e;
    intptr_t i = *pos;
    if (k == NULL)
        return 0;
    e = entries_of(k);
    while (i < k->nentries && e[i].key == NULL)
        i++;
    if (i >= k->nentries)
        return 0;
    *pos = i + 1;
    if (key)
        *key = e[i].key;
    if (value)
        *value = e[i].value;
    return 1;
}

MiObject *
mi_dict_copy(MiObject *self)
{
    MiObject *copy = mi_dict_new();
    if (copy == NULL)
        return NULL;
    if (mi_dict_merge(copy, self, 1) < 0) {
        MI_DECREF(copy);
        return NULL;
    }
    return copy;
}

int
mi_dict_merge(MiObject *self, MiObject *other, int override)
{
    if (mi_dict_check(other) && other->type->iter == mi_dict_type.iter) {
        MiDict *o = (MiDict *)other;
        MiDictKeys *k = o->keys;
        if (k == NULL)
            return 0;
        if (((MiDict *)self)->used == 0 && ((MiDict *)self)->keys == NULL &&
            dict_resize((MiDict *)self, (o->used * 3 + 1) / 2) < 0)
            return -1;
        for (intptr_t i = 0; i < k->nentries; i++) {
            MiDictEntry *e = &entries_of(k)[i];
            MiObject *key = e->key, *value = e->value;
            int rc;
            if (key == NULL)
                continue;
            MI_INCREF(key);
            MI_INCREF(value);
            if (override == 1) {
                rc = insert((MiDict *)self, key, e->hash, value);
            } else {
                intptr_t ix = lookup((MiDict *)self, key, e->hash, NULL);
                if (ix == DKIX_ERROR) {
                    rc = -1;
                } else if (ix >= 0) {
                    if (override == 2) {
                        mi_err_set_object(MI_EXC(KeyError), key);
                        rc = -1;
                    } else {
                        rc = 0;
                    }
                } else {
                    rc = insert((MiDict *)self, key, e->hash, value);
                }
            }
            MI_DECREF(key);
            MI_DECREF(value);
            if (rc < 0)
                return -1;
            if (o->keys != k) {
                mi_err_set(MI_EXC(RuntimeError), "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    /* a mapping: keys() then [] */
    {
        MiObject *keys = mi_call_method(other, MI_NAME(keys), NULL, 0), *it, *key;
        if (keys == NULL)
            return -1;
        it = mi_obj_iter(keys);
        MI_DECREF(keys);
        if (it == NULL)
            return -1;
        while ((key = mi_iter_next(it)) != NULL) {
            MiObject *value;
            int rc = 0;
            if (override != 1) {
                int has = mi_dict_contains(self, key);
                if (has < 0 || (has && override == 2)) {
                    if (has > 0)
                        mi_err_set_object(MI_EXC(KeyError), key);
                    MI_DECREF(key);
                    MI_DECREF(it);
                    return -1;
                }
                if (has) {
                    MI_DECREF(key);
                    continue;
                }
            }
            value = mi_obj_getitem(other, key);
            if (value == NULL || mi_dict_set(self, key, value) < 0)
                rc = -1;
            MI_XDECREF(value);
            MI_DECREF(key);
            if (rc < 0) {
                MI_DECREF(it);
                return -1;
            }
        }
        MI_DECREF(it);
        return mi_err_occurred() ? -1 : 0;
    }
}

/* d.update(iterable of pairs) */
static int
merge_pairs(MiObject *self, MiObject *iterable)
{
    MiObject *it = mi_obj_iter(iterable), *item;
    intptr_t i = 0;
    if (it == NULL)
        return -1;
    while ((item = mi_iter_next(it)) != NULL) {
        MiObject *pair = mi_seq_to_tuple(item);
        int rc;
        if (pair == NULL) {
            if (mi_err_matches((MiObject *)MI_EXC(TypeError))) {
                mi_err_clear();
                mi_err_format(MI_EXC(TypeError), "cannot convert dictionary update sequence "
                              "element #%zd to a sequence", i);
            }
            MI_DECREF(item);
            MI_DECREF(it);
            return -1;
        }
        MI_DECREF(item);
        if (MI_TUPLE_SIZE(pair) != 2) {
            mi_err_format(MI_EXC(ValueError), "dictionary update sequence element #%zd has "
                          "length %zd; 2 is required", i, MI_TUPLE_SIZE(pair));
            MI_DECREF(pair);
            MI_DECREF(it);
            return -1;
        }
        rc = mi_dict_set(self, MI_TUPLE_GET(pair, 0), MI_TUPLE_GET(pair, 1));
        MI_DECREF(pair);
        if (rc < 0) {
            MI_DECREF(it);
            return -1;
        }
        i++;
    }
    MI_DECREF(it);
    return mi_err_occurred() ? -1 : 0;
}

int
mi_dict_update(MiObject *self, MiObject *other)
{
    int has_keys;
    if (mi_dict_check(other))
        return mi_dict_merge(self, other, 1);
    has_keys = mi_obj_hasattr(other, MI_NAME(keys));
    if (has_keys < 0)
        return -1;
    if (has_keys)
        return mi_dict_merge(self, other, 1);
    return merge_pairs(self, other);
}

static MiObject *
dict_list(MiObject *self, int what)
{
    MiDict *d = (MiDict *)self;
    MiObject *list = mi_list_new(d->used), *key, *value;
    intptr_t pos = 0, i = 0;
    if (list == NULL)
        return NULL;
    while (mi_dict_next(self, &pos, &key, &value)) {
        MiObject *item;
        if (what == 0)
            item = mi_newref(key);
        else if (what == 1)
            item = mi_newref(value);
        else if ((item = mi_tuple_pack(2, key, value)) == NULL) {
            MI_DECREF(list);
            return NULL;
        }
        MI_LIST_ITEMS(list)[i++] = item;
    }
    return list;
}

MiObject *
mi_dict_keys_list(MiObject *d)
{
    return dict_list(d, 0);
}

MiObject *
mi_dict_values_list(MiObject *d)
{
    return dict_list(d, 1);
}

MiObject *
mi_dict_items_list(MiObject *d)
{
    return dict_list(d, 2);
}

/* ---- the type ---------------------------------------------------------------------- */

static int
dict_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MiDictKeys *k = ((MiDict *)self)->keys;
    if (k == NULL)
        return 0;
    for (intptr_t i = 0; i < k->nentries; i++) {
        MiDictEntry *e = &entries_of(k)[i];
        if (e->key != NULL) {
            MI_VISIT(e->key);
            MI_VISIT(e->value);
        }
    }
    return 0;
}

static int
dict_clear_slot(MiObject *self)
{
    mi_dict_clear(self);
    return 0;
}

static void
dict_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    mi_dict_clear(self);
    mi_object_free(self);
}

static MiObject *
dict_repr(MiObject *self)
{
    MiDict *d = (MiDict *)self;
    MiStrBuilder sb;
    MiObject *key, *value;
    intptr_t pos = 0;
    int rc, first = 1;
    if (d->used == 0)
        return mi_str_from_cstr("{}");
    rc = mi_repr_enter(self);
    if (rc != 0)
        return rc > 0 ? mi_str_from_cstr("{...}") : NULL;
    mi_sb_init(&sb);
    mi_sb_append_char(&sb, '{');
    while (mi_dict_next(self, &pos, &key, &value)) {
        MiObject *kr, *vr;
        MI_INCREF(key);
        MI_INCREF(value);
        kr = mi_obj_repr(key);
        vr = kr ? mi_obj_repr(value) : NULL;
        MI_DECREF(key);
        MI_DECREF(value);
        if (vr == NULL) {
            MI_XDECREF(kr);
            mi_sb_discard(&sb);
            mi_repr_leave(self);
            return NULL;
        }
        if (!first)
            mi_sb_append_cstr(&sb, ", ");
        first = 0;
        mi_sb_append_str(&sb, kr);
        mi_sb_append_cstr(&sb, ": ");
        mi_sb_append_str(&sb, vr);
        MI_DECREF(kr);
        MI_DECREF(vr);
    }
    mi_sb_append_char(&sb, '}');
    mi_repr_leave(self);
    return mi_sb_finish(&sb);
}

static intptr_t
dict_len(MiObject *self)
{
    return ((MiDict *)self)->used;
}

static MiObject *
dict_subscript(MiObject *self, MiObject *key)
{
    MiObject *v = mi_dict_get(self, key);
    if (v != NULL)
        return mi_newref(v);
    if (mi_err_occurred())
        return NULL;
    if (self->type != &mi_dict_type) {
        int found;
        MiObject *res = mi_call_special(self, MI_NAME(__missing__), &key, 1, &found);
        if (found)
            return res;
    }
    mi_err_set_object(MI_EXC(KeyError), key);
    return NULL;
}

static int
dict_ass_subscript(MiObject *self, MiObject *key, MiObject *value)
{
    if (value == NULL)
        return mi_dict_del(self, key);
    return mi_dict_set(self, key, value);
}

static int
dict_contains_slot(MiObject *self, MiObject *key)
{
    return mi_dict_contains(self, key);
}

static MiObject *
dict_richcmp(MiObject *a, MiObject *b, int op)
{
    MiObject *key, *value;
    intptr_t pos = 0;
    int eq = 1;
    if (!mi_dict_check(a) || !mi_dict_check(b) || (op != MI_EQ && op != MI_NE))
        MI_RETURN_NOTIMPLEMENTED;
    if (MI_DICT_SIZE(a) != MI_DICT_SIZE(b)) {
        eq = 0;
    } else {
        while (mi_dict_next(a, &pos, &key, &value)) {
            MiObject *other;
            int c;
            MI_INCREF(key);
            MI_INCREF(value);
            other = mi_dict_get(b, key);
            if (other == NULL) {
                MI_DECREF(key);
                MI_DECREF(value);
                if (mi_err_occurred())
                    return NULL;
                eq = 0;
                break;
            }
            MI_INCREF(other);
            c = mi_obj_richcmp_bool(value, other, MI_EQ);
            MI_DECREF(other);
            MI_DECREF(key);
            MI_DECREF(value);
            if (c < 0)
                return NULL;
            if (!c) {
                eq = 0;
                break;
            }
        }
    }
    return mi_bool_from(op == MI_EQ ? eq : !eq);
}

static MiObject *
dict_new_slot(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiDict *d;
    (void)args;
    (void)nargs;
    (void)kwnames;
    d = (MiDict *)mi_object_alloc(type);
    if (d == NULL)
        return NULL;
    d->version = ++mi_state->dict_version;
    if (type != &mi_dict_type)
        MI_GC_TRACK(d);
    return (MiObject *)d;
}

/* dict(...) / d.update(...) argument handling. */
static int
update_common(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames,
              const char *fname)
{
    intptr_t nkw = mi_args_nkw(kwnames);
    if (nargs > 1) {
        mi_err_format(MI_EXC(TypeError), "%s expected at most 1 argument, got %zd", fname, nargs);
        return -1;
    }
    if (nargs == 1 && mi_dict_update(self, args[0]) < 0)
        return -1;
    for (intptr_t i = 0; i < nkw; i++) {
        if (mi_dict_set(self, MI_TUPLE_GET(kwnames, i), args[nargs + i]) < 0)
            return -1;
    }
    return 0;
}

static int
dict_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    return update_common(self, args, nargs, kwnames, "dict");
}

static MiObject *dict_iter(MiObject *self);

/* ---- methods ---------------------------------------------------------------------------- */

static MiObject *
dict_get_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *v;
    if (mi_args_check("get", nargs, kw, 1, 2) < 0)
        return NULL;
    v = mi_dict_get(self, args[0]);
    if (v != NULL)
        return mi_newref(v);
    if (mi_err_occurred())
        return NULL;
    return mi_newref(nargs > 1 ? args[1] : MI_NONE);
}

static MiObject *
dict_setdefault_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *v;
    if (mi_args_check("setdefault", nargs, kw, 1, 2) < 0)
        return NULL;
    v = mi_dict_setdefault(self, args[0], nargs > 1 ? args[1] : MI_NONE);
    return v ? mi_newref(v) : NULL;
}

static MiObject *
dict_pop_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *v;
    if (mi_args_check("pop", nargs, kw, 1, 2) < 0)
        return NULL;
    v = mi_dict_pop(self, args[0]);
    if (v != NULL || mi_err_occurred())
        return v;
    if (nargs > 1)
        return mi_newref(args[1]);
    mi_err_set_object(MI_EXC(KeyError), args[0]);
    return NULL;
}

static MiObject *
dict_popitem_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiDict *d = (MiDict *)self;
    MiDictKeys *k = d->keys;
    intptr_t i, slot;
    MiObject *key, *value, *res;
    (void)args;
    (void)nargs;
    (void)kw;
    if (d->used == 0)
        return mi_err_format(MI_EXC(KeyError), "popitem(): dictionary is empty");
    i = k->nentries - 1;
    while (entries_of(k)[i].key == NULL)
        i--;
    key = mi_newref(entries_of(k)[i].key);
    lookup(d, key, entries_of(k)[i].hash, &slot);
    value = remove_entry(d, slot, i);
    k->nentries = i;
    k->usable++;
    res = mi_tuple_pack(2, key, value);
    MI_DECREF(key);
    MI_DECREF(value);
    return res;
}

static MiObject *
dict_update_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    if (update_common(self, args, nargs, kw, "update") < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
dict_clear_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    mi_dict_clear(self);
    MI_RETURN_NONE;
}

static MiObject *
dict_copy_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_dict_copy(self);
}

static MiObject *
dict_fromkeys(MiObject *cls, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *d, *it, *key, *value;
    if (mi_args_check("fromkeys", nargs, kw, 1, 2) < 0)
        return NULL;
    value = nargs > 1 ? args[1] : MI_NONE;
    d = mi_call0(cls);
    if (d == NULL)
        return NULL;
    it = mi_obj_iter(args[0]);
    if (it == NULL) {
        MI_DECREF(d);
        return NULL;
    }
    while ((key = mi_iter_next(it)) != NULL) {
        int rc = mi_obj_setitem(d, key, value);
        MI_DECREF(key);
        if (rc < 0) {
            MI_DECREF(it);
            MI_DECREF(d);
            return NULL;
        }
    }
    MI_DECREF(it);
    if (mi_err_occurred()) {
        MI_DECREF(d);
        return NULL;
    }
    return d;
}

static MiObject *dict_view_new(MiObject *dict, MiType *type);

static MiObject *
dict_keys_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return dict_view_new(self, &mi_dict_keys_type);
}

static MiObject *
dict_values_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return dict_view_new(self, &mi_dict_values_type);
}

static MiObject *
dict_items_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return dict_view_new(self, &mi_dict_items_type);
}

static MiObject *dict_reversed_m(MiObject *self, MiObject *const *args, intptr_t nargs,
                                 MiObject *kw);

static MiObject *
dict_sizeof_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiDictKeys *k = ((MiDict *)self)->keys;
    (void)args;
    (void)nargs;
    (void)kw;
    if (k == NULL)
        return mi_int_from_i64(48);
    return mi_int_from_i64(48 + 32 + k->size * k->ixwidth +
                           USABLE(k->size) * (intptr_t)sizeof(MiDictEntry));
}

static MiObject *
dict_class_getitem(MiObject *cls, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return mi_generic_alias_new(cls, args[0]);
}

static MiMethodDef dict_methods[] = {
    {"get", dict_get_m, MI_METH_VARARGS, NULL},
    {"setdefault", dict_setdefault_m, MI_METH_VARARGS, NULL},
    {"pop", dict_pop_m, MI_METH_VARARGS, NULL},
    {"popitem", dict_popitem_m, MI_METH_NOARGS, NULL},
    {"update", dict_update_m, MI_METH_KEYWORDS, NULL},
    {"clear", dict_clear_m, MI_METH_NOARGS, NULL},
    {"copy", dict_copy_m, MI_METH_NOARGS, NULL},
    {"fromkeys", dict_fromkeys, MI_METH_VARARGS | MI_METH_CLASS, NULL},
    {"keys", dict_keys_m, MI_METH_NOARGS, NULL},
    {"values", dict_values_m, MI_METH_NOARGS, NULL},
    {"items", dict_items_m, MI_METH_NOARGS, NULL},
    {"__reversed__", dict_reversed_m, MI_METH_NOARGS, NULL},
    {"__sizeof__", dict_sizeof_m, MI_METH_NOARGS, NULL},
    {"__class_getitem__", dict_class_getitem, MI_METH_O | MI_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static MiObject *
dict_or(MiObject *a, MiObject *b)
{
    MiObject *res;
    if (!mi_dict_check(a) || !mi_dict_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    res = mi_dict_copy(a);
    if (res != NULL && mi_dict_update(res, b) < 0) {
        MI_DECREF(res);
        return NULL;
    }
    return res;
}

static MiObject *
dict_ior(MiObject *a, MiObject *b)
{
    if (mi_dict_update(a, b) < 0)
        return NULL;
    return mi_newref(a);
}

MiType mi_dict_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "dict",
    .basicsize = sizeof(MiDict),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE | MI_TYPE_DICT_SUBCLASS,
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .new_ = dict_new_slot,
    .init = dict_init,
    .repr = dict_repr,
    .richcmp = dict_richcmp,
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_subscript,
    .contains = dict_contains_slot,
    .iter = dict_iter,
    .or_ = dict_or,
    .ior = dict_ior,
    .methods = dict_methods,
    .doc = "dict() -> new empty dictionary",
};

/* ---- iterators ------------------------------------------------------------------------------ */

typedef struct MiDictIter {
    MI_HEAD
    MiObject *dict;          /* NULL once exhausted */
    intptr_t  pos;           /* next entry */
    intptr_t  used;          /* the dict's size when iteration started */
    intptr_t  remaining;
    int       kind;          /* 0 keys, 1 values, 2 items */
    int       reverse;
} MiDictIter;

static MiType mi_dict_keyiter_type, mi_dict_valueiter_type, mi_dict_itemiter_type,
    mi_dict_revkeyiter_type, mi_dict_revvalueiter_type, mi_dict_revitemiter_type;

static MiObject *
dictiter_new(MiObject *dict, int kind, int reverse)
{
    static MiType *const types[2][3] = {
        {&mi_dict_keyiter_type, &mi_dict_valueiter_type, &mi_dict_itemiter_type},
        {&mi_dict_revkeyiter_type, &mi_dict_revvalueiter_type, &mi_dict_revitemiter_type}};
    MiDictIter *it = (MiDictIter *)mi_object_alloc(types[reverse][kind]);
    MiDict *d = (MiDict *)dict;
    if (it == NULL)
        return NULL;
    it->dict = mi_newref(dict);
    it->used = d->used;
    it->remaining = d->used;
    it->kind = kind;
    it->reverse = reverse;
    it->pos = reverse ? (d->keys ? d->keys->nentries - 1 : -1) : 0;
    MI_GC_TRACK(it);
    return (MiObject *)it;
}

static MiObject *
dict_iter(MiObject *self)
{
    return dictiter_new(self, 0, 0);
}

static MiObject *
dict_reversed_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return dictiter_new(self, 0, 1);
}

static int
dictiter_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiDictIter *)self)->dict);
    return 0;
}

static void
dictiter_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    MI_CLEAR(((MiDictIter *)self)->dict);
    mi_object_free(self);
}

static MiObject *
dictiter_next(MiObject *self)
{
    MiDictIter *it = (MiDictIter *)self;
    MiDict *d = (MiDict *)it->dict;
    MiDictKeys *k;
    MiDictEntry *e;
    intptr_t i;
    if (d == NULL)
        return NULL;
    if (d->used != it->used) {
        it->used = -1;
        return mi_err_format(MI_EXC(RuntimeError), "dictionary changed size during iteration");
    }
    k = d->keys;
    i = it->pos;
    if (k == NULL)
        goto done;
    e = entries_of(k);
    if (it->reverse) {
        while (i >= 0 && e[i].key == NULL)
            i--;
        if (i < 0)
            goto done;
        it->pos = i - 1;
    } else {
        while (i < k->nentries && e[i].key == NULL)
            i++;
        if (i >= k->nentries)
            goto done;
        it->pos = i + 1;
    }
    if (it->remaining <= 0) {
        it->used = -1;
        return mi_err_format(MI_EXC(RuntimeError), "dictionary keys changed during iteration");
    }
    it->remaining--;
    if (it->kind == 0)
        return mi_newref(e[i].key);
    if (it->kind == 1)
        return mi_newref(e[i].value);
    return mi_tuple_pack(2, e[i].key, e[i].value);
done:
    it->dict = NULL;
    MI_DECREF(d);
    return NULL;
}

static MiObject *
iter_self(MiObject *self)
{
    return mi_newref(self);
}

static MiObject *
dictiter_length_hint(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiDictIter *it = (MiDictIter *)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_i64(it->dict && it->used == ((MiDict *)it->dict)->used ? it->remaining : 0);
}

static MiMethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICTITER_TYPE(var, pyname)                                                    \
    static MiType var = {                                                             \
        .base = {MI_STATIC_REFCNT, &mi_type_type},                                    \
        .name = pyname,                                                               \
        .basicsize = sizeof(MiDictIter),                                              \
        .flags = MI_TYPE_GC,                                                          \
        .dealloc = dictiter_dealloc,                                                  \
        .traverse = dictiter_traverse,                                                \
        .iter = iter_self,                                                            \
        .iternext = dictiter_next,                                                    \
        .methods = dictiter_methods,                                                  \
    };
DICTITER_TYPE(mi_dict_keyiter_type, "dict_keyiterator")
DICTITER_TYPE(mi_dict_valueiter_type, "dict_valueiterator")
DICTITER_TYPE(mi_dict_itemiter_type, "dict_itemiterator")
DICTITER_TYPE(mi_dict_revkeyiter_type, "dict_reversekeyiterator")
DICTITER_TYPE(mi_dict_revvalueiter_type, "dict_reversevalueiterator")
DICTITER_TYPE(mi_dict_revitemiter_type, "dict_reverseitemiterator")

/* The iterator types are static to this file; readying them goes here. */
int
mi_dict_ready_types(void)
{
    MiType *types[] = {&mi_dict_keyiter_type, &mi_dict_valueiter_type, &mi_dict_itemiter_type,
                       &mi_dict_revkeyiter_type, &mi_dict_revvalueiter_type,
                       &mi_dict_revitemiter_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (mi_type_ready(types[i]) < 0)
            return -1;
    }
    return 0;
}

/* ---- views ---------------------------------------------------------------------------------- */

typedef struct MiDictView {
    MI_HEAD
    MiObject *dict;
} MiDictView;

static MiObject *
dict_view_new(MiObject *dict, MiType *type)
{
    MiDictView *v = (MiDictView *)mi_object_alloc(type);
    if (v == NULL)
        return NULL;
    v->dict = mi_newref(dict);
    MI_GC_TRACK(v);
    return (MiObject *)v;
}

static int
view_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiDictView *)self)->dict);
    return 0;
}

static void
view_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    MI_CLEAR(((MiDictView *)self)->dict);
    mi_object_free(self);
}

static intptr_t
view_len(MiObject *self)
{
    return MI_DICT_SIZE(((MiDictView *)self)->dict);
}

static int
view_kind(MiObject *self)
{
    return self->type == &mi_dict_keys_type ? 0 : self->type == &mi_dict_values_type ? 1 : 2;
}

static MiObject *
view_iter(MiObject *self)
{
    return dictiter_new(((MiDictView *)self)->dict, view_kind(self), 0);
}

static MiObject *
view_reversed(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return dictiter_new(((MiDictView *)self)->dict, view_kind(self), 1);
}

static MiObject *
view_repr(MiObject *self)
{
    MiObject *list, *r, *res;
    int rc = mi_repr_enter(self);
    if (rc != 0)
        return rc > 0 ? mi_str_from_cstr("...") : NULL;
    list = mi_seq_to_list(self);
    if (list == NULL) {
        mi_repr_leave(self);
        return NULL;
    }
    r = mi_obj_repr(list);
    MI_DECREF(list);
    mi_repr_leave(self);
    if (r == NULL)
        return NULL;
    res = mi_str_format("%s(%U)", MI_TYPE_NAME(self), r);
    MI_DECREF(r);
    return res;
}

static int
keys_contains(MiObject *self, MiObject *key)
{
    return mi_dict_contains(((MiDictView *)self)->dict, key);
}

static int
items_contains(MiObject *self, MiObject *item)
{
    MiObject *v;
    int eq;
    if (!mi_tuple_check(item) || MI_TUPLE_SIZE(item) != 2)
        return 0;
    v = mi_dict_get(((MiDictView *)self)->dict, MI_TUPLE_GET(item, 0));
    if (v == NULL)
        return mi_err_occurred() ? -1 : 0;
    MI_INCREF(v);
    eq = mi_obj_richcmp_bool(v, MI_TUPLE_GET(item, 1), MI_EQ);
    MI_DECREF(v);
    return eq;
}

/* Set operations on keys/items views produce sets. */
static MiObject *
view_setop(MiObject *a, MiObject *b, int op)
{
    MiObject *left, *right, *res;
    int a_view = a->type == &mi_dict_keys_type || a->type == &mi_dict_items_type;
    left = mi_set_new(a_view ? a : a);
    if (left == NULL)
        return NULL;
    right = mi_set_new(b);
    if (right == NULL) {
        MI_DECREF(left);
        return NULL;
    }
    res = mi_num_binop(left, right, op);
    MI_DECREF(left);
    MI_DECREF(right);
    return res;
}

static MiObject *
view_and(MiObject *a, MiObject *b)
{
    return view_setop(a, b, MI_OP_BITAND);
}

static MiObject *
view_or(MiObject *a, MiObject *b)
{
    return view_setop(a, b, MI_OP_BITOR);
}

static MiObject *
view_sub(MiObject *a, MiObject *b)
{
    return view_setop(a, b, MI_OP_SUB);
}

static MiObject *
view_xor(MiObject *a, MiObject *b)
{
    return view_setop(a, b, MI_OP_BITXOR);
}

static MiObject *
view_richcmp(MiObject *a, MiObject *b, int op)
{
    MiObject *sa, *sb, *res;
    if (!(b->type == &mi_dict_keys_type || b->type == &mi_dict_items_type || mi_set_check(b)))
        MI_RETURN_NOTIMPLEMENTED;
    sa = mi_set_new(a);
    sb = sa ? mi_set_new(b) : NULL;
    if (sb == NULL) {
        MI_XDECREF(sa);
        return NULL;
    }
    res = mi_obj_richcmp(sa, sb, op);
    MI_DECREF(sa);
    MI_DECREF(sb);
    return res;
}

static MiObject *
view_isdisjoint(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *it = mi_obj_iter(args[0]), *x;
    (void)nargs;
    (void)kw;
    if (it == NULL)
        return NULL;
    while ((x = mi_iter_next(it)) != NULL) {
        int has = self->type->contains(self, x);
        MI_DECREF(x);
        if (has != 0) {
            MI_DECREF(it);
            return has < 0 ? NULL : mi_newref(MI_FALSE);
        }
    }
    MI_DECREF(it);
    if (mi_err_occurred())
        return NULL;
    MI_RETURN_TRUE;
}

static MiObject *
view_get_mapping(MiObject *self, void *c)
{
    (void)c;
    return mi_mappingproxy_new(((MiDictView *)self)->dict);
}

static MiGetSetDef view_getsets[] = {
    {"mapping", view_get_mapping, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MiMethodDef setview_methods[] = {
    {"isdisjoint", view_isdisjoint, MI_METH_O, NULL},
    {"__reversed__", view_reversed, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static MiMethodDef values_methods[] = {
    {"__reversed__", view_reversed, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

MiType mi_dict_keys_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "dict_keys",
    .basicsize = sizeof(MiDictView),
    .flags = MI_TYPE_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .len = view_len,
    .iter = view_iter,
    .repr = view_repr,
    .contains = keys_contains,
    .richcmp = view_richcmp,
    .and_ = view_and,
    .or_ = view_or,
    .sub = view_sub,
    .xor_ = view_xor,
    .methods = setview_methods,
    .getsets = view_getsets,
};

MiType mi_dict_items_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "dict_items",
    .basicsize = sizeof(MiDictView),
    .flags = MI_TYPE_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .len = view_len,
    .iter = view_iter,
    .repr = view_repr,
    .contains = items_contains,
    .richcmp = view_richcmp,
    .and_ = view_and,
    .or_ = view_or,
    .sub = view_sub,
    .xor_ = view_xor,
    .methods = setview_methods,
    .getsets = view_getsets,
};

MiType mi_dict_values_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "dict_values",
    .basicsize = sizeof(MiDictView),
    .flags = MI_TYPE_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .len = view_len,
    .iter = view_iter,
    .repr = view_repr,
    .methods = values_methods,
    .getsets = view_getsets,
};

/* ---- mappingproxy: a read-only view of a mapping (a class's __dict__) ----------------- */

static MiObject *
proxy_getitem(MiObject *self, MiObject *key)
{
    return mi_obj_getitem(((MiDictView *)self)->dict, key);
}

static intptr_t
proxy_len(MiObject *self)
{
    return mi_obj_len(((MiDictView *)self)->dict);
}

static int
proxy_contains(MiObject *self, MiObject *key)
{
    return mi_obj_contains(((MiDictView *)self)->dict, key);
}

static MiObject *
proxy_iter(MiObject *self)
{
    return mi_obj_iter(((MiDictView *)self)->dict);
}

static MiObject *
proxy_repr(MiObject *self)
{
    return mi_str_format("mappingproxy(%R)", ((MiDictView *)self)->dict);
}

static MiObject *
proxy_str(MiObject *self)
{
    return mi_obj_str(((MiDictView *)self)->dict);
}

static MiObject *
proxy_forward(MiObject *self, const char *name, MiObject *const *args, intptr_t nargs)
{
    MiObject *n = mi_str_intern_cstr(name), *res;
    if (n == NULL)
        return NULL;
    res = mi_call_method(((MiDictView *)self)->dict, n, args, nargs);
    MI_DECREF(n);
    return res;
}

#define PROXY_METHOD(fn, name)                                                              \
    static MiObject *fn(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw) \
    {                                                                                       \
        (void)kw;                                                                           \
        return proxy_forward(self, name, args, nargs);                                      \
    }
PROXY_METHOD(proxy_keys, "keys")
PROXY_METHOD(proxy_values, "values")
PROXY_METHOD(proxy_items, "items")
PROXY_METHOD(proxy_get, "get")
PROXY_METHOD(proxy_copy, "copy")

static MiMethodDef proxy_methods[] = {
    {"keys", proxy_keys, MI_METH_NOARGS, NULL},
    {"values", proxy_values, MI_METH_NOARGS, NULL},
    {"items", proxy_items, MI_METH_NOARGS, NULL},
    {"get", proxy_get, MI_METH_VARARGS, NULL},
    {"copy", proxy_copy, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static MiObject *
proxy_richcmp(MiObject *a, MiObject *b, int op)
{
    return mi_obj_richcmp(((MiDictView *)a)->dict, b, op);
}

static MiObject *
proxy_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)type;
    if (mi_args_check("mappingproxy", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return mi_mappingproxy_new(args[0]);
}

MiType mi_mappingproxy_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "mappingproxy",
    .basicsize = sizeof(MiDictView),
    .flags = MI_TYPE_GC,
    .dealloc = view_dealloc,
    .traverse = view_traverse,
    .new_ = proxy_new,
    .getitem = proxy_getitem,
    .len = proxy_len,
    .contains = proxy_contains,
    .iter = proxy_iter,
    .repr = proxy_repr,
    .str = proxy_str,
    .richcmp = proxy_richcmp,
    .methods = proxy_methods,
};

MiObject *
mi_mappingproxy_new(MiObject *mapping)
{
    return dict_view_new(mapping, &mi_mappingproxy_type);
}
