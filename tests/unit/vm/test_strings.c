/* tests/unit/vm/test_strings.c: str is UTF-8 with code-point semantics.
 * Random strings mixing 1- to 4-byte code points (longer than the 32-code
 * point stride of the index that non-ASCII strings build on first
 * indexing) are encoded here, handed to mi_str_new, and checked against
 * the list of their code points: length, every index from C in random
 * order (and byte offsets), then from Python: iteration, negative indexes,
 * slices with steps, reversal, find, concatenation.  Interning: equal
 * interned strings are one object, sys.intern agrees, and the table does
 * not keep strings alive. */
#include "interp_helpers.h"

#include "vm/list.h"

/* A random code point: ASCII, 2, 3 (no surrogates) or 4 bytes of UTF-8. */
static uint32_t
random_cp(uint64_t *rng, int mix)
{
    switch (rng_below(rng, mix)) {
    case 0: return 0x20 + (uint32_t)rng_below(rng, 0x5f);
    case 1: return 0x80 + (uint32_t)rng_below(rng, 0x780);
    case 2: {
        uint32_t cp = 0x800 + (uint32_t)rng_below(rng, 0xf800);
        return cp >= 0xd800 && cp <= 0xdfff ? cp + 0x800 : cp;
    }
    default: return 0x10000 + (uint32_t)rng_below(rng, 0x100000);
    }
}

static int
utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xc0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | cp >> 12);
        out[1] = (char)(0x80 | (cp >> 6 & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3f));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3f));
    out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

#define MAX_CPS 400

static const char python_checks[] =
    "assert len(s) == len(cps)\n"
    "assert [ord(c) for c in s] == cps\n"
    "assert [ord(c) for c in reversed(s)] == cps[::-1]\n"
    "for i in idx:\n"
    "    assert ord(s[i]) == cps[i], (i, s[i])\n"
    "for a, b, c in slices:\n"
    "    assert [ord(x) for x in s[a:b:c]] == cps[a:b:c], (a, b, c)\n"
    "if cps:\n"
    "    k = idx[0] % len(cps)\n"
    "    assert s.find(s[k:k + 3]) == [i for i in range(len(cps))\n"
    "        if cps[i:i + len(cps[k:k + 3])] == cps[k:k + 3]][0]\n"
    "t = s + s\n"
    "assert len(t) == 2 * len(cps) and [ord(c) for c in t] == cps + cps\n"
    "assert t[len(cps):] == s and hash(t[len(cps):]) == hash(s)\n"
    "assert s.encode('utf-8').decode('utf-8') == s\n";

static MiObject *
int_list(const int64_t *v, int n)
{
    MiObject *l = mi_list_new(0);
    cr_assert_not_null(l);
    for (int i = 0; i < n; i++) {
        MiObject *x = mi_int_from_i64(v[i]);
        cr_assert_eq(mi_list_append(l, x), 0);
        MI_DECREF(x);
    }
    return l;
}

static void
set_global(const char *name, MiObject *v)
{
    cr_assert_eq(mi_dict_set_cstr(main_dict(), name, v), 0);
    MI_DECREF(v);
}

INTERP_TEST(vm_strings, code_point_indexing_of_random_strings)
{
    uint64_t rng = 0x57a1;
    MiCode *checks;
    run_py("pass\n");
    checks = mi_compile_source(python_checks, strlen(python_checks), "<checks>",
                               MI_COMPILE_EXEC, NULL);
    cr_assert_not_null(checks);
    for (int iter = 0; iter < 300; iter++) {
        uint32_t cps[MAX_CPS];
        int64_t cps64[MAX_CPS], idx[64], sl[3];
        char utf8[MAX_CPS * 4];
        intptr_t offsets[MAX_CPS + 1];
        int n = iter % 10 == 0 ? rng_below(&rng, 4) : rng_below(&rng, MAX_CPS);
        int mix = 1 + iter % 4, size = 0;
        MiObject *s, *slices, *res;
        for (int i = 0; i < n; i++) {
            cps[i] = random_cp(&rng, mix);
            cps64[i] = cps[i];
            offsets[i] = size;
            size += utf8_encode(cps[i], utf8 + size);
        }
        offsets[n] = size;
        s = mi_str_new(utf8, size);
        cr_assert_not_null(s);
        cr_assert_eq(MI_STR_LEN(s), n, "length %ld, expected %d", (long)MI_STR_LEN(s), n);
        cr_assert_eq(MI_STR_SIZE(s), size);
        for (int q = 0; q < 3 * n; q++) {
            int i = rng_below(&rng, n);
            MiObject *c = mi_str_getitem(s, i), *want = mi_str_from_codepoint(cps[i]);
            cr_assert_eq(mi_str_codepoint_at(s, i), cps[i], "s[%d] of %d", i, n);
            cr_assert_eq(mi_str_byte_offset(s, i), offsets[i]);
            cr_assert(mi_str_eq(c, want), "s[%d] is not U+%04X", i, cps[i]);
            MI_DECREF(c);
            MI_DECREF(want);
        }
        cr_assert_eq(mi_str_byte_offset(s, n), size);
        set_global("s", s);
        set_global("cps", int_list(cps64, n));
        for (int k = 0; k < 64; k++)
            idx[k] = n ? rng_below(&rng, 2 * n) - n : 0;
        set_global("idx", int_list(idx, n ? 64 : 0));
        slices = mi_list_new(0);
        for (int k = 0; k < 20; k++) {
            sl[0] = rng_below(&rng, 2 * n + 5) - n - 2;
            sl[1] = rng_below(&rng, 2 * n + 5) - n - 2;
            sl[2] = rng_percent(&rng, 50) ? 1 : rng_below(&rng, 9) - 4;
            if (sl[2] == 0)
                sl[2] = 1;
            cr_assert_eq(mi_list_append(slices, int_list(sl, 3)), 0);
            MI_DECREF(MI_LIST_ITEMS(slices)[k]);
        }
        set_global("slices", slices);
        res = mi_eval_code(checks, main_dict(), main_dict());
        if (res == NULL)
            mi_handle_uncaught();
        cr_assert_not_null(res, "Python checks failed on string %d (%d code points)", iter, n);
        MI_DECREF(res);
    }
    MI_DECREF(checks);
}

INTERP_TEST(vm_strings, interned_strings_are_one_object)
{
    MiObject *a = mi_str_intern_cstr("some_identifier_x"), *b, *c;
    b = mi_str_intern_cstr("some_identifier_x");
    cr_assert_eq(a, b);
    c = mi_str_intern(mi_str_new("some_identifier_x", 17));
    cr_assert_eq(a, c);
    MI_DECREF(b);
    MI_DECREF(c);
    cr_assert_eq(MI_REFCNT(a), 1, "the table must not own its strings");
    MI_DECREF(a);
    a = mi_str_intern_cstr("some_identifier_x");     /* made anew, works */
    cr_assert_str_eq(mi_str_cstr(a), "some_identifier_x");
    MI_DECREF(a);
    run_py("import sys\n"
           "a = sys.intern(''.join(['déjà', '_vu']))\n"
           "b = sys.intern('déjà_vu')\n"
           "assert a is b and a == 'déjà_vu'\n"
           "c = ''.join(['déjà', '_vu'])\n"
           "assert c is not a and sys.intern(c) is a\n");
}

INTERP_TEST(vm_strings, interning_frees_unused_strings)
{
    intptr_t live;
    MiObject *s;
    run_py("pass\n");
    live = live_objects();
    for (int i = 0; i < 2000; i++) {
        char name[32];
        snprintf(name, sizeof name, "transient_name_%d", i);
        s = mi_str_intern_cstr(name);
        cr_assert_not_null(s);
        MI_DECREF(s);
    }
    cr_assert_eq(live_objects(), live);
}
