/* tests/unit/vm/test_dicts.c: dict against a shadow model.  Random
 * sequences of inserts, updates, deletes, pops, popitems, setdefaults and
 * clears run on a real dict and on a plain array of (key, value) in
 * insertion order; after every step length, iteration order, every lookup
 * (also through an equal but distinct key object) and misses must agree.
 * The keys collide on purpose: ints that differ by 2**61 - 1 hash alike, as
 * do -1 and -2; strings, tuples and floats mix in.  Deleting many entries
 * forces the compacting resizes. */
#include "interp_helpers.h"

#include "vm/float.h"
#include "vm/tuple.h"

#define NKEYS 60

typedef struct Entry {
    int       key, value;
    MiObject *stored;           /* the key object the dict keeps (borrowed) */
} Entry;

typedef struct Model {
    Entry e[NKEYS];
    int   n;
} Model;

static MiObject *keys[NKEYS];

/* New reference: key number k, made anew (equal to keys[k], not it). */
static MiObject *
make_key(int k)
{
    char text[64];
    if (k < 16)
        return mi_int_from_i64(k);                       /* small ints */
    if (k < 28) {                                        /* collide with 0..3 */
        __int128 v = (k - 16) % 4 + (__int128)((k - 16) / 4 + 1) * ((((__int128)1) << 61) - 1);
        snprintf(text, sizeof text, "%lld%018lld", (long long)(v / 1000000000000000000LL),
                 (long long)(v % 1000000000000000000LL));
        return mi_int_from_string(text, strlen(text), 10);
    }
    if (k == 28)
        return mi_int_from_i64(-1);                      /* hash -2 */
    if (k == 29)
        return mi_int_from_i64(-2);
    if (k < 50) {
        snprintf(text, sizeof text, "key-%d-%s", k, k % 3 ? "é" : "x");
        return mi_str_new(text, (intptr_t)strlen(text));
    }
    if (k < 55) {
        MiObject *a = mi_int_from_i64(k), *b = mi_str_from_cstr("t"), *t;
        t = mi_tuple_pack(2, a, b);
        MI_DECREF(a);
        MI_DECREF(b);
        return t;
    }
    return mi_float_new(k + 0.5);
}

static MiObject *
value_obj(int v)
{
    MiObject *o = mi_int_from_i64(v);           /* small: shared, identity works */
    MI_DECREF(o);
    return o;
}

static int
model_find(Model *m, int key)
{
    for (int i = 0; i < m->n; i++) {
        if (m->e[i].key == key)
            return i;
    }
    return -1;
}

static void
model_remove(Model *m, int at)
{
    memmove(m->e + at, m->e + at + 1, sizeof(Entry) * (size_t)(m->n - at - 1));
    m->n--;
}


static void
check_dict(MiObject *d, Model *m, uint64_t *rng, int step)
{
    intptr_t pos = 0;
    MiObject *k, *v;
    int i = 0;
    cr_assert_eq(MI_DICT_SIZE(d), m->n, "step %d: len %ld, model %d", step,
                 (long)MI_DICT_SIZE(d), m->n);
    while (mi_dict_next(d, &pos, &k, &v)) {
        cr_assert_lt(i, m->n, "step %d: more entries than the model", step);
        cr_assert_eq(k, m->e[i].stored, "step %d: entry %d is not key %d (the object first "
                     "stored)", step, i, m->e[i].key);
        cr_assert_eq(v, value_obj(m->e[i].value), "step %d: entry %d value", step, i);
        i++;
    }
    cr_assert_eq(i, m->n, "step %d: iteration stopped at %d of %d", step, i, m->n);
    for (int key = 0; key < NKEYS; i++, key++) {
        int at = model_find(m, key);
        MiObject *probe = rng_percent(rng, 50) ? mi_newref(keys[key]) : make_key(key);
        MiObject *got = mi_dict_get(d, probe);
        cr_assert(!mi_err_occurred());
        if (at < 0)
            cr_assert_null(got, "step %d: key %d found, the model has none", step, key);
        else
            cr_assert_eq(got, value_obj(m->e[at].value), "step %d: d[key %d]", step, key);
        cr_assert_eq(mi_dict_contains(d, probe), at >= 0);
        MI_DECREF(probe);
    }
}

INTERP_TEST(vm_dicts, random_operations_keep_insertion_order)
{
    uint64_t rng = 0xd1c7;
    MiObject *popitem = mi_str_intern_cstr("popitem");
    for (int k = 0; k < NKEYS; k++) {
        keys[k] = make_key(k);
        cr_assert_not_null(keys[k]);
    }
    for (int round = 0; round < 40; round++) {
        MiObject *d = mi_dict_new();
        Model m = {.n = 0};
        int steps = 50 + rng_below(&rng, 400);
        int insert_bias = 40 + rng_below(&rng, 40);
        for (int step = 0; step < steps; step++) {
            int op = rng_below(&rng, 100), key = rng_below(&rng, NKEYS);
            int val = rng_below(&rng, 200), at = model_find(&m, key);
            MiObject *kobj = rng_percent(&rng, 70) ? mi_newref(keys[key]) : make_key(key);
            if (op < insert_bias) {
                cr_assert_eq(mi_dict_set(d, kobj, value_obj(val)), 0);
                if (at >= 0)
                    m.e[at].value = val;    /* the first key object stays */
                else
                    m.e[m.n++] = (Entry){key, val, kobj};
            } else if (op < insert_bias + 25) {
                int rc = mi_dict_del(d, kobj);
                if (at >= 0) {
                    cr_assert_eq(rc, 0);
                    model_remove(&m, at);
                } else {
                    cr_assert_eq(rc, -1);
                    cr_assert(mi_err_matches((MiObject *)MI_EXC(KeyError)));
                    mi_err_clear();
                }
            } else if (op < insert_bias + 35) {
                MiObject *v = mi_dict_pop(d, kobj);
                cr_assert(!mi_err_occurred());
                if (at >= 0) {
                    cr_assert_eq(v, value_obj(m.e[at].value));
                    model_remove(&m, at);
                    MI_DECREF(v);
                } else {
                    cr_assert_null(v);
                }
            } else if (op < insert_bias + 45) {
                MiObject *v = mi_dict_setdefault(d, kobj, value_obj(val));
                cr_assert_not_null(v);
                if (at < 0)
                    m.e[m.n++] = (Entry){key, val, kobj};
                else
                    val = m.e[at].value;
                cr_assert_eq(v, value_obj(val));
            } else if (op < insert_bias + 52) {
                MiObject *item = mi_call_method(d, popitem, NULL, 0);
                if (m.n == 0) {
                    cr_assert_null(item);
                    cr_assert(mi_err_matches((MiObject *)MI_EXC(KeyError)));
                    mi_err_clear();
                } else {
                    cr_assert_not_null(item);
                    cr_assert_eq(MI_TUPLE_GET(item, 0), m.e[m.n - 1].stored, "popitem is LIFO");
                    cr_assert_eq(MI_TUPLE_GET(item, 1), value_obj(m.e[m.n - 1].value));
                    m.n--;
                    MI_DECREF(item);
                }
            } else if (rng_percent(&rng, 3)) {
                mi_dict_clear(d);
                m.n = 0;
            }
            MI_DECREF(kobj);
            check_dict(d, &m, &rng, step);
        }
        {
            MiObject *copy = mi_dict_copy(d);
            check_dict(copy, &m, &rng, -1);
            MI_DECREF(copy);
        }
        MI_DECREF(d);
    }
    for (int k = 0; k < NKEYS; k++)
        MI_DECREF(keys[k]);
    MI_DECREF(popitem);
}
