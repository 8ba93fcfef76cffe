/* tests/unit/vm/test_refcount.c: reference counting.  A count reaching
 * zero frees the object at once and releases everything it held, each
 * container kind included; MI_CLEAR empties its field before the decref;
 * small ints (-5..256) are shared objects whose counts are real; debug
 * builds count live objects and references exactly; and the counts that
 * sys.getrefcount shows for the basic constructs are CPython 3.10's (each
 * program passes unchanged there). */
#include "interp_helpers.h"
#include "probe.h"

#include "vm/list.h"
#include "vm/tuple.h"

INTERP_TEST(vm_refcount, incref_and_decref_count_exactly)
{
    MiObject *l = mi_list_new(0);
    intptr_t live = live_objects();
#ifdef MI_DEBUG_REFS
    intptr_t refs = mi_ref_total;
#endif
    cr_assert_eq(MI_REFCNT(l), 1);
    MI_INCREF(l);
    MI_INCREF(l);
    cr_assert_eq(MI_REFCNT(l), 3);
#ifdef MI_DEBUG_REFS
    cr_assert_eq(mi_ref_total, refs + 2);
#endif
    MI_DECREF(l);
    MI_DECREF(l);
    cr_assert_eq(MI_REFCNT(l), 1);
    cr_assert_eq(live_objects(), live);
    MI_DECREF(l);
    cr_assert_eq(live_objects(), live - 1);
#ifdef MI_DEBUG_REFS
    cr_assert_eq(mi_ref_total, refs - 1);
#endif
}

/* Each container kind, holding a probe among other things, frees it the
 * moment the container's count reaches zero (not before). */
INTERP_TEST(vm_refcount, dealloc_at_zero_releases_what_it_holds)
{
    int deaths = 0;
    MiObject *p, *c, *inner, *cls, *inst;
    intptr_t live;

    /* the first class made keeps a cache alive (object's subclass table) */
    run_py("class K0:\n    pass\ndel K0\n");
    mi_gc_collect(&mi_state->gc, 2);
    live = live_objects();

    p = probe_new(&deaths);
    c = mi_list_new(0);
    cr_assert_eq(mi_list_append(c, p), 0);
    MI_DECREF(p);
    MI_INCREF(c);
    MI_DECREF(c);
    cr_assert_eq(deaths, 0, "freed while the list lives");
    MI_DECREF(c);
    cr_assert_eq(deaths, 1, "list");

    p = probe_new(&deaths);
    c = mi_dict_new();
    cr_assert_eq(mi_dict_set_cstr(c, "key", p), 0);
    MI_DECREF(p);
    MI_DECREF(c);
    cr_assert_eq(deaths, 2, "dict value");

    p = probe_new(&deaths);
    c = mi_tuple_pack(3, MI_NONE, p, MI_NONE);
    MI_DECREF(p);
    MI_DECREF(c);
    cr_assert_eq(deaths, 3, "tuple");

    /* nested: list in tuple in list */
    p = probe_new(&deaths);
    inner = mi_list_new(0);
    cr_assert_eq(mi_list_append(inner, p), 0);
    MI_DECREF(p);
    c = mi_tuple_pack(1, inner);
    MI_DECREF(inner);
    inner = c;
    c = mi_list_new(0);
    cr_assert_eq(mi_list_append(c, inner), 0);
    MI_DECREF(inner);
    MI_DECREF(c);
    cr_assert_eq(deaths, 4, "nested");

    run_py("class Klass:\n    pass\n");
    cls = py_global("Klass");
    p = probe_new(&deaths);
    inst = mi_call0(cls);
    cr_assert_not_null(inst);
    cr_assert_eq(mi_obj_setattr_str(inst, "probe", p), 0);
    MI_DECREF(p);
    MI_DECREF(inst);
    cr_assert_eq(deaths, 5, "instance attribute");
    run_py("del Klass\n");
    mi_gc_collect(&mi_state->gc, 2);    /* a class is a cycle (its MRO) */
    cr_assert_eq(live_objects(), live, "%ld objects left", (long)(live_objects() - live));
}

/* The field must read NULL while the old value dies (its dealloc may run
 * code that looks at the owner). */
INTERP_TEST(vm_refcount, clear_empties_the_field_before_the_decref)
{
    int deaths = 0;
    MiObject *field = probe_new(&deaths), *seen = (MiObject *)1;
    ((Probe *)field)->watch = &field;
    ((Probe *)field)->seen = &seen;
    MI_CLEAR(field);
    cr_assert_eq(deaths, 1);
    cr_assert_null(seen, "the field still held the object while it died");
    cr_assert_null(field);
    MI_CLEAR(field);                    /* NULL is fine */
}

INTERP_TEST(vm_refcount, setref_stores_before_dropping_the_old_value)
{
    int deaths = 0;
    MiObject *field = probe_new(&deaths), *seen = NULL;
    ((Probe *)field)->watch = &field;
    ((Probe *)field)->seen = &seen;
    MI_SETREF(field, mi_newref(MI_NONE));
    cr_assert_eq(deaths, 1);
    cr_assert_eq(seen, MI_NONE);
    MI_DECREF(field);
}

INTERP_TEST(vm_refcount, small_ints_are_shared_with_real_counts)
{
    for (int v = -5; v <= 256; v++) {
        MiObject *a = mi_int_from_i64(v), *b;
        intptr_t before = MI_REFCNT(a);
        b = mi_int_from_i64(v);
        cr_assert_eq(a, b, "%d is not shared", v);
        cr_assert_eq(MI_REFCNT(a), before + 1, "%d: count %ld after one more reference", v,
                     (long)MI_REFCNT(a));
        MI_DECREF(b);
        cr_assert_eq(MI_REFCNT(a), before);
        MI_DECREF(a);
    }
    for (int v = -7; v <= 300; v += 1) {
        MiObject *a, *b;
        if (v == -5)
            v = 257;
        a = mi_int_from_i64(v);
        b = mi_int_from_i64(v);
        cr_assert_neq(a, b, "%d is shared", v);
        cr_assert_eq(MI_REFCNT(a), 1);
        MI_DECREF(a);
        MI_DECREF(b);
    }
}

INTERP_TEST(vm_refcount, arithmetic_lands_on_shared_small_ints)
{
    MiObject *big = mi_int_from_string("1180591620717411303424", 22, 10);   /* 2**70 */
    MiObject *five = mi_int_from_i64(5), *bigm5, *r;
    cr_assert_not_null(big);
    bigm5 = mi_int_sub(big, five);
    r = mi_int_sub(big, bigm5);
    cr_assert_eq(r, five, "2**70 - (2**70 - 5) is not the shared 5");
    MI_DECREF(r);
    MI_DECREF(bigm5);
    MI_DECREF(big);
    MI_DECREF(five);
    run_py("import sys\n"
           "a = 2 ** 70; b = a - 5; five = 5; n = 300\n"
           "assert (a - b) is five and (n - 295) is five and int('5') is five\n"
           "r0 = sys.getrefcount(five)\n"
           "l = [5] * 10\n"
           "assert sys.getrefcount(five) == r0 + 10\n"
           "del l\n"
           "assert sys.getrefcount(five) == r0\n");
}

INTERP_TEST(vm_refcount, live_objects_follow_allocations)
{
    intptr_t live = live_objects();
    MiObject *objs[100];
    for (int i = 0; i < 100; i++) {
        objs[i] = i % 3 == 0 ? mi_list_new(0) : i % 3 == 1 ? mi_str_from_cstr("x y z")
                                                           : mi_int_from_i64(1000 + i);
        cr_assert_eq(live_objects(), live + i + 1);
    }
    for (int i = 99; i >= 0; i--) {
        MI_DECREF(objs[i]);
        cr_assert_eq(live_objects(), live + i);
    }
}

/* sys.getrefcount of fresh objects through containers, calls, bound methods,
 * iterators, exceptions (values as CPython 3.10 prints them). */
static const char getrefcount_basics_src[] =
    "import sys\n"
    "class C: pass\n"
    "x = C()\n"
    "base = sys.getrefcount(x)\n"
    "assert base == 2, base\n"
    "l = [x]\n"
    "assert sys.getrefcount(x) == base + 1\n"
    "l.append(x); l.append(x)\n"
    "assert sys.getrefcount(x) == base + 3\n"
    "d = {\"k\": x, \"j\": x}\n"
    "assert sys.getrefcount(x) == base + 5\n"
    "t = (x, x)\n"
    "assert sys.getrefcount(x) == base + 7\n"
    "del l\n"
    "assert sys.getrefcount(x) == base + 4\n"
    "d[\"k\"] = None\n"
    "assert sys.getrefcount(x) == base + 3\n"
    "x.me = x\n"
    "assert sys.getrefcount(x) == base + 4\n"
    "del x.me\n"
    "s = {x}\n"
    "assert sys.getrefcount(x) == base + 4\n"
    "s.discard(x); del t; del d\n"
    "assert sys.getrefcount(x) == base\n"
    "def f(a):\n"
    "    return sys.getrefcount(a)\n"
    "assert f(x) == base + 2, f(x)\n"
    "def g(a, b):\n"
    "    return sys.getrefcount(b)\n"
    "assert g(1, x) == base + 2\n"
    "def h(*args):\n"
    "    return sys.getrefcount(args[0])\n"
    "assert h(x) == base + 2, h(x)\n"
    "k = x; k2 = x\n"
    "assert sys.getrefcount(x) == base + 2\n"
    "del k, k2\n"
    "it = iter([x])\n"
    "assert sys.getrefcount(x) == base + 1\n"
    "next(it)\n"
    "assert sys.getrefcount(x) == base + 1, \"the iterator still holds the list\"\n"
    "assert next(it, None) is None\n"
    "assert sys.getrefcount(x) == base, \"an exhausted list iterator drops its list\"\n"
    "del it\n"
    "y = [x] * 5\n"
    "assert sys.getrefcount(x) == base + 5\n"
    "y *= 2\n"
    "assert sys.getrefcount(x) == base + 10\n"
    "y = y[:3]\n"
    "assert sys.getrefcount(x) == base + 3\n"
    "del y\n"
    "bound = x.__class__\n"
    "lst = []\n"
    "assert sys.getrefcount(lst) == 2\n"
    "lst2 = [lst, lst]\n"
    "assert sys.getrefcount(lst) == 4\n"
    "def make():\n"
    "    o = C()\n"
    "    return o\n"
    "m = make()\n"
    "assert sys.getrefcount(m) == 2\n"
    "class W:\n"
    "    def meth(self):\n"
    "        return sys.getrefcount(self)\n"
    "w = W()\n"
    "assert w.meth() == 4, w.meth()\n"
    "bm = w.meth\n"
    "assert sys.getrefcount(w) == 3\n"
    "del bm\n"
    "assert sys.getrefcount(w) == 2\n"
    "try:\n"
    "    raise ValueError(x)\n"
    "except ValueError as e:\n"
    "    assert sys.getrefcount(x) == base + 1\n"
    "assert sys.getrefcount(x) == base\n";

INTERP_TEST(vm_refcount, getrefcount_of_basic_constructs)
{
    run_py(getrefcount_basics_src);
}

/* Closures, defaults, generators, comprehensions, loop variables, except
 * targets, **kwargs, views, class attributes, str.join, fresh ints. */
static const char getrefcount_more_src[] =
    "import sys\n"
    "class C: pass\n"
    "x = C()\n"
    "base = sys.getrefcount(x)\n"
    "def outer():\n"
    "    v = x\n"
    "    def inner():\n"
    "        return v\n"
    "    return inner\n"
    "fn = outer()\n"
    "assert sys.getrefcount(x) == base + 1, \"the cell\"\n"
    "del fn\n"
    "assert sys.getrefcount(x) == base\n"
    "def dflt(a=x):\n"
    "    return a\n"
    "assert sys.getrefcount(x) == base + 1, \"the defaults tuple\"\n"
    "del dflt\n"
    "def gen():\n"
    "    yield x\n"
    "    yield 1\n"
    "g = gen()\n"
    "assert sys.getrefcount(x) == base\n"
    "next(g)\n"
    "assert sys.getrefcount(x) == base\n"
    "g2 = gen(); v = next(g2)\n"
    "assert sys.getrefcount(x) == base + 1\n"
    "del v, g, g2\n"
    "comp = [x for i in range(3)]\n"
    "assert sys.getrefcount(x) == base + 3\n"
    "del comp\n"
    "for item in [x, x]:\n"
    "    pass\n"
    "assert sys.getrefcount(x) == base + 1, \"the loop variable\"\n"
    "del item\n"
    "try:\n"
    "    raise KeyError(x)\n"
    "except KeyError as e:\n"
    "    pass\n"
    "assert sys.getrefcount(x) == base, \"`e` is deleted after the handler\"\n"
    "def kw(**k):\n"
    "    return sys.getrefcount(k[\"a\"])\n"
    "assert kw(a=x) == base + 2, kw(a=x)\n"
    "def star(*a):\n"
    "    return len(a)\n"
    "assert star(*[x, x]) == 2\n"
    "assert sys.getrefcount(x) == base\n"
    "z = list(zip([x], [x]))\n"
    "assert sys.getrefcount(x) == base + 2\n"
    "del z\n"
    "e2 = list(enumerate([x]))\n"
    "assert sys.getrefcount(x) == base + 1\n"
    "del e2\n"
    "d = {x: x}\n"
    "assert sys.getrefcount(x) == base + 2\n"
    "ks = list(d.keys()); vs = list(d.values()); its = list(d.items())\n"
    "assert sys.getrefcount(x) == base + 6\n"
    "del ks, vs, its, d\n"
    "s = set([x]) | set([x])\n"
    "assert sys.getrefcount(x) == base + 1\n"
    "del s\n"
    "class Holder:\n"
    "    attr = x\n"
    "assert sys.getrefcount(x) == base + 1\n"
    "del Holder\n"
    "import gc; gc.collect()\n"
    "assert sys.getrefcount(x) == base, sys.getrefcount(x)\n"
    "a = \"abc\"\n"
    "r0 = sys.getrefcount(a)\n"
    "parts = [a] * 4\n"
    "assert sys.getrefcount(a) == r0 + 4\n"
    "j = \"\".join(parts)\n"
    "assert sys.getrefcount(a) == r0 + 4\n"
    "del parts\n"
    "assert sys.getrefcount(a) == r0\n"
    "thirty = 30\n"
    "big = 10 ** thirty\n"
    "assert sys.getrefcount(big) == 2\n"
    "big2 = big\n"
    "assert sys.getrefcount(big) == 3\n"
    "fl = 1.5 * thirty\n"
    "assert sys.getrefcount(fl) == 2\n";

INTERP_TEST(vm_refcount, getrefcount_of_functions_and_scopes)
{
    run_py(getrefcount_more_src);
}
