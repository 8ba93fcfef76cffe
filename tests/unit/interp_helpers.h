/* tests/unit/interp_helpers.h: what the tests of the whole interpreter
 * (tests/unit/gc, tests/unit/vm) share: starting an interpreter before each
 * test and checking at the end that tearing it down leaves no object and no
 * reference behind; running Python source in __main__ and reading its
 * globals back; a seeded random generator.
 *
 * Criterion runs each test in its own process, so every test gets a fresh
 * interpreter: INTERP_TEST(suite, name) { ... } starts one and checks for
 * leaks when the body returns. */
#ifndef MINI_TESTS_INTERP_HELPERS_H
#define MINI_TESTS_INTERP_HELPERS_H

#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "vm/abstract.h"
#include "vm/compile.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/module.h"
#include "vm/state.h"
#include "vm/str.h"

/* ---- interpreter lifecycle ---------------------------------------------- */

static inline void
interp_start(void)
{
    MiConfig config;
    memset(&config, 0, sizeof config);
    config.program_dir = "";
    cr_assert_eq(mi_interp_init(&config), 0, "the interpreter did not start");
}

/* Tears the interpreter down; fails the test when objects or references
 * are left (debug builds count both). */
static inline void
interp_stop(void)
{
    intptr_t leaked = mi_interp_finalize();
    cr_assert_eq(leaked, 0, "%ld objects leaked at exit", (long)leaked);
#ifdef MI_DEBUG_REFS
    cr_assert_eq(mi_ref_total, 0, "%ld references left at exit", (long)mi_ref_total);
#endif
}

/* A test that runs in a fresh interpreter and ends with interp_stop().
 * Criterion 2.4 only warns about assertions (and crashes) in a suite's
 * .fini, so the leak check runs at the end of the test body instead:
 *     INTERP_TEST(gc_cycles, two_lists) { ... }
 * Extra arguments are Criterion's test options (.disabled = true). */
#define INTERP_TEST(suite, name, ...)                                         \
    static void suite##_##name##_body(void);                                  \
    Test(suite, name, .init = interp_start, ##__VA_ARGS__)                    \
    {                                                                         \
        suite##_##name##_body();                                              \
        interp_stop();                                                        \
    }                                                                         \
    static void suite##_##name##_body(void)

/* ---- running Python ------------------------------------------------------ */

/* Borrowed: the __main__ namespace (made by the first run_py). */
static inline MiObject *
main_dict(void)
{
    cr_assert_not_null(mi_state->main_module, "no Python code ran yet");
    return mi_module_dict(mi_state->main_module);
}

/* Runs `src` as __main__; returns 0, or -1 after printing the traceback. */
static inline int
try_py(const char *src)
{
    if (mi_run_source(src, strlen(src), "<test>") == 0)
        return 0;
    mi_handle_uncaught();
    return -1;
}

/* Runs `src` as __main__ and fails the test if it raises. */
#define run_py(src) \
    cr_assert_eq(try_py(src), 0, "Python code raised (traceback above):\n%s", (src))

/* New reference: the value of expression `expr` in __main__, or NULL with
 * the exception raised. */
static inline MiObject *
eval_py(const char *expr)
{
    MiCode *code = mi_compile_source(expr, strlen(expr), "<test>", MI_COMPILE_EVAL, NULL);
    MiObject *res;
    if (code == NULL)
        return NULL;
    res = mi_eval_code(code, main_dict(), main_dict());
    MI_DECREF(code);
    return res;
}

/* The value of an int expression in __main__; fails the test otherwise. */
static inline int64_t
py_int(const char *expr)
{
    MiObject *v = eval_py(expr);
    int overflow = 0;
    int64_t n;
    if (v == NULL)
        mi_handle_uncaught();
    cr_assert_not_null(v, "`%s` raised", expr);
    cr_assert(mi_int_check(v), "`%s` is a '%s', not an int", expr, MI_TYPE_NAME(v));
    n = mi_int_as_i64(v, &overflow);
    MI_DECREF(v);
    cr_assert_eq(overflow, 0, "`%s` does not fit 64 bits", expr);
    return n;
}

/* Fails the test unless Python expression `expr` is true in __main__. */
#define assert_py(expr) do { \
        MiObject *v_ = eval_py(expr); \
        int t_; \
        if (v_ == NULL) \
            mi_handle_uncaught(); \
        cr_assert_not_null(v_, "`%s` raised", (expr)); \
        t_ = mi_obj_is_true(v_); \
        MI_DECREF(v_); \
        cr_assert_eq(t_, 1, "`%s` is false", (expr)); \
    } while (0)

/* Borrowed: global `name` of __main__ (fails the test when missing). */
static inline MiObject *
py_global(const char *name)
{
    MiObject *v = mi_dict_get_cstr(main_dict(), name);
    cr_assert_not_null(v, "no global '%s' in __main__", name);
    return v;
}

/* Objects alive now (every allocation not yet freed). */
static inline intptr_t
live_objects(void)
{
    return mi_state->live_objects;
}

/* ---- heap consistency ------------------------------------------------------ */

typedef struct HeapRefs {
    MiObject **objs;            /* every tracked object, sorted */
    intptr_t  *refs;            /* references to it from tracked objects */
    intptr_t   n, cap;
} HeapRefs;

static int
heap_refs_add(MiObject *o, void *arg)
{
    HeapRefs *h = arg;
    if (h->n == h->cap) {
        h->cap = h->cap ? 2 * h->cap : 4096;
        h->objs = realloc(h->objs, sizeof(MiObject *) * (size_t)h->cap);
        cr_assert_not_null(h->objs);
    }
    h->objs[h->n++] = o;
    return 0;
}

static int
heap_refs_cmp(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(MiObject *const *)a, y = (uintptr_t)*(MiObject *const *)b;
    return x < y ? -1 : x > y;
}

static int
heap_refs_visit(MiObject *o, void *arg)
{
    HeapRefs *h = arg;
    MiObject **hit = bsearch(&o, h->objs, (size_t)h->n, sizeof(MiObject *), heap_refs_cmp);
    if (hit != NULL)
        h->refs[hit - h->objs]++;
    return 0;
}

/* Fails the test if a tracked object is referred to by tracked containers
 * more often than its reference count says: a missing incref somewhere
 * (the collector would compute negative gc_refs and free a live object). */
static inline void
assert_heap_refcounts(const char *when)
{
    HeapRefs h = {0};
    mi_gc_foreach(&mi_state->gc, -1, heap_refs_add, &h);
    qsort(h.objs, (size_t)h.n, sizeof(MiObject *), heap_refs_cmp);
    h.refs = calloc((size_t)(h.n ? h.n : 1), sizeof(intptr_t));
    cr_assert_not_null(h.refs);
    for (intptr_t i = 0; i < h.n; i++) {
        MiObject *o = h.objs[i];
        if (o->type->traverse != NULL)
            o->type->traverse(o, heap_refs_visit, &h);
    }
    for (intptr_t i = 0; i < h.n; i++) {
        MiObject *o = h.objs[i];
        cr_assert_leq(h.refs[i], MI_REFCNT(o), "%s: a '%s' object%s%s has %ld references from "
                      "containers but a count of %ld", when, MI_TYPE_NAME(o),
                      mi_type_is_subtype(o->type, &mi_type_type) ? " named " : "",
                      mi_type_is_subtype(o->type, &mi_type_type) ? ((MiType *)o)->name : "",
                      (long)h.refs[i], (long)MI_REFCNT(o));
    }
    free(h.objs);
    free(h.refs);
}

/* ---- random numbers ------------------------------------------------------ */

/* xorshift64*: deterministic for a given seed (never 0). */
static inline uint64_t
rng_next(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 0x2545F4914F6CDD1DULL;
}

/* A number in [0, n). */
static inline int
rng_below(uint64_t *state, int n)
{
    return (int)(rng_next(state) % (uint64_t)n);
}

/* True with probability percent / 100. */
static inline int
rng_percent(uint64_t *state, int percent)
{
    return rng_below(state, 100) < percent;
}

#endif /* MINI_TESTS_INTERP_HELPERS_H */
