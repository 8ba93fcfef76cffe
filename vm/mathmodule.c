/* vm/mathmodule.c: the `math` module, behaving as CPython 3.10's on the
 * same libm: the same special-value handling, the same algorithms where
 * the result depends on them, the same errors.
 *
 *   - One-argument functions go through math_1(): a NaN from a non-NaN
 *     argument is ValueError("math domain error"), an infinity from a
 *     finite argument is OverflowError("math range error") for functions
 *     that can overflow and ValueError otherwise; math_1a() trusts errno
 *     (gamma, lgamma, erf, erfc).
 *   - gamma/lgamma (Lanczos), remainder, atan2, pow special values, fsum
 *     (Shewchuk's exact partials, with CPython's half-even fix-up) and
 *     hypot/dist (scaled, compensated vector norm) are CPython's algorithms,
 *     so results agree to the last bit.
 *   - Integer functions (factorial, gcd, lcm, comb, perm, isqrt) compute
 *     exact results with GMP; log/log2/log10 accept ints too large for a
 *     float by splitting them into mantissa and exponent.
 * Errors set errno as C99 Annex F describes; is_error() maps it. */
#include "vm/module.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/slots.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

/* Exact integer results larger than this many bits raise MemoryError
 * instead of asking GMP (which aborts when it cannot allocate). */
#define MATH_MAX_BITS ((double)((uint64_t)1 << 36))

static const double pi = 3.141592653589793238462643383279502884197;
static const double logpi = 1.144729885849400174143427351353058711647;

/* ---- argument conversion ------------------------------------------------------------ */

/* `o` as a double (float, int, __float__, __index__): 0, or -1 with
 * TypeError "must be real number, not X" or OverflowError. */
static int
to_double(MiObject *o, double *out)
{
    double x;
    if (o->type == &mi_float_type) {
        *out = MI_FLOAT_VALUE(o);
        return 0;
    }
    x = mi_float_as_double(o);
    if (x == -1.0 && mi_err_occurred())
        return -1;
    *out = x;
    return 0;
}

/* The exact int with the value of int (or bool, or subclass) `o`. */
static MiObject *
int_exact(MiObject *o)
{
    int overflow;
    int64_t v;
    mpz_t z;
    if (o->type == &mi_int_type)
        return mi_newref(o);
    v = mi_int_as_i64(o, &overflow);
    if (!overflow)
        return mi_int_from_i64(v);
    mpz_init(z);
    mi_int_to_mpz(o, z);
    return mi_int_from_mpz(z);
}

/* operator.index(o) as an mpz (initialised here; the caller clears it on
 * success).  0 / -1. */
static int
index_mpz(MiObject *o, mpz_t z)
{
    MiObject *i = mi_num_index(o);
    if (i == NULL)
        return -1;
    mpz_init(z);
    mi_int_to_mpz(i, z);
    MI_DECREF(i);
    return 0;
}

/* ---- error mapping ------------------------------------------------------------------ */

/* Maps errno (non-zero) after a libm call returning x: 1 with an exception
 * set, or 0 when it is an underflow to ignore. */
static int
is_error(double x)
{
    if (errno == EDOM) {
        mi_err_set(MI_EXC(ValueError), "math domain error");
    } else if (errno == ERANGE) {
        /* underflows may set ERANGE too: results near zero are fine */
        if (fabs(x) < 1.5)
            return 0;
        mi_err_set(MI_EXC(OverflowError), "math range error");
    } else {
        mi_err_set(MI_EXC(ValueError), "math domain error");
    }
    return 1;
}

/* f(x) with the special-value rules of C99 Annex F (see the file comment). */
static MiObject *
math_1(MiObject *arg, double (*func)(double), int can_overflow)
{
    double x, r;
    if (to_double(arg, &x) < 0)
        return NULL;
    errno = 0;
    r = func(x);
    if (isnan(r) && !isnan(x))
        return mi_err_format(MI_EXC(ValueError), "math domain error");
    if (isinf(r) && isfinite(x)) {
        if (can_overflow)
            return mi_err_format(MI_EXC(OverflowError), "math range error");
        return mi_err_format(MI_EXC(ValueError), "math domain error");
    }
    if (isfinite(r) && errno && is_error(r))
        return NULL;
    return mi_float_new(r);
}

/* f(x) for functions that set errno properly themselves. */
static MiObject *
math_1a(MiObject *arg, double (*func)(double))
{
    double x, r;
    if (to_double(arg, &x) < 0)
        return NULL;
    errno = 0;
    r = func(x);
    if (errno && is_error(r))
        return NULL;
    return mi_float_new(r);
}

/* f(x, y): NaN from non-NaN arguments is a domain error, an infinity from
 * finite ones a range error. */
static MiObject *
math_2(MiObject *const *args, intptr_t nargs, double (*func)(double, double),
       const char *name)
{
    double x, y, r;
    if (mi_args_check(name, nargs, NULL, 2, 2) < 0)
        return NULL;
    if (to_double(args[0], &x) < 0 || to_double(args[1], &y) < 0)
        return NULL;
    errno = 0;
    r = func(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r))
        errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (errno && is_error(r))
        return NULL;
    return mi_float_new(r);
}

/* ---- special functions, as CPython computes them ------------------------------------- */

/* sin(pi * x), accurate for all finite x (used by the reflection formula). */
static double
m_sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
    case 0:
        r = sin(pi * y);
        break;
    case 1:
        r = cos(pi * (y - 0.5));
        break;
    case 2:
        r = sin(pi * (1.0 - y));     /* not -sin(pi*(y-1.0)): -0.0 at y == 1 */
        break;
    case 3:
        r = -cos(pi * (y - 1.5));
        break;
    default:
        r = sin(pi * (y - 2.0));
        break;
    }
    return copysign(1.0, x) * r;
}

/* Lanczos approximation, N = 13, g = 6.024680040776729583740234375 (the
 * parameters and coefficients of CPython and Boost). */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* the denominator is x*(x+1)*...*(x+LANCZOS_N-2) */
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

/* The Lanczos sum L_g(x) for x > 0, as a rational function (in 1/x for
 * large x, against overflow). */
static double
lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

static double
m_tgamma(double x)
{
    double absx, r, y, z, sqrtpow;
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;                   /* gamma(-inf) */
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;             /* negative integers */
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL)
            return gamma_integral[(int)x - 1];
    }
    absx = fabs(x);
    if (absx < 1e-20) {               /* gamma(x) ~ 1/x near zero */
        r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {               /* overflows, or underflows to +-0 */
        if (x < 0.0)
            return 0.0 / m_sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    y = absx + lanczos_g_minus_half;
    /* the rounding error of y, to correct pow(y, ...) / exp(y) */
    if (absx > lanczos_g_minus_half) {
        volatile double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        volatile double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -pi / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double
m_lgamma(double x)
{
    double r, absx;
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;             /* poles at 0, -1, -2, ... */
            return HUGE_VAL;
        }
        return 0.0;                   /* lgamma(1) = lgamma(2) = 0 */
    }
    absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)                      /* reflection formula */
        r = logpi - log(fabs(m_sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double
m_erf(double x)
{
    return erf(x);
}

static double
m_erfc(double x)
{
    return erfc(x);
}

/* atan2 with C99's special values, whatever the platform does. */
static double
m_atan2(double y, double x)
{
    if (isnan(x) || isnan(y))
        return NAN;
    if (isinf(y)) {
        if (isinf(x)) {
            if (copysign(1., x) == 1.)
                return copysign(0.25 * pi, y);
            return copysign(0.75 * pi, y);
        }
        return copysign(0.5 * pi, y);
    }
    if (isinf(x) || y == 0.) {
        if (copysign(1., x) == 1.)
            return copysign(0., y);
        return copysign(pi, y);
    }
    return atan2(y, x);
}

/* IEEE 754 remainder: x - n*y for the integer n nearest x/y (ties to
 * even); always exact. */
static double
m_remainder(double x, double y)
{
    if (isfinite(x) && isfinite(y)) {
        double absx, absy, c, m, r;
        if (y == 0.0)
            return NAN;
        absx = fabs(x);
        absy = fabs(y);
        m = fmod(absx, absy);
        /* compare m with absy - m rather than with 0.5 * absy, which may
         * not be representable */
        c = absy - m;
        if (m < c)
            r = m;
        else if (m > c)
            r = -c;
        else                          /* halfway: pick the even multiple */
            r = m - 2.0 * fmod(0.5 * (absx - m), absy);
        return copysign(1.0, x) * r;
    }
    if (isnan(x))
        return x;
    if (isnan(y))
        return y;
    if (isinf(x))
        return NAN;
    return x;                         /* y is infinite */
}

static double
m_log(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double
m_log2(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x > 0.0)
        return log2(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double
m_log10(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log10(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

/* log1p that keeps the sign of a zero argument. */
static double
m_log1p(double x)
{
    return x == 0.0 ? x : log1p(x);
}

/* ---- one-argument float functions --------------------------------------------------- */

#define FUNC1(name, func, can_overflow)                                                     \
    static MiObject *                                                                       \
    math_##name(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)        \
    {                                                                                       \
        (void)self;                                                                         \
        (void)nargs;                                                                        \
        (void)kw;                                                                           \
        return math_1(args[0], func, can_overflow);                                         \
    }

#define FUNC1A(name, func)                                                                  \
    static MiObject *                                                                       \
    math_##name(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)        \
    {                                                                                       \
        (void)self;                                                                         \
        (void)nargs;                                                                        \
        (void)kw;                                                                           \
        return math_1a(args[0], func);                                                      \
    }

#define FUNC2(name, func)                                                                   \
    static MiObject *                                                                       \
    math_##name(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)        \
    {                                                                                       \
        (void)self;                                                                         \
        (void)kw;                                                                           \
        return math_2(args, nargs, func, #name);                                            \
    }

FUNC1(acos, acos, 0)
FUNC1(acosh, acosh, 0)
FUNC1(asin, asin, 0)
FUNC1(asinh, asinh, 0)
FUNC1(atan, atan, 0)
FUNC1(atanh, atanh, 0)
FUNC1(cos, cos, 0)
FUNC1(cosh, cosh, 1)
FUNC1(exp, exp, 1)
FUNC1(expm1, expm1, 1)
FUNC1(fabs, fabs, 0)
FUNC1(log1p, m_log1p, 0)
FUNC1(sin, sin, 0)
FUNC1(sinh, sinh, 1)
FUNC1(sqrt, sqrt, 0)
FUNC1(tan, tan, 0)
FUNC1(tanh, tanh, 0)
FUNC1A(erf, m_erf)
FUNC1A(erfc, m_erfc)
FUNC1A(gamma, m_tgamma)
FUNC1A(lgamma, m_lgamma)
FUNC2(atan2, m_atan2)
FUNC2(copysign, copysign)
FUNC2(remainder, m_remainder)

/* ---- rounding to ints ---------------------------------------------------------------- */

/* math.floor / math.ceil: ints as they are, exact floats directly, other
 * objects through __floor__ / __ceil__, else through float(). */
static MiObject *
round_to_int(MiObject *x, MiObject *dunder, double (*func)(double))
{
    double v;
    if (x->type != &mi_float_type) {
        if (mi_int_check(x))
            return int_exact(x);
        if (mi_type_lookup(x->type, dunder) != NULL) {
            int found;
            return mi_call_special(x, dunder, NULL, 0, &found);
        }
    }
    if (to_double(x, &v) < 0)
        return NULL;
    return mi_int_from_double(func(v));
}

static MiObject *
math_floor(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)nargs;
    (void)kw;
    return round_to_int(args[0], MI_NAME(__floor__), floor);
}

static MiObject *
math_ceil(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)nargs;
    (void)kw;
    return round_to_int(args[0], MI_NAME(__ceil__), ceil);
}

static MiObject *
math_trunc(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *x = args[0];
    int found;
    (void)self;
    (void)nargs;
    (void)kw;
    if (x->type == &mi_float_type)
        return mi_int_from_double(trunc(MI_FLOAT_VALUE(x)));
    if (mi_int_check(x))
        return int_exact(x);
    if (mi_type_lookup(x->type, MI_NAME(__trunc__)) == NULL) {
        return mi_err_format(MI_EXC(TypeError), "type %s doesn't define __trunc__ method",
                             MI_TYPE_NAME(x));
    }
    return mi_call_special(x, MI_NAME(__trunc__), NULL, 0, &found);
}

/* ---- float decomposition -------------------------------------------------------------- */

static MiObject *
float_pair(double a, double b)
{
    MiObject *x = mi_float_new(a), *y = x ? mi_float_new(b) : NULL, *res;
    if (y == NULL) {
        MI_XDECREF(x);
        return NULL;
    }
    res = mi_tuple_pack(2, x, y);
    MI_DECREF(x);
    MI_DECREF(y);
    return res;
}

static MiObject *
math_frexp(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x;
    int e = 0;
    MiObject *m, *ei, *res;
    (void)self;
    (void)nargs;
    (void)kw;
    if (to_double(args[0], &x) < 0)
        return NULL;
    if (!(isnan(x) || isinf(x) || x == 0.0))
        x = frexp(x, &e);
    m = mi_float_new(x);
    ei = mi_int_from_i64(e);
    res = m && ei ? mi_tuple_pack(2, m, ei) : NULL;
    MI_XDECREF(m);
    MI_XDECREF(ei);
    return res;
}

static MiObject *
math_ldexp(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x, r;
    int64_t e;
    int overflow;
    (void)self;
    (void)kw;
    if (mi_args_check("ldexp", nargs, NULL, 2, 2) < 0 || to_double(args[0], &x) < 0)
        return NULL;
    if (!mi_int_check(args[1])) {
        return mi_err_format(MI_EXC(TypeError), "Expected an int as second argument to "
                             "ldexp.");
    }
    e = mi_int_as_i64(args[1], &overflow);
    if (overflow)
        e = mi_int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    errno = 0;
    if (x == 0. || !isfinite(x)) {
        r = x;                        /* zeros, NaNs, infinities unchanged */
    } else if (e > INT32_MAX) {
        r = copysign(HUGE_VAL, x);
        errno = ERANGE;
    } else if (e < INT32_MIN) {
        r = copysign(0., x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r))
            errno = ERANGE;
    }
    if (errno && is_error(r))
        return NULL;
    return mi_float_new(r);
}

static MiObject *
math_modf(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x, y;
    (void)self;
    (void)nargs;
    (void)kw;
    if (to_double(args[0], &x) < 0)
        return NULL;
    if (isinf(x))
        return float_pair(copysign(0., x), x);
    if (isnan(x))
        return float_pair(x, x);
    x = modf(x, &y);
    return float_pair(x, y);
}

static MiObject *
math_fmod(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x, y, r;
    (void)self;
    (void)kw;
    if (mi_args_check("fmod", nargs, NULL, 2, 2) < 0 || to_double(args[0], &x) < 0 ||
        to_double(args[1], &y) < 0)
        return NULL;
    if (isinf(y) && isfinite(x))      /* fmod(x, +-inf) is x for finite x */
        return mi_float_new(x);
    errno = 0;
    r = fmod(x, y);
    if (isnan(r))
        errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    if (errno && is_error(r))
        return NULL;
    return mi_float_new(r);
}

static MiObject *
math_pow(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x, y, r = 0.0;
    int odd_y;
    (void)self;
    (void)kw;
    if (mi_args_check("pow", nargs, NULL, 2, 2) < 0 || to_double(args[0], &x) < 0 ||
        to_double(args[1], &y) < 0)
        return NULL;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        /* IEEE special values, handled here as C99 says */
        if (isnan(x)) {
            r = y == 0. ? 1. : x;
        } else if (isnan(y)) {
            r = x == 1. ? 1. : y;
        } else if (isinf(x)) {
            odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.)
                r = odd_y ? x : fabs(x);
            else if (y == 0.)
                r = 1.;
            else
                r = odd_y ? copysign(0., x) : 0.;
        } else if (fabs(x) == 1.0) {
            r = 1.;
        } else if (y > 0. && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0. && fabs(x) < 1.0) {
            r = -y;
            if (x == 0.)              /* 0 ** -inf: divide by zero (3.10) */
                errno = EDOM;
        } else {
            r = 0.;
        }
    } else {
        r = pow(x, y);
        if (isnan(r))
            errno = EDOM;             /* negative ** non-integer */
        else if (isinf(r))
            errno = x == 0. ? EDOM : ERANGE;
    }
    if (errno && is_error(r))
        return NULL;
    return mi_float_new(r);
}

static MiObject *
math_degrees(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x;
    (void)self;
    (void)nargs;
    (void)kw;
    if (to_double(args[0], &x) < 0)
        return NULL;
    return mi_float_new(x * (180.0 / pi));
}

static MiObject *
math_radians(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x;
    (void)self;
    (void)nargs;
    (void)kw;
    if (to_double(args[0], &x) < 0)
        return NULL;
    return mi_float_new(x * (pi / 180.0));
}

static MiObject *
math_isfinite(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x;
    (void)self;
    (void)nargs;
    (void)kw;
    if (to_double(args[0], &x) < 0)
        return NULL;
    return mi_bool_from(isfinite(x));
}

static MiObject *
math_isinf(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x;
    (void)self;
    (void)nargs;
    (void)kw;
    if (to_double(args[0], &x) < 0)
        return NULL;
    return mi_bool_from(isinf(x));
}

static MiObject *
math_isnan(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x;
    (void)self;
    (void)nargs;
    (void)kw;
    if (to_double(args[0], &x) < 0)
        return NULL;
    return mi_bool_from(isnan(x));
}

static MiObject *
math_nextafter(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x, y;
    (void)self;
    (void)kw;
    if (mi_args_check("nextafter", nargs, NULL, 2, 2) < 0 || to_double(args[0], &x) < 0 ||
        to_double(args[1], &y) < 0)
        return NULL;
    return mi_float_new(nextafter(x, y));
}

static MiObject *
math_ulp(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double x, x2;
    (void)self;
    (void)nargs;
    (void)kw;
    if (to_double(args[0], &x) < 0)
        return NULL;
    if (isnan(x))
        return mi_float_new(x);
    x = fabs(x);
    if (isinf(x))
        return mi_float_new(x);
    x2 = nextafter(x, INFINITY);
    if (isinf(x2))                    /* x is the largest finite float */
        return mi_float_new(x - nextafter(x, -INFINITY));
    return mi_float_new(x2 - x);
}

/* ---- logarithms ---------------------------------------------------------------------- */

/* A positive int too large for a double as x * 2**e with 0.5 <= x < 1,
 * x correctly rounded (round half to even). */
static double
int_frexp(MiObject *n, int64_t *e)
{
    mpz_t z;
    uint64_t bits, top;
    size_t shift;
    int sticky;
    double x;
    mpz_init(z);
    mi_int_to_mpz(n, z);
    mpz_abs(z, z);
    bits = mpz_sizeinbase(z, 2);
    /* keep 55 bits and a sticky bit: converting them to a double is then
     * the one correctly rounded step */
    shift = (size_t)bits - 55;
    sticky = mpz_scan1(z, 0) < shift;
    mpz_tdiv_q_2exp(z, z, shift);
    top = mpz_get_ui(z) | (uint64_t)sticky;
    mpz_clear(z);
    x = ldexp((double)top, -55);
    *e = (int64_t)bits;
    if (x == 1.0) {
        x = 0.5;
        *e += 1;
    }
    return x;
}

/* func(arg) for log, log2, log10: ints of any size, else math_1 rules. */
static MiObject *
log_helper(MiObject *arg, double (*func)(double))
{
    if (mi_int_check(arg)) {
        double x;
        if (mi_int_sign(arg) <= 0)
            return mi_err_format(MI_EXC(ValueError), "math domain error");
        if (mi_int_bit_length(arg) <= 1024) {
            x = mi_int_as_double(arg);
            if (!(x == -1.0 && mi_err_occurred()))
                return mi_float_new(func(x));
            if (!mi_err_matches((MiObject *)MI_EXC(OverflowError)))
                return NULL;
            mi_err_clear();
        }
        {
            int64_t e;
            x = int_frexp(arg, &e);
            return mi_float_new(func(x) + func(2.0) * (double)e);
        }
    }
    return math_1(arg, func, 0);
}

static MiObject *
math_log(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *num, *den;
    double d;
    (void)self;
    if (mi_args_nkw(kw) > 0)
        return mi_err_format(MI_EXC(TypeError), "log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return mi_err_format(MI_EXC(TypeError), "math.log requires 1 to 2 arguments");
    num = log_helper(args[0], m_log);
    if (num == NULL || nargs == 1)
        return num;
    den = log_helper(args[1], m_log);
    if (den == NULL) {
        MI_DECREF(num);
        return NULL;
    }
    d = MI_FLOAT_VALUE(den);
    MI_DECREF(den);
    if (d == 0.0) {
        MI_DECREF(num);
        return mi_err_format(MI_EXC(ZeroDivisionError), "float division by zero");
    }
    {
        double q = MI_FLOAT_VALUE(num) / d;
        MI_DECREF(num);
        return mi_float_new(q);
    }
}

static MiObject *
math_log2(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)nargs;
    (void)kw;
    return log_helper(args[0], m_log2);
}

static MiObject *
math_log10(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)nargs;
    (void)kw;
    return log_helper(args[0], m_log10);
}

/* ---- sums and norms ------------------------------------------------------------------ */

/* The Euclidean norm of vec[0..n) (absolute values, max their maximum,
 * found_nan whether one is a NaN), as CPython 3.10 computes it: scale by a
 * power of two, split each value (Veltkamp-Dekker) to square it exactly,
 * sum with compensation, then correct the square root by one Newton step. */
static double
vector_norm(intptr_t n, const double *vec, double max, int found_nan)
{
    const double t27 = 134217729.0;   /* ldexp(1.0, 27) + 1.0 */
    double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double t, hi, lo, h;
    int max_e;
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    frexp(max, &max_e);
    if (max_e >= -1023) {
        scale = ldexp(1.0, -max_e);
        for (intptr_t i = 0; i < n; i++) {
            x = vec[i] * scale;
            t = x * t27;
            hi = t - (t - x);
            lo = x - hi;
            x = hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = 2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        x = h;
        t = x * t27;
        hi = t - (t - x);
        lo = x - hi;
        x = -hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        x = -lo * lo;
        oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    /* ldexp(1.0, -max_e) would overflow: divide by max instead */
    for (intptr_t i = 0; i < n; i++) {
        x = vec[i] / max;
        x = x * x;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    return max * sqrt(csum - 1.0 + frac1);
}

#define NORM_STACK 16                 /* coordinates kept on the C stack */

static MiObject *
math_hypot(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double small[NORM_STACK], *coords = small, max = 0.0, x;
    int found_nan = 0;
    MiObject *res = NULL;
    (void)self;
    (void)kw;
    if (nargs > NORM_STACK) {
        coords = mi_malloc(mi_size_mul((size_t)nargs, sizeof(double)));
        if (coords == NULL)
            return mi_err_nomemory();
    }
    for (intptr_t i = 0; i < nargs; i++) {
        if (to_double(args[i], &x) < 0)
            goto done;
        x = fabs(x);
        coords[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    res = mi_float_new(vector_norm(nargs, coords, max, found_nan));
done:
    if (coords != small)
        mi_free(coords);
    return res;
}

static MiObject *
math_dist(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    double small[NORM_STACK], *diffs = small, max = 0.0, px, qx, x;
    MiObject *p = NULL, *q = NULL, *res = NULL;
    intptr_t n;
    int found_nan = 0;
    (void)self;
    (void)kw;
    if (mi_args_check("dist", nargs, NULL, 2, 2) < 0)
        return NULL;
    p = mi_tuple_check(args[0]) ? mi_newref(args[0]) : mi_seq_to_tuple(args[0]);
    if (p == NULL)
        return NULL;
    q = mi_tuple_check(args[1]) ? mi_newref(args[1]) : mi_seq_to_tuple(args[1]);
    if (q == NULL)
        goto done;
    n = MI_TUPLE_SIZE(p);
    if (n != MI_TUPLE_SIZE(q)) {
        mi_err_set(MI_EXC(ValueError), "both points must have the same number of dimensions");
        goto done;
    }
    if (n > NORM_STACK) {
        diffs = mi_malloc(mi_size_mul((size_t)n, sizeof(double)));
        if (diffs == NULL) {
            mi_err_nomemory();
            goto done;
        }
    }
    for (intptr_t i = 0; i < n; i++) {
        if (to_double(MI_TUPLE_GET(p, i), &px) < 0 || to_double(MI_TUPLE_GET(q, i), &qx) < 0)
            goto done;
        x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    res = mi_float_new(vector_norm(n, diffs, max, found_nan));
done:
    if (diffs != small)
        mi_free(diffs);
    MI_XDECREF(p);
    MI_XDECREF(q);
    return res;
}

#define FSUM_PARTIALS 32              /* initial partials, on the C stack */

/* Full-precision sum (Shewchuk): partials[] holds non-overlapping sums in
 * increasing magnitude whose exact total is the sum so far; the result is
 * their correctly rounded total. */
static MiObject *
math_fsum(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *it, *item, *res = NULL;
    double ps[FSUM_PARTIALS], *p = ps;
    intptr_t n = 0, m = FSUM_PARTIALS, i, j;
    double x, y, t, xsave, special_sum = 0.0, inf_sum = 0.0;
    volatile double hi, yr, lo = 0.0;
    (void)self;
    (void)nargs;
    (void)kw;
    it = mi_obj_iter(args[0]);
    if (it == NULL)
        return NULL;
    for (;;) {
        item = mi_iter_next(it);
        if (item == NULL) {
            if (mi_err_occurred())
                goto done;
            break;
        }
        if (to_double(item, &x) < 0) {
            MI_DECREF(item);
            goto done;
        }
        MI_DECREF(item);
        xsave = x;
        for (i = j = 0; j < n; j++) {     /* for y in partials */
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;                            /* partials[i:] = [x] */
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* an infinity or NaN: from overflow, or from the input */
                if (isfinite(xsave)) {
                    mi_err_set(MI_EXC(OverflowError), "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= m) {
                    double *grown;
                    if (p == ps) {
                        grown = mi_malloc(mi_size_mul((size_t)m * 2, sizeof(double)));
                        if (grown != NULL)
                            memcpy(grown, ps, sizeof ps);
                    } else {
                        grown = mi_realloc(p, mi_size_mul((size_t)m * 2, sizeof(double)));
                    }
                    if (grown == NULL) {
                        mi_err_nomemory();
                        goto done;
                    }
                    p = grown;
                    m *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            mi_err_set(MI_EXC(ValueError), "-inf + inf in fsum");
        else
            res = mi_float_new(special_sum);
        goto done;
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        /* sum from the top down while the additions stay exact */
        while (n > 0) {
            x = hi;
            y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        /* half-even rounding across partials: sum([1e-16, 1, 1e16]) must
         * round up */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    res = mi_float_new(hi);
done:
    MI_DECREF(it);
    if (p != ps)
        mi_free(p);
    return res;
}

/* ---- keyword arguments ---------------------------------------------------------------- */

/* Binds keyword arguments to names[npos..) for functions whose first `npos`
 * parameters come by position or keyword and whose others are keyword
 * only; required: the first `nreq`.  Errors as CPython's argument clinic.
 * out[] gets borrowed references or NULL.  0 / -1. */
static int
bind_args(const char *fname, MiObject *const *args, intptr_t nargs, MiObject *kwnames,
          const char *const *names, int nnames, int npos, int nreq, int pos_only, MiObject **out)
{
    intptr_t nkw = mi_args_nkw(kwnames);
    if (nargs > npos) {
        mi_err_format(MI_EXC(TypeError), "%s() takes exactly %d positional argument%s "
                      "(%zd given)", fname, npos, npos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (int i = 0; i < nnames; i++) {
        out[i] = NULL;
        if (i < nargs) {
            out[i] = args[i];
            continue;
        }
        for (intptr_t k = 0; i >= pos_only && k < nkw; k++) {
            if (mi_str_eq_cstr(MI_TUPLE_GET(kwnames, k), names[i]))
                out[i] = args[nargs + k];
        }
        if (out[i] == NULL && i < nreq) {
            if (i < pos_only) {
                mi_err_format(MI_EXC(TypeError), "%s() takes exactly %d positional argument%s "
                              "(%zd given)", fname, npos, npos == 1 ? "" : "s", nargs);
            } else {
                mi_err_format(MI_EXC(TypeError), "%s() missing required argument '%s' (pos %d)",
                              fname, names[i], i + 1);
            }
            return -1;
        }
    }
    for (intptr_t k = 0; k < nkw; k++) {
        MiObject *key = MI_TUPLE_GET(kwnames, k);
        int known = 0;
        for (int i = pos_only; i < nnames; i++) {
            if (mi_str_eq_cstr(key, names[i])) {
                if (i < nargs) {
                    mi_err_format(MI_EXC(TypeError), "argument for %s() given by name ('%s') "
                                  "and position (%d)", fname, names[i], i + 1);
                    return -1;
                }
                known = 1;
            }
        }
        if (!known) {
            mi_err_format(MI_EXC(TypeError), "'%U' is an invalid keyword argument for %s()",
                          key, fname);
            return -1;
        }
    }
    return 0;
}

static MiObject *
math_isclose(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    MiObject *a[4];
    double x, y, rel_tol = 1e-09, abs_tol = 0.0, diff;
    (void)self;
    if (bind_args("isclose", args, nargs, kw, names, 4, 2, 2, 0, a) < 0)
        return NULL;
    if (to_double(a[0], &x) < 0 || to_double(a[1], &y) < 0)
        return NULL;
    if ((a[2] != NULL && to_double(a[2], &rel_tol) < 0) ||
        (a[3] != NULL && to_double(a[3], &abs_tol) < 0))
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return mi_err_format(MI_EXC(ValueError), "tolerances must be non-negative");
    if (x == y)
        MI_RETURN_TRUE;
    if (isinf(x) || isinf(y))
        MI_RETURN_FALSE;
    diff = fabs(y - x);
    return mi_bool_from(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) ||
                        diff <= abs_tol);
}

static MiObject *
math_prod(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    static const char *const names[] = {"iterable", "start"};
    MiObject *a[2], *it, *item, *result;
    (void)self;
    if (bind_args("prod", args, nargs, kw, names, 2, 1, 1, 1, a) < 0)
        return NULL;
    it = mi_obj_iter(a[0]);
    if (it == NULL)
        return NULL;
    result = a[1] != NULL ? mi_newref(a[1]) : mi_int_from_i64(1);
    while ((item = mi_iter_next(it)) != NULL) {
        MiObject *product = mi_num_mul(result, item);
        MI_DECREF(item);
        MI_DECREF(result);
        result = product;
        if (result == NULL)
            break;
    }
    MI_DECREF(it);
    if (result != NULL && mi_err_occurred())
        MI_CLEAR(result);
    return result;
}

/* ---- integer functions ------------------------------------------------------------------ */

static MiObject *
math_factorial(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *n = mi_num_index(args[0]);
    int64_t v;
    int overflow;
    mpz_t z;
    (void)self;
    (void)nargs;
    (void)kw;
    if (n == NULL)
        return NULL;
    v = mi_int_as_i64(n, &overflow);
    if (overflow)
        overflow = mi_int_sign(n);
    MI_DECREF(n);
    if (overflow > 0) {
        return mi_err_format(MI_EXC(OverflowError), "factorial() argument should not exceed "
                             "%ld", (long)INT64_MAX);
    }
    if (overflow < 0 || v < 0)
        return mi_err_format(MI_EXC(ValueError), "factorial() not defined for negative values");
    if (v > 2 && (double)v * log2((double)v) > MATH_MAX_BITS)
        return mi_err_nomemory();
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)v);
    return mi_int_from_mpz(z);
}

/* gcd or lcm of any number of ints. */
static MiObject *
gcd_lcm(MiObject *const *args, intptr_t nargs, int lcm)
{
    mpz_t acc, x;
    if (nargs == 0)
        return mi_int_from_i64(lcm ? 1 : 0);
    if (index_mpz(args[0], acc) < 0)
        return NULL;
    mpz_abs(acc, acc);
    for (intptr_t i = 1; i < nargs; i++) {
        if (index_mpz(args[i], x) < 0) {
            mpz_clear(acc);
            return NULL;
        }
        if (lcm)
            mpz_lcm(acc, acc, x);
        else
            mpz_gcd(acc, acc, x);
        mpz_clear(x);
    }
    return mi_int_from_mpz(acc);
}

static MiObject *
math_gcd(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)kw;
    return gcd_lcm(args, nargs, 0);
}

static MiObject *
math_lcm(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)kw;
    return gcd_lcm(args, nargs, 1);
}

/* perm(n, k) (iscomb 0) or comb(n, k) with n, k >= 0 already checked. */
static MiObject *
perm_comb(mpz_t n, mpz_t k, int iscomb)
{
    mpz_t r, t;
    unsigned long ki;
    if (mpz_cmp(n, k) < 0)
        return mi_int_from_i64(0);
    if (iscomb) {
        mpz_init(t);
        mpz_sub(t, n, k);
        if (mpz_cmp(t, k) < 0)
            mpz_set(k, t);            /* comb(n, k) == comb(n, n - k) */
        mpz_clear(t);
    }
    if (!mpz_fits_slong_p(k)) {
        return mi_err_format(MI_EXC(OverflowError), iscomb ? "min(n - k, k) must not exceed "
                             "%ld" : "k must not exceed %ld", (long)INT64_MAX);
    }
    ki = mpz_get_ui(k);
    if (ki > 1 && (double)ki * (double)mpz_sizeinbase(n, 2) > MATH_MAX_BITS)
        return mi_err_nomemory();
    mpz_init(r);
    mpz_bin_ui(r, n, ki);
    if (!iscomb) {
        mpz_init(t);
        mpz_fac_ui(t, ki);
        mpz_mul(r, r, t);
        mpz_clear(t);
    }
    return mi_int_from_mpz(r);
}

/* Reads n and k for perm/comb and checks their signs.  0 / -1. */
static int
perm_comb_args(MiObject *a, MiObject *b, mpz_t n, mpz_t k)
{
    if (index_mpz(a, n) < 0)
        return -1;
    if (index_mpz(b, k) < 0) {
        mpz_clear(n);
        return -1;
    }
    if (mpz_sgn(n) < 0 || mpz_sgn(k) < 0) {
        mi_err_set(MI_EXC(ValueError), mpz_sgn(n) < 0 ? "n must be a non-negative integer"
                                                      : "k must be a non-negative integer");
        mpz_clear(n);
        mpz_clear(k);
        return -1;
    }
    return 0;
}

static MiObject *
math_comb(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    mpz_t n, k;
    MiObject *res;
    (void)self;
    (void)kw;
    if (mi_args_check("comb", nargs, NULL, 2, 2) < 0 ||
        perm_comb_args(args[0], args[1], n, k) < 0)
        return NULL;
    res = perm_comb(n, k, 1);
    mpz_clear(n);
    mpz_clear(k);
    return res;
}

static MiObject *
math_perm(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    mpz_t n, k;
    MiObject *res;
    (void)self;
    if (mi_args_check("perm", nargs, NULL, 1, 2) < 0)
        return NULL;
    if (nargs == 1 || args[1] == MI_NONE)
        return math_factorial(self, args, 1, kw);
    if (perm_comb_args(args[0], args[1], n, k) < 0)
        return NULL;
    res = perm_comb(n, k, 0);
    mpz_clear(n);
    mpz_clear(k);
    return res;
}

static MiObject *
math_isqrt(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    mpz_t n;
    (void)self;
    (void)nargs;
    (void)kw;
    if (index_mpz(args[0], n) < 0)
        return NULL;
    if (mpz_sgn(n) < 0) {
        mpz_clear(n);
        return mi_err_format(MI_EXC(ValueError), "isqrt() argument must be nonnegative");
    }
    mpz_sqrt(n, n);
    return mi_int_from_mpz(n);
}

/* ---- the module ------------------------------------------------------------------------ */

static const MiMethodDef math_methods[] = {
    {"acos", math_acos, MI_METH_O, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, MI_METH_O, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, MI_METH_O, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, MI_METH_O, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, MI_METH_O, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, MI_METH_VARARGS,
     "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, MI_METH_O, "Return the inverse hyperbolic tangent of x."},
    {"ceil", math_ceil, MI_METH_O, "Return the ceiling of x as an Integral."},
    {"comb", math_comb, MI_METH_VARARGS,
     "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", math_copysign, MI_METH_VARARGS,
     "Return a float with the magnitude (absolute value) of x but the sign of y."},
    {"cos", math_cos, MI_METH_O, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, MI_METH_O, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, MI_METH_O, "Convert angle x from radians to degrees."},
    {"dist", math_dist, MI_METH_VARARGS,
     "Return the Euclidean distance between two points p and q."},
    {"erf", math_erf, MI_METH_O, "Error function at x."},
    {"erfc", math_erfc, MI_METH_O, "Complementary error function at x."},
    {"exp", math_exp, MI_METH_O, "Return e raised to the power of x."},
    {"expm1", math_expm1, MI_METH_O, "Return exp(x)-1."},
    {"fabs", math_fabs, MI_METH_O, "Return the absolute value of the float x."},
    {"factorial", math_factorial, MI_METH_O, "Find x!."},
    {"floor", math_floor, MI_METH_O, "Return the floor of x as an Integral."},
    {"fmod", math_fmod, MI_METH_VARARGS, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, MI_METH_O, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", math_fsum, MI_METH_O,
     "Return an accurate floating point sum of values in the iterable seq."},
    {"gamma", math_gamma, MI_METH_O, "Gamma function at x."},
    {"gcd", math_gcd, MI_METH_VARARGS, "Greatest Common Divisor."},
    {"hypot", math_hypot, MI_METH_VARARGS,
     "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", math_isclose, MI_METH_KEYWORDS,
     "Determine whether two floating point numbers are close in value."},
    {"isfinite", math_isfinite, MI_METH_O,
     "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", math_isinf, MI_METH_O,
     "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", math_isnan, MI_METH_O,
     "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", math_isqrt, MI_METH_O, "Return the integer part of the square root of the input."},
    {"lcm", math_lcm, MI_METH_VARARGS, "Least Common Multiple."},
    {"ldexp", math_ldexp, MI_METH_VARARGS, "Return x * (2**i)."},
    {"lgamma", math_lgamma, MI_METH_O,
     "Natural logarithm of absolute value of Gamma function at x."},
    {"log", math_log, MI_METH_KEYWORDS, "Return the logarithm of x to the given base."},
    {"log10", math_log10, MI_METH_O, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, MI_METH_O, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, MI_METH_O, "Return the base 2 logarithm of x."},
    {"modf", math_modf, MI_METH_O, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, MI_METH_VARARGS,
     "Return the next floating-point value after x towards y."},
    {"perm", math_perm, MI_METH_VARARGS,
     "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", math_pow, MI_METH_VARARGS, "Return x**y (x to the power of y)."},
    {"prod", math_prod, MI_METH_KEYWORDS,
     "Calculate the product of all the elements in the input iterable."},
    {"radians", math_radians, MI_METH_O, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, MI_METH_VARARGS,
     "Difference between x and the closest integer multiple of y."},
    {"sin", math_sin, MI_METH_O, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, MI_METH_O, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, MI_METH_O, "Return the square root of x."},
    {"tan", math_tan, MI_METH_O, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, MI_METH_O, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, MI_METH_O,
     "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, MI_METH_O, "Return the value of the least significant bit of the float x."},
    {NULL, NULL, 0, NULL},
};

static int
math_init(MiObject *module)
{
    if (mi_module_add_new(module, "pi", mi_float_new(pi)) < 0 ||
        mi_module_add_new(module, "e", mi_float_new(2.718281828459045235360287471352662498)) < 0 ||
        mi_module_add_new(module, "tau", mi_float_new(2.0 * pi)) < 0 ||
        mi_module_add_new(module, "inf", mi_float_new(INFINITY)) < 0 ||
        mi_module_add_new(module, "nan", mi_float_new(NAN)) < 0)
        return -1;
    return 0;
}

const MiModuleDef mi_math_module_def = {
    .name = "math",
    .doc = "This module provides access to the mathematical functions\n"
           "defined by the C standard.",
    .methods = math_methods,
    .init = math_init,
};
