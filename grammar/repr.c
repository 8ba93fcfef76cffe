/* grammar/repr.c: Python's repr() of the values the front end prints:
 * str and bytes literals (AST dumps, token dumps), ints of any size in
 * decimal, floats and imaginary numbers with the shortest text that reads
 * back the same.  Written to a FILE, formatted exactly as CPython 3.10. */
#include "grammar/front_internal.h"
#include "lexer/lexer.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
mi_repr_str(FILE *out, const char *s, size_t n)
{
    int has_single = memchr(s, '\'', n) != NULL;
    int has_double = memchr(s, '"', n) != NULL;
    char quote = (has_single && !has_double) ? '"' : '\'';
    fputc(quote, out);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            if (c == quote || c == '\\')
                fprintf(out, "\\%c", c);
            else if (c == '\t')
                fputs("\\t", out);
            else if (c == '\n')
                fputs("\\n", out);
            else if (c == '\r')
                fputs("\\r", out);
            else if (c < 0x20 || c == 0x7F)
                fprintf(out, "\\x%02x", c);
            else
                fputc(c, out);
            continue;
        }
        int len;
        uint32_t cp = mi_utf8_decode(s + i, n - i, &len);
        if (mi_unicode_is_printable(cp) && !(cp >= 0xD800 && cp <= 0xDFFF))
            fwrite(s + i, 1, (size_t)len, out);
        else if (cp < 0x100)
            fprintf(out, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000)
            fprintf(out, "\\u%04x", (unsigned)cp);
        else
            fprintf(out, "\\U%08x", (unsigned)cp);
        i += (size_t)len;
    }
    fputc(quote, out);
}

void
mi_repr_bytes(FILE *out, const char *s, size_t n)
{
    int has_single = memchr(s, '\'', n) != NULL;
    int has_double = memchr(s, '"', n) != NULL;
    char quote = (has_single && !has_double) ? '"' : '\'';
    fputc('b', out);
    fputc(quote, out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == quote || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\r')
            fputs("\\r", out);
        else if (c < 0x20 || c >= 0x7F)
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
    }
    fputc(quote, out);
}

int
mi_repr_int(FILE *out, const char *text)
{
    int base = 10;
    const char *p = text;
    if (p[0] == '0' && p[1] != '\0') {
        char b = (char)(p[1] | 0x20);
        base = b == 'x' ? 16 : b == 'o' ? 8 : b == 'b' ? 2 : 10;
        if (base != 10)
            p += 2;
    }
    while (*p == '0' && p[1] != '\0')
        p++;
    if (base == 10) {
        fputs(p, out);
        return 0;
    }
    /* Convert to limbs of base 10^9, least significant first, one digit
     * at a time (quadratic, but only for printing literals). */
    size_t len = strlen(p);
    uint32_t *limbs = calloc(len + 1, sizeof *limbs);
    if (limbs == NULL)
        return -1;
    size_t n = 1;
    for (size_t i = 0; i < len; i++) {
        uint64_t carry = (uint64_t)(p[i] <= '9' ? p[i] - '0' : (p[i] | 0x20) - 'a' + 10);
        for (size_t k = 0; k < n; k++) {
            uint64_t cur = (uint64_t)limbs[k] * (uint64_t)base + carry;
            limbs[k] = (uint32_t)(cur % 1000000000u);
            carry = cur / 1000000000u;
        }
        if (carry != 0)
            limbs[n++] = (uint32_t)carry;
    }
    fprintf(out, "%u", (unsigned)limbs[n - 1]);
    for (size_t k = n - 1; k-- > 0;)
        fprintf(out, "%09u", (unsigned)limbs[k]);
    free(limbs);
    return 0;
}

/* Writes the shortest repr of a finite double that reads back the same,
 * formatted as Python's float.__repr__ ('r' format): plain digits when
 * the exponent is in [-4, 16), else d.ddde+XX. */
static void
repr_double(FILE *out, double x, int complex_part)
{
    if (isnan(x)) {
        fputs("nan", out);
        return;
    }
    if (isinf(x)) {
        fputs(x < 0 ? "-inf" : "inf", out);
        return;
    }
    char buf[40];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    /* buf is "[-]d.ddde[+-]XX": split digits and exponent. */
    char digits[24];
    int nd = 0, neg = 0;
    const char *q = buf;
    if (*q == '-') {
        neg = 1;
        q++;
    }
    for (; *q != 'e'; q++)
        if (*q != '.')
            digits[nd++] = *q;
    int exp10 = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    if (neg)
        fputc('-', out);
    if (exp10 >= -4 && exp10 < 16) {
        if (exp10 < 0) {
            fputs("0.", out);
            for (int i = 0; i < -exp10 - 1; i++)
                fputc('0', out);
            fwrite(digits, 1, (size_t)nd, out);
        } else {
            for (int i = 0; i <= exp10; i++)
                fputc(i < nd ? digits[i] : '0', out);
            if (nd > exp10 + 1) {
                fputc('.', out);
                fwrite(digits + exp10 + 1, 1, (size_t)(nd - exp10 - 1), out);
            } else if (!complex_part) {
                fputs(".0", out);
            }
        }
    } else {
        fputc(digits[0], out);
        if (nd > 1) {
            fputc('.', out);
            fwrite(digits + 1, 1, (size_t)(nd - 1), out);
        }
        fprintf(out, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    }
}

void
mi_repr_float(FILE *out, double x)
{
    repr_double(out, x, 0);
}

void
mi_repr_imag(FILE *out, double x)
{
    repr_double(out, x, 1);
    fputc('j', out);
}
