/* vm/float.c: float and complex.
 *
 *   - repr: the shortest digit string that reads back to the same double
 *     (a bisection over 1..17 significant digits; C's printf rounds
 *     correctly, and at powers of two the neighbour beyond the nearest
 *     decimal is tried too, as Gay's dtoa finds it), laid out as CPython:
 *     exponent form when the decimal point would sit before the 4th
 *     leading zero or after the 16th digit.
 *   - hash: CPython's, so that hash(2.0) == hash(2) and sets of floats
 *     iterate in CPython's order.
 *   - comparisons with ints are exact (GMP compares an mpz with a double).
 *   - round() rounds the exact binary value half-to-even, via GMP.
 *   - complex follows CPython's complexobject.c: the constructor's rules for
 *     mixing complex and real arguments, string parsing, Smith's division,
 *     integral powers up to 100 by repeated multiplication.
 * Freed floats of exact type go to a small free list for reuse. */
#include "vm/float.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/bytes_codec.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/names.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/str_unicode.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

MiObject *
mi_float_new(double v)
{
    MiFloat *f = (MiFloat *)mi_state->float_freelist;
    if (f != NULL) {
        mi_state->float_freelist = (MiObject *)f->base.type;
        mi_state->float_freelist_len--;
        f->base.type = &mi_float_type;
    } else {
        f = mi_malloc(sizeof(MiFloat));
        if (f == NULL)
            return mi_err_nomemory();
        f->base.type = &mi_float_type;
    }
    f->base.refcnt = 1;
    f->value = v;
    MI_REF_INC();
    MI_LIVE_ADD(f);
    return (MiObject *)f;
}

static void
float_dealloc(MiObject *self)
{
    if (self->type == &mi_float_type && mi_state->float_freelist_len < MI_FLOAT_FREELIST_MAX) {
        /* the free list links through the type field */
        self->type = (MiType *)mi_state->float_freelist;
        mi_state->float_freelist = self;
        mi_state->float_freelist_len++;
        MI_LIVE_REMOVE(self);
        return;
    }
    mi_object_free(self);
}

/* Frees the float free list (interpreter exit). */
void
mi_float_clear_freelist(void)
{
    MiObject *f = mi_state->float_freelist;
    while (f != NULL) {
        MiObject *next = (MiObject *)f->type;
        mi_free(f);
        f = next;
    }
    mi_state->float_freelist = NULL;
    mi_state->float_freelist_len = 0;
}

double
mi_float_as_double(MiObject *o)
{
    MiObject *f;
    double v;
    if (mi_float_check(o))
        return MI_FLOAT_VALUE(o);
    if (mi_int_check(o))
        return mi_int_as_double(o);
    if (o->type->to_float == NULL && o->type->index == NULL) {
        mi_err_format(MI_EXC(TypeError), "must be real number, not %s", MI_TYPE_NAME(o));
        return -1.0;
    }
    f = mi_num_to_float(o);
    if (f == NULL)
        return -1.0;
    v = MI_FLOAT_VALUE(f);
    MI_DECREF(f);
    return v;
}

/* ---- repr --------------------------------------------------------------------------- */

/* Moves the decimal "D.DDDe+XX" in `buf` (as printf's %e writes it) one
 * unit of its last digit up (delta 1) or down (-1), keeping its number of
 * digits: 9.99e+05 + 1 unit is 1.00e+06, 1.00e+06 - 1 unit is 9.99e+05. */
static void
step_decimal(char *buf, size_t size, int delta)
{
    char digits[24];
    int n = 0, exp10;
    const char *p = buf;
    if (*p == '-')
        p++;
    for (; *p && *p != 'e'; p++) {
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    }
    exp10 = atoi(p + 1);
    if (delta > 0) {
        int i = n - 1;
        while (i >= 0 && digits[i] == '9')
            digits[i--] = '0';
        if (i >= 0) {
            digits[i]++;
        } else {
            digits[0] = '1';
            exp10++;
        }
    } else {
        int i = n - 1;
        while (i >= 0 && digits[i] == '0')
            digits[i--] = '9';
        if (i >= 0)
            digits[i]--;
        if (digits[0] == '0' && n > 1) {
            memmove(digits, digits + 1, (size_t)n - 1);
            digits[n - 1] = '9';
            exp10--;
        }
    }
    snprintf(buf, size, "%c.%.*se%+03d", digits[0], n - 1, digits + 1, exp10);
}

/* Is there a decimal of `prec` significant digits that reads back as v > 0?
 * The nearest one (printf's) or, where the doubles around v are unevenly
 * spaced (v a power of two), its neighbour on the other side of v.  On
 * success `out` holds it in %e form. */
static int
round_trips(double v, int prec, char *out, size_t size)
{
    double x;
    int e;
    snprintf(out, size, "%.*e", prec - 1, v);
    x = strtod(out, NULL);
    if (x == v)
        return 1;
    if (frexp(v, &e) != 0.5)
        return 0;
    step_decimal(out, size, x < v ? 1 : -1);
    return strtod(out, NULL) == v;
}

/* Shortest round-trip digits of a finite, positive v (as David Gay's
 * shortest mode, which CPython uses): fills `digits` (no dot, no trailing
 * zeros) and returns the decimal point position: v = 0.DIGITS * 10**decpt.
 * If some p-digit decimal reads back as v, so does a (p+1)-digit one (the
 * same number), so a bisection finds the shortest; 17 digits always do. */
static int
shortest_digits(double v, char *digits, int *ndigits)
{
    char buf[40], best[40];
    int exp10, n = 0, lo = 1, hi = 17;
    best[0] = '\0';
    /* most results of arithmetic need 16 or 17 digits: look there first */
    if (round_trips(v, 16, buf, sizeof buf)) {
        memcpy(best, buf, sizeof buf);
        hi = 16;
        if (round_trips(v, 15, buf, sizeof buf)) {
            memcpy(best, buf, sizeof buf);
            hi = 15;
        } else {
            lo = 16;
        }
    } else {
        lo = 17;
    }
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (round_trips(v, mid, buf, sizeof buf)) {
            hi = mid;
            memcpy(best, buf, sizeof buf);
        } else {
            lo = mid + 1;
        }
    }
    if (best[0] == '\0')
        snprintf(best, sizeof best, "%.16e", v);
    for (const char *p = best; *p && *p != 'e'; p++) {
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    }
    exp10 = atoi(strchr(best, 'e') + 1);
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *ndigits = n;
    return exp10 + 1;
}

int
mi_float_format_repr(double v, char *buf, size_t size)
{
    char digits[24];
    int n, decpt, len = 0;
    char tmp[64];
    if (isnan(v))
        return snprintf(buf, size, "nan");
    if (isinf(v))
        return snprintf(buf, size, v > 0 ? "inf" : "-inf");
    if (v == 0.0)
        return snprintf(buf, size, signbit(v) ? "-0.0" : "0.0");
    if (v < 0) {
        tmp[len++] = '-';
        v = -v;
    }
    decpt = shortest_digits(v, digits, &n);
    if (decpt <= -4 || decpt > 16) {
        int e = decpt - 1;
        tmp[len++] = digits[0];
        if (n > 1) {
            tmp[len++] = '.';
            memcpy(tmp + len, digits + 1, (size_t)n - 1);
            len += n - 1;
        }
        len += snprintf(tmp + len, sizeof tmp - (size_t)len, "e%c%02d", e < 0 ? '-' : '+',
                        e < 0 ? -e : e);
    } else if (decpt <= 0) {
        tmp[len++] = '0';
        tmp[len++] = '.';
        for (int i = 0; i < -decpt; i++)
            tmp[len++] = '0';
        memcpy(tmp + len, digits, (size_t)n);
        len += n;
    } else if (decpt >= n) {
        memcpy(tmp + len, digits, (size_t)n);
        len += n;
        for (int i = n; i < decpt; i++)
            tmp[len++] = '0';
        tmp[len++] = '.';
        tmp[len++] = '0';
    } else {
        memcpy(tmp + len, digits, (size_t)decpt);
        len += decpt;
        tmp[len++] = '.';
        memcpy(tmp + len, digits + decpt, (size_t)(n - decpt));
        len += n - decpt;
    }
    tmp[len] = '\0';
    return snprintf(buf, size, "%s", tmp);
}

MiObject *
mi_float_repr_value(double v)
{
    char buf[64];
    int n = mi_float_format_repr(v, buf, sizeof buf);
    return mi_str_new(buf, n);
}

static MiObject *
float_repr(MiObject *self)
{
    return mi_float_repr_value(MI_FLOAT_VALUE(self));
}

/* ---- parsing ------------------------------------------------------------------------ */

static int
is_ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* float(text): `unicode` when the text is a str's (Unicode digits and
 * spaces then count), `orig` the object to show in the error (NULL: the
 * text as a str). */
static MiObject *
float_from_text(const char *s, size_t len, int unicode, MiObject *orig)
{
    const char *p = s, *end = s + len;
    char *clean, *stop, *ascii = NULL;
    size_t n = 0;
    double v;
    MiObject *str;
    for (const char *q = s; unicode && q < end; q++) {
        if ((unsigned char)*q >= 0x80) {
            /* Unicode digits and spaces count as their ASCII forms */
            intptr_t alen;
            ascii = mi_unicode_decimal_to_ascii(s, (intptr_t)len, &alen);
            if (ascii == NULL)
                return NULL;
            p = ascii;
            end = ascii + alen;
            break;
        }
    }
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' ||
                       *p == '\v'))
        p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' ||
                       end[-1] == '\r' || end[-1] == '\f' || end[-1] == '\v'))
        end--;
    clean = mi_malloc((size_t)(end - p) + 1);
    if (clean == NULL) {
        mi_free(ascii);
        return mi_err_nomemory();
    }
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            /* underscores only between digits */
            if (q == p || q + 1 == end || !(q[-1] >= '0' && q[-1] <= '9') ||
                !(q[1] >= '0' && q[1] <= '9'))
                goto bad;
            continue;
        }
        if (*q == '\0')
            goto bad;
        clean[n++] = *q;
    }
    clean[n] = '\0';
    if (n == 0)
        goto bad;
    {
        /* accept what Python accepts: no hex floats, inf/nan spelled out */
        const char *c = clean;
        if (*c == '+' || *c == '-')
            c++;
        if ((c[0] == '0' && (c[1] | 0x20) == 'x'))
            goto bad;
        if (strncasecmp(c, "inf", 3) == 0 && c[3] != '\0' && strcasecmp(c, "infinity") != 0)
            goto bad;
        if (strncasecmp(c, "nan", 3) == 0 && c[3] != '\0')
            goto bad;
    }
    errno = 0;
    v = strtod(clean, &stop);
    if (*stop != '\0')
        goto bad;
    mi_free(clean);
    mi_free(ascii);
    return mi_float_new(v);
bad:
    mi_free(clean);
    mi_free(ascii);
    if (orig != NULL)
        return mi_err_format(MI_EXC(ValueError), "could not convert string to float: %R", orig);
    str = mi_str_decode_utf8(s, (intptr_t)len, "replace");
    if (str == NULL)
        return NULL;
    mi_err_format(MI_EXC(ValueError), "could not convert string to float: %R", str);
    MI_DECREF(str);
    return NULL;
}

MiObject *
mi_float_from_string(const char *s, size_t len)
{
    return float_from_text(s, len, 1, NULL);
}

static MiObject *
float_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *res;
    const char *data;
    intptr_t size;
    if (mi_args_check("float", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        res = mi_float_new(0.0);
    else if (mi_str_check(args[0]))
        res = mi_float_from_string(MI_STR_DATA(args[0]), MI_STR_SIZE(args[0]));
    else if (args[0]->type->to_float == NULL && mi_bytes_view(args[0], &data, &size))
        res = float_from_text(data, (size_t)size, 0, args[0]);
    else
        res = mi_num_to_float(args[0]);
    if (res == NULL || type == &mi_float_type)
        return res;
    {
        MiFloat *f = (MiFloat *)mi_object_alloc(type);
        if (f != NULL) {
            f->value = MI_FLOAT_VALUE(res);
            if (type->flags & MI_TYPE_GC)
                MI_GC_TRACK(f);
        }
        MI_DECREF(res);
        return (MiObject *)f;
    }
}

/* ---- hash ---------------------------------------------------------------------------- */

intptr_t
mi_float_hash_value(double v)
{
    int e, sign = 1;
    double m;
    uint64_t x = 0, y;
    if (!isfinite(v)) {
        if (isinf(v))
            return v > 0 ? HASH_INF : -HASH_INF;
        return 0;
    }
    if (v == (double)(int64_t)v && v > -9.2e18 && v < 9.2e18) {
        MiObject *i = mi_int_from_i64((int64_t)v);
        intptr_t h = i ? mi_int_hash(i) : -1;
        MI_XDECREF(i);
        return h;
    }
    m = frexp(v, &e);
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    {
        intptr_t h = (intptr_t)x * sign;
        return h == -1 ? -2 : h;
    }
}

static intptr_t
float_hash(MiObject *self)
{
    double v = MI_FLOAT_VALUE(self);
    if (isnan(v)) {
        uintptr_t p = (uintptr_t)self;
        intptr_t h = (intptr_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
        return h == -1 ? -2 : h;
    }
    return mi_float_hash_value(v);
}

/* ---- comparison ------------------------------------------------------------------------ */

static MiObject *
cmp_result(int c, int op)
{
    switch (op) {
    case MI_LT: return mi_bool_from(c < 0);
    case MI_LE: return mi_bool_from(c <= 0);
    case MI_EQ: return mi_bool_from(c == 0);
    case MI_NE: return mi_bool_from(c != 0);
    case MI_GT: return mi_bool_from(c > 0);
    default: return mi_bool_from(c >= 0);
    }
}

MiObject *
mi_float_richcmp_int(MiObject *f, MiObject *i, int op, int swapped)
{
    double d = MI_FLOAT_VALUE(f);
    int c;
    if (isnan(d))
        return mi_bool_from(op == MI_NE);
    if (mi_int_is_small(i) && ((MiInt *)i)->small > -(1LL << 53) &&
        ((MiInt *)i)->small < (1LL << 53)) {
        double x = (double)((MiInt *)i)->small;
        c = d < x ? -1 : d > x;
    } else {
        mpz_t z;
        mpz_init(z);
        mi_int_to_mpz(i, z);
        c = -mpz_cmp_d(z, d);
        c = c < 0 ? -1 : c > 0;
        mpz_clear(z);
    }
    return cmp_result(swapped ? -c : c, op);
}

static MiObject *
float_richcmp(MiObject *a, MiObject *b, int op)
{
    double x, y;
    if (!mi_float_check(a))
        MI_RETURN_NOTIMPLEMENTED;
    if (mi_int_check(b))
        return mi_float_richcmp_int(a, b, op, 0);
    if (!mi_float_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    x = MI_FLOAT_VALUE(a);
    y = MI_FLOAT_VALUE(b);
    switch (op) {
    case MI_LT: return mi_bool_from(x < y);
    case MI_LE: return mi_bool_from(x <= y);
    case MI_EQ: return mi_bool_from(x == y);
    case MI_NE: return mi_bool_from(x != y);
    case MI_GT: return mi_bool_from(x > y);
    default: return mi_bool_from(x >= y);
    }
}

/* ---- arithmetic ------------------------------------------------------------------------ */

/* Converts a float or int operand; 0 when the other type is not a number
 * we handle (NotImplemented), -1 on error. */
static int
to_double(MiObject *o, double *out)
{
    if (mi_float_check(o)) {
        *out = MI_FLOAT_VALUE(o);
        return 1;
    }
    if (mi_int_check(o)) {
        *out = mi_int_as_double(o);
        if (*out == -1.0 && mi_err_occurred())
            return -1;
        return 1;
    }
    return 0;
}

#define CONVERT2(a, b, x, y)                                                          \
    do {                                                                              \
        int rc_ = to_double(a, &x);                                                   \
        if (rc_ <= 0) {                                                               \
            if (rc_ < 0)                                                              \
                return NULL;                                                          \
            MI_RETURN_NOTIMPLEMENTED;                                                 \
        }                                                                             \
        rc_ = to_double(b, &y);                                                       \
        if (rc_ <= 0) {                                                               \
            if (rc_ < 0)                                                              \
                return NULL;                                                          \
            MI_RETURN_NOTIMPLEMENTED;                                                 \
        }                                                                             \
    } while (0)

static MiObject *
float_add(MiObject *a, MiObject *b)
{
    double x, y;
    CONVERT2(a, b, x, y);
    return mi_float_new(x + y);
}

static MiObject *
float_sub(MiObject *a, MiObject *b)
{
    double x, y;
    CONVERT2(a, b, x, y);
    return mi_float_new(x - y);
}

static MiObject *
float_mul(MiObject *a, MiObject *b)
{
    double x, y;
    CONVERT2(a, b, x, y);
    return mi_float_new(x * y);
}

static MiObject *
float_truediv(MiObject *a, MiObject *b)
{
    double x, y;
    CONVERT2(a, b, x, y);
    if (y == 0.0)
        return mi_err_format(MI_EXC(ZeroDivisionError), "float division by zero");
    return mi_float_new(x / y);
}

/* Python's floor division and modulo of doubles (CPython's float_divmod). */
static void
float_divmod_values(double vx, double wx, double *floordiv, double *mod)
{
    double div, m = fmod(vx, wx);
    div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    if (div) {
        double f = floor(div);
        if (div - f > 0.5)
            f += 1.0;
        div = f;
    } else {
        div = copysign(0.0, vx / wx);
    }
    *floordiv = div;
    *mod = m;
}

static MiObject *
float_floordiv(MiObject *a, MiObject *b)
{
    double x, y, q, m;
    CONVERT2(a, b, x, y);
    if (y == 0.0)
        return mi_err_format(MI_EXC(ZeroDivisionError), "float floor division by zero");
    float_divmod_values(x, y, &q, &m);
    return mi_float_new(q);
}

static MiObject *
float_mod(MiObject *a, MiObject *b)
{
    double x, y, q, m;
    CONVERT2(a, b, x, y);
    if (y == 0.0)
        return mi_err_format(MI_EXC(ZeroDivisionError), "float modulo");
    float_divmod_values(x, y, &q, &m);
    return mi_float_new(m);
}

static MiObject *
float_divmod(MiObject *a, MiObject *b)
{
    double x, y, q, m;
    MiObject *fq, *fm, *res;
    CONVERT2(a, b, x, y);
    if (y == 0.0)
        return mi_err_format(MI_EXC(ZeroDivisionError), "float divmod()");
    float_divmod_values(x, y, &q, &m);
    fq = mi_float_new(q);
    fm = mi_float_new(m);
    if (fq == NULL || fm == NULL) {
        MI_XDECREF(fq);
        MI_XDECREF(fm);
        return NULL;
    }
    res = mi_tuple_pack(2, fq, fm);
    MI_DECREF(fq);
    MI_DECREF(fm);
    return res;
}

static MiObject *complex_pow_values(double ar, double ai, double br, double bi);

static MiObject *
float_pow(MiObject *a, MiObject *b, MiObject *mod)
{
    double x, y, r;
    if (mod != MI_NONE) {
        return mi_err_format(MI_EXC(TypeError), "pow() 3rd argument not allowed unless all "
                             "arguments are integers");
    }
    CONVERT2(a, b, x, y);
    if (y == 0.0)
        return mi_float_new(1.0);
    if (isnan(x))
        return mi_float_new(y == 0.0 ? 1.0 : x);
    if (isnan(y))
        return mi_float_new(x == 1.0 ? 1.0 : y);
    if (x == 0.0) {
        if (y < 0.0 && isfinite(y))
            return mi_err_format(MI_EXC(ZeroDivisionError), "0.0 cannot be raised to a "
                                 "negative power");
    }
    if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y))
        return complex_pow_values(x, 0.0, y, 0.0);
    errno = 0;
    r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y))
        return mi_err_format(MI_EXC(OverflowError), "(34, 'Numerical result out of range')");
    return mi_float_new(r);
}

static MiObject *
float_neg(MiObject *a)
{
    return mi_float_new(-MI_FLOAT_VALUE(a));
}

static MiObject *
float_pos(MiObject *a)
{
    if (a->type == &mi_float_type)
        return mi_newref(a);
    return mi_float_new(MI_FLOAT_VALUE(a));
}

static MiObject *
float_abs(MiObject *a)
{
    return mi_float_new(fabs(MI_FLOAT_VALUE(a)));
}

static int
float_bool(MiObject *a)
{
    return MI_FLOAT_VALUE(a) != 0.0;
}

static MiObject *
float_to_int(MiObject *a)
{
    return mi_int_from_double(trunc(MI_FLOAT_VALUE(a)));
}

/* ---- methods ---------------------------------------------------------------------------- */

static MiObject *
float_is_integer(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double v = MI_FLOAT_VALUE(self);
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_bool_from(isfinite(v) && floor(v) == v);
}

static MiObject *
float_trunc(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_double(trunc(MI_FLOAT_VALUE(self)));
}

static MiObject *
float_floor(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_double(floor(MI_FLOAT_VALUE(self)));
}

static MiObject *
float_ceil(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_double(ceil(MI_FLOAT_VALUE(self)));
}

/* round(x, ndigits) of the exact value of x, ties to even. */
static double
round_digits(double x, long ndigits)
{
    mpq_t q, p;
    mpz_t n, rem, twice;
    char *digits, buf[64];
    double res;
    size_t len;
    if (!isfinite(x) || x == 0.0)
        return x;
    if (ndigits > 330)
        return x;
    if (ndigits < -330)
        return copysign(0.0, x);
    mpq_init(q);
    mpq_init(p);
    mpz_init(n);
    mpz_init(rem);
    mpz_init(twice);
    mpq_set_d(q, x);
    mpz_ui_pow_ui(n, 10, (unsigned long)(ndigits < 0 ? -ndigits : ndigits));
    mpq_set_z(p, n);
    if (ndigits >= 0)
        mpq_mul(q, q, p);
    else
        mpq_div(q, q, p);
    /* n = round-half-even(q) */
    mpz_fdiv_qr(n, rem, mpq_numref(q), mpq_denref(q));
    mpz_mul_2exp(twice, rem, 1);
    {
        int c = mpz_cmp(twice, mpq_denref(q));
        if (c > 0 || (c == 0 && mpz_odd_p(n)))
            mpz_add_ui(n, n, 1);
    }
    digits = mpz_get_str(NULL, 10, n);
    len = strlen(digits);
    snprintf(buf, sizeof buf, "e%ld", -ndigits);
    {
        char *full = malloc(len + strlen(buf) + 1);
        if (full == NULL) {
            res = x;
        } else {
            memcpy(full, digits, len);
            strcpy(full + len, buf);
            res = strtod(full, NULL);
            free(full);
        }
    }
    {
        void (*freefunc)(void *, size_t);
        mp_get_memory_functions(NULL, NULL, &freefunc);
        freefunc(digits, len + 1);
    }
    mpq_clear(q);
    mpq_clear(p);
    mpz_clear(n);
    mpz_clear(rem);
    mpz_clear(twice);
    if (res == 0.0)
        res = copysign(0.0, x);
    return res;
}

static MiObject *
float_round(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x = MI_FLOAT_VALUE(self);
    intptr_t nd;
    (void)kw;
    if (nargs == 0 || args[0] == MI_NONE) {
        double r = rint(x);     /* the default rounding mode: half to even */
        if (isnan(x))
            return mi_err_format(MI_EXC(ValueError), "cannot convert float NaN to integer");
        if (isinf(x))
            return mi_err_format(MI_EXC(OverflowError), "cannot convert float infinity to "
                                 "integer");
        return mi_int_from_double(r);
    }
    nd = mi_num_as_ssize(args[0], NULL);
    if (nd == -1 && mi_err_occurred())
        return NULL;
    return mi_float_new(round_digits(x, (long)nd));
}

static MiObject *
float_as_integer_ratio(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x = MI_FLOAT_VALUE(self);
    mpq_t q;
    mpz_t num, den;
    MiObject *a, *b, *res;
    (void)args;
    (void)nargs;
    (void)kw;
    if (isinf(x))
        return mi_err_format(MI_EXC(OverflowError), "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return mi_err_format(MI_EXC(ValueError), "cannot convert NaN to integer ratio");
    mpq_init(q);
    mpq_set_d(q, x);
    mpz_init_set(num, mpq_numref(q));
    mpz_init_set(den, mpq_denref(q));
    mpq_clear(q);
    a = mi_int_from_mpz(num);
    b = mi_int_from_mpz(den);
    if (a == NULL || b == NULL) {
        MI_XDECREF(a);
        MI_XDECREF(b);
        return NULL;
    }
    res = mi_tuple_pack(2, a, b);
    MI_DECREF(a);
    MI_DECREF(b);
    return res;
}

static MiObject *
float_conjugate(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return float_pos(self);
}

/* float.hex(): "[-]0xH.HHHHHHHHHHHHHp[+-]E", subnormals as 0x0.<digits>p-1022. */
static MiObject *
float_hex(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x = MI_FLOAT_VALUE(self), m;
    char digits[20], buf[64];
    int e, shift, k = 0;
    (void)args;
    (void)nargs;
    (void)kw;
    if (isnan(x) || isinf(x))
        return float_repr(self);
    if (x == 0.0)
        return mi_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    m = frexp(fabs(x), &e);
    shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    digits[k++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    digits[k++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {     /* 13 hex digits */
        m *= 16.0;
        digits[k++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    digits[k] = '\0';
    snprintf(buf, sizeof buf, "%s0x%sp%c%d", x < 0 ? "-" : "", digits, e < 0 ? '-' : '+',
             e < 0 ? -e : e);
    return mi_str_from_cstr(buf);
}

static int
is_hex_digit(char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/* float.fromhex(s): [sign] (inf | infinity | nan | [0x] hex digits with an
 * optional point [p [sign] decimal exponent]), blanks around; strtod does
 * the correctly rounded conversion of the normalized text. */
static MiObject *
float_fromhex(MiObject *cls, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    const char *p, *end, *mant;
    char *text = NULL, *stop;
    int neg = 0, ndigits = 0;
    size_t n;
    double v;
    MiObject *res;
    (void)nargs;
    (void)kw;
    if (!mi_str_check(args[0]))
        return mi_err_format(MI_EXC(TypeError), "must be str, not %s", MI_TYPE_NAME(args[0]));
    p = MI_STR_DATA(args[0]);
    end = p + MI_STR_SIZE(args[0]);
    while (p < end && is_ascii_space(*p))
        p++;
    while (end > p && is_ascii_space(end[-1]))
        end--;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    n = (size_t)(end - p);
    if ((n == 3 || n == 8) && (strncasecmp(p, "inf", n) == 0 ||
                               (n == 8 && strncasecmp(p, "infinity", 8) == 0))) {
        v = neg ? -INFINITY : INFINITY;
        goto done;
    }
    if (n == 3 && strncasecmp(p, "nan", 3) == 0) {
        v = neg ? -NAN : NAN;
        goto done;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x')
        p += 2;
    mant = p;
    while (p < end && is_hex_digit(*p)) {
        p++;
        ndigits++;
    }
    if (p < end && *p == '.') {
        p++;
        while (p < end && is_hex_digit(*p)) {
            p++;
            ndigits++;
        }
    }
    if (ndigits == 0)
        goto invalid;
    if (p < end && (*p | 0x20) == 'p') {
        const char *q = p + 1;
        if (q < end && (*q == '+' || *q == '-'))
            q++;
        if (q == end || !(*q >= '0' && *q <= '9'))
            goto invalid;
        while (q < end && *q >= '0' && *q <= '9')
            q++;
        p = q;
    }
    if (p != end)
        goto invalid;
    text = mi_malloc((size_t)(end - mant) + 4);
    if (text == NULL)
        return mi_err_nomemory();
    text[0] = neg ? '-' : '+';
    text[1] = '0';
    text[2] = 'x';
    memcpy(text + 3, mant, (size_t)(end - mant));
    text[3 + (end - mant)] = '\0';
    v = strtod(text, &stop);
    mi_free(text);
    if (isinf(v))
        return mi_err_format(MI_EXC(OverflowError), "hexadecimal value too large to represent "
                             "as a float");
done:
    res = mi_float_new(v);
    if (res != NULL && cls != (MiObject *)&mi_float_type) {
        MiObject *r2 = mi_call1(cls, res);
        MI_DECREF(res);
        return r2;
    }
    return res;
invalid:
    return mi_err_format(MI_EXC(ValueError), "invalid hexadecimal floating-point string");
}

static MiObject *
float_format(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    if (!mi_str_check(args[0]))
        return mi_err_format(MI_EXC(TypeError), "__format__() argument must be str, not %s",
                             MI_TYPE_NAME(args[0]));
    return mi_str_format_spec(self, args[0]);
}

static MiObject *
float_getnewargs(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_tuple_pack(1, self);
}

/* float.__getformat__(typestr) and __setformat__(typestr, fmt): the
 * storage format of C doubles and floats, IEEE little-endian here; it can
 * only be "set" to 'unknown' or to itself (CPython's test hooks). */
static const char *float_formats[2] = {"IEEE, little-endian", "IEEE, little-endian"};

static int
format_kind(MiObject *typestr, const char *fname)
{
    if (!mi_str_check(typestr)) {
        mi_err_format(MI_EXC(TypeError), "%s() argument must be str, not %s", fname,
                      MI_TYPE_NAME(typestr));
        return -1;
    }
    if (mi_str_eq_cstr(typestr, "double"))
        return 0;
    if (mi_str_eq_cstr(typestr, "float"))
        return 1;
    mi_err_format(MI_EXC(ValueError), "%s() argument 1 must be 'double' or 'float'", fname);
    return -1;
}

static MiObject *
float_getformat(MiObject *cls, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    int kind = format_kind(args[0], "__getformat__");
    (void)cls;
    (void)nargs;
    (void)kw;
    if (kind < 0)
        return NULL;
    return mi_str_from_cstr(float_formats[kind]);
}

static MiObject *
float_setformat(MiObject *cls, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    int kind;
    const char *fmt;
    (void)cls;
    (void)kw;
    if (nargs != 2)
        return mi_err_format(MI_EXC(TypeError), "__setformat__ expected 2 arguments, got %zd",
                             nargs);
    if ((kind = format_kind(args[0], "__setformat__")) < 0)
        return NULL;
    if (!mi_str_check(args[1]))
        return mi_err_format(MI_EXC(TypeError), "__setformat__() argument 2 must be str, not "
                             "%s", MI_TYPE_NAME(args[1]));
    fmt = MI_STR_DATA(args[1]);
    if (strcmp(fmt, "unknown") != 0 && strcmp(fmt, "IEEE, little-endian") != 0 &&
        strcmp(fmt, "IEEE, big-endian") != 0)
        return mi_err_format(MI_EXC(ValueError), "__setformat__() argument 2 must be "
                             "'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'");
    if (strcmp(fmt, "unknown") == 0)
        float_formats[kind] = "unknown";
    else if (strcmp(fmt, "IEEE, little-endian") == 0)
        float_formats[kind] = "IEEE, little-endian";
    else
        return mi_err_format(MI_EXC(ValueError), "can only set %s format to 'unknown' or the "
                             "detected platform value", kind == 0 ? "double" : "float");
    MI_RETURN_NONE;
}

static MiMethodDef float_methods[] = {
    {"is_integer", float_is_integer, MI_METH_NOARGS, NULL},
    {"__trunc__", float_trunc, MI_METH_NOARGS, NULL},
    {"__floor__", float_floor, MI_METH_NOARGS, NULL},
    {"__ceil__", float_ceil, MI_METH_NOARGS, NULL},
    {"__round__", float_round, MI_METH_VARARGS, NULL},
    {"as_integer_ratio", float_as_integer_ratio, MI_METH_NOARGS, NULL},
    {"conjugate", float_conjugate, MI_METH_NOARGS, NULL},
    {"hex", float_hex, MI_METH_NOARGS, NULL},
    {"fromhex", float_fromhex, MI_METH_O | MI_METH_CLASS, NULL},
    {"__format__", float_format, MI_METH_O, NULL},
    {"__getnewargs__", float_getnewargs, MI_METH_NOARGS, NULL},
    {"__getformat__", float_getformat, MI_METH_O | MI_METH_CLASS, NULL},
    {"__setformat__", float_setformat, MI_METH_VARARGS | MI_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static MiObject *
float_get_real(MiObject *self, void *c)
{
    (void)c;
    return float_pos(self);
}

static MiObject *
float_get_imag(MiObject *self, void *c)
{
    (void)self;
    (void)c;
    return mi_float_new(0.0);
}

static MiGetSetDef float_getsets[] = {
    {"real", float_get_real, NULL, NULL, NULL},
    {"imag", float_get_imag, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MiType mi_float_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "float",
    .basicsize = sizeof(MiFloat),
    .flags = MI_TYPE_BASETYPE,
    .dealloc = float_dealloc,
    .new_ = float_new,
    .repr = float_repr,
    .hash = float_hash,
    .richcmp = float_richcmp,
    .add = float_add,
    .sub = float_sub,
    .mul = float_mul,
    .truediv = float_truediv,
    .floordiv = float_floordiv,
    .mod = float_mod,
    .divmod = float_divmod,
    .pow = float_pow,
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .bool_ = float_bool,
    .to_int = float_to_int,
    .to_float = float_pos,
    .methods = float_methods,
    .getsets = float_getsets,
    .doc = "Convert a string or number to a floating point number, if possible.",
};

/* ---- complex --------------------------------------------------------------------------------- */

MiObject *
mi_complex_new(double real, double imag)
{
    MiComplex *c = (MiComplex *)mi_object_alloc(&mi_complex_type);
    if (c == NULL)
        return NULL;
    c->real = real;
    c->imag = imag;
    return (MiObject *)c;
}

static void
complex_dealloc(MiObject *self)
{
    mi_object_free(self);
}

/* Loads a complex, float or int operand. */
static int
to_complex(MiObject *o, double *re, double *im)
{
    if (o->type == &mi_complex_type || mi_type_is_subtype(o->type, &mi_complex_type)) {
        *re = ((MiComplex *)o)->real;
        *im = ((MiComplex *)o)->imag;
        return 1;
    }
    *im = 0.0;
    return to_double(o, re);
}

#define CONVERTC(o, r, i)                                                              \
    do {                                                                               \
        int rc_ = to_complex(o, &r, &i);                                               \
        if (rc_ <= 0) {                                                                \
            if (rc_ < 0)                                                               \
                return NULL;                                                           \
            MI_RETURN_NOTIMPLEMENTED;                                                  \
        }                                                                              \
    } while (0)

static void
append_part(char *buf, size_t size, double v, int with_sign)
{
    char tmp[64];
    mi_float_format_repr(v, tmp, sizeof tmp);
    /* complex parts drop a trailing ".0" */
    size_t n = strlen(tmp);
    if (n > 2 && strcmp(tmp + n - 2, ".0") == 0)
        tmp[n - 2] = '\0';
    if (with_sign && tmp[0] != '-')
        snprintf(buf + strlen(buf), size - strlen(buf), "+%s", tmp);
    else
        snprintf(buf + strlen(buf), size - strlen(buf), "%s", tmp);
}

static MiObject *
complex_repr(MiObject *self)
{
    MiComplex *c = (MiComplex *)self;
    char buf[160] = "";
    if (c->real == 0.0 && !signbit(c->real)) {
        append_part(buf, sizeof buf, c->imag, 0);
        strcat(buf, "j");
        return mi_str_from_cstr(buf);
    }
    strcat(buf, "(");
    append_part(buf, sizeof buf, c->real, 0);
    append_part(buf, sizeof buf, c->imag, 1);
    strcat(buf, "j)");
    return mi_str_from_cstr(buf);
}

static MiObject *
complex_add(MiObject *a, MiObject *b)
{
    double ar, ai, br, bi;
    CONVERTC(a, ar, ai);
    CONVERTC(b, br, bi);
    return mi_complex_new(ar + br, ai + bi);
}

static MiObject *
complex_sub(MiObject *a, MiObject *b)
{
    double ar, ai, br, bi;
    CONVERTC(a, ar, ai);
    CONVERTC(b, br, bi);
    return mi_complex_new(ar - br, ai - bi);
}

static MiObject *
complex_mul(MiObject *a, MiObject *b)
{
    double ar, ai, br, bi;
    CONVERTC(a, ar, ai);
    CONVERTC(b, br, bi);
    return mi_complex_new(ar * br - ai * bi, ar * bi + ai * br);
}

/* a / b as CPython's _Py_c_quot (Smith's method); 0, or -1 when b is 0. */
static int
complex_quot(double ar, double ai, double br, double bi, double *rr, double *ri)
{
    double abs_br = fabs(br), abs_bi = fabs(bi), ratio, denom;
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0)
            return -1;
        ratio = bi / br;
        denom = br + bi * ratio;
        *rr = (ar + ai * ratio) / denom;
        *ri = (ai - ar * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        ratio = br / bi;
        denom = br * ratio + bi;
        *rr = (ar * ratio + ai) / denom;
        *ri = (ai * ratio - ar) / denom;
    } else {
        *rr = *ri = NAN;                /* one of br, bi is a NaN */
    }
    return 0;
}

static MiObject *
complex_div_values(double ar, double ai, double br, double bi)
{
    double rr, ri;
    if (complex_quot(ar, ai, br, bi, &rr, &ri) < 0)
        return mi_err_format(MI_EXC(ZeroDivisionError), "complex division by zero");
    return mi_complex_new(rr, ri);
}

static MiObject *
complex_truediv(MiObject *a, MiObject *b)
{
    double ar, ai, br, bi;
    CONVERTC(a, ar, ai);
    CONVERTC(b, br, bi);
    return complex_div_values(ar, ai, br, bi);
}

/* x ** n for n >= 0 by repeated squaring, multiplying as CPython's c_powu
 * does (so rounding and the NaNs of infinite operands agree). */
static void
complex_powu(double xr, double xi, long n, double *rr, double *ri)
{
    double r_re = 1.0, r_im = 0.0, p_re = xr, p_im = xi, t;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) {
            t = r_re * p_re - r_im * p_im;
            r_im = r_re * p_im + r_im * p_re;
            r_re = t;
        }
        t = p_re * p_re - p_im * p_im;
        p_im = p_re * p_im + p_im * p_re;
        p_re = t;
    }
    *rr = r_re;
    *ri = r_im;
}

/* a ** b by polar form, as _Py_c_pow: errno EDOM for 0 ** negative/complex. */
static void
complex_pow_polar(double ar, double ai, double br, double bi, double *rr, double *ri)
{
    double vabs, len, at, phase;
    if (br == 0.0 && bi == 0.0) {
        *rr = 1.0;
        *ri = 0.0;
    } else if (ar == 0.0 && ai == 0.0) {
        if (bi != 0.0 || br < 0.0)
            errno = EDOM;
        *rr = *ri = 0.0;
    } else {
        vabs = hypot(ar, ai);
        len = pow(vabs, br);
        at = atan2(ai, ar);
        phase = at * br;
        if (bi != 0.0) {
            len /= exp(at * bi);
            phase += bi * log(vabs);
        }
        *rr = len * cos(phase);
        *ri = len * sin(phase);
    }
}

/* a ** b as CPython 3.10's complex_pow: small integral exponents (|n| <=
 * 100) multiply, others go through the polar form; an infinite result is
 * OverflowError. */
static MiObject *
complex_pow_values(double ar, double ai, double br, double bi)
{
    double rr, ri;
    errno = 0;
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        long n = (long)br;
        if (n >= 0) {
            complex_powu(ar, ai, n, &rr, &ri);
        } else {
            double pr, pi;
            complex_powu(ar, ai, -n, &pr, &pi);
            if (complex_quot(1.0, 0.0, pr, pi, &rr, &ri) < 0) {
                errno = EDOM;
                rr = ri = 0.0;
            }
        }
    } else {
        complex_pow_polar(ar, ai, br, bi, &rr, &ri);
    }
    if (isinf(rr) || isinf(ri)) {
        if (errno == 0)
            errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM)
        return mi_err_format(MI_EXC(ZeroDivisionError), "0.0 to a negative or complex power");
    if (errno == ERANGE)
        return mi_err_format(MI_EXC(OverflowError), "complex exponentiation");
    return mi_complex_new(rr, ri);
}

static MiObject *
complex_pow(MiObject *a, MiObject *b, MiObject *mod)
{
    double ar, ai, br, bi;
    CONVERTC(a, ar, ai);
    CONVERTC(b, br, bi);
    if (mod != MI_NONE)
        return mi_err_format(MI_EXC(ValueError), "complex modulo");
    return complex_pow_values(ar, ai, br, bi);
}

static MiObject *
complex_neg(MiObject *a)
{
    return mi_complex_new(-((MiComplex *)a)->real, -((MiComplex *)a)->imag);
}

static MiObject *
complex_pos(MiObject *a)
{
    return mi_complex_new(((MiComplex *)a)->real, ((MiComplex *)a)->imag);
}

static MiObject *
complex_abs(MiObject *a)
{
    return mi_float_new(hypot(((MiComplex *)a)->real, ((MiComplex *)a)->imag));
}

static int
complex_bool(MiObject *a)
{
    return ((MiComplex *)a)->real != 0.0 || ((MiComplex *)a)->imag != 0.0;
}

static MiObject *
complex_richcmp(MiObject *a, MiObject *b, int op)
{
    double ar, ai, br, bi;
    if (op != MI_EQ && op != MI_NE)
        MI_RETURN_NOTIMPLEMENTED;
    if (mi_int_check(a) || mi_int_check(b)) {
        /* exactly, as float == int: complex(2**53) != 2**53 + 1 */
        MiObject *c = mi_int_check(a) ? b : a, *i = mi_int_check(a) ? a : b, *re, *res;
        if (!mi_obj_type_check(c, &mi_complex_type))
            MI_RETURN_NOTIMPLEMENTED;
        if (((MiComplex *)c)->imag != 0.0)
            return mi_bool_from(op == MI_NE);
        re = mi_float_new(((MiComplex *)c)->real);
        if (re == NULL)
            return NULL;
        res = mi_float_richcmp_int(re, i, op, 0);
        MI_DECREF(re);
        return res;
    }
    CONVERTC(a, ar, ai);
    CONVERTC(b, br, bi);
    {
        int eq = ar == br && ai == bi;
        return mi_bool_from(op == MI_EQ ? eq : !eq);
    }
}

static intptr_t
complex_hash(MiObject *self)
{
    MiComplex *c = (MiComplex *)self;
    uint64_t hr = (uint64_t)mi_float_hash_value(c->real);
    uint64_t hi = (uint64_t)mi_float_hash_value(c->imag);
    intptr_t h = (intptr_t)(hr + 1000003ULL * hi);
    return h == -1 ? -2 : h;
}

/* A complex of `type` (complex or a subclass). */
static MiObject *
complex_of_type(MiType *type, double real, double imag)
{
    MiComplex *c;
    if (type == &mi_complex_type)
        return mi_complex_new(real, imag);
    c = (MiComplex *)mi_object_alloc(type);
    if (c == NULL)
        return NULL;
    c->real = real;
    c->imag = imag;
    if (type->flags & MI_TYPE_GC)
        MI_GC_TRACK(c);
    return (MiObject *)c;
}

/* Reads the longest prefix of s[0..end) that Python accepts as a float
 * (sign, digits with a point and an exponent, or inf/infinity/nan) into *v.
 * Returns the end of that prefix (s itself when there is none). */
static const char *
scan_float(const char *s, const char *end, double *v)
{
    const char *p = s, *digits;
    char buf[512], *stop;
    size_t n;
    if (p < end && (*p == '+' || *p == '-'))
        p++;
    digits = p;
    if (end - p >= 3 && (strncasecmp(p, "inf", 3) == 0 || strncasecmp(p, "nan", 3) == 0)) {
        int nan = (p[0] | 0x20) == 'n';
        p += 3;
        if (!nan && end - p >= 5 && strncasecmp(p, "inity", 5) == 0)
            p += 5;
        *v = nan ? NAN : INFINITY;
        if (*s == '-')
            *v = -*v;
        return p;
    }
    while (p < end && *p >= '0' && *p <= '9')
        p++;
    if (p < end && *p == '.') {
        p++;
        while (p < end && *p >= '0' && *p <= '9')
            p++;
    }
    if (p - digits == 0 || (p - digits == 1 && *digits == '.'))
        return s;
    if (p < end && (*p | 0x20) == 'e') {
        const char *q = p + 1;
        if (q < end && (*q == '+' || *q == '-'))
            q++;
        if (q < end && *q >= '0' && *q <= '9') {
            while (q < end && *q >= '0' && *q <= '9')
                q++;
            p = q;
        }
    }
    n = (size_t)(p - s);
    if (n < sizeof buf) {
        memcpy(buf, s, n);
        buf[n] = '\0';
        *v = strtod(buf, &stop);
    } else {
        char *big = mi_malloc(n + 1);
        if (big == NULL) {
            *v = 0.0;               /* not reached in practice: treat as malformed */
            return s;
        }
        memcpy(big, s, n);
        big[n] = '\0';
        *v = strtod(big, &stop);
        mi_free(big);
    }
    return p;
}

static MiObject *
malformed_complex(void)
{
    return mi_err_format(MI_EXC(ValueError), "complex() arg is a malformed string");
}

/* complex(str) as CPython's complex_from_string_inner: "<float>",
 * "<float>j", "<float><signed float>j", and the old "<float><sign>j",
 * "<sign>j", "j", in optional parentheses and blanks; underscores only
 * between digits. */
static MiObject *
complex_from_string(MiType *type, MiObject *str)
{
    const char *text = MI_STR_DATA(str), *s, *end, *next;
    intptr_t len = MI_STR_SIZE(str);
    double x = 0.0, y = 0.0, z;
    int got_bracket = 0;
    char *clean = NULL, *ascii = NULL;
    MiObject *res = NULL;
    if (!((MiStr *)str)->ascii) {
        ascii = mi_unicode_decimal_to_ascii(text, len, &len);
        if (ascii == NULL)
            return NULL;
        text = ascii;
    }
    if (memchr(text, '_', (size_t)len) != NULL) {
        char prev = '\0';
        intptr_t n = 0;
        clean = mi_malloc((size_t)len + 1);
        if (clean == NULL) {
            mi_free(ascii);
            return mi_err_nomemory();
        }
        for (intptr_t k = 0; k < len; k++) {
            char c = text[k];
            if (c == '_' ? !(prev >= '0' && prev <= '9')
                         : prev == '_' && !(c >= '0' && c <= '9'))
                goto underscore_error;
            if (c != '_')
                clean[n++] = c;
            prev = c;
        }
        if (prev == '_')
            goto underscore_error;
        clean[n] = '\0';
        text = clean;
        len = n;
    }
    s = text;
    end = text + len;
    if ((intptr_t)strlen(text) != len)
        goto malformed;
    while (s < end && is_ascii_space(*s))
        s++;
    if (s < end && *s == '(') {
        got_bracket = 1;
        s++;
        while (s < end && is_ascii_space(*s))
            s++;
    }
    next = scan_float(s, end, &z);
    if (next != s) {
        s = next;
        if (s < end && (*s == '+' || *s == '-')) {
            x = z;
            next = scan_float(s, end, &y);
            if (next != s) {
                s = next;
            } else {
                y = *s == '+' ? 1.0 : -1.0;
                s++;
            }
            if (s == end || (*s | 0x20) != 'j')
                goto malformed;
            s++;
        } else if (s < end && (*s | 0x20) == 'j') {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (s < end && (*s == '+' || *s == '-')) {
            y = *s == '+' ? 1.0 : -1.0;
            s++;
        } else {
            y = 1.0;
        }
        if (s == end || (*s | 0x20) != 'j')
            goto malformed;
        s++;
    }
    while (s < end && is_ascii_space(*s))
        s++;
    if (got_bracket) {
        if (s == end || *s != ')')
            goto malformed;
        s++;
        while (s < end && is_ascii_space(*s))
            s++;
    }
    if (s != end)
        goto malformed;
    res = complex_of_type(type, x, y);
    mi_free(clean);
    mi_free(ascii);
    return res;
malformed:
    mi_free(clean);
    mi_free(ascii);
    return malformed_complex();
underscore_error:
    mi_free(clean);
    mi_free(ascii);
    return mi_err_format(MI_EXC(ValueError), "could not convert string to complex: %R", str);
}

/* Has `o` a numeric conversion complex() accepts (__float__, __index__)? */
static int
is_number_for_complex(MiObject *o)
{
    return mi_obj_type_check(o, &mi_complex_type) || o->type->to_float != NULL ||
           o->type->index != NULL || mi_float_check(o) || mi_int_check(o);
}

/* o.__complex__() when o's type defines it: 1 with *res (a complex), 0 when
 * it does not, -1 on error. */
static int
call_dunder_complex(MiObject *o, MiObject **res)
{
    MiObject *func = mi_type_lookup(o->type, MI_NAME(dunder_complex)), *bound, *r;
    *res = NULL;
    if (func == NULL)
        return 0;
    MI_INCREF(func);
    bound = func->type->descr_get ? func->type->descr_get(func, o, (MiObject *)o->type)
                                  : mi_newref(func);
    MI_DECREF(func);
    if (bound == NULL)
        return -1;
    r = mi_call0(bound);
    MI_DECREF(bound);
    if (r == NULL)
        return -1;
    if (!mi_obj_type_check(r, &mi_complex_type)) {
        mi_err_format(MI_EXC(TypeError), "__complex__ returned non-complex (type %s)",
                      MI_TYPE_NAME(r));
        MI_DECREF(r);
        return -1;
    }
    *res = r;
    return 1;
}

/* The float value of a real number (float(o)); 0 / -1. */
static int
real_value(MiObject *o, double *out)
{
    MiObject *f = mi_num_to_float(o);
    if (f == NULL)
        return -1;
    *out = MI_FLOAT_VALUE(f);
    MI_DECREF(f);
    return 0;
}

/* complex(real=0, imag=0), as CPython 3.10's complex_new_impl. */
static MiObject *
complex_new_slot(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"real", "imag", NULL};
    MiObject *a[2], *r, *i, *special = NULL, *res = NULL, *zero = NULL;
    double cr_re = 0.0, cr_im = 0.0, ci_re = 0.0, ci_im = 0.0;
    int cr_is_complex = 0, ci_is_complex = 0;
    if (mi_args_parse("complex", args, nargs, kwnames, names, 0, 0, 2, a) < 0)
        return NULL;
    r = a[0];
    i = a[1];
    if (r == NULL) {
        if (i == NULL)
            return complex_of_type(type, 0.0, 0.0);
        r = zero = mi_int_from_i64(0);          /* complex(imag=x) */
        if (zero == NULL)
            return NULL;
    }
    if (mi_str_check(r)) {
        if (i != NULL)
            return mi_err_format(MI_EXC(TypeError), "complex() can't take second arg if first "
                                 "is a string");
        return complex_from_string(type, r);
    }
    if (i != NULL && mi_str_check(i)) {
        mi_err_format(MI_EXC(TypeError), "complex() second arg can't be a string");
        goto done;
    }
    if (call_dunder_complex(r, &special) < 0)
        goto done;
    if (special != NULL)
        r = special;
    if (!is_number_for_complex(r)) {
        mi_err_format(MI_EXC(TypeError), "complex() first argument must be a string or a "
                      "number, not '%s'", MI_TYPE_NAME(r));
        goto done;
    }
    if (i != NULL && !is_number_for_complex(i)) {
        mi_err_format(MI_EXC(TypeError), "complex() second argument must be a number, not "
                      "'%s'", MI_TYPE_NAME(i));
        goto done;
    }
    if (r->type == &mi_complex_type && i == NULL && type == &mi_complex_type) {
        res = mi_newref(r);
        goto done;
    }
    if (mi_obj_type_check(r, &mi_complex_type)) {
        cr_re = ((MiComplex *)r)->real;
        cr_im = ((MiComplex *)r)->imag;
        cr_is_complex = 1;
    } else if (real_value(r, &cr_re) < 0) {
        goto done;
    }
    if (i == NULL) {
        ci_re = cr_im;
    } else if (mi_obj_type_check(i, &mi_complex_type)) {
        ci_re = ((MiComplex *)i)->real;
        ci_im = ((MiComplex *)i)->imag;
        ci_is_complex = 1;
    } else if (real_value(i, &ci_re) < 0) {
        goto done;
    }
    if (ci_is_complex)
        cr_re -= ci_im;
    if (cr_is_complex && i != NULL)
        ci_re += cr_im;
    res = complex_of_type(type, cr_re, ci_re);
done:
    MI_XDECREF(special);
    MI_XDECREF(zero);
    return res;
}

static MiObject *
complex_conjugate(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_complex_new(((MiComplex *)self)->real, -((MiComplex *)self)->imag);
}

static MiObject *
complex_getnewargs(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *re, *im, *res;
    (void)args;
    (void)nargs;
    (void)kw;
    re = mi_float_new(((MiComplex *)self)->real);
    im = mi_float_new(((MiComplex *)self)->imag);
    res = re && im ? mi_tuple_pack(2, re, im) : NULL;
    MI_XDECREF(re);
    MI_XDECREF(im);
    return res;
}

static MiMethodDef complex_methods[] = {
    {"__getnewargs__", complex_getnewargs, MI_METH_NOARGS, NULL},
    {"conjugate", complex_conjugate, MI_METH_NOARGS, NULL},
    {"__format__", float_format, MI_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static MiMemberDef complex_members[] = {
    {"real", MI_MEMBER_DOUBLE, offsetof(MiComplex, real), 1, NULL},
    {"imag", MI_MEMBER_DOUBLE, offsetof(MiComplex, imag), 1, NULL},
    {NULL, 0, 0, 0, NULL},
};

MiType mi_complex_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "complex",
    .basicsize = sizeof(MiComplex),
    .flags = MI_TYPE_BASETYPE,
    .dealloc = complex_dealloc,
    .new_ = complex_new_slot,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcmp = complex_richcmp,
    .add = complex_add,
    .sub = complex_sub,
    .mul = complex_mul,
    .truediv = complex_truediv,
    .pow = complex_pow,
    .neg = complex_neg,
    .pos = complex_pos,
    .abs = complex_abs,
    .bool_ = complex_bool,
    .methods = complex_methods,
    .members = complex_members,
};
