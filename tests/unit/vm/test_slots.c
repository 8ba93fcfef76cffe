/* tests/unit/vm/test_slots.c: type slot dispatch.  A class statement fills
 * the C slots of the new type from its dunders, so the C API (mi_num_add,
 * mi_obj_len, ...) reaches Python methods; later assignments and deletions
 * on a class update the slots of the class and of its subclasses.  Binary
 * operators follow CPython's rules: NotImplemented falls back to the
 * reflected method, a subclass's own reflected method goes first, and the
 * TypeError names both types.  The Python program passes unchanged under
 * CPython 3.10. */
#include "interp_helpers.h"

#include "vm/typeobject.h"

static const char class_v[] =
    "class V:\n"
    "    def __init__(self, v):\n"
    "        self.v = v\n"
    "    def __add__(self, o):\n"
    "        return V(self.v + o.v)\n"
    "    def __len__(self):\n"
    "        return self.v\n"
    "    def __getitem__(self, k):\n"
    "        return k * 2\n"
    "    def __eq__(self, o):\n"
    "        return self.v == o.v\n"
    "    def __hash__(self):\n"
    "        return self.v\n"
    "    def __bool__(self):\n"
    "        return self.v != 0\n"
    "    def __call__(self, x):\n"
    "        return x + 1\n"
    "    def __iter__(self):\n"
    "        return iter(range(self.v))\n"
    "    def __repr__(self):\n"
    "        return 'V(%d)' % self.v\n";

static MiObject *
new_v(int v)
{
    MiObject *arg = mi_int_from_i64(v), *o = mi_call1(py_global("V"), arg);
    MI_DECREF(arg);
    cr_assert_not_null(o);
    return o;
}

static int64_t
int_value(MiObject *o)
{
    int overflow;
    cr_assert_not_null(o);
    cr_assert(mi_int_check(o), "a '%s', not an int", MI_TYPE_NAME(o));
    return mi_int_as_i64(o, &overflow);
}

INTERP_TEST(vm_slots, class_dunders_fill_the_c_slots)
{
    MiType *t;
    MiObject *a, *b, *r, *v, *k, *it, *x;
    run_py(class_v);
    t = (MiType *)py_global("V");
    cr_assert(t->add && t->len && t->getitem && t->richcmp && t->hash && t->bool_ &&
              t->call && t->iter && t->repr, "a dunder left its slot empty");
    cr_assert_null(t->sub, "no __sub__, no slot");
    a = new_v(3);
    b = new_v(4);
    r = mi_num_add(a, b);
    cr_assert_not_null(r);
    v = mi_obj_getattr_str(r, "v");
    cr_assert_eq(int_value(v), 7);
    MI_DECREF(v);
    MI_DECREF(r);
    cr_assert_eq(mi_obj_len(a), 3);
    k = mi_int_from_i64(5);
    r = mi_obj_getitem(a, k);
    cr_assert_eq(int_value(r), 10);
    MI_DECREF(r);
    r = mi_call(a, &k, 1, NULL);
    cr_assert_eq(int_value(r), 6);
    MI_DECREF(r);
    MI_DECREF(k);
    cr_assert_eq(mi_obj_richcmp_bool(a, b, MI_EQ), 0);
    cr_assert_eq(mi_obj_richcmp_bool(a, a, MI_EQ), 1);
    cr_assert_eq(mi_obj_hash(b), 4);
    cr_assert_eq(mi_obj_is_true(a), 1);
    r = mi_obj_repr(a);
    cr_assert_str_eq(mi_str_cstr(r), "V(3)");
    MI_DECREF(r);
    it = mi_obj_iter(a);
    cr_assert_not_null(it);
    for (int i = 0; i < 3; i++) {
        x = mi_iter_next(it);
        cr_assert_eq(int_value(x), i);
        MI_DECREF(x);
    }
    cr_assert_null(mi_iter_next(it));
    cr_assert(!mi_err_occurred(), "exhaustion is not an error");
    MI_DECREF(it);
    r = mi_num_sub(a, b);
    cr_assert_null(r);
    cr_assert(mi_err_matches((MiObject *)MI_EXC(TypeError)));
    mi_err_clear();
    MI_DECREF(a);
    MI_DECREF(b);
    a = new_v(0);
    cr_assert_eq(mi_obj_is_true(a), 0);
    MI_DECREF(a);
}

/* Assigning a dunder after the class exists fills the slot; deleting it
 * empties it again, for subclasses too. */
INTERP_TEST(vm_slots, later_changes_reach_the_slots)
{
    MiType *c, *d;
    run_py("class C:\n    pass\nclass D(C):\n    pass\n");
    c = (MiType *)py_global("C");
    d = (MiType *)py_global("D");
    cr_assert_null(c->len);
    run_py("C.__len__ = lambda self: 7\n");
    cr_assert_not_null(c->len);
    cr_assert_not_null(d->len, "the subclass did not follow");
    run_py("del C.__len__\n");
    cr_assert_null(c->len);
    cr_assert_null(d->len);
}

/* Operators, truth, containers, attribute hooks, descriptors, int
 * subclasses, comparison reflection, repr and str. */
static const char dunders_src[] =
    "log = []\n"
    "class A:\n"
    "    def __init__(self, v):\n"
    "        self.v = v\n"
    "    def __add__(self, o):\n"
    "        log.append((\"A.add\", type(o).__name__))\n"
    "        if isinstance(o, str):\n"
    "            return NotImplemented\n"
    "        return A(self.v + (o.v if isinstance(o, A) else o))\n"
    "    def __radd__(self, o):\n"
    "        log.append((\"A.radd\", type(o).__name__))\n"
    "        return A(o + self.v)\n"
    "    def __eq__(self, o):\n"
    "        return isinstance(o, A) and o.v == self.v\n"
    "    __hash__ = None\n"
    "class B(A):\n"
    "    def __radd__(self, o):\n"
    "        log.append((\"B.radd\", type(o).__name__))\n"
    "        return \"B wins\"\n"
    "assert (A(1) + A(2)).v == 3\n"
    "assert (A(1) + 5).v == 6\n"
    "assert (5 + A(1)).v == 6 and log[-1] == (\"A.radd\", \"int\")\n"
    "log.clear()\n"
    "assert A(1) + B(2) == \"B wins\", \"a subclass's own reflected method goes first\"\n"
    "assert log == [(\"B.radd\", \"A\")], log\n"
    "try:\n"
    "    A(1) + \"s\"\n"
    "except TypeError as e:\n"
    "    assert str(e) == \"unsupported operand type(s) for +: 'A' and 'str'\", str(e)\n"
    "else:\n"
    "    raise AssertionError(\"no TypeError\")\n"
    "try:\n"
    "    hash(A(1))\n"
    "except TypeError as e:\n"
    "    assert str(e) == \"unhashable type: 'A'\", str(e)\n"
    "else:\n"
    "    raise AssertionError(\"hashable\")\n"
    "class E:\n"
    "    def __eq__(self, o):\n"
    "        return True\n"
    "try:\n"
    "    hash(E())\n"
    "except TypeError:\n"
    "    pass\n"
    "else:\n"
    "    raise AssertionError(\"__eq__ without __hash__ must be unhashable\")\n"
    "# slots follow later changes to the class and its bases\n"
    "class C:\n"
    "    pass\n"
    "class D(C):\n"
    "    pass\n"
    "c, d = C(), D()\n"
    "C.__len__ = lambda self: 7\n"
    "assert len(c) == 7 and len(d) == 7\n"
    "D.__len__ = lambda self: 9\n"
    "assert len(d) == 9 and len(c) == 7\n"
    "del C.__len__\n"
    "try:\n"
    "    len(c)\n"
    "except TypeError:\n"
    "    pass\n"
    "else:\n"
    "    raise AssertionError(\"len after del C.__len__\")\n"
    "assert len(d) == 9\n"
    "C.__add__ = lambda self, o: \"added\"\n"
    "assert d + 1 == \"added\"\n"
    "del C.__add__\n"
    "try:\n"
    "    d + 1\n"
    "except TypeError:\n"
    "    pass\n"
    "else:\n"
    "    raise AssertionError(\"+ after del\")\n"
    "# truth: __bool__, then __len__, else true\n"
    "class T:\n"
    "    def __init__(self, b, n):\n"
    "        self.b, self.n = b, n\n"
    "class WithBool(T):\n"
    "    def __bool__(self):\n"
    "        return self.b\n"
    "class WithLen(T):\n"
    "    def __len__(self):\n"
    "        return self.n\n"
    "assert not WithBool(False, 1) and WithBool(True, 0)\n"
    "assert not WithLen(None, 0) and WithLen(None, 3)\n"
    "assert T(0, 0)\n"
    "class BadBool:\n"
    "    def __bool__(self):\n"
    "        return 1\n"
    "try:\n"
    "    bool(BadBool())\n"
    "except TypeError as e:\n"
    "    assert \"__bool__ should return bool, returned int\" in str(e), str(e)\n"
    "else:\n"
    "    raise AssertionError(\"non-bool __bool__\")\n"
    "# containers\n"
    "class Seq:\n"
    "    def __getitem__(self, i):\n"
    "        if i >= 4:\n"
    "            raise IndexError(i)\n"
    "        return i * 10\n"
    "assert list(Seq()) == [0, 10, 20, 30]\n"
    "assert 20 in Seq() and 25 not in Seq()\n"
    "class Idx:\n"
    "    def __index__(self):\n"
    "        return 2\n"
    "assert [1, 2, 3][Idx()] == 3 and \"abc\"[Idx()] == \"c\"\n"
    "class It:\n"
    "    def __init__(self):\n"
    "        self.i = 0\n"
    "    def __iter__(self):\n"
    "        return self\n"
    "    def __next__(self):\n"
    "        self.i += 1\n"
    "        if self.i > 3:\n"
    "            raise StopIteration\n"
    "        return self.i\n"
    "assert list(It()) == [1, 2, 3] and sum(It()) == 6\n"
    "class Cont:\n"
    "    def __contains__(self, x):\n"
    "        return x == \"yes\"\n"
    "assert \"yes\" in Cont() and \"no\" not in Cont()\n"
    "# attribute hooks\n"
    "class GA:\n"
    "    x = 1\n"
    "    def __getattr__(self, name):\n"
    "        return \"missing:\" + name\n"
    "g = GA()\n"
    "assert g.x == 1 and g.y == \"missing:y\"\n"
    "class GAB:\n"
    "    def __getattribute__(self, name):\n"
    "        return \"always:\" + name\n"
    "assert GAB().anything == \"always:anything\"\n"
    "class Desc:\n"
    "    def __get__(self, obj, cls):\n"
    "        return (\"get\", obj is None)\n"
    "    def __set__(self, obj, v):\n"
    "        obj.__dict__[\"stored\"] = v\n"
    "class HasDesc:\n"
    "    d = Desc()\n"
    "h = HasDesc()\n"
    "h.d = 5\n"
    "assert h.d == (\"get\", False) and HasDesc.d == (\"get\", True) and h.stored == 5\n"
    "class Call:\n"
    "    def __call__(self, *a, **k):\n"
    "        return (a, k)\n"
    "assert Call()(1, x=2) == ((1,), {\"x\": 2})\n"
    "# int subclass\n"
    "class MyInt(int):\n"
    "    def __add__(self, o):\n"
    "        return \"MyInt.add\"\n"
    "assert MyInt(1) + 1 == \"MyInt.add\" and 1 + MyInt(1) == 2\n"
    "class MyInt2(int):\n"
    "    def __radd__(self, o):\n"
    "        return \"MyInt2.radd\"\n"
    "assert 1 + MyInt2(1) == \"MyInt2.radd\"\n"
    "assert MyInt(5) * 2 == 10 and isinstance(MyInt(5) * 2, int) and type(MyInt(5) * 2) is int\n"
    "# comparison reflection\n"
    "class Cmp:\n"
    "    def __lt__(self, o):\n"
    "        return \"lt\"\n"
    "    def __gt__(self, o):\n"
    "        return \"gt\"\n"
    "assert (Cmp() < 1) == \"lt\" and (1 < Cmp()) == \"gt\" and (1 > Cmp()) == \"lt\"\n"
    "class Str:\n"
    "    def __repr__(self):\n"
    "        return \"R\"\n"
    "    def __str__(self):\n"
    "        return \"S\"\n"
    "assert repr(Str()) == \"R\" and str(Str()) == \"S\"\n"
    "assert f\"{Str()}\" == \"S\" and \"%r\" % (Str(),) == \"R\"\n";

INTERP_TEST(vm_slots, dunders_behave_as_in_cpython)
{
    run_py(dunders_src);
}
