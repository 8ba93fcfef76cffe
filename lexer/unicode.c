/* lexer/unicode.c: UTF-8 and the few Unicode properties the front end
 * needs: identifier classes (names), printability (error messages and the
 * repr of strings in AST dumps), character names for "\N{...}" and the
 * NFKC forms of identifier characters.
 *
 * The tables in unicode_tables.h are generated from Python 3.10's own
 * Unicode database by unicode_gen.py: sorted inclusive ranges searched by
 * bisection.  ASCII is answered without them. */
#include "lexer/lexer_internal.h"

#include <string.h>

typedef struct MiUnicodeRange {
    uint32_t lo, hi;
} MiUnicodeRange;

typedef struct MiUnicodeName {
    const char *name;
    uint32_t    cp;
} MiUnicodeName;

typedef struct MiUnicodeNfkc {
    uint32_t cp;
    uint16_t offset, len;     /* its NFKC form in mi_nfkc_pool */
} MiUnicodeNfkc;

#include "lexer/unicode_tables.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Returns 1 when cp lies in one of the n sorted ranges. */
static int
in_ranges(const MiUnicodeRange *r, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < r[mid].lo)
            hi = mid;
        else if (cp > r[mid].hi)
            lo = mid + 1;
        else
            return 1;
    }
    return 0;
}

uint32_t
mi_utf8_decode(const char *s, size_t n, int *len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0) {
        *len = 0;
        return 0;
    }
    if (u[0] < 0x80 || n < 2) {
        *len = 1;
        return u[0];
    }
    if (u[0] < 0xE0) {
        *len = 2;
        return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    }
    if (u[0] < 0xF0 || n < 4) {
        if (n < 3) {
            *len = 1;
            return u[0];
        }
        *len = 3;
        return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
    *len = 4;
    return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12)
           | ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

int
mi_utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t
mi_utf8_count(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

size_t
mi_utf8_check(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned char c = u[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint32_t min;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            min = 0x10000;
        } else {
            return i;
        }
        if (n - i <= need)
            return i;
        uint32_t cp = c & (0x3F >> need);
        for (size_t k = 1; k <= need; k++) {
            if ((u[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (u[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += need + 1;
    }
    return n;
}

int
mi_unicode_is_printable(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7F;
    return in_ranges(mi_printable_ranges, COUNT(mi_printable_ranges), cp);
}

int
mi_unicode_is_id_start(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return in_ranges(mi_id_start_ranges, COUNT(mi_id_start_ranges), cp);
}

int
mi_unicode_is_id_continue(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_'
               || (cp >= '0' && cp <= '9');
    return in_ranges(mi_id_continue_ranges, COUNT(mi_id_continue_ranges), cp);
}

int64_t
mi_unicode_lookup(const char *name, size_t len)
{
    char upper[128];
    if (len == 0 || len >= sizeof upper)
        return -1;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        upper[i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
    }
    upper[len] = '\0';
    size_t lo = 0, hi = COUNT(mi_unicode_names);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int cmp = strcmp(upper, mi_unicode_names[mid].name);
        if (cmp == 0)
            return mi_unicode_names[mid].cp;
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

const char *
mi_unicode_nfkc(uint32_t cp, size_t *len)
{
    size_t lo = 0, hi = COUNT(mi_nfkc_map);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < mi_nfkc_map[mid].cp) {
            hi = mid;
        } else if (cp > mi_nfkc_map[mid].cp) {
            lo = mid + 1;
        } else {
            *len = mi_nfkc_map[mid].len;
            return mi_nfkc_pool + mi_nfkc_map[mid].offset;
        }
    }
    return NULL;
}
