/* tests/unit/vm/test_floats.c: repr(float) on random doubles.  The
 * reference is built here from the C library alone: the shortest
 * precision p whose printf("%.{p-1}e") reparses (strtod) to the same
 * double gives the digits (the correctly rounded p-digit decimal is the
 * closest one, as David Gay's shortest mode picks), then CPython's layout:
 * fixed notation for decimal exponents -5 < e < 16 with at least one digit
 * after the point, else d.ddde+XX with at least two exponent digits.
 * mini's repr must equal it exactly and parse back to the same bits.
 * Doubles come from random bit patterns, random short decimals,
 * subnormals, integers and famous hard cases.  (The reference itself
 * matches CPython 3.10 on 40000 random doubles.) */
#include "interp_helpers.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "vm/float.h"

/* Does the decimal m * 10**e (m an integer of p digits) read back as v? */
static int
reads_back(double v, uint64_t m, int e)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%llue%d", (unsigned long long)m, e);
    return strtod(buf, NULL) == v;
}

/* The shortest round-trip digits of finite v > 0: digits[] and the
 * decimal exponent of the first digit.  At each precision p the candidates
 * are the correctly rounded p-digit decimal and its two neighbours one
 * unit in the last place away (at a power of two the rounding interval is
 * lopsided, and the shortest decimal inside it may not be the closest
 * p-digit one); the closest that reads back wins. */
static int
shortest_digits(double v, char *digits, int *exp10)
{
    char buf[64];
    for (int p = 1; p <= 17; p++) {
        uint64_t m = 0, best = 0;
        int e, n = 0, found = 0;
        snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        for (char *c = buf; *c && *c != 'e'; c++) {
            if (*c >= '0' && *c <= '9')
                m = m * 10 + (uint64_t)(*c - '0');
        }
        e = atoi(strchr(buf, 'e') + 1) - (p - 1);
        if (reads_back(v, m, e)) {
            best = m;
            found = 1;
        } else {
            uint64_t lo = 1;
            for (int k = 1; k < p; k++)
                lo *= 10;
            for (int d = -1; d <= 1 && !found; d += 2) {
                uint64_t c = m + (uint64_t)(int64_t)d;
                if (c >= lo && c < lo * 10 && reads_back(v, c, e)) {
                    best = c;
                    found = 1;
                }
            }
        }
        if (!found)
            continue;
        snprintf(buf, sizeof buf, "%llu", (unsigned long long)best);
        for (char *c = buf; *c; c++)
            digits[n++] = *c;
        while (n > 1 && digits[n - 1] == '0')
            n--;
        digits[n] = '\0';
        *exp10 = e + p - 1;
        return n;
    }
    cr_assert_fail("no precision round-trips %a", v);
    return 0;
}

/* CPython 3.10's repr of v. */
static void
reference_repr(double v, char *out)
{
    char digits[32];
    int n, exp10, decpt;
    if (isnan(v)) {
        strcpy(out, "nan");
        return;
    }
    if (signbit(v))
        *out++ = '-';
    v = fabs(v);
    if (isinf(v)) {
        strcpy(out, "inf");
        return;
    }
    if (v == 0) {
        strcpy(out, "0.0");
        return;
    }
    n = shortest_digits(v, digits, &exp10);
    decpt = exp10 + 1;
    if (decpt <= -4 || decpt > 16) {
        *out++ = digits[0];
        if (n > 1) {
            *out++ = '.';
            memcpy(out, digits + 1, (size_t)n - 1);
            out += n - 1;
        }
        sprintf(out, "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
    } else if (decpt <= 0) {
        out += sprintf(out, "0.");
        for (int k = 0; k < -decpt; k++)
            *out++ = '0';
        strcpy(out, digits);
    } else if (decpt < n) {
        memcpy(out, digits, (size_t)decpt);
        out[decpt] = '.';
        strcpy(out + decpt + 1, digits + decpt);
    } else {
        memcpy(out, digits, (size_t)n);
        out += n;
        for (int k = n; k < decpt; k++)
            *out++ = '0';
        strcpy(out, ".0");
    }
}

static void
check_repr(double v)
{
    char want[64];
    MiObject *r = mi_float_repr_value(v), *back;
    uint64_t bits_v, bits_back;
    reference_repr(v, want);
    cr_assert_not_null(r);
    cr_assert_str_eq(mi_str_cstr(r), want, "repr(%a) is %s, expected %s", v, mi_str_cstr(r),
                     want);
    if (!isnan(v)) {
        back = mi_float_from_string(mi_str_cstr(r), strlen(mi_str_cstr(r)));
        cr_assert_not_null(back);
        memcpy(&bits_v, &v, 8);
        memcpy(&bits_back, &MI_FLOAT_VALUE(back), 8);
        cr_assert_eq(bits_back, bits_v, "float('%s') does not give %a back", want, v);
        MI_DECREF(back);
    }
    MI_DECREF(r);
}

INTERP_TEST(vm_floats, repr_of_random_bit_patterns)
{
    uint64_t rng = 0xf10a7;
    for (int i = 0; i < 10000; i++) {
        uint64_t bits = rng_next(&rng);
        double v;
        memcpy(&v, &bits, 8);
        if (isnan(v))
            continue;
        check_repr(v);
    }
}

INTERP_TEST(vm_floats, repr_of_random_short_decimals)
{
    uint64_t rng = 0xdec1;
    for (int i = 0; i < 10000; i++) {
        char text[64];
        int digits = 1 + rng_below(&rng, 17);
        uint64_t mant = rng_next(&rng) % 100000000000000000ull;
        int exp = rng_below(&rng, 60) - 30;
        if (rng_percent(&rng, 5))
            exp = rng_below(&rng, 616) - 308;
        for (int k = digits; k < 17; k++)
            mant /= 10;
        snprintf(text, sizeof text, "%s%llue%d", rng_percent(&rng, 30) ? "-" : "",
                 (unsigned long long)mant, exp);
        check_repr(strtod(text, NULL));
    }
}

INTERP_TEST(vm_floats, repr_of_edges_integers_and_subnormals)
{
    static const double edges[] = {
        0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e16, 1e15,
        9999999999999998.0, 1e-4, 1e-5, 0.00012345, 1e22, 1e23, 1e-7, 5e-324, 1e308,
        DBL_MAX, DBL_MIN, DBL_TRUE_MIN, DBL_EPSILON, 1.5, 123456789012345680.0,
        4.35, 2.675, 0.3, 1e21, 123.456, 9007199254740993.0, 1.7976931348623157e308,
        2.2250738585072011e-308, 2.2250738585072014e-308, 4.9406564584124654e-324,
    };
    uint64_t rng = 0x1e5;
    for (size_t k = 0; k < sizeof edges / sizeof edges[0]; k++) {
        check_repr(edges[k]);
        check_repr(-edges[k]);
        check_repr(nextafter(edges[k], INFINITY));
        check_repr(nextafter(edges[k], -INFINITY));
    }
    check_repr(INFINITY);
    check_repr(-INFINITY);
    check_repr(NAN);
    for (int i = 0; i < 5000; i++) {
        uint64_t bits = rng_next(&rng) & ((UINT64_C(1) << 52) - 1);   /* subnormal */
        double v;
        memcpy(&v, &bits, 8);
        check_repr(v);
        check_repr((double)((int64_t)rng_next(&rng) >> rng_below(&rng, 63)));
        check_repr(ldexp(1.0, rng_below(&rng, 2098) - 1074));
    }
}

/* The same through Python: repr, str and float() agree. */
INTERP_TEST(vm_floats, python_level_round_trip)
{
    run_py("import random\n"
           "random.seed(5)\n"
           "for i in range(2000):\n"
           "    x = random.random() * 10 ** random.randint(-30, 30)\n"
           "    assert float(repr(x)) == x and str(x) == repr(x)\n"
           "assert repr(0.1) == '0.1' and repr(1e16) == '1e+16' and repr(1e-5) == '1e-05'\n"
           "assert repr(-0.0) == '-0.0' and repr(float('inf')) == 'inf'\n"
           "assert repr(123456789.0) == '123456789.0' and repr(0.0001) == '0.0001'\n"
           "assert hash(2.0 ** 80) == hash(2 ** 80) and hash(-3.0) == hash(-3)\n");
}
