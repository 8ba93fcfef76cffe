/* vm/dict.h: dict, a compact insertion-ordered hash table.
 *
 * Layout (as CPython 3.6+): an index table of 1, 2, 4 or 8-byte slots,
 * open addressing with perturbed probing, pointing into a dense array of
 * entries {hash, key, value} in insertion order.  Deleting leaves a dummy
 * index and a NULL entry; a resize compacts.  Each mutation gives the dict
 * a new `version` from a global counter, which LOAD_GLOBAL's cache checks. */
#ifndef MINI_VM_DICT_H
#define MINI_VM_DICT_H

#include "vm/object.h"

typedef struct MiDictEntry {
    intptr_t  hash;
    MiObject *key;             /* NULL for a deleted entry */
    MiObject *value;
} MiDictEntry;

typedef struct MiDictKeys MiDictKeys;

typedef struct MiDict {
    MI_HEAD
    intptr_t    used;          /* live entries */
    uint64_t    version;
    MiDictKeys *keys;          /* NULL for an empty dict that never grew */
} MiDict;

extern MiType mi_dict_type;
extern MiType mi_dict_keys_type, mi_dict_values_type, mi_dict_items_type;

static inline int
mi_dict_check(MiObject *o)
{
    return (o->type->flags & MI_TYPE_DICT_SUBCLASS) != 0;
}

#define MI_DICT_SIZE(o) (((MiDict *)(o))->used)

MiObject *mi_dict_new(void);
/* Borrowed: d[key], or NULL without an exception when missing, or NULL
 * with one when hashing or comparing failed (check mi_err_occurred). */
MiObject *mi_dict_get(MiObject *d, MiObject *key);
/* The same for a str key whose hash is known (fast path). */
MiObject *mi_dict_get_str(MiObject *d, MiObject *key);
MiObject *mi_dict_get_cstr(MiObject *d, const char *key);
/* d[key] = value (both borrowed).  0 / -1. */
int       mi_dict_set(MiObject *d, MiObject *key, MiObject *value);
int       mi_dict_set_cstr(MiObject *d, const char *key, MiObject *value);
/* del d[key]: 0, or -1 with KeyError when missing or another error. */
int       mi_dict_del(MiObject *d, MiObject *key);
/* Removes key if present: 1 removed, 0 missing, -1 error. */
int       mi_dict_discard(MiObject *d, MiObject *key);
/* key in d: 1, 0, -1. */
int       mi_dict_contains(MiObject *d, MiObject *key);
/* d.setdefault(key, dflt): borrowed result. */
MiObject *mi_dict_setdefault(MiObject *d, MiObject *key, MiObject *dflt);
/* d.pop(key): new reference or NULL (missing: no exception). */
MiObject *mi_dict_pop(MiObject *d, MiObject *key);
void      mi_dict_clear(MiObject *d);
MiObject *mi_dict_copy(MiObject *d);
/* d.update(other): dict or mapping or iterable of pairs.  0 / -1. */
int       mi_dict_update(MiObject *d, MiObject *other);
/* Merges a mapping into d: override=0 keeps existing keys, 2 raises
 * TypeError on a duplicate ("got multiple values for keyword argument").  */
int       mi_dict_merge(MiObject *d, MiObject *other, int override);
MiObject *mi_dict_keys_list(MiObject *d);
MiObject *mi_dict_values_list(MiObject *d);
MiObject *mi_dict_items_list(MiObject *d);
/* Iteration: start with *pos = 0; returns 1 with borrowed key/value, 0 at
 * the end.  The dict must not change meanwhile. */
int       mi_dict_next(MiObject *d, intptr_t *pos, MiObject **key, MiObject **value);
/* Index of key's entry (for attribute caches): -1 when absent.  No
 * exception: only for str keys. */
intptr_t  mi_dict_lookup_index_str(MiObject *d, MiObject *key);
/* Borrowed: the value of entry `index` if its key is `key` (identity), else
 * NULL: the fast path of attribute caches. */
MiObject *mi_dict_value_at_if_key(MiObject *d, intptr_t index, MiObject *key);

/* Replaces the value of entry `index` (whose key is `key`) with `value`
 * (borrowed), as the STORE_ATTR cache does; 1 done, 0 when the entry does
 * not hold `key` any more. */
int       mi_dict_replace_at(MiObject *d, intptr_t index, MiObject *key, MiObject *value);

/* A read-only view of `mapping` (what a class's __dict__ returns). */
extern MiType mi_mappingproxy_type;
MiObject *mi_mappingproxy_new(MiObject *mapping);
/* Readies the iterator types private to vm/dict.c. */
int       mi_dict_ready_types(void);

#endif /* MINI_VM_DICT_H */
