/* vm/format.c: every way Python formats values into text, as CPython 3.10
 * does it (Python/formatter_unicode.c, Objects/stringlib/unicode_format.h
 * and PyUnicode_Format):
 *
 *   - format(value, spec) for str, int, bool, float and complex: the format
 *     specification mini-language
 *         [[fill]align][sign][#][0][width][grouping][.precision][type];
 *   - str.format() and str.format_map(): replacement fields {name!conv:spec}
 *     with attribute and index lookups and nested specs;
 *   - printf-style `str % args`.
 *
 * Numbers are laid out in one way for all three (calc_number_widths and
 * fill_number, ports of CPython's): a string of ASCII digits, an optional
 * decimal point and "remainder" (fraction, exponent, '%'), between padding,
 * sign and prefix, the digits grouped by thousands when asked.  Floats are
 * turned into digits by format_float_short, CPython's layout on top of
 * correctly rounded digits from the C library (printf's %e and %f round the
 * exact binary value half-even, as David Gay's dtoa that CPython uses) or,
 * for the shortest repr, from vm/float.c.
 *
 * Strings are UTF-8; widths, precisions and the error positions Python
 * reports count code points.  Start reading at mi_str_format_spec(). */
#include "vm/str.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/format.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str_unicode.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

/* Nesting depth of replacement fields inside format specs, as CPython:
 * "{0:{1}}" is allowed, "{0:{1:{2}}}" is not. */
#define MI_FORMAT_RECURSION 2

/* ---- parsing format specs --------------------------------------------------------------- */

enum { GROUP_NONE = 0, GROUP_COMMA = ',', GROUP_UNDERSCORE = '_' };

typedef struct FormatSpec {
    uint32_t fill;
    uint32_t align;            /* '<', '>', '=' or '^' */
    int      alternate;        /* '#' */
    uint32_t sign;             /* 0, '+', '-' or ' ' */
    intptr_t width;            /* -1: not given */
    int      grouping;         /* GROUP_* */
    int      group_size;       /* 3, or 4 for '_' with b, o, x, X */
    intptr_t precision;        /* -1: not given */
    uint32_t type;             /* 0: none */
} FormatSpec;

static int
is_alignment(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* Reads a decimal number (any Unicode decimal digits) at cps[*pos]:
 * returns how many digits it read (0: none), -1 on overflow. */
static int
spec_integer(const uint32_t *cps, intptr_t *pos, intptr_t end, intptr_t *result)
{
    intptr_t value = 0;
    int n = 0;
    while (*pos < end) {
        int d = mi_unicode_decimal(cps[*pos]);
        if (d < 0)
            break;
        if (value > (INTPTR_MAX - d) / 10) {
            mi_err_set(MI_EXC(ValueError), "Too many decimal digits in format string");
            return -1;
        }
        value = value * 10 + d;
        (*pos)++;
        n++;
    }
    *result = value;
    return n;
}

/* "Cannot specify ',' with 'x'." */
static void
invalid_grouping(int grouping, uint32_t type)
{
    if (type > 32 && type < 128)
        mi_err_format(MI_EXC(ValueError), "Cannot specify '%c' with '%c'.", grouping, (int)type);
    else
        mi_err_format(MI_EXC(ValueError), "Cannot specify '%c' with '\\x%x'.", grouping, type);
}

/* Parses `spec` (a str) into *f with the defaults of the value's type.
 * 0 / -1 with ValueError. */
static int
parse_spec(MiObject *spec, uint32_t default_type, uint32_t default_align, FormatSpec *f)
{
    intptr_t end = MI_STR_LEN(spec), pos = 0, off = 0;
    uint32_t small[64], *cps = small;
    int fill_given = 0, align_given = 0, n, rc = -1;
    f->fill = ' ';
    f->align = default_align;
    f->alternate = 0;
    f->sign = 0;
    f->width = -1;
    f->grouping = GROUP_NONE;
    f->group_size = 3;
    f->precision = -1;
    f->type = default_type;
    if (end > (intptr_t)(sizeof small / sizeof small[0])) {
        cps = mi_malloc((size_t)end * sizeof(uint32_t));
        if (cps == NULL) {
            mi_err_nomemory();
            return -1;
        }
    }
    for (intptr_t i = 0; i < end; i++) {
        int len;
        cps[i] = mi_utf8_decode((const unsigned char *)MI_STR_DATA(spec) + off, &len);
        off += len;
    }
    if (end - pos >= 2 && is_alignment(cps[pos + 1])) {
        f->align = cps[pos + 1];
        f->fill = cps[pos];
        fill_given = align_given = 1;
        pos += 2;
    } else if (end - pos >= 1 && is_alignment(cps[pos])) {
        f->align = cps[pos];
        align_given = 1;
        pos++;
    }
    if (end - pos >= 1 && (cps[pos] == ' ' || cps[pos] == '+' || cps[pos] == '-'))
        f->sign = cps[pos++];
    if (end - pos >= 1 && cps[pos] == '#') {
        f->alternate = 1;
        pos++;
    }
    if (!fill_given && end - pos >= 1 && cps[pos] == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        pos++;
    }
    n = spec_integer(cps, &pos, end, &f->width);
    if (n < 0)
        goto done;
    if (n == 0)
        f->width = -1;
    if (end - pos >= 1 && cps[pos] == ',') {
        f->grouping = GROUP_COMMA;
        pos++;
    }
    if (end - pos >= 1 && cps[pos] == '_') {
        if (f->grouping != GROUP_NONE) {
            mi_err_set(MI_EXC(ValueError), "Cannot specify both ',' and '_'.");
            goto done;
        }
        f->grouping = GROUP_UNDERSCORE;
        pos++;
    }
    if (end - pos >= 1 && cps[pos] == ',' && f->grouping == GROUP_UNDERSCORE) {
        mi_err_set(MI_EXC(ValueError), "Cannot specify both ',' and '_'.");
        goto done;
    }
    if (end - pos >= 1 && cps[pos] == '.') {
        pos++;
        n = spec_integer(cps, &pos, end, &f->precision);
        if (n < 0)
            goto done;
        if (n == 0) {
            mi_err_set(MI_EXC(ValueError), "Format specifier missing precision");
            goto done;
        }
    }
    if (end - pos > 1) {
        mi_err_set(MI_EXC(ValueError), "Invalid format specifier");
        goto done;
    }
    if (end - pos == 1)
        f->type = cps[pos++];
    if (f->grouping != GROUP_NONE) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == GROUP_UNDERSCORE) {
                f->group_size = 4;
                break;
            }
            invalid_grouping(f->grouping, f->type);
            goto done;
        default:
            invalid_grouping(f->grouping, f->type);
            goto done;
        }
    }
    rc = 0;
done:
    if (cps != small)
        mi_free(cps);
    return rc;
}

/* "Unknown format code 'd' for object of type 'str'" */
static MiObject *
unknown_presentation_type(uint32_t type, MiObject *value)
{
    if (type > 32 && type < 128)
        return mi_err_format(MI_EXC(ValueError), "Unknown format code '%c' for object of type "
                             "'%s'", (int)type, MI_TYPE_NAME(value));
    return mi_err_format(MI_EXC(ValueError), "Unknown format code '\\x%x' for object of type "
                         "'%s'", type, MI_TYPE_NAME(value));
}

/* ---- padding and number layout ----------------------------------------------------------- */

static void
append_fill(MiStrBuilder *sb, uint32_t fill, intptr_t n)
{
    char buf[4];
    int len;
    if (n <= 0)
        return;
    len = mi_utf8_encode(fill, buf);
    while (n-- > 0)
        mi_sb_append(sb, buf, len);
}

/* Padding around nchars characters for width and alignment (CPython's
 * calc_padding). */
static void
calc_padding(intptr_t nchars, intptr_t width, uint32_t align, intptr_t *left, intptr_t *right)
{
    intptr_t total = width >= 0 && width > nchars ? width : nchars;
    if (align == '>')
        *left = total - nchars;
    else if (align == '^')
        *left = (total - nchars) / 2;
    else
        *left = 0;
    *right = total - nchars - *left;
}

/* How digits are grouped: separator ',' or '_' every `size` digits, or
 * none (sep 0: plain digits, zero-padded to the minimum width). */
typedef struct Grouping {
    char sep;
    int  size;
} Grouping;

/* Writes digits[0..n) grouped and zero-padded to at least min_width
 * characters into buf, right-aligned so that its last character is at
 * buf[count - 1]; with buf NULL only counts.  Returns the count (CPython's
 * _PyUnicode_InsertThousandsGrouping). */
static intptr_t
group_digits(char *buf, const char *digits, intptr_t n, intptr_t min_width, const Grouping *g)
{
    intptr_t count = 0, remaining = n, pos, dpos = n;
    int use_sep = 0, done = 0;
    if (min_width < 0)
        min_width = 0;
    if (buf != NULL)
        pos = group_digits(NULL, digits, n, min_width, g);
    else
        pos = 0;
#define GROUP_FILL(n_chars, n_zeros)                                                          \
    do {                                                                                      \
        if (buf != NULL) {                                                                    \
            if (use_sep)                                                                      \
                buf[--pos] = g->sep;                                                          \
            pos -= (n_chars);                                                                 \
            dpos -= (n_chars);                                                                \
            memcpy(buf + pos, digits + dpos, (size_t)(n_chars));                              \
            pos -= (n_zeros);                                                                 \
            memset(buf + pos, '0', (size_t)(n_zeros));                                        \
        }                                                                                     \
    } while (0)
    if (g->sep != 0) {
        for (;;) {
            intptr_t len = g->size, top = remaining > min_width ? remaining : min_width;
            intptr_t n_zeros, n_chars;
            if (top < 1)
                top = 1;
            if (len > top)
                len = top;
            n_zeros = len - remaining > 0 ? len - remaining : 0;
            n_chars = remaining < len ? (remaining > 0 ? remaining : 0) : len;
            count += (use_sep ? 1 : 0) + n_zeros + n_chars;
            GROUP_FILL(n_chars, n_zeros);
            use_sep = 1;
            remaining -= n_chars;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0) {
                done = 1;
                break;
            }
            min_width -= 1;
        }
    }
    if (!done) {
        intptr_t len = remaining > min_width ? remaining : min_width, n_zeros, n_chars;
        if (len < 1)
            len = 1;
        n_zeros = len - remaining > 0 ? len - remaining : 0;
        n_chars = remaining < len ? (remaining > 0 ? remaining : 0) : len;
        count += (use_sep ? 1 : 0) + n_zeros + n_chars;
        GROUP_FILL(n_chars, n_zeros);
    }
#undef GROUP_FILL
    return count;
}

/* A number to lay out: [sign] prefix digits [.] remainder, where the
 * remainder may hold non-ASCII text (the character of format code 'c'). */
typedef struct Number {
    char        sign;          /* '-' when negative, else 0 */
    const char *prefix;        /* "0x" ..., or "" */
    const char *digits;        /* ASCII digits */
    intptr_t    n_digits;
    int         has_decimal;
    const char *remainder;     /* UTF-8 */
    intptr_t    remainder_size, remainder_len;   /* bytes, code points */
    int         upper;         /* uppercase prefix and digits ('X') */
} Number;

/* Splits a formatted real number "[-]digits[.rest]" into *num. */
static void
split_number(Number *num, const char *s, intptr_t size)
{
    intptr_t i = 0;
    num->sign = 0;
    num->prefix = "";
    num->upper = 0;
    if (size > 0 && s[0] == '-') {
        num->sign = '-';
        i = 1;
    }
    num->digits = s + i;
    while (i < size && s[i] >= '0' && s[i] <= '9')
        i++;
    num->n_digits = s + i - num->digits;
    num->has_decimal = i < size && s[i] == '.';
    if (num->has_decimal)
        i++;
    num->remainder = s + i;
    num->remainder_size = num->remainder_len = size - i;
}

/* Appends `num` laid out by `f` (CPython's calc_number_widths followed by
 * fill_number).  With `no_padding` the width and fill are ignored (the
 * parts of a complex number). */
static void
fill_number(MiStrBuilder *sb, const Number *num, const FormatSpec *f, int no_padding)
{
    Grouping g = {0, 0};
    intptr_t n_prefix = (intptr_t)strlen(num->prefix), n_sign = 0, n_padding;
    intptr_t min_width = 0, n_grouped = 0, lpad = 0, spad = 0, rpad = 0, fixed;
    intptr_t width = no_padding ? -1 : f->width;
    char sign = 0;
    if (f->grouping != GROUP_NONE && f->type != 'n') {
        g.sep = (char)f->grouping;
        g.size = f->group_size;
    }
    if (f->sign == '+') {
        n_sign = 1;
        sign = num->sign == '-' ? '-' : '+';
    } else if (f->sign == ' ') {
        n_sign = 1;
        sign = num->sign == '-' ? '-' : ' ';
    } else if (num->sign == '-') {
        n_sign = 1;
        sign = '-';
    }
    fixed = n_sign + n_prefix + num->has_decimal + num->remainder_len;
    if (!no_padding && f->fill == '0' && f->align == '=')
        min_width = width - fixed;
    if (num->n_digits > 0)
        n_grouped = group_digits(NULL, num->digits, num->n_digits, min_width, &g);
    n_padding = width - (fixed + n_grouped);
    if (n_padding > 0) {
        switch (f->align) {
        case '<': rpad = n_padding; break;
        case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
        case '=': spad = n_padding; break;
        default: lpad = n_padding; break;
        }
    }
    append_fill(sb, f->fill, lpad);
    if (n_sign)
        mi_sb_append_char(sb, sign);
    for (intptr_t i = 0; i < n_prefix; i++) {
        char c = num->prefix[i];
        mi_sb_append_char(sb, num->upper && c >= 'a' && c <= 'z' ? (char)(c - 32) : c);
    }
    append_fill(sb, f->fill, spad);
    if (n_grouped > 0) {
        char small[128], *buf = small;
        if (n_grouped > (intptr_t)sizeof small) {
            buf = mi_malloc((size_t)n_grouped);
            if (buf == NULL) {
                sb->failed = 1;
                return;
            }
        }
        group_digits(buf, num->digits, num->n_digits, min_width, &g);
        if (num->upper) {
            for (intptr_t i = 0; i < n_grouped; i++) {
                if (buf[i] >= 'a' && buf[i] <= 'z')
                    buf[i] = (char)(buf[i] - 32);
            }
        }
        mi_sb_append(sb, buf, n_grouped);
        if (buf != small)
            mi_free(buf);
    }
    if (num->has_decimal)
        mi_sb_append_char(sb, '.');
    mi_sb_append(sb, num->remainder, num->remainder_size);
    append_fill(sb, f->fill, rpad);
}

/* ---- floats to text ----------------------------------------------------------------------- */

enum { MODE_SHORTEST = 0, MODE_SIGNIFICANT = 2, MODE_FIXED = 3 };

/* Correctly rounded decimal digits of a finite v >= 0, as dtoa's modes:
 * MODE_SHORTEST the shortest that round-trip, MODE_SIGNIFICANT `ndigits`
 * significant digits, MODE_FIXED `ndigits` digits after the point.  Writes
 * the digits (without leading or trailing zeros; "0" for zero; empty when
 * v rounds to zero) into *out (mi_malloc'd, the caller frees) and returns
 * the position of the decimal point: v ~ 0.DIGITS * 10**decpt.  -1 on
 * MemoryError (*out NULL). */
static int
float_digits(double v, int mode, int ndigits, char **out, int *ndig)
{
    char *buf, *digits;
    int size, n = 0, decpt = 0, exp10 = 0, seen_point = 0, lead;
    if (mode == MODE_SHORTEST) {
        size = 64;
        buf = mi_malloc((size_t)size);
        if (buf != NULL)
            mi_float_format_repr(v, buf, (size_t)size);
    } else {
        const char *fmt = mode == MODE_FIXED ? "%.*f" : "%.*e";
        int prec = mode == MODE_FIXED ? ndigits : ndigits - 1;
        size = snprintf(NULL, 0, fmt, prec, v) + 1;
        buf = mi_malloc((size_t)size);
        if (buf != NULL)
            snprintf(buf, (size_t)size, fmt, prec, v);
    }
    digits = mi_malloc((size_t)size + 1);
    if (buf == NULL || digits == NULL) {
        mi_free(buf);
        mi_free(digits);
        *out = NULL;
        mi_err_nomemory();
        return -1;
    }
    for (const char *p = buf; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            digits[n++] = *p;
            if (!seen_point)
                decpt++;
        } else if (*p == '.') {
            seen_point = 1;
        } else if (*p == 'e') {
            exp10 = atoi(p + 1);
            break;
        }
    }
    mi_free(buf);
    decpt += exp10;
    for (lead = 0; lead < n && digits[lead] == '0'; lead++)
        decpt--;
    memmove(digits, digits + lead, (size_t)(n - lead));
    n -= lead;
    while (n > 0 && digits[n - 1] == '0')
        n--;
    if (n == 0 && v == 0.0) {
        digits[n++] = '0';
        decpt = 1;
    }
    digits[n] = '\0';
    *out = digits;
    *ndig = n;
    return decpt;
}

/* Appends v formatted with `type` ('e', 'f', 'g', 'r' for repr, or their
 * upper cases) and `precision` (CPython's PyOS_double_to_string and
 * format_float_short).  add_dot_0 keeps ".0" on integral values without
 * exponent; alt is '#'.  0 / -1. */
static int
format_float_short(MiStrBuilder *sb, double v, uint32_t type, int precision, int add_sign,
                   int add_dot_0, int alt)
{
    int upper = type == 'E' || type == 'F' || type == 'G', mode, decpt, ndig;
    int use_exp = 0, exp = 0, vstart, vend;
    char code = (char)(upper ? type + 32 : type), *digits;
    switch (code) {
    case 'e':
        mode = MODE_SIGNIFICANT;
        precision++;
        break;
    case 'f':
        mode = MODE_FIXED;
        break;
    case 'g':
        mode = MODE_SIGNIFICANT;
        if (precision == 0)
            precision = 1;
        break;
    default:
        mode = MODE_SHORTEST;
        break;
    }
    if (isnan(v) || isinf(v)) {
        if (isinf(v) && v < 0)
            mi_sb_append_char(sb, '-');
        else if (add_sign)
            mi_sb_append_char(sb, '+');
        mi_sb_append_cstr(sb, isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return 0;
    }
    if (signbit(v))
        mi_sb_append_char(sb, '-');
    else if (add_sign)
        mi_sb_append_char(sb, '+');
    decpt = float_digits(fabs(v), mode, precision, &digits, &ndig);
    if (digits == NULL)
        return -1;
    vend = ndig;
    switch (code) {
    case 'e':
        use_exp = 1;
        vend = precision;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            use_exp = 1;
        if (alt)
            vend = precision;
        break;
    default:
        if (decpt <= -4 || decpt > 16)
            use_exp = 1;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;
    {
        intptr_t mark = sb->size;
        if (decpt <= 0) {
            append_fill(sb, '0', decpt - vstart);
            mi_sb_append_char(sb, '.');
            append_fill(sb, '0', -decpt);
        } else {
            append_fill(sb, '0', -vstart);
        }
        if (decpt > 0 && decpt <= ndig) {
            mi_sb_append(sb, digits, decpt);
            mi_sb_append_char(sb, '.');
            mi_sb_append(sb, digits + decpt, ndig - decpt);
        } else {
            mi_sb_append(sb, digits, ndig);
        }
        if (ndig < decpt) {
            append_fill(sb, '0', decpt - ndig);
            mi_sb_append_char(sb, '.');
            append_fill(sb, '0', vend - decpt);
        } else {
            append_fill(sb, '0', vend - ndig);
        }
        if (!sb->failed && sb->size > mark && sb->data[sb->size - 1] == '.' && !alt)
            sb->size--;
    }
    if (use_exp)
        mi_sb_printf(sb, "%c%+.02d", upper ? 'E' : 'e', exp);
    mi_free(digits);
    return 0;
}

/* ---- format(value, spec) ------------------------------------------------------------------- */

static MiObject *
format_string(MiObject *value, const FormatSpec *f)
{
    intptr_t len = MI_STR_LEN(value), left, right;
    MiStrBuilder sb;
    if (f->sign != 0) {
        return mi_err_format(MI_EXC(ValueError), f->sign == ' '
                             ? "Space not allowed in string format specifier"
                             : "Sign not allowed in string format specifier");
    }
    if (f->alternate)
        return mi_err_format(MI_EXC(ValueError), "Alternate form (#) not allowed in string "
                             "format specifier");
    if (f->align == '=')
        return mi_err_format(MI_EXC(ValueError), "'=' alignment not allowed in string format "
                             "specifier");
    if ((f->width == -1 || f->width <= len) && (f->precision == -1 || f->precision >= len)) {
        if (value->type == &mi_str_type)
            return mi_newref(value);
        return mi_str_new(MI_STR_DATA(value), MI_STR_SIZE(value));
    }
    if (f->precision >= 0 && len >= f->precision)
        len = f->precision;
    calc_padding(len, f->width, f->align, &left, &right);
    mi_sb_init(&sb);
    append_fill(&sb, f->fill, left);
    mi_sb_append(&sb, MI_STR_DATA(value), mi_str_byte_offset(value, len));
    append_fill(&sb, f->fill, right);
    return mi_sb_finish(&sb);
}

static MiObject *
format_int(MiObject *value, const FormatSpec *f)
{
    MiObject *digits = NULL, *res;
    MiStrBuilder sb;
    Number num;
    char ch[4];
    if (f->precision != -1)
        return mi_err_format(MI_EXC(ValueError), "Precision not allowed in integer format "
                             "specifier");
    num.prefix = "";
    num.upper = f->type == 'X';
    num.has_decimal = 0;
    if (f->type == 'c') {
        int overflow;
        int64_t x;
        if (f->sign != 0)
            return mi_err_format(MI_EXC(ValueError), "Sign not allowed with integer format "
                                 "specifier 'c'");
        if (f->alternate)
            return mi_err_format(MI_EXC(ValueError), "Alternate form (#) not allowed with "
                                 "integer format specifier 'c'");
        x = mi_int_as_i64(value, &overflow);
        if (overflow)
            return mi_err_format(MI_EXC(OverflowError), "Python int too large to convert to C "
                                 "long");
        if (x < 0 || x > 0x10FFFF)
            return mi_err_format(MI_EXC(OverflowError), "%%c arg not in range(0x110000)");
        num.sign = 0;
        num.digits = "";
        num.n_digits = 0;
        num.remainder = ch;
        num.remainder_size = mi_utf8_encode((uint32_t)x, ch);
        num.remainder_len = 1;
    } else {
        int base = f->type == 'b' ? 2 : f->type == 'o' ? 8 :
                   f->type == 'x' || f->type == 'X' ? 16 : 10;
        const char *s;
        digits = mi_int_to_str(value, base, 0);
        if (digits == NULL)
            return NULL;
        s = MI_STR_DATA(digits);
        num.sign = s[0] == '-' ? '-' : 0;
        num.digits = s + (num.sign != 0);
        num.n_digits = MI_STR_SIZE(digits) - (num.sign != 0);
        num.remainder = "";
        num.remainder_size = num.remainder_len = 0;
        if (f->alternate)
            num.prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    }
    mi_sb_init(&sb);
    fill_number(&sb, &num, f, 0);
    res = mi_sb_finish(&sb);
    MI_XDECREF(digits);
    return res;
}

/* Formats a float value with spec types '\0', e, E, f, F, g, G, n, %. */
static MiObject *
format_float(double v, const FormatSpec *f)
{
    uint32_t type = f->type;
    int precision, default_precision = 6, add_dot_0 = 0, add_pct = 0;
    MiStrBuilder num_sb, sb;
    MiObject *res;
    Number num;
    if (f->precision > INT32_MAX)
        return mi_err_format(MI_EXC(ValueError), "precision too big");
    precision = (int)f->precision;
    if (type == 0) {
        add_dot_0 = 1;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        v *= 100;
        add_pct = 1;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    mi_sb_init(&num_sb);
    if (format_float_short(&num_sb, v, type, precision, 0, add_dot_0, f->alternate) < 0) {
        mi_sb_discard(&num_sb);
        return NULL;
    }
    if (add_pct)
        mi_sb_append_char(&num_sb, '%');
    if (num_sb.failed) {
        mi_sb_discard(&num_sb);
        return mi_err_nomemory();
    }
    split_number(&num, num_sb.data, num_sb.size);
    mi_sb_init(&sb);
    fill_number(&sb, &num, f, 0);
    mi_sb_discard(&num_sb);
    res = mi_sb_finish(&sb);
    return res;
}

static MiObject *
format_complex(double re, double im, const FormatSpec *f)
{
    uint32_t type = f->type;
    int precision, default_precision = 6, skip_re = 0, add_parens = 0;
    intptr_t left, right, nchars;
    MiStrBuilder re_sb, im_sb, body, sb;
    FormatSpec parts = *f;
    Number num;
    if (f->precision > INT32_MAX)
        return mi_err_format(MI_EXC(ValueError), "precision too big");
    precision = (int)f->precision;
    if (f->fill == '0')
        return mi_err_format(MI_EXC(ValueError), "Zero padding is not allowed in complex "
                             "format specifier");
    if (f->align == '=')
        return mi_err_format(MI_EXC(ValueError), "'=' alignment flag is not allowed in complex "
                             "format specifier");
    if (type == 0) {
        type = 'r';
        default_precision = 0;
        if (re == 0.0 && !signbit(re))
            skip_re = 1;
        else
            add_parens = 1;
    }
    if (type == 'n')
        type = 'g';
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    mi_sb_init(&re_sb);
    mi_sb_init(&im_sb);
    mi_sb_init(&body);
    if (format_float_short(&re_sb, re, type, precision, 0, 0, f->alternate) < 0 ||
        format_float_short(&im_sb, im, type, precision, 0, 0, f->alternate) < 0) {
        mi_sb_discard(&re_sb);
        mi_sb_discard(&im_sb);
        return NULL;
    }
    parts.fill = ' ';
    parts.align = '<';
    parts.width = -1;
    if (add_parens)
        mi_sb_append_char(&body, '(');
    if (!skip_re) {
        split_number(&num, re_sb.data, re_sb.size);
        fill_number(&body, &num, &parts, 1);
        parts.sign = '+';
    }
    split_number(&num, im_sb.data, im_sb.size);
    fill_number(&body, &num, &parts, 1);
    mi_sb_append_char(&body, 'j');
    if (add_parens)
        mi_sb_append_char(&body, ')');
    mi_sb_discard(&re_sb);
    mi_sb_discard(&im_sb);
    nchars = body.size;      /* ASCII */
    calc_padding(nchars, f->width, f->align, &left, &right);
    mi_sb_init(&sb);
    append_fill(&sb, f->fill, left);
    mi_sb_append(&sb, body.data, body.size);
    append_fill(&sb, f->fill, right);
    if (body.failed)
        sb.failed = 1;
    mi_sb_discard(&body);
    return mi_sb_finish(&sb);
}

/* format(value, spec) for str, int (and bool), float and complex values and
 * their subclasses: what their __format__ methods return. */
MiObject *
mi_str_format_spec(MiObject *value, MiObject *spec)
{
    FormatSpec f;
    int empty = MI_STR_SIZE(spec) == 0;
    if (mi_str_check(value)) {
        if (empty)
            return value->type == &mi_str_type ? mi_newref(value) : mi_obj_str(value);
        if (parse_spec(spec, 's', '<', &f) < 0)
            return NULL;
        if (f.type != 's')
            return unknown_presentation_type(f.type, value);
        return format_string(value, &f);
    }
    if (mi_int_check(value)) {
        if (empty)
            return value->type == &mi_int_type ? mi_int_to_str(value, 10, 0)
                                               : mi_obj_str(value);
        if (parse_spec(spec, 'd', '>', &f) < 0)
            return NULL;
        switch (f.type) {
        case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
            return format_int(value, &f);
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
            double v = mi_int_as_double(value);
            if (v == -1.0 && mi_err_occurred())
                return NULL;
            return format_float(v, &f);
        }
        default:
            return unknown_presentation_type(f.type, value);
        }
    }
    if (mi_float_check(value)) {
        if (empty)
            return value->type == &mi_float_type ? mi_float_repr_value(MI_FLOAT_VALUE(value))
                                                 : mi_obj_str(value);
        if (parse_spec(spec, 0, '>', &f) < 0)
            return NULL;
        switch (f.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
            return format_float(MI_FLOAT_VALUE(value), &f);
        default:
            return unknown_presentation_type(f.type, value);
        }
    }
    if (mi_obj_type_check(value, &mi_complex_type)) {
        MiComplex *c = (MiComplex *)value;
        if (empty)
            return mi_obj_str(value);
        if (parse_spec(spec, 0, '>', &f) < 0)
            return NULL;
        switch (f.type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
            return format_complex(c->real, c->imag, &f);
        default:
            return unknown_presentation_type(f.type, value);
        }
    }
    return mi_err_format(MI_EXC(TypeError), "unsupported format string passed to %s.__format__",
                         MI_TYPE_NAME(value));
}

/* ---- str.format() -------------------------------------------------------------------------- */

/* A piece of the format string: bytes [start, end) of text. */
typedef struct Slice {
    const char *text;
    intptr_t    start, end;
} Slice;

typedef struct FieldArgs {
    MiObject *const *args;     /* NULL for format_map */
    intptr_t         nargs;
    MiObject        *mapping;  /* kwargs dict, the format_map mapping, or NULL */
} FieldArgs;

enum { AUTO_INIT, AUTO_AUTO, AUTO_MANUAL };

typedef struct AutoNumber {
    int      state;
    intptr_t next;
} AutoNumber;

static int do_markup(MiStrBuilder *out, Slice input, const FieldArgs *fa, int depth,
                     AutoNumber *an, MiObject **sole);

/* The slice's text as a str. */
static MiObject *
slice_str(Slice s)
{
    return mi_str_new(s.text + s.start, s.end - s.start);
}

/* The slice as a non-negative decimal number (Unicode digits): -1 when it
 * is empty or not a number, -2 with ValueError when too large. */
static intptr_t
slice_integer(Slice s)
{
    intptr_t value = 0;
    if (s.start >= s.end)
        return -1;
    for (intptr_t i = s.start; i < s.end;) {
        int n, d = mi_unicode_decimal(mi_utf8_decode((const unsigned char *)s.text + i, &n));
        if (d < 0)
            return -1;
        if (value > (INTPTR_MAX - d) / 10) {
            mi_err_set(MI_EXC(ValueError), "Too many decimal digits in format string");
            return -2;
        }
        value = value * 10 + d;
        i += n;
    }
    return value;
}

/* Parses a replacement field after its '{' from *str (CPython's
 * parse_field): the field name, the conversion (0 if none) and the spec.
 * Advances str past the closing '}'.  0 / -1. */
static int
parse_field(Slice *str, Slice *name, Slice *spec, int *spec_needs_expanding,
            uint32_t *conversion)
{
    char c = 0;
    *conversion = 0;
    spec->text = str->text;
    spec->start = spec->end = 0;
    name->text = str->text;
    name->start = str->start;
    while (str->start < str->end) {
        c = str->text[str->start++];
        if (c == '{') {
            mi_err_set(MI_EXC(ValueError), "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (str->start < str->end && str->text[str->start] != ']')
                str->start++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    name->end = str->start - 1;
    if (c == '!' || c == ':') {
        int count = 1;
        if (c == '!') {
            int n;
            if (str->start >= str->end) {
                mi_err_set(MI_EXC(ValueError), "end of string while looking for conversion "
                           "specifier");
                return -1;
            }
            *conversion = mi_utf8_decode((const unsigned char *)str->text + str->start, &n);
            str->start += n;
            if (str->start < str->end) {
                c = str->text[str->start++];
                if (c == '}')
                    return 0;
                if (c != ':') {
                    mi_err_set(MI_EXC(ValueError), "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        spec->start = str->start;
        while (str->start < str->end) {
            c = str->text[str->start++];
            if (c == '{') {
                *spec_needs_expanding = 1;
                count++;
            } else if (c == '}') {
                if (--count == 0) {
                    spec->end = str->start - 1;
                    return 0;
                }
            }
        }
        mi_err_set(MI_EXC(ValueError), "unmatched '{' in format spec");
        return -1;
    }
    if (c != '}') {
        mi_err_set(MI_EXC(ValueError), "expected '}' before end of string");
        return -1;
    }
    return 0;
}

/* The next piece of the format string (CPython's MarkupIterator_next):
 * 0 at the end, 1 with a literal and maybe a field, -1 on error. */
static int
markup_next(Slice *str, Slice *literal, int *field_present, Slice *name, Slice *spec,
            uint32_t *conversion, int *spec_needs_expanding)
{
    intptr_t start, len;
    int markup_follows = 0, at_end;
    char c = 0;
    *field_present = 0;
    *spec_needs_expanding = 0;
    *conversion = 0;
    literal->text = str->text;
    literal->start = literal->end = 0;
    if (str->start >= str->end)
        return 0;
    start = str->start;
    while (str->start < str->end) {
        c = str->text[str->start++];
        if (c == '{' || c == '}') {
            markup_follows = 1;
            break;
        }
    }
    at_end = str->start >= str->end;
    len = str->start - start;
    if (c == '}' && (at_end || c != str->text[str->start])) {
        mi_err_set(MI_EXC(ValueError), "Single '}' encountered in format string");
        return -1;
    }
    if (at_end && c == '{') {
        mi_err_set(MI_EXC(ValueError), "Single '{' encountered in format string");
        return -1;
    }
    if (!at_end) {
        if (c == str->text[str->start]) {
            str->start++;            /* an escaped brace: literal text only */
            markup_follows = 0;
        } else {
            len--;
        }
    }
    literal->start = start;
    literal->end = start + len;
    if (!markup_follows)
        return 1;
    *field_present = 1;
    if (parse_field(str, name, spec, spec_needs_expanding, conversion) < 0)
        return -1;
    return 1;
}

/* Checks automatic against manual field numbering.  0 / -1. */
static int
check_numbering(AutoNumber *an, int name_is_empty)
{
    if (an->state == AUTO_INIT)
        an->state = name_is_empty ? AUTO_AUTO : AUTO_MANUAL;
    if (an->state == AUTO_MANUAL && name_is_empty) {
        mi_err_set(MI_EXC(ValueError), "cannot switch from manual field specification to "
                   "automatic field numbering");
        return -1;
    }
    if (an->state == AUTO_AUTO && !name_is_empty) {
        mi_err_set(MI_EXC(ValueError), "cannot switch from automatic field numbering to "
                   "manual field specification");
        return -1;
    }
    return 0;
}

/* The object a field name designates: an argument, then each ".attr" and
 * "[key]" applied in turn (CPython's get_field_object).  New reference. */
static MiObject *
get_field_object(Slice input, const FieldArgs *fa, AutoNumber *an)
{
    Slice first = input, rest;
    intptr_t i = input.start, index;
    MiObject *obj;
    while (i < input.end && input.text[i] != '.' && input.text[i] != '[')
        i++;
    first.end = i;
    rest = input;
    rest.start = i;
    index = slice_integer(first);
    if (index == -2)
        return NULL;
    if (first.start >= first.end || index != -1) {
        if (check_numbering(an, first.start >= first.end) < 0)
            return NULL;
        if (first.start >= first.end)
            index = an->next++;
    }
    if (index == -1) {
        MiObject *key = slice_str(first);
        if (key == NULL)
            return NULL;
        if (fa->mapping == NULL) {
            mi_err_set_object(MI_EXC(KeyError), key);
            MI_DECREF(key);
            return NULL;
        }
        obj = mi_obj_getitem(fa->mapping, key);
        MI_DECREF(key);
        if (obj == NULL)
            return NULL;
    } else {
        if (fa->args == NULL) {
            mi_err_set(MI_EXC(ValueError), "Format string contains positional fields");
            return NULL;
        }
        if (index >= fa->nargs) {
            return mi_err_format(MI_EXC(IndexError), "Replacement index %zd out of range for "
                                 "positional args tuple", index);
        }
        obj = mi_newref(fa->args[index]);
    }
    while (rest.start < rest.end) {
        char c = rest.text[rest.start++];
        Slice name = rest;
        MiObject *next, *key;
        int is_attribute = c == '.';
        if (c == '.') {
            while (rest.start < rest.end && rest.text[rest.start] != '.' &&
                   rest.text[rest.start] != '[')
                rest.start++;
            name.end = rest.start;
        } else if (c == '[') {
            while (rest.start < rest.end && rest.text[rest.start] != ']')
                rest.start++;
            if (rest.start >= rest.end) {
                mi_err_set(MI_EXC(ValueError), "Missing ']' in format string");
                goto fail;
            }
            name.end = rest.start++;
        } else {
            mi_err_set(MI_EXC(ValueError), "Only '.' or '[' may follow ']' in format field "
                       "specifier");
            goto fail;
        }
        if (name.start == name.end) {
            mi_err_set(MI_EXC(ValueError), "Empty attribute in format string");
            goto fail;
        }
        index = is_attribute ? -1 : slice_integer(name);
        if (index == -2)
            goto fail;
        key = index >= 0 ? mi_int_from_i64(index) : slice_str(name);
        if (key == NULL)
            goto fail;
        next = is_attribute ? mi_obj_getattr(obj, key) : mi_obj_getitem(obj, key);
        MI_DECREF(key);
        if (next == NULL)
            goto fail;
        MI_DECREF(obj);
        obj = next;
    }
    return obj;
fail:
    MI_DECREF(obj);
    return NULL;
}

/* Formats one replacement field into out.  0 / -1. */
static int
output_markup(MiStrBuilder *out, Slice name, Slice spec, int spec_needs_expanding,
              uint32_t conversion, const FieldArgs *fa, int depth, AutoNumber *an,
              MiObject **sole)
{
    MiObject *obj = get_field_object(name, fa, an), *spec_str = NULL, *res = NULL;
    int rc = -1;
    if (obj == NULL)
        return -1;
    if (conversion != 0) {
        MiObject *conv;
        if (conversion == 'r') {
            conv = mi_obj_repr(obj);
        } else if (conversion == 's') {
            conv = mi_obj_str(obj);
        } else if (conversion == 'a') {
            conv = mi_obj_ascii(obj);
        } else {
            if (conversion > 32 && conversion < 127)
                mi_err_format(MI_EXC(ValueError), "Unknown conversion specifier %c",
                              (int)conversion);
            else
                mi_err_format(MI_EXC(ValueError), "Unknown conversion specifier \\x%x",
                              conversion);
            conv = NULL;
        }
        if (conv == NULL)
            goto done;
        MI_DECREF(obj);
        obj = conv;
    }
    if (spec_needs_expanding) {
        MiStrBuilder sb;
        if (depth - 1 <= 0) {
            mi_err_set(MI_EXC(ValueError), "Max string recursion exceeded");
            goto done;
        }
        mi_sb_init(&sb);
        if (do_markup(&sb, spec, fa, depth - 1, an, NULL) < 0) {
            mi_sb_discard(&sb);
            goto done;
        }
        spec_str = mi_sb_finish(&sb);
    } else {
        spec_str = slice_str(spec);
    }
    if (spec_str == NULL)
        goto done;
    if (mi_is_type(obj, &mi_complex_type))
        res = mi_str_format_spec(obj, spec_str);
    else
        res = mi_obj_format(obj, spec_str);
    if (res == NULL)
        goto done;
    if (sole != NULL && out->size == 0 && res->type == &mi_str_type && MI_STR_SIZE(res) > 0) {
        *sole = res;                    /* the whole result: returned as is */
        res = NULL;
        rc = 0;
        goto done;
    }
    rc = mi_sb_append_str(out, res) < 0 ? (mi_err_nomemory(), -1) : 0;
done:
    MI_XDECREF(res);
    MI_XDECREF(spec_str);
    MI_DECREF(obj);
    return rc;
}

/* Expands the format string `input` into out (CPython's do_markup). */
static int
do_markup(MiStrBuilder *out, Slice input, const FieldArgs *fa, int depth, AutoNumber *an,
          MiObject **sole)
{
    Slice literal, name = {NULL, 0, 0}, spec = {NULL, 0, 0};
    uint32_t conversion;
    int field_present, spec_needs_expanding, rc;
    while ((rc = markup_next(&input, &literal, &field_present, &name, &spec, &conversion,
                             &spec_needs_expanding)) == 1) {
        /* only a last field written into an empty result may be the result
         * itself (CPython's writer stops over-allocating there) */
        int last = sole != NULL && input.start == input.end;
        mi_sb_append(out, literal.text + literal.start, literal.end - literal.start);
        if (field_present && output_markup(out, name, spec, spec_needs_expanding, conversion,
                                           fa, depth, an, last ? sole : NULL) < 0)
            return -1;
    }
    return rc;
}

MiObject *
mi_format_fields(MiObject *fmt, MiObject *const *args, intptr_t nargs, MiObject *mapping)
{
    FieldArgs fa = {args, nargs, mapping};
    AutoNumber an = {AUTO_INIT, 0};
    Slice input = {MI_STR_DATA(fmt), 0, MI_STR_SIZE(fmt)};
    MiStrBuilder sb;
    MiObject *sole = NULL;
    if (memchr(input.text, '{', (size_t)input.end) == NULL &&
        memchr(input.text, '}', (size_t)input.end) == NULL)
        return mi_newref(fmt);          /* only literal text: fmt itself, as CPython */
    mi_sb_init(&sb);
    if (do_markup(&sb, input, &fa, MI_FORMAT_RECURSION, &an, &sole) < 0) {
        MI_XDECREF(sole);
        mi_sb_discard(&sb);
        return NULL;
    }
    if (sole != NULL) {
        mi_sb_discard(&sb);
        return sole;
    }
    return mi_sb_finish(&sb);
}

/* ---- printf-style formatting: str % args ------------------------------------------------- */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/* The state of one `fmt % args` (CPython's unicode_formatter_t).  fmtcnt
 * counts the characters left after fmtpos, as CPython's loop does, so
 * that "incomplete format" errors come at the same points. */
typedef struct PercentCtx {
    MiObject       *fmt;
    const uint32_t *cps;       /* the code points of fmt, or NULL if ASCII */
    intptr_t        len, fmtpos, fmtcnt;
    MiObject       *args;      /* borrowed, or owned when args_owned */
    int             args_owned;
    intptr_t        arglen, argidx;
    MiObject       *dict;      /* borrowed mapping or NULL */
    MiStrBuilder    out;
    MiObject       *sole;      /* the whole result when it is one exact str, or NULL */
} PercentCtx;

typedef struct PercentArg {
    uint32_t ch;
    int      flags;
    intptr_t width;
    int      prec;
    int      sign;
} PercentArg;

/* The character at pos, 0 past the end (as reading the NUL terminator). */
static inline uint32_t
fmt_at(const PercentCtx *c, intptr_t pos)
{
    if (pos >= c->len)
        return 0;
    return c->cps != NULL ? c->cps[pos] : (unsigned char)MI_STR_DATA(c->fmt)[pos];
}

/* Borrowed: the next argument, or NULL with TypeError. */
static MiObject *
next_arg(PercentCtx *c)
{
    intptr_t i = c->argidx;
    if (i < c->arglen) {
        c->argidx++;
        return c->arglen < 0 ? c->args : MI_TUPLE_GET(c->args, i);
    }
    mi_err_set(MI_EXC(TypeError), "not enough arguments for format string");
    return NULL;
}

/* Reads the next format character into a->ch if one is left. */
static inline void
read_ch(PercentCtx *c, PercentArg *a)
{
    if (--c->fmtcnt >= 0)
        a->ch = fmt_at(c, c->fmtpos++);
}

/* Parses "(key)", flags, width, precision and length modifier after '%'
 * (CPython's unicode_format_arg_parse).  0 / -1. */
static int
percent_parse(PercentCtx *c, PercentArg *a)
{
    MiObject *v;
    if (fmt_at(c, c->fmtpos) == '(') {
        intptr_t keystart, keylen;
        int pcount = 1;
        MiObject *key;
        if (c->dict == NULL) {
            mi_err_set(MI_EXC(TypeError), "format requires a mapping");
            return -1;
        }
        c->fmtpos++;
        c->fmtcnt--;
        keystart = c->fmtpos;
        while (pcount > 0 && --c->fmtcnt >= 0) {
            a->ch = fmt_at(c, c->fmtpos);
            if (a->ch == ')')
                pcount--;
            else if (a->ch == '(')
                pcount++;
            c->fmtpos++;
        }
        keylen = c->fmtpos - keystart - 1;
        if (c->fmtcnt < 0 || pcount > 0) {
            mi_err_set(MI_EXC(ValueError), "incomplete format key");
            return -1;
        }
        {
            intptr_t b0 = mi_str_byte_offset(c->fmt, keystart);
            intptr_t b1 = mi_str_byte_offset(c->fmt, keystart + keylen);
            key = mi_str_new(MI_STR_DATA(c->fmt) + b0, b1 - b0);
        }
        if (key == NULL)
            return -1;
        if (c->args_owned) {
            c->args_owned = 0;
            MI_DECREF(c->args);
        }
        c->args = mi_obj_getitem(c->dict, key);
        MI_DECREF(key);
        if (c->args == NULL)
            return -1;
        c->args_owned = 1;
        c->arglen = -1;
        c->argidx = -2;
    }
    while (--c->fmtcnt >= 0) {
        a->ch = fmt_at(c, c->fmtpos++);
        switch (a->ch) {
        case '-': a->flags |= F_LJUST; continue;
        case '+': a->flags |= F_SIGN; continue;
        case ' ': a->flags |= F_BLANK; continue;
        case '#': a->flags |= F_ALT; continue;
        case '0': a->flags |= F_ZERO; continue;
        }
        break;
    }
    if (a->ch == '*') {
        int overflow;
        int64_t w;
        if ((v = next_arg(c)) == NULL)
            return -1;
        if (!mi_int_check(v)) {
            mi_err_set(MI_EXC(TypeError), "* wants int");
            return -1;
        }
        w = mi_int_as_i64(v, &overflow);
        if (overflow) {
            mi_err_set(MI_EXC(OverflowError), "Python int too large to convert to C ssize_t");
            return -1;
        }
        if (w < 0) {
            a->flags |= F_LJUST;
            w = -w;
        }
        a->width = (intptr_t)w;
        read_ch(c, a);
    } else if (a->ch >= '0' && a->ch <= '9') {
        a->width = a->ch - '0';
        while (--c->fmtcnt >= 0) {
            a->ch = fmt_at(c, c->fmtpos++);
            if (a->ch < '0' || a->ch > '9')
                break;
            if (a->width > (INTPTR_MAX - (intptr_t)(a->ch - '0')) / 10) {
                mi_err_set(MI_EXC(ValueError), "width too big");
                return -1;
            }
            a->width = a->width * 10 + (a->ch - '0');
        }
    }
    if (a->ch == '.') {
        a->prec = 0;
        read_ch(c, a);
        if (a->ch == '*') {
            int overflow;
            int64_t p;
            if ((v = next_arg(c)) == NULL)
                return -1;
            if (!mi_int_check(v)) {
                mi_err_set(MI_EXC(TypeError), "* wants int");
                return -1;
            }
            p = mi_int_as_i64(v, &overflow);
            if (overflow || p > INT32_MAX || p < INT32_MIN) {
                mi_err_set(MI_EXC(OverflowError), "Python int too large to convert to C int");
                return -1;
            }
            a->prec = p < 0 ? 0 : (int)p;
            read_ch(c, a);
        } else if (a->ch >= '0' && a->ch <= '9') {
            a->prec = (int)(a->ch - '0');
            while (--c->fmtcnt >= 0) {
                a->ch = fmt_at(c, c->fmtpos++);
                if (a->ch < '0' || a->ch > '9')
                    break;
                if (a->prec > (INT32_MAX - (int)(a->ch - '0')) / 10) {
                    mi_err_set(MI_EXC(ValueError), "precision too big");
                    return -1;
                }
                a->prec = a->prec * 10 + (int)(a->ch - '0');
            }
        }
    }
    if (c->fmtcnt >= 0 && (a->ch == 'h' || a->ch == 'l' || a->ch == 'L'))
        read_ch(c, a);
    if (c->fmtcnt < 0) {
        mi_err_set(MI_EXC(ValueError), "incomplete format");
        return -1;
    }
    return 0;
}

/* Is v a number for %d and friends (CPython's PyNumber_Check)? */
static int
is_number(MiObject *v)
{
    return v->type->index != NULL || v->type->to_int != NULL || v->type->to_float != NULL ||
           mi_int_check(v) || mi_float_check(v) || mi_obj_type_check(v, &mi_complex_type);
}

/* The text of an integer for %d %i %u %o %x %X: sign, "0x" prefix (with
 * '#'), digits zero-padded to the precision (CPython's _PyUnicode_FormatLong). */
static MiObject *
format_long_percent(MiObject *v, PercentArg *a)
{
    MiObject *iobj, *digits, *res;
    char type = (char)a->ch;
    int base = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
    MiStrBuilder sb;
    const char *s;
    intptr_t n;
    int neg;
    if (!is_number(v))
        goto wrongtype;
    if (!mi_int_check(v)) {
        iobj = base == 10 ? mi_num_to_int(v) : mi_num_index(v);
        if (iobj == NULL) {
            if (mi_err_matches((MiObject *)MI_EXC(TypeError)))
                goto wrongtype;
            return NULL;
        }
    } else {
        iobj = mi_newref(v);
    }
    digits = mi_int_to_str(iobj, base, 0);
    MI_DECREF(iobj);
    if (digits == NULL)
        return NULL;
    s = MI_STR_DATA(digits);
    neg = s[0] == '-';
    n = MI_STR_SIZE(digits) - neg;
    mi_sb_init(&sb);
    if (neg)
        mi_sb_append_char(&sb, '-');
    if ((a->flags & F_ALT) && base != 10) {
        mi_sb_append_char(&sb, '0');
        mi_sb_append_char(&sb, type == 'X' ? 'X' : type);
    }
    append_fill(&sb, '0', a->prec - n);
    if (type == 'X') {
        for (intptr_t i = 0; i < n; i++) {
            char ch = s[neg + i];
            mi_sb_append_char(&sb, ch >= 'a' && ch <= 'z' ? (char)(ch - 32) : ch);
        }
    } else {
        mi_sb_append(&sb, s + neg, n);
    }
    res = mi_sb_finish(&sb);
    MI_DECREF(digits);
    return res;
wrongtype:
    if (mi_err_occurred())
        mi_err_clear();
    if (base == 10)
        return mi_err_format(MI_EXC(TypeError), "%%%c format: a real number is required, "
                             "not %s", type, MI_TYPE_NAME(v));
    return mi_err_format(MI_EXC(TypeError), "%%%c format: an integer is required, not %s",
                         type, MI_TYPE_NAME(v));
}

/* The character of %c: a one-character str or an int code point. */
static int
percent_char(MiObject *v, uint32_t *out)
{
    if (mi_str_check(v)) {
        if (MI_STR_LEN(v) == 1) {
            *out = mi_str_codepoint_at(v, 0);
            return 0;
        }
    } else {
        MiObject *i = mi_num_index(v);
        int overflow;
        int64_t x;
        if (i != NULL) {
            x = mi_int_as_i64(i, &overflow);
            MI_DECREF(i);
            if (overflow || x < 0 || x > 0x10FFFF) {
                mi_err_set(MI_EXC(OverflowError), "%c arg not in range(0x110000)");
                return -1;
            }
            *out = (uint32_t)x;
            return 0;
        }
        if (!mi_err_matches((MiObject *)MI_EXC(TypeError)))
            return -1;
        mi_err_clear();
    }
    mi_err_set(MI_EXC(TypeError), "%c requires int or char");
    return -1;
}

/* Converts the next argument as a->ch says (CPython's
 * unicode_format_arg_format).  New reference to the text. */
static MiObject *
percent_convert(PercentCtx *c, PercentArg *a)
{
    MiObject *v = next_arg(c);
    if (v == NULL)
        return NULL;
    switch (a->ch) {
    case 's':
        if (v->type == &mi_str_type)
            return mi_newref(v);
        return mi_obj_str(v);
    case 'r':
        return mi_obj_repr(v);
    case 'a':
        return mi_obj_ascii(v);
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        a->sign = 1;
        return format_long_percent(v, a);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double x = mi_float_as_double(v);
        MiStrBuilder sb;
        if (x == -1.0 && mi_err_occurred())
            return NULL;
        a->sign = 1;
        mi_sb_init(&sb);
        if (format_float_short(&sb, x, a->ch, a->prec < 0 ? 6 : a->prec, 0, 0,
                               (a->flags & F_ALT) != 0) < 0) {
            mi_sb_discard(&sb);
            return NULL;
        }
        return mi_sb_finish(&sb);
    }
    case 'c': {
        uint32_t ch;
        if (percent_char(v, &ch) < 0)
            return NULL;
        return mi_str_from_codepoint(ch);
    }
    default:
        return mi_err_format(MI_EXC(ValueError), "unsupported format character '%c' (0x%x) at "
                             "index %zd", a->ch >= 31 && a->ch <= 126 ? (int)a->ch : '?',
                             a->ch, c->fmtpos - 1);
    }
}

/* Appends the converted text with width, precision, sign and padding
 * (CPython's unicode_format_arg_output). */
static void
percent_output(PercentCtx *c, PercentArg *a, MiObject *str)
{
    MiStrBuilder *out = &c->out;
    intptr_t len = MI_STR_LEN(str), pindex = 0;
    uint32_t fill = a->sign && (a->flags & F_ZERO) ? '0' : ' ', signchar = 0;
    int alt_prefix = (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if ((a->width == -1 || a->width <= len) && (a->prec == -1 || a->prec >= len) &&
        !(a->flags & (F_SIGN | F_BLANK))) {
        if (out->size == 0 && c->sole == NULL && c->fmtpos >= c->len &&
            str->type == &mi_str_type && len > 0) {
            /* '%s' % s is s itself, as CPython's writer returns it */
            c->sole = mi_newref(str);
            return;
        }
        mi_sb_append_str(out, str);
        return;
    }
    if ((a->ch == 's' || a->ch == 'r' || a->ch == 'a') && a->prec >= 0 && len > a->prec)
        len = a->prec;
    if (a->sign) {
        uint32_t ch = len > 0 ? mi_str_codepoint_at(str, 0) : 0;
        if (ch == '-' || ch == '+') {
            signchar = ch;
            len--;
            pindex++;
        } else if (a->flags & F_SIGN) {
            signchar = '+';
        } else if (a->flags & F_BLANK) {
            signchar = ' ';
        } else {
            a->sign = 0;
        }
    }
    if (a->width < len)
        a->width = len;
    if (a->sign) {
        if (fill != ' ')
            mi_sb_append_char(out, (char)signchar);
        if (a->width > len)
            a->width--;
    }
    if (alt_prefix) {
        if (fill != ' ') {
            mi_sb_append_char(out, '0');
            mi_sb_append_char(out, (char)a->ch);
            pindex += 2;
        }
        a->width -= 2;
        if (a->width < 0)
            a->width = 0;
        len -= 2;
    }
    if (a->width > len && !(a->flags & F_LJUST)) {
        append_fill(out, fill, a->width - len);
        a->width = len;
    }
    if (fill == ' ') {
        if (a->sign)
            mi_sb_append_char(out, (char)signchar);
        if (alt_prefix) {
            mi_sb_append_char(out, '0');
            mi_sb_append_char(out, (char)a->ch);
            pindex += 2;
        }
    }
    if (len > 0) {
        intptr_t b0 = mi_str_byte_offset(str, pindex), b1 = mi_str_byte_offset(str, pindex + len);
        mi_sb_append(out, MI_STR_DATA(str) + b0, b1 - b0);
    }
    if (a->width > len)
        append_fill(out, ' ', a->width - len);
}

/* One conversion after a '%' (CPython's unicode_format_arg).  0 / -1. */
static int
percent_arg(PercentCtx *c)
{
    PercentArg a = {0, 0, -1, -1, 0};
    MiObject *str;
    a.ch = fmt_at(c, c->fmtpos);
    if (a.ch == '%') {
        c->fmtpos++;
        c->fmtcnt--;
        mi_sb_append_char(&c->out, '%');
        return 0;
    }
    if (percent_parse(c, &a) < 0)
        return -1;
    str = percent_convert(c, &a);
    if (str == NULL)
        return -1;
    percent_output(c, &a, str);
    MI_DECREF(str);
    if (c->dict != NULL && c->argidx < c->arglen) {
        mi_err_set(MI_EXC(TypeError), "not all arguments converted during string formatting");
        return -1;
    }
    return 0;
}

/* Does `o` support o[key] as a mapping (CPython's PyMapping_Check)? */
static int
is_mapping(MiObject *o)
{
    return o->type->getitem != NULL && !mi_tuple_check(o) && !mi_str_check(o);
}

MiObject *
mi_str_percent_format(MiObject *fmt, MiObject *args)
{
    PercentCtx c;
    uint32_t *cps = NULL;
    int failed = 0;
    if (!((MiStr *)fmt)->ascii) {
        intptr_t off = 0;
        cps = mi_malloc((size_t)(MI_STR_LEN(fmt) + 1) * sizeof(uint32_t));
        if (cps == NULL)
            return mi_err_nomemory();
        for (intptr_t i = 0; i < MI_STR_LEN(fmt); i++) {
            int n;
            cps[i] = mi_utf8_decode((const unsigned char *)MI_STR_DATA(fmt) + off, &n);
            off += n;
        }
    }
    c.fmt = fmt;
    c.cps = cps;
    c.len = MI_STR_LEN(fmt);
    c.fmtpos = 0;
    c.fmtcnt = c.len;
    c.args = args;
    c.args_owned = 0;
    if (mi_tuple_check(args)) {
        c.arglen = MI_TUPLE_SIZE(args);
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    c.dict = is_mapping(args) && !mi_tuple_check(args) ? args : NULL;
    mi_sb_init(&c.out);
    c.sole = NULL;
    while (--c.fmtcnt >= 0) {
        if (fmt_at(&c, c.fmtpos) != '%') {
            intptr_t j = c.fmtpos;
            if (cps == NULL) {
                const char *p = MI_STR_DATA(fmt);
                const char *q = memchr(p + j, '%', (size_t)(c.len - j));
                j = q != NULL ? q - p : c.len;
                mi_sb_append(&c.out, p + c.fmtpos, j - c.fmtpos);
            } else {
                while (j < c.len && cps[j] != '%')
                    mi_sb_append_codepoint(&c.out, cps[j++]);
            }
            c.fmtpos = j;
            c.fmtcnt = c.len - j;
            continue;
        }
        c.fmtpos++;
        if (percent_arg(&c) < 0) {
            failed = 1;
            break;
        }
    }
    if (!failed && c.argidx < c.arglen && c.dict == NULL) {
        mi_err_set(MI_EXC(TypeError), "not all arguments converted during string formatting");
        failed = 1;
    }
    if (c.args_owned)
        MI_DECREF(c.args);
    mi_free(cps);
    if (failed) {
        MI_XDECREF(c.sole);
        mi_sb_discard(&c.out);
        return NULL;
    }
    if (c.sole != NULL) {
        mi_sb_discard(&c.out);
        return c.sole;
    }
    return mi_sb_finish(&c.out);
}
