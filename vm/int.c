/* vm/int.c: int and bool.
 *
 * An int keeps its value in `small` (int64_t) while it fits, in a GMP
 * integer `big` beyond.  Every operation first tries the 64-bit path with
 * __builtin_*_overflow and falls back to GMP only when it overflows; results
 * that fit go back to the small form, so `big` always means "does not fit".
 * Values -5..256 are the shared static objects mi_small_ints[].
 *
 * GMP aborts when it cannot allocate, so operations that could make huge
 * numbers (**, <<, *) estimate the result's size first and raise
 * MemoryError beyond MI_INT_MAX_BITS.
 *
 * Semantics follow CPython 3.10: floor division and modulo round toward
 * negative infinity, true division and conversion to float round
 * correctly, hash is the value modulo 2**61 - 1. */
#include "vm/int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/str_unicode.h"
#include "vm/tuple.h"

#define MI_INT_MAX_BITS ((uint64_t)1 << 36)   /* 8 GiB of digits: MemoryError beyond */
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

MiInt mi_small_ints[MI_SMALL_INT_MAX - MI_SMALL_INT_MIN + 1];

static inline MiObject *
small_int(int64_t v)
{
    MiObject *o = (MiObject *)&mi_small_ints[v - MI_SMALL_INT_MIN];
    mi_incref(o);
    return o;
}

/* ---- construction ------------------------------------------------------------ */

static MiInt *
alloc_small(void)
{
    MiInt *o = mi_malloc(MI_INT_SMALL_SIZE);
    if (o == NULL)
        return (MiInt *)mi_err_nomemory();
    o->base.refcnt = 1;
    o->base.type = &mi_int_type;
    o->is_big = 0;
    MI_REF_INC();
    MI_LIVE_ADD(o);
    return o;
}

MiObject *
mi_int_from_i64(int64_t v)
{
    MiInt *o;
    if (v >= MI_SMALL_INT_MIN && v <= MI_SMALL_INT_MAX)
        return small_int(v);
    o = alloc_small();
    if (o == NULL)
        return NULL;
    o->small = v;
    return (MiObject *)o;
}

/* A new big int taking z's value (z is cleared). */
static MiObject *
from_mpz_steal(mpz_t z)
{
    MiInt *o;
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        mpz_clear(z);
        return mi_int_from_i64(v);
    }
    o = mi_malloc(sizeof(MiInt));
    if (o == NULL) {
        mpz_clear(z);
        return mi_err_nomemory();
    }
    o->base.refcnt = 1;
    o->base.type = &mi_int_type;
    o->is_big = 1;
    o->small = 0;
    o->big[0] = z[0];                /* move the limbs, no copy */
    MI_REF_INC();
    MI_LIVE_ADD(o);
    return (MiObject *)o;
}

MiObject *
mi_int_from_mpz(mpz_t z)
{
    return from_mpz_steal(z);
}

MiObject *
mi_int_from_u64(uint64_t v)
{
    mpz_t z;
    if (v <= (uint64_t)INT64_MAX)
        return mi_int_from_i64((int64_t)v);
    mpz_init_set_ui(z, v);
    return from_mpz_steal(z);
}

MiObject *
mi_int_from_double(double d)
{
    mpz_t z;
    if (isnan(d))
        return mi_err_format(MI_EXC(ValueError), "cannot convert float NaN to integer");
    if (isinf(d))
        return mi_err_format(MI_EXC(OverflowError), "cannot convert float infinity to integer");
    if (d > -9.2e18 && d < 9.2e18)
        return mi_int_from_i64((int64_t)d);
    mpz_init_set_d(z, d);
    return from_mpz_steal(z);
}

static void
int_dealloc(MiObject *self)
{
    MiInt *o = (MiInt *)self;
    if (o->is_big)
        mpz_clear(o->big);
    mi_object_free(self);
}

/* The value of an int as an mpz (initialised here; clear it after). */
void
mi_int_to_mpz(MiObject *o, mpz_t z)
{
    MiInt *i = (MiInt *)o;
    if (i->is_big)
        mpz_set(z, i->big);
    else if (i->small >= LONG_MIN && i->small <= LONG_MAX)
        mpz_set_si(z, (long)i->small);
}

#define SMALL(o) (((MiInt *)(o))->small)
#define IS_BIG(o) (((MiInt *)(o))->is_big)

int64_t
mi_int_as_i64(MiObject *o, int *overflow)
{
    MiInt *i = (MiInt *)o;
    *overflow = 0;
    if (!i->is_big)
        return i->small;
    if (mpz_fits_slong_p(i->big))
        return mpz_get_si(i->big);
    *overflow = 1;
    return 0;
}

intptr_t
mi_int_as_ssize(MiObject *o)
{
    int overflow;
    int64_t v = mi_int_as_i64(o, &overflow);
    if (overflow) {
        mi_err_set(MI_EXC(OverflowError), "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)v;
}

int
mi_int_sign(MiObject *o)
{
    if (IS_BIG(o))
        return mpz_sgn(((MiInt *)o)->big);
    return SMALL(o) < 0 ? -1 : SMALL(o) > 0;
}

uint64_t
mi_int_bit_length(MiObject *o)
{
    if (IS_BIG(o))
        return mpz_sizeinbase(((MiInt *)o)->big, 2);
    {
        int64_t v = SMALL(o);
        uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        return u == 0 ? 0 : 64 - (uint64_t)__builtin_clzll(u);
    }
}

/* Converts an mpz to the nearest double (ties to even), as CPython does;
 * *overflow set when it is out of range. */
static double
mpz_to_double(const mpz_t z, int *overflow)
{
    size_t bits = mpz_sizeinbase(z, 2);
    int sign = mpz_sgn(z);
    mpz_t t;
    uint64_t top;
    double d;
    *overflow = 0;
    if (bits <= 63) {
        long v = mpz_get_si(z);
        return (double)v;
    }
    if (bits > 1024) {
        *overflow = 1;
        return 0.0;
    }
    /* keep the top 55 bits and a sticky bit for the rest, so the one
     * rounding of the 64->53 bit conversion is correct */
    mpz_init(t);
    mpz_abs(t, z);
    {
        size_t shift = bits - 55;
        int sticky = mpz_scan1(t, 0) < shift;
        mpz_tdiv_q_2exp(t, t, shift);
        top = mpz_get_ui(t) | (uint64_t)sticky;
        d = ldexp((double)top, (int)shift);
    }
    mpz_clear(t);
    if (isinf(d)) {
        *overflow = 1;
        return 0.0;
    }
    return sign < 0 ? -d : d;
}

double
mi_int_as_double(MiObject *o)
{
    int overflow;
    double d;
    if (!IS_BIG(o))
        return (double)SMALL(o);
    d = mpz_to_double(((MiInt *)o)->big, &overflow);
    if (overflow) {
        mi_err_set(MI_EXC(OverflowError), "int too large to convert to float");
        return -1.0;
    }
    return d;
}

int
mi_int_compare(MiObject *a, MiObject *b)
{
    if (!IS_BIG(a) && !IS_BIG(b))
        return SMALL(a) < SMALL(b) ? -1 : SMALL(a) > SMALL(b);
    if (IS_BIG(a) && IS_BIG(b)) {
        int c = mpz_cmp(((MiInt *)a)->big, ((MiInt *)b)->big);
        return c < 0 ? -1 : c > 0;
    }
    /* one big, one small: the big one is beyond int64 range */
    if (IS_BIG(a))
        return mpz_sgn(((MiInt *)a)->big);
    return -mpz_sgn(((MiInt *)b)->big);
}

intptr_t
mi_int_hash(MiObject *o)
{
    uint64_t r;
    int neg;
    if (!IS_BIG(o)) {
        int64_t v = SMALL(o);
        uint64_t u;
        neg = v < 0;
        u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        r = u % HASH_MODULUS;
    } else {
        neg = mpz_sgn(((MiInt *)o)->big) < 0;
        {
            mpz_t t;
            mpz_init(t);
            mpz_abs(t, ((MiInt *)o)->big);
            r = mpz_fdiv_ui(t, HASH_MODULUS);
            mpz_clear(t);
        }
    }
    {
        intptr_t h = neg ? -(intptr_t)r : (intptr_t)r;
        return h == -1 ? -2 : h;
    }
}

/* ---- text ------------------------------------------------------------------------- */

static MiObject *
too_many_digits(void)
{
    return mi_err_format(MI_EXC(ValueError), "Exceeds the limit (%zd) for integer string "
                         "conversion; use sys.set_int_max_str_digits() to increase the limit",
                         mi_state->int_max_str_digits);
}

MiObject *
mi_int_to_str(MiObject *o, int base, int with_prefix)
{
    const char *prefix = "";
    char buf[80];
    if (with_prefix)
        prefix = base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
    if (!IS_BIG(o)) {
        int64_t v = SMALL(o);
        uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        char digits[70];
        int n = 0;
        if (base == 10 && !with_prefix) {
            int len = snprintf(buf, sizeof buf, "%lld", (long long)v);
            MiObject *s = mi_str_alloc(len);
            if (s == NULL)
                return NULL;
            memcpy(MI_STR_DATA(s), buf, (size_t)len);
            return mi_str_finish(s);
        }
        do {
            digits[n++] = "0123456789abcdef"[u % (uint64_t)base];
            u /= (uint64_t)base;
        } while (u);
        {
            int len = 0;
            if (v < 0)
                buf[len++] = '-';
            for (const char *p = prefix; *p; p++)
                buf[len++] = *p;
            while (n > 0)
                buf[len++] = digits[--n];
            return mi_str_new(buf, len);
        }
    } else {
        mpz_srcptr z = ((MiInt *)o)->big;
        size_t ndigits = mpz_sizeinbase(z, base);
        size_t plen = strlen(prefix);
        intptr_t limit = mi_state->int_max_str_digits;
        /* sizeinbase may count one digit too many: check the exact count
         * after converting, but refuse at once what is surely too long */
        if (base == 10 && limit > 0 && ndigits - 1 > (size_t)limit)
            return too_many_digits();
        MiObject *s = mi_str_alloc((intptr_t)(ndigits + 3 + plen));
        char *p;
        size_t len;
        int neg = mpz_sgn(z) < 0;
        if (s == NULL)
            return NULL;
        p = MI_STR_DATA(s);
        if (neg)
            *p++ = '-';
        memcpy(p, prefix, plen);
        p += plen;
        {
            mpz_t a;
            mpz_init(a);
            mpz_abs(a, z);
            mpz_get_str(p, base, a);
            mpz_clear(a);
        }
        if (base == 10 && limit > 0 && strlen(p) > (size_t)limit) {
            MI_DECREF(s);
            return too_many_digits();
        }
        len = (size_t)(p - MI_STR_DATA(s)) + strlen(p);
        ((MiStr *)s)->size = (intptr_t)len;
        MI_STR_DATA(s)[len] = '\0';
        return mi_str_finish(s);
    }
}

static MiObject *
int_repr(MiObject *self)
{
    return mi_int_to_str(self, 10, 0);
}

static int
digit_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static int
is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The ValueError of an unparsable literal; shown is the str the user
 * passed (NULL: the bytes s themselves). */
static MiObject *
invalid_literal(const char *s, size_t len, int base, MiObject *shown)
{
    MiObject *str = shown ? (MI_INCREF(shown), shown)
                          : mi_str_decode_utf8(s, (intptr_t)len, "replace");
    if (str == NULL)
        return NULL;
    mi_err_format(MI_EXC(ValueError), "invalid literal for int() with base %d: %R", base, str);
    MI_DECREF(str);
    return NULL;
}

static MiObject *
parse_int(const char *s, size_t len, int base, MiObject *shown)
{
    const char *p = s, *end = s + len, *digits;
    int neg = 0, orig_base = base;
    char *clean;
    size_t n = 0;
    MiObject *res;

    if ((base != 0 && base < 2) || base > 36)
        return mi_err_format(MI_EXC(ValueError), "int() base must be >= 2 and <= 36, or 0");
    while (p < end && is_space((unsigned char)*p))
        p++;
    while (end > p && is_space((unsigned char)end[-1]))
        end--;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (end - p >= 2 && p[0] == '0') {
        int c = p[1] | 0x20;
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            if (p < end && *p == '_')
                p++;
        }
    }
    if (base == 0) {
        /* decimal: leading zeros only for zero itself */
        if (p < end && *p == '0') {
            for (const char *q = p; q < end; q++) {
                if (*q != '0' && *q != '_')
                    return invalid_literal(s, len, orig_base, shown);
            }
        }
        base = 10;
    }
    digits = p;
    if (p == end)
        return invalid_literal(s, len, orig_base, shown);
    clean = mi_malloc((size_t)(end - p) + 1);
    if (clean == NULL)
        return mi_err_nomemory();
    for (; p < end; p++) {
        if (*p == '_') {
            if (p == digits || p + 1 == end || p[1] == '_') {
                mi_free(clean);
                return invalid_literal(s, len, orig_base, shown);
            }
            continue;
        }
        if (digit_value((unsigned char)*p) >= base) {
            mi_free(clean);
            return invalid_literal(s, len, orig_base, shown);
        }
        clean[n++] = *p;
    }
    clean[n] = '\0';
    if ((base & (base - 1)) != 0 && mi_state->int_max_str_digits > 0 &&
        (intptr_t)n > mi_state->int_max_str_digits) {
        mi_free(clean);
        return mi_err_format(MI_EXC(ValueError), "Exceeds the limit (%zd) for integer string "
                             "conversion: value has %zd digits; use sys.set_int_max_str_digits() "
                             "to increase the limit", mi_state->int_max_str_digits, (intptr_t)n);
    }
    if (n <= 18 && base == 10) {
        int64_t v = strtoll(clean, NULL, 10);
        res = mi_int_from_i64(neg ? -v : v);
    } else {
        mpz_t z;
        if (mpz_init_set_str(z, clean, base) != 0) {
            mpz_clear(z);
            mi_free(clean);
            return invalid_literal(s, len, orig_base, shown);
        }
        if (neg)
            mpz_neg(z, z);
        res = from_mpz_steal(z);
    }
    mi_free(clean);
    return res;
}

MiObject *
mi_int_from_string(const char *s, size_t len, int base)
{
    return parse_int(s, len, base, NULL);
}

/* int(str, base): non-ASCII decimal digits and whitespace count as their
 * ASCII equivalents, as in CPython. */
MiObject *
mi_int_from_str(MiObject *str, int base)
{
    intptr_t len;
    char *ascii;
    MiObject *res;
    if (((MiStr *)str)->ascii)
        return parse_int(MI_STR_DATA(str), (size_t)MI_STR_SIZE(str), base, NULL);
    ascii = mi_unicode_decimal_to_ascii(MI_STR_DATA(str), MI_STR_SIZE(str), &len);
    if (ascii == NULL)
        return NULL;
    res = parse_int(ascii, (size_t)len, base, str);
    mi_free(ascii);
    return res;
}

/* ---- arithmetic -------------------------------------------------------------------- */

#define CHECK_BINOP(a, b)                                                          \
    if (!mi_int_check(a) || !mi_int_check(b))                                      \
        MI_RETURN_NOTIMPLEMENTED;

/* Loads a and b into mpz temporaries x, y (initialised here). */
static void
load2(MiObject *a, MiObject *b, mpz_t x, mpz_t y)
{
    mpz_init(x);
    mpz_init(y);
    mi_int_to_mpz(a, x);
    mi_int_to_mpz(b, y);
}

MiObject *
mi_int_add(MiObject *a, MiObject *b)
{
    int64_t r;
    mpz_t x, y;
    if (!IS_BIG(a) && !IS_BIG(b) && !__builtin_add_overflow(SMALL(a), SMALL(b), &r))
        return mi_int_from_i64(r);
    load2(a, b, x, y);
    mpz_add(x, x, y);
    mpz_clear(y);
    return from_mpz_steal(x);
}

MiObject *
mi_int_sub(MiObject *a, MiObject *b)
{
    int64_t r;
    mpz_t x, y;
    if (!IS_BIG(a) && !IS_BIG(b) && !__builtin_sub_overflow(SMALL(a), SMALL(b), &r))
        return mi_int_from_i64(r);
    load2(a, b, x, y);
    mpz_sub(x, x, y);
    mpz_clear(y);
    return from_mpz_steal(x);
}

MiObject *
mi_int_mul(MiObject *a, MiObject *b)
{
    int64_t r;
    mpz_t x, y;
    if (!IS_BIG(a) && !IS_BIG(b) && !__builtin_mul_overflow(SMALL(a), SMALL(b), &r))
        return mi_int_from_i64(r);
    if (mi_int_bit_length(a) + mi_int_bit_length(b) > MI_INT_MAX_BITS)
        return mi_err_nomemory();
    load2(a, b, x, y);
    mpz_mul(x, x, y);
    mpz_clear(y);
    return from_mpz_steal(x);
}

static MiObject *
zero_division(void)
{
    return mi_err_format(MI_EXC(ZeroDivisionError), "integer division or modulo by zero");
}

/* Floor division and modulo of int64 values (b != 0, no overflow). */
static inline void
floor_divmod64(int64_t a, int64_t b, int64_t *q, int64_t *m)
{
    int64_t qq = a / b, mm = a % b;
    if (mm != 0 && ((mm < 0) != (b < 0))) {
        qq -= 1;
        mm += b;
    }
    *q = qq;
    *m = mm;
}

MiObject *
mi_int_floordiv(MiObject *a, MiObject *b)
{
    mpz_t x, y;
    if (mi_int_sign(b) == 0)
        return zero_division();
    if (!IS_BIG(a) && !IS_BIG(b) && !(SMALL(a) == INT64_MIN && SMALL(b) == -1)) {
        int64_t q, m;
        floor_divmod64(SMALL(a), SMALL(b), &q, &m);
        return mi_int_from_i64(q);
    }
    load2(a, b, x, y);
    mpz_fdiv_q(x, x, y);
    mpz_clear(y);
    return from_mpz_steal(x);
}

MiObject *
mi_int_mod(MiObject *a, MiObject *b)
{
    mpz_t x, y;
    if (mi_int_sign(b) == 0)
        return zero_division();
    if (!IS_BIG(a) && !IS_BIG(b) && !(SMALL(a) == INT64_MIN && SMALL(b) == -1)) {
        int64_t q, m;
        floor_divmod64(SMALL(a), SMALL(b), &q, &m);
        return mi_int_from_i64(m);
    }
    load2(a, b, x, y);
    mpz_fdiv_r(x, x, y);
    mpz_clear(y);
    return from_mpz_steal(x);
}

static MiObject *
int_add(MiObject *a, MiObject *b)
{
    CHECK_BINOP(a, b);
    return mi_int_add(a, b);
}

static MiObject *
int_sub(MiObject *a, MiObject *b)
{
    CHECK_BINOP(a, b);
    return mi_int_sub(a, b);
}

static MiObject *
int_mul(MiObject *a, MiObject *b)
{
    CHECK_BINOP(a, b);
    return mi_int_mul(a, b);
}

static MiObject *
int_floordiv(MiObject *a, MiObject *b)
{
    CHECK_BINOP(a, b);
    return mi_int_floordiv(a, b);
}

static MiObject *
int_mod(MiObject *a, MiObject *b)
{
    CHECK_BINOP(a, b);
    return mi_int_mod(a, b);
}

static MiObject *
int_divmod(MiObject *a, MiObject *b)
{
    MiObject *q, *m, *res;
    CHECK_BINOP(a, b);
    if (mi_int_sign(b) == 0)
        return zero_division();
    if (!IS_BIG(a) && !IS_BIG(b) && !(SMALL(a) == INT64_MIN && SMALL(b) == -1)) {
        int64_t qq, mm;
        floor_divmod64(SMALL(a), SMALL(b), &qq, &mm);
        q = mi_int_from_i64(qq);
        m = mi_int_from_i64(mm);
    } else {
        mpz_t x, y, r;
        load2(a, b, x, y);
        mpz_init(r);
        mpz_fdiv_qr(x, r, x, y);
        mpz_clear(y);
        q = from_mpz_steal(x);
        m = from_mpz_steal(r);
    }
    if (q == NULL || m == NULL) {
        MI_XDECREF(q);
        MI_XDECREF(m);
        return NULL;
    }
    res = mi_tuple_pack(2, q, m);
    MI_DECREF(q);
    MI_DECREF(m);
    return res;
}

/* Correctly rounded a / b for ints, as CPython's long_true_divide. */
static MiObject *
int_truediv(MiObject *a, MiObject *b)
{
    CHECK_BINOP(a, b);
    if (mi_int_sign(b) == 0)
        return mi_err_format(MI_EXC(ZeroDivisionError), "division by zero");
    if (!IS_BIG(a) && !IS_BIG(b)) {
        int64_t x = SMALL(a), y = SMALL(b);
        if (x > -(1LL << 53) && x < (1LL << 53) && y > -(1LL << 53) && y < (1LL << 53))
            return mi_float_new((double)x / (double)y);
    }
    {
        mpz_t x, y, q, r;
        long shift;
        size_t abits, bbits;
        int neg, sticky, overflow;
        double d;
        load2(a, b, x, y);
        neg = (mpz_sgn(x) < 0) != (mpz_sgn(y) < 0);
        mpz_abs(x, x);
        mpz_abs(y, y);
        if (mpz_sgn(x) == 0) {
            mpz_clear(x);
            mpz_clear(y);
            return mi_float_new(neg ? -0.0 : 0.0);
        }
        abits = mpz_sizeinbase(x, 2);
        bbits = mpz_sizeinbase(y, 2);
        /* scale so the quotient has 55 or 56 significant bits */
        shift = 56 - ((long)abits - (long)bbits);
        if ((long)abits - (long)bbits > 1100) {
            mpz_clear(x);
            mpz_clear(y);
            return mi_err_format(MI_EXC(OverflowError), "integer division result too large "
                                 "for a float");
        }
        if ((long)abits - (long)bbits < -1200) {
            mpz_clear(x);
            mpz_clear(y);
            return mi_float_new(neg ? -0.0 : 0.0);
        }
        if (shift > 0)
            mpz_mul_2exp(x, x, (mp_bitcnt_t)shift);
        else if (shift < 0)
            mpz_mul_2exp(y, y, (mp_bitcnt_t)-shift);
        mpz_init(q);
        mpz_init(r);
        mpz_tdiv_qr(q, r, x, y);
        sticky = mpz_sgn(r) != 0;
        if (sticky)
            mpz_setbit(q, 0);
        d = mpz_to_double(q, &overflow);
        mpz_clear(x);
        mpz_clear(y);
        mpz_clear(q);
        mpz_clear(r);
        d = ldexp(d, (int)-shift);
        if (isinf(d))
            return mi_err_format(MI_EXC(OverflowError), "integer division result too large "
                                 "for a float");
        return mi_float_new(neg ? -d : d);
    }
}

static MiObject *
int_pow(MiObject *a, MiObject *b, MiObject *mod)
{
    mpz_t x, y;
    if (!mi_int_check(a) || !mi_int_check(b) || (mod != MI_NONE && !mi_int_check(mod)))
        MI_RETURN_NOTIMPLEMENTED;
    if (mod != MI_NONE) {
        mpz_t m;
        int msign = mi_int_sign(mod);
        if (msign == 0)
            return mi_err_format(MI_EXC(ValueError), "pow() 3rd argument cannot be 0");
        load2(a, b, x, y);
        mpz_init(m);
        mi_int_to_mpz(mod, m);
        if (mpz_sgn(y) < 0) {
            mpz_t inv;
            mpz_init(inv);
            if (!mpz_invert(inv, x, m)) {
                mpz_clear(inv);
                mpz_clear(x);
                mpz_clear(y);
                mpz_clear(m);
                return mi_err_format(MI_EXC(ValueError), "base is not invertible for the "
                                     "given modulus");
            }
            mpz_neg(y, y);
            mpz_set(x, inv);
            mpz_clear(inv);
        }
        {
            mpz_t am;
            mpz_init(am);
            mpz_abs(am, m);
            mpz_powm(x, x, y, am);
            /* the result takes the sign of the modulus */
            if (msign < 0 && mpz_sgn(x) != 0)
                mpz_sub(x, x, am);
            mpz_clear(am);
        }
        mpz_clear(y);
        mpz_clear(m);
        return from_mpz_steal(x);
    }
    if (mi_int_sign(b) < 0) {
        double da = mi_int_as_double(a), db;
        if (da == -1.0 && mi_err_occurred())
            return NULL;
        db = mi_int_as_double(b);
        if (db == -1.0 && mi_err_occurred())
            return NULL;
        if (da == 0.0)
            return mi_err_format(MI_EXC(ZeroDivisionError), "0.0 cannot be raised to a "
                                 "negative power");
        return mi_float_new(pow(da, db));
    }
    if (!IS_BIG(a) && !IS_BIG(b)) {
        int64_t base = SMALL(a), e = SMALL(b), result = 1;
        int ok = 1;
        while (e > 0 && ok) {
            if (e & 1)
                ok = !__builtin_mul_overflow(result, base, &result);
            e >>= 1;
            if (e > 0 && ok)
                ok = !__builtin_mul_overflow(base, base, &base);
        }
        if (ok)
            return mi_int_from_i64(result);
    }
    {
        int overflow;
        int64_t e = mi_int_as_i64(b, &overflow);
        uint64_t abits = mi_int_bit_length(a);
        if (abits <= 1 || (IS_BIG(a) == 0 && (SMALL(a) == 1 || SMALL(a) == -1 || SMALL(a) == 0))) {
            /* 0, 1, -1 to any power */
            int64_t v = IS_BIG(a) ? 2 : SMALL(a);
            if (v == 0 || v == 1)
                return mi_int_from_i64(v);
            if (v == -1) {
                int odd = IS_BIG(b) ? mpz_odd_p(((MiInt *)b)->big) : (SMALL(b) & 1);
                return mi_int_from_i64(odd ? -1 : 1);
            }
        }
        if (overflow || (uint64_t)e > MI_INT_MAX_BITS || abits * (uint64_t)e > MI_INT_MAX_BITS)
            return mi_err_nomemory();
        mpz_init(x);
        mi_int_to_mpz(a, x);
        mpz_pow_ui(x, x, (unsigned long)e);
        return from_mpz_steal(x);
    }
}

static MiObject *
int_neg(MiObject *a)
{
    mpz_t x;
    if (!IS_BIG(a) && SMALL(a) != INT64_MIN)
        return mi_int_from_i64(-SMALL(a));
    mpz_init(x);
    mi_int_to_mpz(a, x);
    mpz_neg(x, x);
    return from_mpz_steal(x);
}

static MiObject *
int_pos(MiObject *a)
{
    if (a->type == &mi_int_type)
        return mi_newref(a);
    if (!IS_BIG(a))
        return mi_int_from_i64(SMALL(a));
    {
        mpz_t x;
        mpz_init(x);
        mi_int_to_mpz(a, x);
        return from_mpz_steal(x);
    }
}

static MiObject *
int_abs(MiObject *a)
{
    if (mi_int_sign(a) < 0)
        return int_neg(a);
    return int_pos(a);
}

static MiObject *
int_invert(MiObject *a)
{
    mpz_t x;
    if (!IS_BIG(a))
        return mi_int_from_i64(~SMALL(a));
    mpz_init(x);
    mi_int_to_mpz(a, x);
    mpz_com(x, x);
    return from_mpz_steal(x);
}

static int
int_bool(MiObject *a)
{
    return mi_int_sign(a) != 0;
}

static MiObject *
int_lshift(MiObject *a, MiObject *b)
{
    int overflow;
    int64_t n;
    mpz_t x;
    CHECK_BINOP(a, b);
    if (mi_int_sign(b) < 0)
        return mi_err_format(MI_EXC(ValueError), "negative shift count");
    if (mi_int_sign(a) == 0)
        return mi_int_from_i64(0);
    n = mi_int_as_i64(b, &overflow);
    if (overflow || (uint64_t)n + mi_int_bit_length(a) > MI_INT_MAX_BITS)
        return mi_err_format(MI_EXC(OverflowError), "too many digits in integer");
    if (!IS_BIG(a) && n < 62) {
        int64_t v = SMALL(a);
        if (v >= -(INT64_MAX >> n) && v <= (INT64_MAX >> n))
            return mi_int_from_i64((int64_t)((uint64_t)v << n));
    }
    mpz_init(x);
    mi_int_to_mpz(a, x);
    mpz_mul_2exp(x, x, (mp_bitcnt_t)n);
    return from_mpz_steal(x);
}

static MiObject *
int_rshift(MiObject *a, MiObject *b)
{
    int overflow;
    int64_t n;
    mpz_t x;
    CHECK_BINOP(a, b);
    if (mi_int_sign(b) < 0)
        return mi_err_format(MI_EXC(ValueError), "negative shift count");
    n = mi_int_as_i64(b, &overflow);
    if (!IS_BIG(a)) {
        if (overflow || n >= 64)
            return mi_int_from_i64(SMALL(a) < 0 ? -1 : 0);
        return mi_int_from_i64(SMALL(a) >> n);
    }
    if (overflow)
        return mi_int_from_i64(mi_int_sign(a) < 0 ? -1 : 0);
    mpz_init(x);
    mi_int_to_mpz(a, x);
    mpz_fdiv_q_2exp(x, x, (mp_bitcnt_t)n);
    return from_mpz_steal(x);
}

#define BITWISE(fn, cop, mpzop)                                                     \
    static MiObject *fn(MiObject *a, MiObject *b)                                   \
    {                                                                               \
        mpz_t x, y;                                                                 \
        CHECK_BINOP(a, b);                                                          \
        if (!IS_BIG(a) && !IS_BIG(b))                                               \
            return mi_int_from_i64(SMALL(a) cop SMALL(b));                          \
        load2(a, b, x, y);                                                          \
        mpzop(x, x, y);                                                             \
        mpz_clear(y);                                                               \
        return from_mpz_steal(x);                                                   \
    }
BITWISE(int_and, &, mpz_and)
BITWISE(int_or, |, mpz_ior)
BITWISE(int_xor, ^, mpz_xor)

static MiObject *
int_richcmp(MiObject *a, MiObject *b, int op)
{
    int c;
    if (!mi_int_check(a) || !mi_int_check(b))
        MI_RETURN_NOTIMPLEMENTED;          /* float's reflected compare does int < float */
    c = mi_int_compare(a, b);
    switch (op) {
    case MI_LT: return mi_bool_from(c < 0);
    case MI_LE: return mi_bool_from(c <= 0);
    case MI_EQ: return mi_bool_from(c == 0);
    case MI_NE: return mi_bool_from(c != 0);
    case MI_GT: return mi_bool_from(c > 0);
    default: return mi_bool_from(c >= 0);
    }
}

static MiObject *
int_to_float(MiObject *a)
{
    double d = mi_int_as_double(a);
    if (d == -1.0 && mi_err_occurred())
        return NULL;
    return mi_float_new(d);
}

static MiObject *
int_index(MiObject *a)
{
    return int_pos(a);
}

static intptr_t
int_hash_slot(MiObject *a)
{
    return mi_int_hash(a);
}

/* ---- int(x, base) ------------------------------------------------------------------- */

static MiObject *
int_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"", "base", NULL};
    MiObject *a[2], *value;
    intptr_t base = 10;
    if (mi_args_parse("int", args, nargs, kwnames, names, 1, 0, 2, a) < 0)
        return NULL;
    if (a[1] != NULL) {
        if (mi_arg_ssize(a[1], &base) < 0)
            return NULL;
        if (a[0] == NULL)
            return mi_err_format(MI_EXC(TypeError), "int() missing string argument");
        if (base != 0 && (base < 2 || base > 36))
            return mi_err_format(MI_EXC(ValueError), "int() base must be >= 2 and <= 36, or 0");
        if (mi_str_check(a[0]))
            value = mi_int_from_str(a[0], (int)base);
        else if (mi_bytes_check(a[0]) || a[0]->type == &mi_bytearray_type)
            value = mi_int_from_string(a[0]->type == &mi_bytearray_type
                                           ? ((MiByteArray *)a[0])->data : MI_BYTES_DATA(a[0]),
                                       ((MiVarObject *)a[0])->size, (int)base);
        else
            return mi_err_format(MI_EXC(TypeError), "int() can't convert non-string with "
                                 "explicit base");
    } else if (a[0] == NULL) {
        value = mi_int_from_i64(0);
    } else {
        value = mi_num_to_int(a[0]);
    }
    if (value == NULL || type == &mi_int_type)
        return value;
    {
        /* a subclass instance: full-size layout with the value copied */
        MiInt *o = (MiInt *)mi_object_alloc(type);
        if (o == NULL) {
            MI_DECREF(value);
            return NULL;
        }
        o->is_big = IS_BIG(value);
        if (o->is_big) {
            mpz_init_set(o->big, ((MiInt *)value)->big);
        } else {
            o->small = SMALL(value);
        }
        MI_DECREF(value);
        if (type->flags & MI_TYPE_GC)
            MI_GC_TRACK(o);
        return (MiObject *)o;
    }
}

/* Dealloc for the full-size layout (int subclasses go through here too). */
static void
int_subtype_safe_dealloc(MiObject *self)
{
    int_dealloc(self);
}

/* ---- methods --------------------------------------------------------------------------- */

static MiObject *
int_bit_length(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_u64(mi_int_bit_length(self));
}

static MiObject *
int_bit_count(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    if (!IS_BIG(self)) {
        int64_t v = SMALL(self);
        uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        return mi_int_from_i64(__builtin_popcountll(u));
    } else {
        mpz_t t;
        mp_bitcnt_t n;
        mpz_init(t);
        mpz_abs(t, ((MiInt *)self)->big);
        n = mpz_popcount(t);
        mpz_clear(t);
        return mi_int_from_u64(n);
    }
}

static MiObject *
int_conjugate(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return int_pos(self);
}

static MiObject *
int_as_integer_ratio(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *n = int_pos(self), *res;
    (void)args;
    (void)nargs;
    (void)kw;
    if (n == NULL)
        return NULL;
    res = mi_tuple_pack(2, n, (MiObject *)&mi_small_ints[1 - MI_SMALL_INT_MIN]);
    MI_DECREF(n);
    return res;
}

static MiObject *
int_round(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *ndigits, *ten, *p, *q, *r, *twice, *res;
    int c;
    (void)kw;
    if (nargs == 0 || args[0] == MI_NONE)
        return int_pos(self);
    ndigits = mi_num_index(args[0]);
    if (ndigits == NULL)
        return NULL;
    if (mi_int_sign(ndigits) >= 0) {
        MI_DECREF(ndigits);
        return int_pos(self);
    }
    /* round half to even at 10**-ndigits */
    {
        MiObject *neg = int_neg(ndigits);
        MI_DECREF(ndigits);
        if (neg == NULL)
            return NULL;
        ten = mi_int_from_i64(10);
        p = int_pow(ten, neg, MI_NONE);
        MI_DECREF(ten);
        MI_DECREF(neg);
    }
    if (p == NULL)
        return NULL;
    q = mi_int_floordiv(self, p);
    r = q ? mi_int_mod(self, p) : NULL;
    if (r == NULL) {
        MI_XDECREF(q);
        MI_DECREF(p);
        return NULL;
    }
    twice = mi_int_add(r, r);
    c = twice ? mi_int_compare(twice, p) : 0;
    MI_XDECREF(twice);
    if (c > 0 || (c == 0 && (IS_BIG(q) ? mpz_odd_p(((MiInt *)q)->big) : (SMALL(q) & 1)))) {
        MiObject *one = mi_int_from_i64(1), *q2 = mi_int_add(q, one);
        MI_DECREF(one);
        MI_DECREF(q);
        q = q2;
    }
    MI_DECREF(r);
    res = q ? mi_int_mul(q, p) : NULL;
    MI_XDECREF(q);
    MI_DECREF(p);
    return res;
}

static MiObject *
int_trunc(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return int_pos(self);
}

static MiObject *
int_to_bytes(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    MiObject *a[3];
    intptr_t length;
    int little, is_signed = 0;
    MiObject *res;
    unsigned char *out;
    mpz_t v;
    if (mi_args_parse("to_bytes", args, nargs, kwnames, names, 0, 2, 2, a) < 0)
        return NULL;
    if (mi_arg_ssize(a[0], &length) < 0)
        return NULL;
    if (length < 0)
        return mi_err_format(MI_EXC(ValueError), "length argument must be non-negative");
    if (!mi_str_check(a[1]))
        return mi_err_format(MI_EXC(TypeError), "to_bytes() argument 'byteorder' must be str");
    if (mi_str_eq_cstr(a[1], "little"))
        little = 1;
    else if (mi_str_eq_cstr(a[1], "big"))
        little = 0;
    else
        return mi_err_format(MI_EXC(ValueError), "byteorder must be either 'little' or 'big'");
    if (a[2] != NULL && (is_signed = mi_obj_is_true(a[2])) < 0)
        return NULL;
    if (!is_signed && mi_int_sign(self) < 0)
        return mi_err_format(MI_EXC(OverflowError), "can't convert negative int to unsigned");
    mpz_init(v);
    mi_int_to_mpz(self, v);
    /* range check: needs bit_length (+1 for the sign) <= 8 * length */
    {
        uint64_t bits = mi_int_bit_length(self);
        int fits;
        if (is_signed && mpz_sgn(v) < 0) {
            mpz_t t;
            mpz_init(t);
            mpz_add_ui(t, v, 1);
            bits = mpz_sgn(t) == 0 ? 0 : mpz_sizeinbase(t, 2);
            mpz_clear(t);
        }
        fits = bits + (uint64_t)(is_signed ? 1 : 0) <= (uint64_t)length * 8 ||
               (bits == 0 && length >= 0);
        if (!fits) {
            mpz_clear(v);
            return mi_err_format(MI_EXC(OverflowError), "int too big to convert");
        }
    }
    res = mi_bytes_new(NULL, length);
    if (res == NULL) {
        mpz_clear(v);
        return NULL;
    }
    out = (unsigned char *)MI_BYTES_DATA(res);
    if (mpz_sgn(v) < 0) {
        /* two's complement: 2**(8*length) + v */
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, (mp_bitcnt_t)length * 8);
        mpz_add(v, v, m);
        mpz_clear(m);
    }
    for (intptr_t i = 0; i < length; i++) {
        unsigned char byte = (unsigned char)mpz_fdiv_ui(v, 256);
        mpz_fdiv_q_2exp(v, v, 8);
        out[little ? i : length - 1 - i] = byte;
    }
    mpz_clear(v);
    return res;
}

static MiObject *
int_from_bytes(MiObject *cls, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    MiObject *a[3], *b, *res;
    int little, is_signed = 0;
    const unsigned char *data;
    intptr_t n;
    mpz_t v;
    if (mi_args_parse("from_bytes", args, nargs, kwnames, names, 0, 2, 2, a) < 0)
        return NULL;
    if (!mi_str_check(a[1]))
        return mi_err_format(MI_EXC(TypeError), "from_bytes() argument 'byteorder' must be str");
    if (mi_str_eq_cstr(a[1], "little"))
        little = 1;
    else if (mi_str_eq_cstr(a[1], "big"))
        little = 0;
    else
        return mi_err_format(MI_EXC(ValueError), "byteorder must be either 'little' or 'big'");
    if (a[2] != NULL && (is_signed = mi_obj_is_true(a[2])) < 0)
        return NULL;
    if (mi_str_check(a[0]))     /* bytes(x) without its str-with-encoding form */
        return mi_err_format(MI_EXC(TypeError), "cannot convert '%s' object to bytes",
                             MI_TYPE_NAME(a[0]));
    b = mi_call1((MiObject *)&mi_bytes_type, a[0]);
    if (b == NULL)
        return NULL;
    data = (const unsigned char *)MI_BYTES_DATA(b);
    n = MI_BYTES_SIZE(b);
    mpz_init(v);
    for (intptr_t i = 0; i < n; i++) {
        mpz_mul_2exp(v, v, 8);
        mpz_add_ui(v, v, data[little ? n - 1 - i : i]);
    }
    if (is_signed && n > 0 && (data[little ? n - 1 : 0] & 0x80)) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, (mp_bitcnt_t)n * 8);
        mpz_sub(v, v, m);
        mpz_clear(m);
    }
    MI_DECREF(b);
    res = from_mpz_steal(v);
    if (res != NULL && cls != (MiObject *)&mi_int_type) {
        MiObject *r2 = mi_call1(cls, res);
        MI_DECREF(res);
        return r2;
    }
    return res;
}

static MiObject *
int_format(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    if (!mi_str_check(args[0]))
        return mi_err_format(MI_EXC(TypeError), "format() argument 2 must be str, not %s",
                             MI_TYPE_NAME(args[0]));
    return mi_str_format_spec(self, args[0]);
}

static MiObject *
int_getnewargs(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *v = int_pos(self), *res;
    (void)args;
    (void)nargs;
    (void)kw;
    if (v == NULL)
        return NULL;
    res = mi_tuple_pack(1, v);
    MI_DECREF(v);
    return res;
}

static MiObject *
int_sizeof(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    /* CPython's layout: 24 bytes of header plus 4 bytes per 30-bit digit */
    uint64_t bits = mi_int_bit_length(self);
    return mi_int_from_u64(24 + 4 * ((bits + 29) / 30));
}

static MiMethodDef int_methods[] = {
    {"bit_length", int_bit_length, MI_METH_NOARGS, NULL},
    {"bit_count", int_bit_count, MI_METH_NOARGS, NULL},
    {"conjugate", int_conjugate, MI_METH_NOARGS, NULL},
    {"as_integer_ratio", int_as_integer_ratio, MI_METH_NOARGS, NULL},
    {"__round__", int_round, MI_METH_VARARGS, NULL},
    {"__trunc__", int_trunc, MI_METH_NOARGS, NULL},
    {"__floor__", int_trunc, MI_METH_NOARGS, NULL},
    {"__ceil__", int_trunc, MI_METH_NOARGS, NULL},
    {"to_bytes", int_to_bytes, MI_METH_KEYWORDS, NULL},
    {"from_bytes", int_from_bytes, MI_METH_KEYWORDS | MI_METH_CLASS, NULL},
    {"__format__", int_format, MI_METH_O, NULL},
    {"__getnewargs__", int_getnewargs, MI_METH_NOARGS, NULL},
    {"__sizeof__", int_sizeof, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static MiObject *
int_get_real(MiObject *self, void *c)
{
    (void)c;
    return int_pos(self);
}

static MiObject *
int_get_imag(MiObject *self, void *c)
{
    (void)self;
    (void)c;
    return mi_int_from_i64(0);
}

static MiObject *
int_get_one(MiObject *self, void *c)
{
    (void)self;
    (void)c;
    return mi_int_from_i64(1);
}

static MiGetSetDef int_getsets[] = {
    {"real", int_get_real, NULL, NULL, NULL},
    {"imag", int_get_imag, NULL, NULL, NULL},
    {"numerator", int_get_real, NULL, NULL, NULL},
    {"denominator", int_get_one, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MiType mi_int_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "int",
    .basicsize = sizeof(MiInt),
    .flags = MI_TYPE_BASETYPE | MI_TYPE_INT_SUBCLASS,
    .dealloc = int_subtype_safe_dealloc,
    .new_ = int_new,
    .repr = int_repr,
    .hash = int_hash_slot,
    .richcmp = int_richcmp,
    .add = int_add,
    .sub = int_sub,
    .mul = int_mul,
    .truediv = int_truediv,
    .floordiv = int_floordiv,
    .mod = int_mod,
    .divmod = int_divmod,
    .pow = int_pow,
    .lshift = int_lshift,
    .rshift = int_rshift,
    .and_ = int_and,
    .or_ = int_or,
    .xor_ = int_xor,
    .neg = int_neg,
    .pos = int_pos,
    .abs = int_abs,
    .invert = int_invert,
    .bool_ = int_bool,
    .to_int = int_pos,
    .to_float = int_to_float,
    .index = int_index,
    .methods = int_methods,
    .getsets = int_getsets,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
};

/* ---- bool ---------------------------------------------------------------------------------- */

MiInt mi_true_struct = {{MI_STATIC_REFCNT, &mi_bool_type}, 1, 0, 0, {{0, 0, NULL}}};
MiInt mi_false_struct = {{MI_STATIC_REFCNT, &mi_bool_type}, 0, 0, 0, {{0, 0, NULL}}};

static MiObject *
bool_repr(MiObject *self)
{
    return mi_str_from_cstr(self == MI_TRUE ? "True" : "False");
}

static MiObject *
bool_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    int truth;
    (void)type;
    if (mi_args_check("bool", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        MI_RETURN_FALSE;
    truth = mi_obj_is_true(args[0]);
    if (truth < 0)
        return NULL;
    return mi_bool_from(truth);
}

#define BOOL_BITWISE(fn, cop, intfn)                                               \
    static MiObject *fn(MiObject *a, MiObject *b)                                  \
    {                                                                              \
        if (a->type == &mi_bool_type && b->type == &mi_bool_type)                  \
            return mi_bool_from(SMALL(a) cop SMALL(b));                            \
        return intfn(a, b);                                                        \
    }
BOOL_BITWISE(bool_and, &, int_and)
BOOL_BITWISE(bool_or, |, int_or)
BOOL_BITWISE(bool_xor, ^, int_xor)

static void
bool_dealloc(MiObject *self)
{
    (void)self;
    mi_fatal("deallocating True or False");
}

MiType mi_bool_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "bool",
    .basicsize = sizeof(MiInt),
    .base_type = &mi_int_type,
    .dealloc = bool_dealloc,
    .new_ = bool_new,
    .repr = bool_repr,
    .and_ = bool_and,
    .or_ = bool_or,
    .xor_ = bool_xor,
    .doc = "bool(x) -> bool",
};

/* Sets up the shared small ints (called once at start-up). */
void
mi_int_init_small(void)
{
    for (int64_t v = MI_SMALL_INT_MIN; v <= MI_SMALL_INT_MAX; v++) {
        MiInt *o = &mi_small_ints[v - MI_SMALL_INT_MIN];
        o->base.refcnt = MI_STATIC_REFCNT;
        o->base.type = &mi_int_type;
        o->small = v;
        o->is_big = 0;
    }
}
