/* vm/set.c: set and frozenset, and their iterator.
 *
 * The table is CPython 3.10's (Objects/setobject.c), step for step, so that
 * iteration order -- and hence printing -- matches CPython for keys whose
 * hashes match (ints, floats, tuples of them):
 *   1. a key with hash h starts at slot i = h & mask; each probe looks at
 *      slot i and, while i + LINEAR_PROBES <= mask, the LINEAR_PROBES slots
 *      after it; then perturb >>= PERTURB_SHIFT, i = (5 * i + 1 + perturb)
 *      & mask, and again;
 *   2. an entry is empty (key NULL, hash 0), a dummy (key DUMMY, hash -1:
 *      a deleted key, which keeps probe chains intact) or active;
 *   3. insertion walks the chain to an empty slot, checking for an equal
 *      key; a new key goes into the last dummy passed, if any, else into the
 *      empty slot, which raises `fill`; when fill * 5 >= mask * 3 the table
 *      is rebuilt for used > 50000 ? used * 2 : used * 4 keys (the smallest
 *      power of two above it, at least MI_SET_MINSIZE), dropping dummies;
 *   4. tables of MI_SET_MINSIZE slots live inside the object (`smalltable`).
 * Bulk operations (update from a set, intersection, difference, ...) take
 * CPython's shortcuts too, since these change which keys end up where.
 *
 * Invariants: fill >= used; at least one slot is empty (so failed searches
 * end); a frozenset never changes after construction, its hash is cached.
 * Keys are compared with __eq__, which may mutate the set: lookups notice
 * a changed table and start over, as CPython.
 * Start reading at set_add_entry(). */
#include "vm/set.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"
#include "vm/weakref.h"

/* As CPython 3.10: probes of nearby slots first (cache friendly), then the
 * perturbation recurrence that eventually reaches every slot. */
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* The key of deleted entries: a sentinel never seen by Python code. */
static MiObject dummy_struct = {MI_STATIC_REFCNT, NULL};
#define DUMMY (&dummy_struct)

/* Results of set_discard_entry(). */
#define DISCARD_NOTFOUND 0
#define DISCARD_FOUND 1

/* The iterator over a set or frozenset. */
typedef struct MiSetIter {
    MI_HEAD
    MiSet   *set;              /* NULL once exhausted */
    intptr_t used;             /* set->used when created: detects resizes */
    intptr_t pos;              /* next slot to look at */
    intptr_t len;              /* keys left, for __length_hint__ */
} MiSetIter;

MiType mi_set_iter_type;

int
mi_set_check(MiObject *o)
{
    MiType *t = o->type;
    return t == &mi_set_type || t == &mi_frozenset_type ||
           mi_type_is_subtype(t, &mi_set_type) || mi_type_is_subtype(t, &mi_frozenset_type);
}

/* Is `o` a set (not a frozenset), or an instance of a subclass of set? */
static int
is_mutable_set(MiObject *o)
{
    return o->type == &mi_set_type || mi_type_is_subtype(o->type, &mi_set_type);
}

static int
is_frozenset(MiObject *o)
{
    return o->type == &mi_frozenset_type || mi_type_is_subtype(o->type, &mi_frozenset_type);
}

/* hash(key), through the cached hash of exact strings. */
static intptr_t
key_hash(MiObject *key)
{
    if (key->type == &mi_str_type)
        return mi_str_hash(key);
    return mi_obj_hash(key);
}

/* ---- the table ------------------------------------------------------------------------ */

/* Returns the entry holding a key equal to `key`, or the empty entry that
 * ends its chain; NULL when a comparison raised. */
static MiSetEntry *
set_lookkey(MiSet *so, MiObject *key, intptr_t hash)
{
    size_t perturb = (size_t)hash, mask = (size_t)so->mask, i = (size_t)hash & mask;
    for (;;) {
        MiSetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                MiObject *startkey = entry->key;
                MiSetEntry *table = so->table;
                int cmp;
                if (startkey == key)
                    return entry;
                if (startkey->type == &mi_str_type && key->type == &mi_str_type &&
                    mi_str_eq(startkey, key))
                    return entry;
                MI_INCREF(startkey);
                cmp = mi_obj_richcmp_bool(startkey, key, MI_EQ);
                MI_DECREF(startkey);
                if (cmp < 0)
                    return NULL;
                if (table != so->table || entry->key != startkey)
                    return set_lookkey(so, key, hash);     /* mutated: start over */
                if (cmp > 0)
                    return entry;
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Puts `key` (reference stolen) into a table known to hold no equal key
 * and no dummies. */
static void
set_insert_clean(MiSetEntry *table, size_t mask, MiObject *key, intptr_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    MiSetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL)
            break;
        if (i + LINEAR_PROBES <= mask) {
            size_t j;
            for (j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    break;
            }
            if (j < LINEAR_PROBES)
                break;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
    entry->key = key;
    entry->hash = hash;
}

/* Rebuilds the table with room for more than `minused` keys (the smallest
 * power of two above it), dropping the dummies.  0 / -1. */
static int
set_table_resize(MiSet *so, intptr_t minused)
{
    MiSetEntry *oldtable = so->table, *newtable, small_copy[MI_SET_MINSIZE];
    intptr_t oldmask = so->mask;
    size_t newsize = MI_SET_MINSIZE;
    int oldtable_malloced = oldtable != so->smalltable;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
        if (newsize == 0 || newsize > SIZE_MAX / sizeof(MiSetEntry)) {
            mi_err_nomemory();
            return -1;
        }
    }
    if (newsize == MI_SET_MINSIZE) {
        /* a large table shrinks, or the small one is rebuilt in place to
         * purge its dummies */
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = mi_malloc(newsize * sizeof(MiSetEntry));
        if (newtable == NULL) {
            mi_err_nomemory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(MiSetEntry));
    so->mask = (intptr_t)newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (MiSetEntry *entry = oldtable; entry <= oldtable + oldmask; entry++) {
        if (entry->key != NULL && entry->key != DUMMY)
            set_insert_clean(newtable, newsize - 1, entry->key, entry->hash);
    }
    if (oldtable_malloced)
        mi_free(oldtable);
    return 0;
}

/* Adds `key` (borrowed) with its hash unless an equal key is present.
 * 0 / -1. */
static int
set_add_entry(MiSet *so, MiObject *key, intptr_t hash)
{
    MiSetEntry *entry, *freeslot;
    size_t perturb, mask, i;
    /* own the key first: __eq__ below could drop the caller's reference */
    MI_INCREF(key);
restart:
    mask = (size_t)so->mask;
    i = (size_t)hash & mask;
    freeslot = NULL;
    perturb = (size_t)hash;
    for (;;) {
        int probes;
        entry = &so->table[i];
        probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused;
            if (entry->hash == hash) {
                MiObject *startkey = entry->key;
                MiSetEntry *table = so->table;
                int cmp;
                if (startkey == key)
                    goto found_active;
                if (startkey->type == &mi_str_type && key->type == &mi_str_type &&
                    mi_str_eq(startkey, key))
                    goto found_active;
                MI_INCREF(startkey);
                cmp = mi_obj_richcmp_bool(startkey, key, MI_EQ);
                MI_DECREF(startkey);
                if (cmp > 0)
                    goto found_active;
                if (cmp < 0)
                    goto fail;
                if (table != so->table || entry->key != startkey)
                    goto restart;
                mask = (size_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;       /* CPython 3.10 reuses the last dummy */
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }

found_unused:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);

found_active:
    MI_DECREF(key);
    return 0;

fail:
    MI_DECREF(key);
    return -1;
}

static int
set_add_key(MiSet *so, MiObject *key)
{
    intptr_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return set_add_entry(so, key, hash);
}

/* 1 when a key equal to `key` is present, 0 when not, -1 on error. */
static int
set_contains_entry(MiSet *so, MiObject *key, intptr_t hash)
{
    MiSetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL)
        return -1;
    return entry->key != NULL;
}

static int
set_contains_key(MiSet *so, MiObject *key)
{
    intptr_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return set_contains_entry(so, key, hash);
}

/* Replaces the key equal to `key` by a dummy: DISCARD_FOUND,
 * DISCARD_NOTFOUND or -1. */
static int
set_discard_entry(MiSet *so, MiObject *key, intptr_t hash)
{
    MiSetEntry *entry = set_lookkey(so, key, hash);
    MiObject *old_key;
    if (entry == NULL)
        return -1;
    if (entry->key == NULL)
        return DISCARD_NOTFOUND;
    old_key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    MI_DECREF(old_key);
    return DISCARD_FOUND;
}

static int
set_discard_key(MiSet *so, MiObject *key)
{
    intptr_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return set_discard_entry(so, key, hash);
}

static void
set_empty_to_minsize(MiSet *so)
{
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = MI_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

/* Empties the set.  The set is made empty before any key is released, since
 * releasing one may run code that looks at (or changes) the set. */
static int
set_clear_internal(MiObject *self)
{
    MiSet *so = (MiSet *)self;
    MiSetEntry *table = so->table, small_copy[MI_SET_MINSIZE];
    intptr_t used = so->used;
    int table_malloced = table != so->smalltable;
    if (table_malloced) {
        set_empty_to_minsize(so);
    } else if (so->fill > 0) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (MiSetEntry *entry = table; used > 0; entry++) {
        if (entry->key != NULL && entry->key != DUMMY) {
            used--;
            MI_DECREF(entry->key);
        }
    }
    if (table_malloced)
        mi_free(table);
    return 0;
}

/* Steps through the active entries: 1 with *entry_out set, 0 at the end.
 * Start with *pos = 0. */
static int
set_next(MiSet *so, intptr_t *pos, MiSetEntry **entry_out)
{
    intptr_t i = *pos;
    while (i <= so->mask && (so->table[i].key == NULL || so->table[i].key == DUMMY))
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return 0;
    *entry_out = &so->table[i];
    return 1;
}

/* Adds every key of the set `other` to `so`.  0 / -1. */
static int
set_merge(MiSet *so, MiObject *otherset)
{
    MiSet *other = (MiSet *)otherset;
    MiSetEntry *so_entry, *other_entry;
    if (other == so || other->used == 0)
        return 0;
    /* one resize up front, expecting few common keys */
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + other->used) * 2) < 0)
            return -1;
    }
    so_entry = so->table;
    other_entry = other->table;
    /* empty table of the same size and no dummies: copy entry by entry */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (intptr_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            MiObject *key = other_entry->key;
            if (key != NULL) {
                so_entry->key = mi_newref(key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    /* empty table: no duplicates possible */
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (intptr_t i = other->mask + 1; i > 0; i--, other_entry++) {
            MiObject *key = other_entry->key;
            if (key != NULL && key != DUMMY)
                set_insert_clean(so->table, (size_t)so->mask, mi_newref(key), other_entry->hash);
        }
        return 0;
    }
    for (intptr_t i = 0; i <= other->mask; i++) {
        MiObject *key;
        other_entry = &other->table[i];
        key = other_entry->key;
        if (key != NULL && key != DUMMY) {
            intptr_t hash = other_entry->hash;
            int rc;
            MI_INCREF(key);
            rc = set_add_entry(so, key, hash);
            MI_DECREF(key);
            if (rc < 0)
                return -1;
        }
    }
    return 0;
}

/* Adds the keys of a dict (exactly dict), presized as CPython. */
static int
set_update_dict(MiSet *so, MiObject *dict)
{
    intptr_t pos = 0, dictsize = MI_DICT_SIZE(dict);
    MiObject *key, *value;
    if ((so->fill + dictsize) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + dictsize) * 2) < 0)
            return -1;
    }
    while (mi_dict_next(dict, &pos, &key, &value)) {
        int rc;
        MI_INCREF(key);
        rc = set_add_key(so, key);
        MI_DECREF(key);
        if (rc < 0)
            return -1;
    }
    return 0;
}

static int
add_item(MiObject *key, void *so)
{
    return set_add_key((MiSet *)so, key);
}

/* so |= iterable.  0 / -1. */
static int
set_update_internal(MiSet *so, MiObject *other)
{
    if (mi_set_check(other))
        return set_merge(so, other);
    if (other->type == &mi_dict_type)
        return set_update_dict(so, other);
    return mi_iterate(other, add_item, so) < 0 ? -1 : 0;
}

/* A new empty set of `type` (set, frozenset or a subclass), filled from
 * `iterable` (may be NULL).  New reference. */
static MiObject *
make_new_set(MiType *type, MiObject *iterable)
{
    MiSet *so = (MiSet *)mi_object_alloc(type);
    if (so == NULL)
        return NULL;
    so->mask = MI_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    if (iterable != NULL && set_update_internal(so, iterable) < 0) {
        MI_DECREF(so);
        return NULL;
    }
    MI_GC_TRACK(so);
    return (MiObject *)so;
}

/* make_new_set() with the built-in base of `type`: results of set
 * operations on subclass instances are plain sets / frozensets. */
static MiObject *
make_new_set_basetype(MiType *type, MiObject *iterable)
{
    if (type != &mi_set_type && type != &mi_frozenset_type)
        type = mi_type_is_subtype(type, &mi_set_type) ? &mi_set_type : &mi_frozenset_type;
    return make_new_set(type, iterable);
}

static MiObject *
set_copy(MiObject *so)
{
    return make_new_set_basetype(so->type, so);
}

/* Exchanges the tables of two sets (intersection_update builds the result
 * aside, then swaps it in).  The hashes move only between frozensets. */
static void
set_swap_bodies(MiSet *a, MiSet *b)
{
    intptr_t t;
    MiSetEntry *u, tab[MI_SET_MINSIZE];
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    u = a->table;
    if (a->table == a->smalltable)
        u = b->smalltable;
    a->table = b->table;
    if (b->table == b->smalltable)
        a->table = a->smalltable;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        memcpy(tab, a->smalltable, sizeof(tab));
        memcpy(a->smalltable, b->smalltable, sizeof(tab));
        memcpy(b->smalltable, tab, sizeof(tab));
    }
    if (is_frozenset((MiObject *)a) && is_frozenset((MiObject *)b)) {
        t = a->hash; a->hash = b->hash; b->hash = t;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

/* ---- the public API --------------------------------------------------------------------- */

MiObject *
mi_set_new(MiObject *iterable)
{
    return make_new_set(&mi_set_type, iterable);
}

MiObject *
mi_frozenset_new(MiObject *iterable)
{
    return make_new_set(&mi_frozenset_type, iterable);
}

int
mi_set_update(MiObject *set, MiObject *iterable)
{
    return set_update_internal((MiSet *)set, iterable);
}

int
mi_set_add(MiObject *set, MiObject *key)
{
    return set_add_key((MiSet *)set, key);
}

int
mi_set_contains(MiObject *set, MiObject *key)
{
    return set_contains_key((MiSet *)set, key);
}

int
mi_set_discard(MiObject *set, MiObject *key)
{
    return set_discard_key((MiSet *)set, key);
}

intptr_t
mi_set_size(MiObject *set)
{
    return ((MiSet *)set)->used;
}

int
mi_set_next(MiObject *set, intptr_t *pos, MiObject **key)
{
    MiSetEntry *entry;
    if (!set_next((MiSet *)set, pos, &entry))
        return 0;
    *key = entry->key;
    return 1;
}

/* ---- set algebra ---------------------------------------------------------------------- */

static MiObject *
set_intersection(MiSet *so, MiObject *other)
{
    MiSet *result;
    MiObject *it, *key;
    if ((MiObject *)so == other)
        return set_copy((MiObject *)so);
    result = (MiSet *)make_new_set_basetype(so->base.type, NULL);
    if (result == NULL)
        return NULL;
    if (mi_set_check(other)) {
        intptr_t pos = 0;
        MiSetEntry *entry;
        MiSet *small = (MiSet *)other;
        /* walk the smaller set, look up in the larger */
        if (small->used > so->used) {
            small = so;
            so = (MiSet *)other;
        }
        while (set_next(small, &pos, &entry)) {
            intptr_t hash = entry->hash;
            int rv;
            key = mi_newref(entry->key);
            rv = set_contains_entry(so, key, hash);
            if (rv > 0)
                rv = set_add_entry(result, key, hash);
            MI_DECREF(key);
            if (rv < 0) {
                MI_DECREF(result);
                return NULL;
            }
        }
        return (MiObject *)result;
    }
    it = mi_obj_iter(other);
    if (it == NULL) {
        MI_DECREF(result);
        return NULL;
    }
    while ((key = mi_iter_next(it)) != NULL) {
        intptr_t hash = key_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        if (rv > 0) {
            rv = set_add_entry(result, key, hash);
            if (rv == 0 && result->used >= so->used) {
                MI_DECREF(key);
                break;
            }
        }
        MI_DECREF(key);
        if (rv < 0)
            goto fail;
    }
    if (mi_err_occurred())
        goto fail;
    MI_DECREF(it);
    return (MiObject *)result;
fail:
    MI_DECREF(it);
    MI_DECREF(result);
    return NULL;
}

static MiObject *
set_intersection_multi(MiObject *so, MiObject *const *args, intptr_t nargs)
{
    MiObject *result = mi_newref(so);
    if (nargs == 0) {
        MI_DECREF(result);
        return set_copy(so);
    }
    for (intptr_t i = 0; i < nargs; i++) {
        MiObject *newresult = set_intersection((MiSet *)result, args[i]);
        MI_DECREF(result);
        if (newresult == NULL)
            return NULL;
        result = newresult;
    }
    return result;
}

/* so -= other.  0 / -1. */
static int
set_difference_update_internal(MiSet *so, MiObject *other)
{
    if ((MiObject *)so == other)
        return set_clear_internal((MiObject *)so);
    if (mi_set_check(other)) {
        intptr_t pos = 0;
        MiSetEntry *entry;
        /* other much larger: only the common keys matter */
        if ((((MiSet *)other)->used >> 3) > so->used) {
            other = set_intersection(so, other);
            if (other == NULL)
                return -1;
        } else {
            MI_INCREF(other);
        }
        while (set_next((MiSet *)other, &pos, &entry)) {
            MiObject *key = mi_newref(entry->key);
            int rv = set_discard_entry(so, key, entry->hash);
            MI_DECREF(key);
            if (rv < 0) {
                MI_DECREF(other);
                return -1;
            }
        }
        MI_DECREF(other);
    } else {
        MiObject *it = mi_obj_iter(other), *key;
        if (it == NULL)
            return -1;
        while ((key = mi_iter_next(it)) != NULL) {
            int rv = set_discard_key(so, key);
            MI_DECREF(key);
            if (rv < 0) {
                MI_DECREF(it);
                return -1;
            }
        }
        MI_DECREF(it);
        if (mi_err_occurred())
            return -1;
    }
    /* more than a quarter dummies: rebuild */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static MiObject *
set_copy_and_difference(MiSet *so, MiObject *other)
{
    MiObject *result = set_copy((MiObject *)so);
    if (result == NULL)
        return NULL;
    if (set_difference_update_internal((MiSet *)result, other) == 0)
        return result;
    MI_DECREF(result);
    return NULL;
}

static MiObject *
set_difference(MiSet *so, MiObject *other)
{
    MiObject *result;
    MiSetEntry *entry;
    intptr_t pos = 0, other_size;
    int other_is_dict = other->type == &mi_dict_type;
    if (mi_set_check(other))
        other_size = ((MiSet *)other)->used;
    else if (other_is_dict)
        other_size = MI_DICT_SIZE(other);
    else
        return set_copy_and_difference(so, other);
    /* much larger than other: copy, then remove other's keys */
    if ((so->used >> 2) > other_size)
        return set_copy_and_difference(so, other);
    result = make_new_set_basetype(so->base.type, NULL);
    if (result == NULL)
        return NULL;
    while (set_next(so, &pos, &entry)) {
        intptr_t hash = entry->hash;
        MiObject *key = mi_newref(entry->key);
        int rv = other_is_dict ? mi_dict_contains(other, key)
                               : set_contains_entry((MiSet *)other, key, hash);
        if (rv == 0)
            rv = set_add_entry((MiSet *)result, key, hash);
        MI_DECREF(key);
        if (rv < 0) {
            MI_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static MiObject *
set_difference_multi(MiObject *so, MiObject *const *args, intptr_t nargs)
{
    MiObject *result;
    if (nargs == 0)
        return set_copy(so);
    result = set_difference((MiSet *)so, args[0]);
    if (result == NULL)
        return NULL;
    for (intptr_t i = 1; i < nargs; i++) {
        if (set_difference_update_internal((MiSet *)result, args[i]) < 0) {
            MI_DECREF(result);
            return NULL;
        }
    }
    return result;
}

/* Toggles `key`: removed when present, added otherwise.  0 / -1. */
static int
toggle_key(MiSet *so, MiObject *key, intptr_t hash)
{
    int rv = set_discard_entry(so, key, hash);
    if (rv == DISCARD_NOTFOUND)
        rv = set_add_entry(so, key, hash);
    return rv < 0 ? -1 : 0;
}

/* so ^= other.  0 / -1. */
static int
set_symmetric_difference_update_internal(MiSet *so, MiObject *other)
{
    MiSet *otherset;
    MiSetEntry *entry;
    intptr_t pos = 0;
    if ((MiObject *)so == other)
        return set_clear_internal((MiObject *)so);
    if (other->type == &mi_dict_type) {
        MiObject *key, *value;
        while (mi_dict_next(other, &pos, &key, &value)) {
            intptr_t hash;
            int rc;
            MI_INCREF(key);
            hash = key_hash(key);
            rc = hash == -1 ? -1 : toggle_key(so, key, hash);
            MI_DECREF(key);
            if (rc < 0)
                return -1;
        }
        return 0;
    }
    if (mi_set_check(other)) {
        otherset = (MiSet *)mi_newref(other);
    } else {
        otherset = (MiSet *)make_new_set_basetype(so->base.type, other);
        if (otherset == NULL)
            return -1;
    }
    while (set_next(otherset, &pos, &entry)) {
        intptr_t hash = entry->hash;
        MiObject *key = mi_newref(entry->key);
        int rc = toggle_key(so, key, hash);
        MI_DECREF(key);
        if (rc < 0) {
            MI_DECREF(otherset);
            return -1;
        }
    }
    MI_DECREF(otherset);
    return 0;
}

static MiObject *
set_symmetric_difference(MiSet *so, MiObject *other)
{
    MiObject *otherset = make_new_set_basetype(so->base.type, other);
    if (otherset == NULL)
        return NULL;
    if (set_symmetric_difference_update_internal((MiSet *)otherset, (MiObject *)so) < 0) {
        MI_DECREF(otherset);
        return NULL;
    }
    return otherset;
}

/* so <= other: 1, 0, -1. */
static int
set_issubset_internal(MiSet *so, MiObject *other)
{
    MiSetEntry *entry;
    intptr_t pos = 0;
    if (!mi_set_check(other)) {
        MiObject *tmp = make_new_set(&mi_set_type, other);
        int rv;
        if (tmp == NULL)
            return -1;
        rv = set_issubset_internal(so, tmp);
        MI_DECREF(tmp);
        return rv;
    }
    if (so->used > ((MiSet *)other)->used)
        return 0;
    while (set_next(so, &pos, &entry)) {
        MiObject *key = mi_newref(entry->key);
        int rv = set_contains_entry((MiSet *)other, key, entry->hash);
        MI_DECREF(key);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

/* so >= other: 1, 0, -1.  As CPython 3.10, a non-set `other` is first
 * made a set (so all of it is consumed). */
static int
set_issuperset_internal(MiSet *so, MiObject *other)
{
    MiObject *tmp;
    int rv;
    if (mi_set_check(other))
        return set_issubset_internal((MiSet *)other, (MiObject *)so);
    tmp = make_new_set(&mi_set_type, other);
    if (tmp == NULL)
        return -1;
    rv = set_issubset_internal((MiSet *)tmp, (MiObject *)so);
    MI_DECREF(tmp);
    return rv;
}

/* so.isdisjoint(other): 1, 0, -1. */
static int
set_isdisjoint_internal(MiSet *so, MiObject *other)
{
    MiObject *it, *key;
    if ((MiObject *)so == other)
        return so->used == 0;
    if (other->type == &mi_set_type || other->type == &mi_frozenset_type) {
        MiSetEntry *entry;
        intptr_t pos = 0;
        MiSet *small = (MiSet *)other;
        if (small->used > so->used) {
            small = so;
            so = (MiSet *)other;
        }
        while (set_next(small, &pos, &entry)) {
            MiObject *k = mi_newref(entry->key);
            int rv = set_contains_entry(so, k, entry->hash);
            MI_DECREF(k);
            if (rv != 0)
                return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    it = mi_obj_iter(other);
    if (it == NULL)
        return -1;
    while ((key = mi_iter_next(it)) != NULL) {
        int rv = set_contains_key(so, key);
        MI_DECREF(key);
        if (rv != 0) {
            MI_DECREF(it);
            return rv < 0 ? -1 : 0;
        }
    }
    MI_DECREF(it);
    return mi_err_occurred() ? -1 : 1;
}

static MiObject *
bool_result(int rv)
{
    if (rv < 0)
        return NULL;
    return mi_bool_from(rv);
}

/* ---- methods -------------------------------------------------------------------------- */

static MiObject *
set_add_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    if (set_add_key((MiSet *)self, args[0]) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
set_clear_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    set_clear_internal(self);
    MI_RETURN_NONE;
}

static MiObject *
set_copy_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return set_copy(self);
}

static MiObject *
frozenset_copy_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    if (self->type == &mi_frozenset_type)
        return mi_newref(self);
    return set_copy(self);
}

/* Runs a lookup-style operation op(so, key); when `key` is an unhashable
 * set, retries with frozenset(key), as CPython. */
static int
with_frozen_key(MiSet *so, MiObject *key, int (*op)(MiSet *, MiObject *))
{
    MiObject *tmpkey;
    int rv = op(so, key);
    if (rv >= 0 || !is_mutable_set(key) || !mi_err_matches((MiObject *)MI_EXC(TypeError)))
        return rv;
    mi_err_clear();
    tmpkey = make_new_set(&mi_frozenset_type, key);
    if (tmpkey == NULL)
        return -1;
    rv = op(so, tmpkey);
    MI_DECREF(tmpkey);
    return rv;
}

static MiObject *
set_discard_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    if (with_frozen_key((MiSet *)self, args[0], set_discard_key) < 0)
        return NULL;
    MI_RETURN_NONE;
}

/* Raises KeyError(key), wrapping the key so that a tuple stays one
 * argument. */
static MiObject *
key_error(MiObject *key)
{
    MiObject *args = mi_tuple_pack(1, key);
    if (args != NULL) {
        mi_err_set_object(MI_EXC(KeyError), args);
        MI_DECREF(args);
    }
    return NULL;
}

static MiObject *
set_remove_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    int rv;
    (void)nargs;
    (void)kw;
    rv = with_frozen_key((MiSet *)self, args[0], set_discard_key);
    if (rv < 0)
        return NULL;
    if (rv == DISCARD_NOTFOUND)
        return key_error(args[0]);
    MI_RETURN_NONE;
}

static MiObject *
set_pop_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiSet *so = (MiSet *)self;
    MiSetEntry *entry;
    MiObject *key;
    (void)args;
    (void)nargs;
    (void)kw;
    if (so->used == 0)
        return mi_err_format(MI_EXC(KeyError), "pop from an empty set");
    /* start at the finger, where the previous pop stopped */
    entry = so->table + (so->finger & so->mask);
    while (entry->key == NULL || entry->key == DUMMY) {
        entry++;
        if (entry > so->table + so->mask)
            entry = so->table;
    }
    key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static int
contains_op(MiSet *so, MiObject *key)
{
    return set_contains_key(so, key);
}

static int
set_contains_slot(MiObject *self, MiObject *key)
{
    return with_frozen_key((MiSet *)self, key, contains_op);
}

static MiObject *
set_contains_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return bool_result(set_contains_slot(self, args[0]));
}

static MiObject *
set_union_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *result = set_copy(self);
    (void)kw;
    if (result == NULL)
        return NULL;
    for (intptr_t i = 0; i < nargs; i++) {
        if (args[i] == self)
            continue;
        if (set_update_internal((MiSet *)result, args[i]) < 0) {
            MI_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static MiObject *
set_update_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    for (intptr_t i = 0; i < nargs; i++) {
        if (set_update_internal((MiSet *)self, args[i]) < 0)
            return NULL;
    }
    MI_RETURN_NONE;
}

static MiObject *
set_intersection_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    return set_intersection_multi(self, args, nargs);
}

static MiObject *
set_intersection_update_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *tmp = set_intersection_multi(self, args, nargs);
    (void)kw;
    if (tmp == NULL)
        return NULL;
    set_swap_bodies((MiSet *)self, (MiSet *)tmp);
    MI_DECREF(tmp);
    MI_RETURN_NONE;
}

static MiObject *
set_difference_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    return set_difference_multi(self, args, nargs);
}

static MiObject *
set_difference_update_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    for (intptr_t i = 0; i < nargs; i++) {
        if (set_difference_update_internal((MiSet *)self, args[i]) < 0)
            return NULL;
    }
    MI_RETURN_NONE;
}

static MiObject *
set_symmetric_difference_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return set_symmetric_difference((MiSet *)self, args[0]);
}

static MiObject *
set_symmetric_difference_update_m(MiObject *self, MiObject *const *args, intptr_t nargs,
                                  MiObject *kw)
{
    (void)nargs;
    (void)kw;
    if (set_symmetric_difference_update_internal((MiSet *)self, args[0]) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
set_issubset_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return bool_result(set_issubset_internal((MiSet *)self, args[0]));
}

static MiObject *
set_issuperset_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return bool_result(set_issuperset_internal((MiSet *)self, args[0]));
}

static MiObject *
set_isdisjoint_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return bool_result(set_isdisjoint_internal((MiSet *)self, args[0]));
}

/* CPython's sizeof(PySetObject) is 200 bytes on 64-bit machines, as
 * sizeof(MiSet): report the same, plus an external table. */
static MiObject *
set_sizeof_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiSet *so = (MiSet *)self;
    intptr_t res = self->type->basicsize;
    (void)args;
    (void)nargs;
    (void)kw;
    if (so->table != so->smalltable)
        res += (so->mask + 1) * (intptr_t)sizeof(MiSetEntry);
    return mi_int_from_i64(res);
}

/* (type(s), (list(s),), s.__dict__ or None), for copy and pickle. */
static MiObject *
set_reduce_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *keys, *targs, *state = NULL, *res = NULL;
    MiObject **dictptr = mi_obj_dict_ptr(self);
    (void)args;
    (void)nargs;
    (void)kw;
    keys = mi_seq_to_list(self);
    if (keys == NULL)
        return NULL;
    targs = mi_tuple_pack(1, keys);
    MI_DECREF(keys);
    if (targs == NULL)
        return NULL;
    state = dictptr != NULL && *dictptr != NULL ? *dictptr : MI_NONE;
    res = mi_tuple_pack(3, (MiObject *)self->type, targs, state);
    MI_DECREF(targs);
    return res;
}

static MiObject *
set_class_getitem(MiObject *cls, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return mi_generic_alias_new(cls, args[0]);
}

static MiMethodDef set_methods[] = {
    {"add", set_add_m, MI_METH_O, NULL},
    {"clear", set_clear_m, MI_METH_NOARGS, NULL},
    {"__contains__", set_contains_m, MI_METH_O, NULL},
    {"copy", set_copy_m, MI_METH_NOARGS, NULL},
    {"discard", set_discard_m, MI_METH_O, NULL},
    {"difference", set_difference_m, MI_METH_VARARGS, NULL},
    {"difference_update", set_difference_update_m, MI_METH_VARARGS, NULL},
    {"intersection", set_intersection_m, MI_METH_VARARGS, NULL},
    {"intersection_update", set_intersection_update_m, MI_METH_VARARGS, NULL},
    {"isdisjoint", set_isdisjoint_m, MI_METH_O, NULL},
    {"issubset", set_issubset_m, MI_METH_O, NULL},
    {"issuperset", set_issuperset_m, MI_METH_O, NULL},
    {"pop", set_pop_m, MI_METH_NOARGS, NULL},
    {"remove", set_remove_m, MI_METH_O, NULL},
    {"__reduce__", set_reduce_m, MI_METH_NOARGS, NULL},
    {"__sizeof__", set_sizeof_m, MI_METH_NOARGS, NULL},
    {"symmetric_difference", set_symmetric_difference_m, MI_METH_O, NULL},
    {"symmetric_difference_update", set_symmetric_difference_update_m, MI_METH_O, NULL},
    {"union", set_union_m, MI_METH_VARARGS, NULL},
    {"update", set_update_m, MI_METH_VARARGS, NULL},
    {"__class_getitem__", set_class_getitem, MI_METH_O | MI_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static MiMethodDef frozenset_methods[] = {
    {"__contains__", set_contains_m, MI_METH_O, NULL},
    {"copy", frozenset_copy_m, MI_METH_NOARGS, NULL},
    {"difference", set_difference_m, MI_METH_VARARGS, NULL},
    {"intersection", set_intersection_m, MI_METH_VARARGS, NULL},
    {"isdisjoint", set_isdisjoint_m, MI_METH_O, NULL},
    {"issubset", set_issubset_m, MI_METH_O, NULL},
    {"issuperset", set_issuperset_m, MI_METH_O, NULL},
    {"__reduce__", set_reduce_m, MI_METH_NOARGS, NULL},
    {"__sizeof__", set_sizeof_m, MI_METH_NOARGS, NULL},
    {"symmetric_difference", set_symmetric_difference_m, MI_METH_O, NULL},
    {"union", set_union_m, MI_METH_VARARGS, NULL},
    {"__class_getitem__", set_class_getitem, MI_METH_O | MI_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- operators ----------------------------------------------------------------------- */

static MiObject *
set_or(MiObject *a, MiObject *b)
{
    MiObject *result;
    if (!mi_set_check(a) || !mi_set_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    result = set_copy(a);
    if (result == NULL || a == b)
        return result;
    if (set_update_internal((MiSet *)result, b) < 0) {
        MI_DECREF(result);
        return NULL;
    }
    return result;
}

static MiObject *
set_and(MiObject *a, MiObject *b)
{
    if (!mi_set_check(a) || !mi_set_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    return set_intersection((MiSet *)a, b);
}

static MiObject *
set_sub(MiObject *a, MiObject *b)
{
    if (!mi_set_check(a) || !mi_set_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    return set_difference((MiSet *)a, b);
}

static MiObject *
set_xor(MiObject *a, MiObject *b)
{
    if (!mi_set_check(a) || !mi_set_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    return set_symmetric_difference((MiSet *)a, b);
}

static MiObject *
set_ior(MiObject *a, MiObject *b)
{
    if (!mi_set_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    if (set_update_internal((MiSet *)a, b) < 0)
        return NULL;
    return mi_newref(a);
}

static MiObject *
set_iand(MiObject *a, MiObject *b)
{
    MiObject *tmp;
    if (!mi_set_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    tmp = set_intersection((MiSet *)a, b);
    if (tmp == NULL)
        return NULL;
    set_swap_bodies((MiSet *)a, (MiSet *)tmp);
    MI_DECREF(tmp);
    return mi_newref(a);
}

static MiObject *
set_isub(MiObject *a, MiObject *b)
{
    if (!mi_set_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    if (set_difference_update_internal((MiSet *)a, b) < 0)
        return NULL;
    return mi_newref(a);
}

static MiObject *
set_ixor(MiObject *a, MiObject *b)
{
    if (!mi_set_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    if (set_symmetric_difference_update_internal((MiSet *)a, b) < 0)
        return NULL;
    return mi_newref(a);
}

static MiObject *
set_richcmp(MiObject *a, MiObject *b, int op)
{
    MiSet *v = (MiSet *)a, *w = (MiSet *)b;
    int rv;
    if (!mi_set_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    switch (op) {
    case MI_EQ:
    case MI_NE:
        if (v->used != w->used)
            rv = 0;
        else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash)
            rv = 0;
        else
            rv = set_issubset_internal(v, b);
        if (rv < 0)
            return NULL;
        return mi_bool_from(op == MI_EQ ? rv : !rv);
    case MI_LE:
        return bool_result(set_issubset_internal(v, b));
    case MI_GE:
        return bool_result(set_issuperset_internal(v, b));
    case MI_LT:
        if (v->used >= w->used)
            MI_RETURN_FALSE;
        return bool_result(set_issubset_internal(v, b));
    case MI_GT:
        if (v->used <= w->used)
            MI_RETURN_FALSE;
        return bool_result(set_issuperset_internal(v, b));
    default:
        MI_RETURN_NOTIMPLEMENTED;
    }
}

/* ---- lifecycle, repr, hash -------------------------------------------------------------- */

static int
set_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MiSet *so = (MiSet *)self;
    intptr_t pos = 0;
    MiSetEntry *entry;
    while (set_next(so, &pos, &entry))
        MI_VISIT(entry->key);
    return 0;
}

static void
set_dealloc(MiObject *self)
{
    MiSet *so = (MiSet *)self;
    intptr_t used = so->used;
    MI_GC_UNTRACK(self);
    if (so->weaklist != NULL)
        mi_weakref_clear_all(self);
    for (MiSetEntry *entry = so->table; used > 0; entry++) {
        if (entry->key != NULL && entry->key != DUMMY) {
            used--;
            MI_DECREF(entry->key);
        }
    }
    if (so->table != so->smalltable)
        mi_free(so->table);
    mi_object_free(self);
}

/* {1, 2}, set(), frozenset({1, 2}), Sub({1}); "set(...)" when the set is
 * already being printed further up. */
static MiObject *
set_repr(MiObject *self)
{
    MiObject *keys, *listrepr, *result = NULL;
    const char *name = MI_TYPE_NAME(self);
    int status = mi_repr_enter(self);
    if (status != 0)
        return status < 0 ? NULL : mi_str_format("%s(...)", name);
    if (((MiSet *)self)->used == 0) {
        mi_repr_leave(self);
        return mi_str_format("%s()", name);
    }
    keys = mi_seq_to_list(self);
    if (keys == NULL)
        goto done;
    listrepr = mi_obj_repr(keys);
    MI_DECREF(keys);
    if (listrepr == NULL)
        goto done;
    /* repr(list)[1:-1]: the list's repr is ASCII brackets around the items */
    {
        MiStrBuilder sb;
        mi_sb_init(&sb);
        if (self->type != &mi_set_type) {
            mi_sb_append_cstr(&sb, name);
            mi_sb_append_char(&sb, '(');
        }
        mi_sb_append_char(&sb, '{');
        mi_sb_append(&sb, MI_STR_DATA(listrepr) + 1, MI_STR_SIZE(listrepr) - 2);
        mi_sb_append_char(&sb, '}');
        if (self->type != &mi_set_type)
            mi_sb_append_char(&sb, ')');
        result = mi_sb_finish(&sb);
    }
    MI_DECREF(listrepr);
done:
    mi_repr_leave(self);
    return result;
}

static intptr_t
set_len(MiObject *self)
{
    return ((MiSet *)self)->used;
}

static uint64_t
shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

/* CPython's frozenset hash: xor of the shuffled entry hashes (empty and
 * dummy slots included, then cancelled), mixed with the size. */
static intptr_t
frozenset_hash(MiObject *self)
{
    MiSet *so = (MiSet *)self;
    uint64_t hash = 0;
    if (so->hash != -1)
        return so->hash;
    for (MiSetEntry *entry = so->table; entry <= &so->table[so->mask]; entry++)
        hash ^= shuffle_bits((uint64_t)entry->hash);
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1)
        hash = 590923713ULL;
    so->hash = (intptr_t)hash;
    return so->hash;
}

/* ---- construction -------------------------------------------------------------------- */

static MiObject *
set_new_slot(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    (void)nargs;
    if (type == &mi_set_type && mi_args_no_keywords("set", kwnames) < 0)
        return NULL;
    return make_new_set(type, NULL);
}

static int
set_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiSet *so = (MiSet *)self;
    if (mi_args_no_keywords("set", kwnames) < 0)
        return -1;
    if (nargs > 1) {
        mi_err_format(MI_EXC(TypeError), "%s expected at most 1 argument, got %zd",
                      MI_TYPE_NAME(self), nargs);
        return -1;
    }
    if (so->fill)
        set_clear_internal(self);
    so->hash = -1;
    if (nargs == 0)
        return 0;
    return set_update_internal(so, args[0]);
}

static MiObject *
frozenset_new_slot(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *iterable = nargs > 0 ? args[0] : NULL;
    if ((type == &mi_frozenset_type || type->init == mi_frozenset_type.init) &&
        mi_args_no_keywords("frozenset", kwnames) < 0)
        return NULL;
    if (nargs > 1) {
        return mi_err_format(MI_EXC(TypeError), "%s expected at most 1 argument, got %zd",
                             type->name, nargs);
    }
    /* frozenset(f) is f itself */
    if (type == &mi_frozenset_type && iterable != NULL &&
        iterable->type == &mi_frozenset_type)
        return mi_newref(iterable);
    return make_new_set(type, iterable);
}

/* ---- iterator -------------------------------------------------------------------------- */

static MiObject *
set_iter(MiObject *self)
{
    MiSetIter *si = (MiSetIter *)mi_object_alloc(&mi_set_iter_type);
    if (si == NULL)
        return NULL;
    si->set = (MiSet *)mi_newref(self);
    si->used = ((MiSet *)self)->used;
    si->pos = 0;
    si->len = ((MiSet *)self)->used;
    MI_GC_TRACK(si);
    return (MiObject *)si;
}

static void
setiter_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    MI_CLEAR(((MiSetIter *)self)->set);
    mi_object_free(self);
}

static int
setiter_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiSetIter *)self)->set);
    return 0;
}

static MiObject *
setiter_next(MiObject *self)
{
    MiSetIter *si = (MiSetIter *)self;
    MiSet *so = si->set;
    intptr_t i;
    if (so == NULL)
        return NULL;
    if (si->used != so->used) {
        mi_err_set(MI_EXC(RuntimeError), "Set changed size during iteration");
        si->used = -1;              /* the error repeats on later calls */
        return NULL;
    }
    i = si->pos;
    while (i <= so->mask && (so->table[i].key == NULL || so->table[i].key == DUMMY))
        i++;
    si->pos = i + 1;
    if (i > so->mask) {
        si->set = NULL;
        MI_DECREF(so);
        return NULL;
    }
    si->len--;
    return mi_newref(so->table[i].key);
}

static MiObject *
iter_self(MiObject *self)
{
    return mi_newref(self);
}

static MiObject *
setiter_length_hint(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiSetIter *si = (MiSetIter *)self;
    intptr_t len = 0;
    (void)args;
    (void)nargs;
    (void)kw;
    if (si->set != NULL && si->used == si->set->used)
        len = si->len;
    return mi_int_from_i64(len);
}

static MiMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

MiType mi_set_iter_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "set_iterator",
    .basicsize = sizeof(MiSetIter),
    .flags = MI_TYPE_GC,
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .iter = iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

/* ---- the types ----------------------------------------------------------------------- */

MiType mi_set_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "set",
    .basicsize = sizeof(MiSet),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_internal,
    .new_ = set_new_slot,
    .init = set_init,
    .repr = set_repr,
    .richcmp = set_richcmp,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_slot,
    .sub = set_sub,
    .and_ = set_and,
    .or_ = set_or,
    .xor_ = set_xor,
    .isub = set_isub,
    .iand = set_iand,
    .ior = set_ior,
    .ixor = set_ixor,
    .methods = set_methods,
    .weaklistoffset = offsetof(MiSet, weaklist),
    .doc = "set() -> new empty set object\n"
           "set(iterable) -> new set object\n\n"
           "Build an unordered collection of unique elements.",
};

MiType mi_frozenset_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "frozenset",
    .basicsize = sizeof(MiSet),
    .flags = MI_TYPE_GC | MI_TYPE_BASETYPE,
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_internal,
    .new_ = frozenset_new_slot,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcmp = set_richcmp,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_slot,
    .sub = set_sub,
    .and_ = set_and,
    .or_ = set_or,
    .xor_ = set_xor,
    .methods = frozenset_methods,
    .weaklistoffset = offsetof(MiSet, weaklist),
    .doc = "frozenset() -> empty frozenset object\n"
           "frozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
};
