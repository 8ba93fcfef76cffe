/* tests/unit/vm/test_consts.c: constants of code objects.  Equal constants
 * of one code object are one object (two equal str literals, two equal big
 * ints, two equal floats), but constants that compare equal across types
 * or signs (1, 1.0, True; 0.0, -0.0; (1, 2) and (1.0, 2)) stay distinct,
 * as CPython keys its constant table by type and value. */
#include "interp_helpers.h"

#include <math.h>

#include "vm/code.h"
#include "vm/float.h"
#include "vm/tuple.h"

static MiCode *
compile_module(const char *src)
{
    MiCode *code = mi_compile_source(src, strlen(src), "<consts>", MI_COMPILE_EXEC, NULL);
    if (code == NULL)
        mi_handle_uncaught();
    cr_assert_not_null(code);
    return code;
}

/* How many top-level constants satisfy `pred`. */
static int
count_consts(MiCode *code, int (*pred)(MiObject *))
{
    int n = 0;
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(code->consts); i++)
        n += pred(MI_TUPLE_GET(code->consts, i));
    return n;
}

static int
is_hello(MiObject *o)
{
    return mi_str_check(o) && strcmp(mi_str_cstr(o), "hello world!") == 0;
}

static int
is_big(MiObject *o)
{
    return mi_is_type(o, &mi_int_type) && !mi_int_is_small(o);
}

static int
is_two_and_a_half(MiObject *o)
{
    return mi_is_type(o, &mi_float_type) && MI_FLOAT_VALUE(o) == 2.5;
}

INTERP_TEST(vm_consts, equal_constants_of_one_code_object_are_one_object)
{
    MiCode *code = compile_module("a = 'hello world!'\n"
                                  "b = 'hello world!'\n"
                                  "c = 123456789012345678901234567890\n"
                                  "d = 123456789012345678901234567890\n"
                                  "e = 2.5\n"
                                  "f = 2.5\n"
                                  "g = 'hello world!' if a else 'hello world!'\n");
    cr_assert_eq(count_consts(code, is_hello), 1);
    cr_assert_eq(count_consts(code, is_big), 1);
    cr_assert_eq(count_consts(code, is_two_and_a_half), 1);
    MI_DECREF(code);
    run_py("a = 'hello world!'\n"
           "b = 'hello world!'\n"
           "c = 123456789012345678901234567890\n"
           "d = 123456789012345678901234567890\n"
           "e = 2.5\n"
           "f = 2.5\n"
           "assert a is b and c is d and e is f\n"
           "def fn():\n"
           "    x = 'another constant'\n"
           "    y = 'another constant'\n"
           "    return x is y\n"
           "assert fn()\n");
}

static int
is_one(MiObject *o)
{
    return mi_is_type(o, &mi_int_type) && mi_int_is_small(o) && mi_int_sign(o) > 0 &&
           mi_int_bit_length(o) == 1;
}

static int
is_float_one(MiObject *o)
{
    return mi_is_type(o, &mi_float_type) && MI_FLOAT_VALUE(o) == 1.0;
}

static int
is_true(MiObject *o)
{
    return o == MI_TRUE;
}

static int
is_zero(MiObject *o)
{
    return mi_is_type(o, &mi_float_type) && MI_FLOAT_VALUE(o) == 0.0 &&
           !signbit(MI_FLOAT_VALUE(o));
}

static int
is_minus_zero(MiObject *o)
{
    return mi_is_type(o, &mi_float_type) && MI_FLOAT_VALUE(o) == 0.0 &&
           signbit(MI_FLOAT_VALUE(o));
}

/* Counts `pred` among the constants, looking into constant tuples. */
static int
count_deep(MiObject *consts, int (*pred)(MiObject *))
{
    int n = 0;
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(consts); i++) {
        MiObject *o = MI_TUPLE_GET(consts, i);
        n += pred(o);
        if (mi_is_type(o, &mi_tuple_type))
            n += count_deep(o, pred);
    }
    return n;
}

INTERP_TEST(vm_consts, equal_constants_of_different_types_stay_distinct)
{
    MiCode *code = compile_module("x = 1\ny = 1.0\nz = True\np = 0.0\nq = -0.0\n");
    cr_assert_eq(count_deep(code->consts, is_one), 1);
    cr_assert_eq(count_deep(code->consts, is_float_one), 1);
    cr_assert_eq(count_deep(code->consts, is_true), 1);
    cr_assert_eq(count_deep(code->consts, is_zero), 1, "0.0 is merged with -0.0");
    cr_assert_eq(count_deep(code->consts, is_minus_zero), 1, "-0.0 is merged with 0.0");
    MI_DECREF(code);
    run_py("x, y, z = 1, 1.0, True\n"
           "assert type(x) is int and type(y) is float and type(z) is bool\n"
           "p, q = 0.0, -0.0\n"
           "assert str(p) == '0.0' and str(q) == '-0.0'\n"
           "u, v = (1, 2), (1.0, 2)\n"
           "assert type(u[0]) is int and type(v[0]) is float\n"
           "def f():\n"
           "    return (0.0, -0.0, 1, 1.0)\n"
           "assert [str(c) for c in f()] == ['0.0', '-0.0', '1', '1.0']\n");
}

/* CPython 3.10 merges equal constants across all the code objects of one
 * compilation and inside constant tuples (compile.c, merge_consts_recursive):
 * `f() is a`, `t[1] is a` and `e is f` below are true there.  mini dedups within one
 * code object only, so all three are false: a divergence that costs memory, not
 * a correctness bug (programs must not rely on `is` for strings). */
INTERP_TEST(vm_consts, constants_merge_across_code_objects)
{
    run_py("a = 'hello world!'\n"
           "def f():\n"
           "    return 'hello world!'\n"
           "t = ('x', 'hello world!')\n"
           "assert f() is a, 'merged across code objects'\n"
           "assert t[1] is a, 'merged into constant tuples'\n"
           "e, f = 2.5, 2.5\n"
           "assert e is f, 'items of a folded tuple merged'\n");
}
