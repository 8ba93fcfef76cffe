/* tests/unit/vm/test_lists.c: list against a shadow model.  Random
 * sequences of appends, inserts (any index, clamped as Python does), item
 * stores, pops, removes, deletions, slice assignments and deletions (with
 * steps), extends, repeats, reversals and sorts run on a real list, through
 * the C API and through Python statements, and on a plain int array that
 * implements Python's rules here; after every step the contents must agree
 * item for item.  Items are small ints, so identity is exact. */
#include "interp_helpers.h"

#include "vm/list.h"

#define MAXN 4096

typedef struct Model {
    int v[MAXN];
    int n;
} Model;

static MiObject *
small(int v)
{
    MiObject *o = mi_int_from_i64(v);
    MI_DECREF(o);
    return o;
}

static void
check_list(MiObject *l, Model *m, int step, const char *op)
{
    cr_assert_eq(MI_LIST_SIZE(l), m->n, "step %d (%s): len %ld, model %d", step, op,
                 (long)MI_LIST_SIZE(l), m->n);
    for (int i = 0; i < m->n; i++) {
        cr_assert_eq(MI_LIST_ITEMS(l)[i], small(m->v[i]), "step %d (%s): item %d", step, op,
                     i);
    }
}

/* Python's clamping of a slice bound for a sequence of length n, step > 0. */
static int
clamp(int i, int n)
{
    if (i < 0)
        i += n;
    return i < 0 ? 0 : i > n ? n : i;
}

/* Indexes a[lo:hi:step] selects (Python's slice.indices + range). */
static int
slice_indexes(int n, int a, int b, int step, int *out)
{
    int lo, hi, k = 0;
    if (step > 0) {
        lo = clamp(a, n);
        hi = clamp(b, n);
        for (int i = lo; i < hi; i += step)
            out[k++] = i;
    } else {
        lo = a < 0 ? a + n : a;
        lo = lo < -1 ? -1 : lo >= n ? n - 1 : lo;
        hi = b < 0 ? b + n : b;
        hi = hi < -1 ? -1 : hi >= n ? n - 1 : hi;
        for (int i = lo; i > hi; i += step)
            out[k++] = i;
    }
    return k;
}

static MiCode *
compile(const char *src)
{
    MiCode *c = mi_compile_source(src, strlen(src), "<list op>", MI_COMPILE_EXEC, NULL);
    cr_assert_not_null(c, "%s", src);
    return c;
}

static void
set_int(const char *name, int v)
{
    MiObject *o = mi_int_from_i64(v);
    cr_assert_eq(mi_dict_set_cstr(main_dict(), name, o), 0);
    MI_DECREF(o);
}

/* Runs `code` in __main__; returns 0, or -1 with the exception cleared
 * after checking it is `expect` (IndexError, ValueError). */
static int
exec_code(MiCode *code, MiType *expect)
{
    MiObject *r = mi_eval_code(code, main_dict(), main_dict());
    if (r != NULL) {
        MI_DECREF(r);
        return 0;
    }
    if (expect == NULL || !mi_err_matches((MiObject *)expect))
        mi_handle_uncaught();
    cr_assert(expect != NULL, "unexpected exception");
    mi_err_clear();
    return -1;
}

enum { OP_APPEND, OP_INSERT, OP_SETITEM, OP_POP, OP_REMOVE, OP_DELITEM, OP_SLICE_SET,
       OP_SLICE_DEL, OP_EXT_SLICE_SET, OP_EXTEND, OP_REPEAT, OP_REVERSE, OP_SORT, OP_COUNT };

static const char *const op_names[OP_COUNT] = {
    "append", "insert", "l[a] = v", "pop", "remove", "del l[a]", "l[a:b] = vs",
    "del l[a:b:c]", "l[a:b:c] = vs", "extend", "l *= k", "reverse", "sort",
};

INTERP_TEST(vm_lists, random_operations_match_the_model)
{
    uint64_t rng = 0x11575;
    MiCode *pop, *remove, *delitem, *slice_set, *slice_del, *ext_set, *repeat;
    run_py("l = []\n");
    pop = compile("r = l.pop(a)\n");
    remove = compile("l.remove(v)\n");
    delitem = compile("del l[a]\n");
    slice_set = compile("l[a:b] = vs\n");
    slice_del = compile("del l[a:b:c]\n");
    ext_set = compile("l[a:b:c] = vs\n");
    repeat = compile("l *= k\n");
    for (int round = 0; round < 30; round++) {
        MiObject *l = mi_list_new(0);
        Model m = {.n = 0};
        cr_assert_eq(mi_dict_set_cstr(main_dict(), "l", l), 0);
        for (int step = 0; step < 300; step++) {
            int op = rng_below(&rng, OP_COUNT), n = m.n;
            int a = rng_below(&rng, 2 * n + 7) - n - 3, b = rng_below(&rng, 2 * n + 7) - n - 3;
            int c = rng_below(&rng, 7) - 3, v = rng_below(&rng, 50), idx[MAXN], k;
            if (c == 0)
                c = 1;
            if (n > 1000 && (op == OP_REPEAT || op == OP_EXTEND || op == OP_APPEND))
                op = OP_SLICE_DEL;
            set_int("a", a);
            set_int("b", b);
            set_int("c", c);
            set_int("v", v);
            switch (op) {
            case OP_APPEND:
                cr_assert_eq(mi_list_append(l, small(v)), 0);
                m.v[m.n++] = v;
                break;
            case OP_INSERT:
                cr_assert_eq(mi_list_insert(l, a, small(v)), 0);
                k = a < 0 ? (a + n < 0 ? 0 : a + n) : a > n ? n : a;
                memmove(m.v + k + 1, m.v + k, sizeof(int) * (size_t)(n - k));
                m.v[k] = v;
                m.n++;
                break;
            case OP_SETITEM:
                if (n == 0)
                    break;
                k = rng_below(&rng, n);
                mi_list_set(l, k, mi_newref(small(v)));
                m.v[k] = v;
                break;
            case OP_POP:
                k = a < 0 ? a + n : a;
                if (exec_code(pop, MI_EXC(IndexError)) < 0) {
                    cr_assert(k < 0 || k >= n, "pop(%d) of %d raised", a, n);
                    break;
                }
                cr_assert(k >= 0 && k < n, "pop(%d) of %d did not raise", a, n);
                cr_assert_eq(py_global("r"), small(m.v[k]));
                memmove(m.v + k, m.v + k + 1, sizeof(int) * (size_t)(n - k - 1));
                m.n--;
                break;
            case OP_REMOVE:
                for (k = 0; k < n && m.v[k] != v; k++)
                    ;
                if (exec_code(remove, MI_EXC(ValueError)) < 0) {
                    cr_assert_eq(k, n, "remove(%d) raised", v);
                    break;
                }
                cr_assert_lt(k, n);
                memmove(m.v + k, m.v + k + 1, sizeof(int) * (size_t)(n - k - 1));
                m.n--;
                break;
            case OP_DELITEM:
                k = a < 0 ? a + n : a;
                if (exec_code(delitem, MI_EXC(IndexError)) < 0) {
                    cr_assert(k < 0 || k >= n);
                    break;
                }
                memmove(m.v + k, m.v + k + 1, sizeof(int) * (size_t)(n - k - 1));
                m.n--;
                break;
            case OP_SLICE_SET:
            case OP_EXT_SLICE_SET: {
                int len = rng_below(&rng, 6), lo, hi;
                static int vs[MAXN];
                MiObject *list = mi_list_new(0);
                if (op == OP_EXT_SLICE_SET)
                    len = slice_indexes(n, a, b, c, idx) + (rng_percent(&rng, 10) ? 1 : 0);
                for (int j = 0; j < len; j++) {
                    vs[j] = rng_below(&rng, 50);
                    cr_assert_eq(mi_list_append(list, small(vs[j])), 0);
                }
                cr_assert_eq(mi_dict_set_cstr(main_dict(), "vs", list), 0);
                MI_DECREF(list);
                if (op == OP_SLICE_SET) {
                    cr_assert_eq(exec_code(slice_set, NULL), 0);
                    lo = clamp(a, n);
                    hi = clamp(b, n);
                    if (hi < lo)
                        hi = lo;
                    memmove(m.v + lo + len, m.v + hi, sizeof(int) * (size_t)(n - hi));
                    memcpy(m.v + lo, vs, sizeof(int) * (size_t)len);
                    m.n = n - (hi - lo) + len;
                } else {
                    k = slice_indexes(n, a, b, c, idx);
                    if (c == 1) {
                        cr_assert_eq(exec_code(ext_set, NULL), 0);   /* any length */
                        lo = clamp(a, n);
                        hi = clamp(b, n);
                        if (hi < lo)
                            hi = lo;
                        memmove(m.v + lo + len, m.v + hi, sizeof(int) * (size_t)(n - hi));
                        memcpy(m.v + lo, vs, sizeof(int) * (size_t)len);
                        m.n = n - (hi - lo) + len;
                    } else if (len != k) {
                        cr_assert_eq(exec_code(ext_set, MI_EXC(ValueError)), -1);
                    } else {
                        cr_assert_eq(exec_code(ext_set, NULL), 0);
                        for (int j = 0; j < k; j++)
                            m.v[idx[j]] = vs[j];
                    }
                }
                break;
            }
            case OP_SLICE_DEL: {
                char dead[MAXN] = {0};
                int w = 0;
                k = slice_indexes(n, a, b, c, idx);
                cr_assert_eq(exec_code(slice_del, NULL), 0);
                for (int j = 0; j < k; j++)
                    dead[idx[j]] = 1;
                for (int j = 0; j < n; j++) {
                    if (!dead[j])
                        m.v[w++] = m.v[j];
                }
                m.n = w;
                break;
            }
            case OP_EXTEND: {
                MiObject *list = mi_list_new(0);
                int len = rng_below(&rng, 10);
                if (rng_percent(&rng, 20)) {              /* l.extend(l) */
                    cr_assert_eq(mi_list_extend(l, l), 0);
                    memcpy(m.v + n, m.v, sizeof(int) * (size_t)n);
                    m.n = 2 * n;
                } else {
                    for (int j = 0; j < len; j++) {
                        int x = rng_below(&rng, 50);
                        cr_assert_eq(mi_list_append(list, small(x)), 0);
                        m.v[m.n++] = x;
                    }
                    cr_assert_eq(mi_list_extend(l, list), 0);
                }
                MI_DECREF(list);
                break;
            }
            case OP_REPEAT:
                k = rng_below(&rng, 4) - 1;
                set_int("k", k);
                cr_assert_eq(exec_code(repeat, NULL), 0);
                if (k <= 0) {
                    m.n = 0;
                } else {
                    for (int j = 1; j < k; j++)
                        memcpy(m.v + j * n, m.v, sizeof(int) * (size_t)n);
                    m.n = n * k;
                }
                break;
            case OP_REVERSE:
                cr_assert_eq(mi_list_reverse(l), 0);
                for (int j = 0; j < n / 2; j++) {
                    int t = m.v[j];
                    m.v[j] = m.v[n - 1 - j];
                    m.v[n - 1 - j] = t;
                }
                break;
            case OP_SORT: {
                int rev = rng_percent(&rng, 30);
                cr_assert_eq(mi_list_sort(l, NULL, rev), 0);
                for (int i = 1; i < n; i++) {             /* insertion sort */
                    int x = m.v[i], j = i - 1;
                    while (j >= 0 && (rev ? m.v[j] < x : m.v[j] > x)) {
                        m.v[j + 1] = m.v[j];
                        j--;
                    }
                    m.v[j + 1] = x;
                }
                break;
            }
            }
            check_list(l, &m, step, op_names[op]);
        }
        MI_DECREF(l);
    }
    MI_DECREF(pop);
    MI_DECREF(remove);
    MI_DECREF(delitem);
    MI_DECREF(slice_set);
    MI_DECREF(slice_del);
    MI_DECREF(ext_set);
    MI_DECREF(repeat);
}

/* Sorting is stable, also with reverse=True (equal keys keep their order). */
INTERP_TEST(vm_lists, sort_is_stable)
{
    run_py("import random\n"
           "random.seed(7)\n"
           "for n in (0, 1, 2, 5, 31, 64, 65, 500, 3000):\n"
           "    items = [(random.randrange(10), i) for i in range(n)]\n"
           "    by_key = sorted(items, key=lambda p: p[0])\n"
           "    for a, b in zip(by_key, by_key[1:]):\n"
           "        assert a[0] < b[0] or (a[0] == b[0] and a[1] < b[1]), (n, a, b)\n"
           "    rev = sorted(items, key=lambda p: p[0], reverse=True)\n"
           "    for a, b in zip(rev, rev[1:]):\n"
           "        assert a[0] > b[0] or (a[0] == b[0] and a[1] < b[1]), (n, a, b)\n"
           "    assert sorted(items) == sorted(items, reverse=True)[::-1]\n");
}
