/* tests/unit/vm/test_ints.c: int arithmetic against 128-bit C arithmetic.
 * An int holds a 64-bit value while it fits and a GMP integer beyond; every
 * operation tries the 64-bit path first.  Random operands, biased to the
 * edges (0, +-1, powers of two, INT64_MIN/MAX), go through add, sub, mul,
 * floor division and modulo (Python's signs), comparison, hashing
 * (modulo 2**61 - 1, -1 becomes -2) and str() in bases 2, 8, 10 and 16;
 * each result must equal the __int128 reference and be in the small
 * representation exactly when it fits 64 bits, including results of big
 * operands that come back into range. */
#include "interp_helpers.h"

#include <stdio.h>

typedef __int128 i128;

/* Decimal (or base 2/8/16 with Python's prefix) text of v. */
static void
i128_format(i128 v, int base, char *out)
{
    char buf[160];
    int n = 0, neg = v < 0;
    unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
    do {
        buf[n++] = "0123456789abcdef"[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u != 0);
    if (neg)
        *out++ = '-';
    if (base != 10) {
        *out++ = '0';
        *out++ = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    }
    while (n > 0)
        *out++ = buf[--n];
    *out = '\0';
}

/* New reference: the int of value v, made from its decimal text. */
static MiObject *
int_of(i128 v)
{
    char text[64];
    MiObject *o;
    i128_format(v, 10, text);
    o = mi_int_from_string(text, strlen(text), 10);
    cr_assert_not_null(o, "int(%s) failed", text);
    return o;
}

static int
fits_i64(i128 v)
{
    return v >= INT64_MIN && v <= INT64_MAX;
}

/* Checks value and representation of `o` (stolen). */
static void
check_int(MiObject *o, i128 expect, const char *what)
{
    char want[64];
    MiObject *s;
    i128_format(expect, 10, want);
    cr_assert_not_null(o, "%s: raised, expected %s", what, want);
    cr_assert(mi_int_check(o), "%s: not an int", what);
    s = mi_int_to_str(o, 10, 0);
    cr_assert_not_null(s);
    cr_assert_str_eq(mi_str_cstr(s), want, "%s = %s, expected %s", what, mi_str_cstr(s), want);
    MI_DECREF(s);
    cr_assert_eq(mi_int_is_small(o), fits_i64(expect), "%s = %s is %s", what, want,
                 mi_int_is_small(o) ? "small" : "big");
    if (fits_i64(expect) && expect >= MI_SMALL_INT_MIN && expect <= MI_SMALL_INT_MAX) {
        MiObject *shared = mi_int_from_i64((int64_t)expect);
        cr_assert_eq(o, shared, "%s = %s is not the shared small int", what, want);
        MI_DECREF(shared);
    }
    MI_DECREF(o);
}

/* Edge-biased random 64-bit values. */
static int64_t
random_i64(uint64_t *rng)
{
    int64_t v;
    switch (rng_below(rng, 8)) {
    case 0: return (int64_t)rng_below(rng, 11) - 5;
    case 1: return rng_percent(rng, 50) ? INT64_MAX - rng_below(rng, 3)
                                        : INT64_MIN + rng_below(rng, 3);
    case 2:
        v = (int64_t)1 << rng_below(rng, 63);
        v += rng_below(rng, 3) - 1;
        return rng_percent(rng, 50) ? v : -v;
    case 3: return (int64_t)(rng_next(rng) >> (1 + rng_below(rng, 62))) *
                   (rng_percent(rng, 50) ? 1 : -1);
    default: return (int64_t)rng_next(rng);
    }
}

/* A random value of up to ~124 bits, often a product (big ints). */
static i128
random_i128(uint64_t *rng)
{
    i128 v = random_i64(rng);
    if (rng_percent(rng, 50))
        v *= random_i64(rng) >> rng_below(rng, 3);
    return v;
}

static i128
floordiv(i128 a, i128 b)
{
    i128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static i128
floormod(i128 a, i128 b)
{
    i128 r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

/* Python's hash of an int: modulo 2**61 - 1 with the sign, -1 -> -2. */
static int64_t
int_hash(i128 v)
{
    const i128 p = ((i128)1 << 61) - 1;
    i128 m = (v < 0 ? -v : v) % p;
    int64_t h = (int64_t)(v < 0 ? -m : m);
    return h == -1 ? -2 : h;
}

INTERP_TEST(vm_ints, arithmetic_matches_128_bit_reference)
{
    uint64_t rng = 0x1a7e5eed;
    char what[200];
    for (int iter = 0; iter < 20000; iter++) {
        i128 x = iter % 2 ? random_i128(&rng) : random_i64(&rng);
        i128 y = iter % 3 ? random_i64(&rng) : random_i128(&rng);
        MiObject *a, *b;
        char xs[64], ys[64];
        /* keep every exact result inside 127 bits */
        if ((x > ((i128)1 << 125) || x < -((i128)1 << 125)) &&
            (y > ((i128)1 << 125) || y < -((i128)1 << 125)))
            y >>= 64;
        a = int_of(x);
        b = int_of(y);
        i128_format(x, 10, xs);
        i128_format(y, 10, ys);
        snprintf(what, sizeof what, "%s + %s", xs, ys);
        check_int(mi_int_add(a, b), x + y, what);
        snprintf(what, sizeof what, "%s - %s", xs, ys);
        check_int(mi_int_sub(a, b), x - y, what);
        if (fits_i64(x) && fits_i64(y)) {
            snprintf(what, sizeof what, "%s * %s", xs, ys);
            check_int(mi_int_mul(a, b), x * y, what);
        }
        if (y != 0) {
            snprintf(what, sizeof what, "%s // %s", xs, ys);
            check_int(mi_int_floordiv(a, b), floordiv(x, y), what);
            snprintf(what, sizeof what, "%s %% %s", xs, ys);
            check_int(mi_int_mod(a, b), floormod(x, y), what);
        }
        cr_assert_eq(mi_int_compare(a, b), (x > y) - (x < y), "compare %s %s", xs, ys);
        cr_assert_eq(mi_int_hash(a), int_hash(x), "hash(%s) = %ld, expected %ld", xs,
                     (long)mi_int_hash(a), (long)int_hash(x));
        cr_assert_eq(mi_int_sign(a), (x > 0) - (x < 0));
        MI_DECREF(a);
        MI_DECREF(b);
    }
}

/* Big operands whose results come back into 64 bits become small again. */
INTERP_TEST(vm_ints, results_back_in_range_become_small)
{
    uint64_t rng = 0xbac4;
    for (int iter = 0; iter < 5000; iter++) {
        i128 big = (i128)random_i64(&rng) * (random_i64(&rng) | 1);
        i128 small = random_i64(&rng);
        MiObject *a = int_of(big), *b = int_of(big - small), *c;
        check_int(mi_int_sub(a, b), small, "big - (big - small)");
        c = int_of(-big);
        check_int(mi_int_add(a, c), 0, "big + -big");
        MI_DECREF(c);
        if (big != 0) {
            c = int_of(big);
            check_int(mi_int_floordiv(a, c), 1, "big // big");
            MI_DECREF(c);
        }
        MI_DECREF(a);
        MI_DECREF(b);
    }
}

INTERP_TEST(vm_ints, overflow_edges)
{
    MiObject *min = mi_int_from_i64(INT64_MIN), *max = mi_int_from_i64(INT64_MAX);
    MiObject *one = mi_int_from_i64(1), *m1 = mi_int_from_i64(-1), *zero = mi_int_from_i64(0);
    int overflow = 0;
    check_int(mi_int_add(max, one), (i128)INT64_MAX + 1, "max + 1");
    check_int(mi_int_sub(min, one), (i128)INT64_MIN - 1, "min - 1");
    check_int(mi_int_mul(min, m1), -(i128)INT64_MIN, "min * -1");
    check_int(mi_int_floordiv(min, m1), -(i128)INT64_MIN, "min // -1");
    check_int(mi_int_mod(min, m1), 0, "min % -1");
    check_int(mi_int_sub(zero, min), -(i128)INT64_MIN, "0 - min");
    check_int(mi_int_from_u64(UINT64_MAX), (i128)UINT64_MAX, "from_u64(max)");
    cr_assert_null(mi_int_floordiv(one, zero));
    cr_assert(mi_err_matches((MiObject *)MI_EXC(ZeroDivisionError)));
    mi_err_clear();
    cr_assert_null(mi_int_mod(one, zero));
    cr_assert(mi_err_matches((MiObject *)MI_EXC(ZeroDivisionError)));
    mi_err_clear();
    {
        MiObject *big = mi_int_add(max, one);
        cr_assert_eq(mi_int_as_i64(big, &overflow), 0);
        cr_assert_eq(overflow, 1);
        cr_assert_eq(mi_int_as_ssize(big), -1);
        cr_assert(mi_err_matches((MiObject *)MI_EXC(OverflowError)));
        mi_err_clear();
        MI_DECREF(big);
    }
    overflow = 7;
    cr_assert_eq(mi_int_as_i64(min, &overflow), INT64_MIN);
    cr_assert_eq(overflow, 0);
    MI_DECREF(min);
    MI_DECREF(max);
    MI_DECREF(one);
    MI_DECREF(m1);
    MI_DECREF(zero);
}

INTERP_TEST(vm_ints, str_in_every_base)
{
    uint64_t rng = 0x57a;
    static const int bases[] = {2, 8, 10, 16};
    for (int iter = 0; iter < 3000; iter++) {
        i128 v = random_i128(&rng);
        MiObject *o = int_of(v);
        for (int k = 0; k < 4; k++) {
            char want[160];
            MiObject *s = mi_int_to_str(o, bases[k], bases[k] != 10), *back;
            i128_format(v, bases[k], want);
            cr_assert_not_null(s);
            cr_assert_str_eq(mi_str_cstr(s), want);
            back = mi_int_from_string(mi_str_cstr(s), (size_t)((MiStr *)s)->size, 0);
            cr_assert_not_null(back, "int('%s', 0) failed", want);
            check_int(back, v, want);
            MI_DECREF(s);
        }
        MI_DECREF(o);
    }
}

/* The same through Python code: the eval loop's own int paths. */
INTERP_TEST(vm_ints, python_level_overflow_and_back)
{
    run_py("m = 2 ** 63 - 1\n"
           "assert m + 1 == 9223372036854775808 and (m + 1) - 1 == m\n"
           "assert -m - 1 - 1 == -9223372036854775809\n"
           "assert (-m - 1) // -1 == 2 ** 63 and (-m - 1) % -1 == 0\n"
           "assert abs(-m - 1) == 2 ** 63 and -(-m - 1) == 2 ** 63\n"
           "assert (m * m) // m == m and (m * m) % m == 0\n"
           "assert 7 // -2 == -4 and 7 % -2 == -1 and -7 // 2 == -4 and -7 % 2 == 1\n"
           "assert (1 << 64) >> 64 == 1 and (-1 << 100) >> 99 == -2\n"
           "assert hash(-1) == -2 and hash(2 ** 61 - 1) == 0 and hash(2 ** 61) == 1\n"
           "x = 1\n"
           "for i in range(200):\n"
           "    x *= 3\n"
           "for i in range(200):\n"
           "    x //= 3\n"
           "assert x == 1\n"
           "s = 0\n"
           "for i in range(100):\n"
           "    s += m\n"
           "for i in range(100):\n"
           "    s -= m\n"
           "assert s == 0\n");
}
