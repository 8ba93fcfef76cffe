/* vm/str_methods.c: the methods of str (split, find, replace, upper,
 * format, encode, ...) with CPython 3.10's semantics and messages, and the
 * character predicates of vm/str_unicode.h.
 *
 * Strings are UTF-8 (vm/str.c) while Python's indices count code points.
 * The methods work on the bytes wherever they can: a valid UTF-8 needle
 * only matches a valid UTF-8 haystack at character boundaries, so searching,
 * splitting and replacing run on bytes, and only positions that Python sees
 * are converted to code point indices (mi_str_byte_offset, count_codepoints).
 * ASCII strings (the common case) skip the conversions and change case with
 * byte arithmetic; others decode their code points and map them through the
 * tables of vm/str_unicode_db.h (Unicode 13.0.0, CPython 3.10's version):
 * full case mappings (sharp s, ligatures, final sigma), letters, digits,
 * numerics, cased letters and identifier characters.
 *
 * A method whose result equals its receiver returns the receiver itself when
 * it is an exact str (as CPython does) and an exact str copy otherwise.
 *
 * Start reading at the method table at the bottom of the file. */
#include "vm/str.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/format.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str_unicode.h"
#include "vm/str_unicode_db.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

#define IS_ASCII(s) (((MiStr *)(s))->ascii)
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---- the Unicode character database ------------------------------------------------ */

static int
in_ranges(const uint32_t (*ranges)[2], size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < ranges[mid][0])
            hi = mid;
        else if (cp > ranges[mid][1])
            lo = mid + 1;
        else
            return 1;
    }
    return 0;
}

#define IN_TABLE(table, cp) in_ranges(table, ARRAY_LEN(table), cp)

/* cp mapped through a table of runs; *found says whether a run covered it
 * (otherwise cp is returned). */
static uint32_t
run_lookup(const MiCaseRun *runs, size_t n, uint32_t cp, int *found)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < runs[mid].first) {
            hi = mid;
        } else if (cp > runs[mid].last) {
            lo = mid + 1;
        } else {
            if ((cp - runs[mid].first) % runs[mid].stride != 0)
                break;
            *found = 1;
            return (uint32_t)((int32_t)cp + runs[mid].delta);
        }
    }
    *found = 0;
    return cp;
}

#define RUN_LOOKUP(table, cp, found) run_lookup(table, ARRAY_LEN(table), cp, found)

static const MiSpecialCase *
special_case(uint32_t cp)
{
    size_t lo = 0, hi = ARRAY_LEN(special_cases);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < special_cases[mid].cp)
            hi = mid;
        else if (cp > special_cases[mid].cp)
            lo = mid + 1;
        else
            return &special_cases[mid];
    }
    return NULL;
}

static int
copy_mapping(const uint32_t *mapping, uint32_t out[3])
{
    int n = 0;
    while (n < 3 && mapping[n] != 0) {
        out[n] = mapping[n];
        n++;
    }
    return n;
}

int
mi_unicode_to_lower(uint32_t cp, uint32_t out[3])
{
    const MiSpecialCase *sc;
    int found;
    if (cp < 0x80) {
        out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        return 1;
    }
    if ((sc = special_case(cp)) != NULL)
        return copy_mapping(sc->lower, out);
    out[0] = RUN_LOOKUP(lower_runs, cp, &found);
    return 1;
}

int
mi_unicode_to_upper(uint32_t cp, uint32_t out[3])
{
    const MiSpecialCase *sc;
    int found;
    if (cp < 0x80) {
        out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return 1;
    }
    if ((sc = special_case(cp)) != NULL)
        return copy_mapping(sc->upper, out);
    out[0] = RUN_LOOKUP(upper_runs, cp, &found);
    return 1;
}

int
mi_unicode_to_title(uint32_t cp, uint32_t out[3])
{
    const MiSpecialCase *sc;
    int found;
    if (cp < 0x80)
        return mi_unicode_to_upper(cp, out);
    if ((sc = special_case(cp)) != NULL)
        return copy_mapping(sc->title, out);
    out[0] = RUN_LOOKUP(title_runs, cp, &found);
    if (!found)
        out[0] = RUN_LOOKUP(upper_runs, cp, &found);
    return 1;
}

int
mi_unicode_to_fold(uint32_t cp, uint32_t out[3])
{
    const MiSpecialCase *sc;
    int found;
    if (cp < 0x80)
        return mi_unicode_to_lower(cp, out);
    if ((sc = special_case(cp)) != NULL)
        return copy_mapping(sc->fold, out);
    out[0] = RUN_LOOKUP(fold_runs, cp, &found);
    if (!found)
        out[0] = RUN_LOOKUP(lower_runs, cp, &found);
    return 1;
}

int
mi_unicode_isspace(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

int
mi_unicode_islinebreak(uint32_t cp)
{
    return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 ||
           cp == 0x2028 || cp == 0x2029;
}

int
mi_unicode_isalpha(uint32_t cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return IN_TABLE(alpha_ranges, cp);
}

int
mi_unicode_decimal(uint32_t cp)
{
    size_t lo = 0, hi = ARRAY_LEN(decimal_ranges);
    if (cp < 0x80)
        return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cp < decimal_ranges[mid][0])
            hi = mid;
        else if (cp > decimal_ranges[mid][1])
            lo = mid + 1;
        else
            return (int)((cp - decimal_ranges[mid][0]) % 10);
    }
    return -1;
}

int
mi_unicode_isdigit(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9';
    return IN_TABLE(digit_ranges, cp);
}

int
mi_unicode_isnumeric(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9';
    return IN_TABLE(numeric_ranges, cp);
}

int
mi_unicode_istitle(uint32_t cp)
{
    return cp >= 0x1C5 && IN_TABLE(title_ranges, cp);
}

int
mi_unicode_islower(uint32_t cp)
{
    uint32_t m[3];
    int n, mapped;
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    n = mi_unicode_to_upper(cp, m);
    mapped = (n > 1 || m[0] != cp) && !mi_unicode_istitle(cp);
    return mapped ^ IN_TABLE(lower_xor_ranges, cp);
}

int
mi_unicode_isupper(uint32_t cp)
{
    uint32_t m[3];
    int n, mapped;
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    n = mi_unicode_to_lower(cp, m);
    mapped = (n > 1 || m[0] != cp) && !mi_unicode_istitle(cp);
    return mapped ^ IN_TABLE(upper_xor_ranges, cp);
}

int
mi_unicode_iscased(uint32_t cp)
{
    return mi_unicode_islower(cp) || mi_unicode_isupper(cp) || mi_unicode_istitle(cp);
}

int
mi_unicode_isprintable_db(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7F;
    return IN_TABLE(printable_ranges, cp);
}

char *
mi_unicode_decimal_to_ascii(const char *s, intptr_t size, intptr_t *len)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + size;
    char *out = mi_malloc((size_t)size + 1), *q = out;
    if (out == NULL) {
        mi_err_nomemory();
        return NULL;
    }
    while (p < end) {
        int n, d;
        uint32_t cp;
        if (*p < 0x80) {
            *q++ = (char)*p++;
            continue;
        }
        cp = mi_utf8_decode(p, &n);
        p += n;
        if (mi_unicode_isspace(cp)) {
            *q++ = ' ';
        } else if ((d = mi_unicode_decimal(cp)) >= 0) {
            *q++ = (char)('0' + d);
        } else {
            *q++ = '?';
            break;
        }
    }
    *q = '\0';
    *len = q - out;
    return out;
}

int
mi_unicode_isidstart(uint32_t cp)
{
    if (cp < 0x80)
        return cp == '_' || mi_unicode_isalpha(cp);
    return mi_unicode_isalpha(cp) ^ IN_TABLE(xid_start_xor_ranges, cp);
}

int
mi_unicode_isidcontinue(uint32_t cp)
{
    if (cp < 0x80)
        return cp == '_' || mi_unicode_isalpha(cp) || (cp >= '0' && cp <= '9');
    return mi_unicode_isidstart(cp) || mi_unicode_decimal(cp) >= 0 ||
           IN_TABLE(xid_continue_ranges, cp);
}

/* ---- helpers ------------------------------------------------------------------------- */

/* The receiver as a result: itself if an exact str, else an exact copy. */
static MiObject *
unchanged(MiObject *self)
{
    if (self->type == &mi_str_type)
        return mi_newref(self);
    return mi_str_new(MI_STR_DATA(self), MI_STR_SIZE(self));
}

/* The bytes [b0, b1) of `self` as a str (self itself when that is all). */
static MiObject *
substr(MiObject *self, intptr_t b0, intptr_t b1)
{
    if (b0 == 0 && b1 == MI_STR_SIZE(self))
        return unchanged(self);
    return mi_str_new(MI_STR_DATA(self) + b0, b1 - b0);
}

/* Number of code points in n bytes of valid UTF-8. */
static intptr_t
count_codepoints(const char *p, intptr_t n)
{
    intptr_t k = 0;
    for (intptr_t i = 0; i < n; i++)
        k += ((unsigned char)p[i] & 0xC0) != 0x80;
    return k;
}

/* The code point at byte offset i of s (< size); *n gets its length. */
static inline uint32_t
decode_at(const char *s, intptr_t i, int *n)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    return mi_utf8_decode((const unsigned char *)s + i, n);
}

/* Byte offset of the code point that ends just before byte offset i > 0. */
static inline intptr_t
previous_start(const char *s, intptr_t i)
{
    i--;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* The code points of a string, decoded into an array (for the methods that
 * need random access to neighbours).  NULL + MemoryError. */
static uint32_t *
decode_all(MiObject *s)
{
    const char *p = MI_STR_DATA(s);
    intptr_t len = MI_STR_LEN(s), off = 0;
    uint32_t *cps = mi_malloc((size_t)(len > 0 ? len : 1) * sizeof(uint32_t));
    if (cps == NULL) {
        mi_err_nomemory();
        return NULL;
    }
    for (intptr_t i = 0; i < len; i++) {
        int n;
        cps[i] = decode_at(p, off, &n);
        off += n;
    }
    return cps;
}

/* Byte offset of code point index i (0 <= i <= length). */
static inline intptr_t
byte_at(MiObject *s, intptr_t i)
{
    return IS_ASCII(s) ? i : mi_str_byte_offset(s, i);
}

/* Clips slice bounds against a string of `len` code points (CPython's
 * ADJUST_INDICES). */
static void
adjust_indices(intptr_t *start, intptr_t *end, intptr_t len)
{
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

/* Last occurrence of needle in hay: byte offset, or -1. */
static intptr_t
rfind_bytes(const char *hay, intptr_t hlen, const char *needle, intptr_t nlen)
{
    if (nlen == 0)
        return hlen;
    for (intptr_t i = hlen - nlen; i >= 0; i--) {
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)nlen) == 0)
            return i;
    }
    return -1;
}

/* The argument as a C intptr_t through __index__; OverflowError as
 * CPython's "n" format unit.  0 / -1. */
static int
arg_ssize(MiObject *o, intptr_t *out)
{
    MiObject *i = mi_num_index(o);
    int overflow;
    int64_t v;
    if (i == NULL)
        return -1;
    v = mi_int_as_i64(i, &overflow);
    MI_DECREF(i);
    if (overflow) {
        mi_err_set(MI_EXC(OverflowError), "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (intptr_t)v;
    return 0;
}

/* The same for a C int ("i" format unit). */
static int
arg_int(MiObject *o, int *out)
{
    MiObject *i = mi_num_index(o);
    int overflow;
    int64_t v;
    if (i == NULL)
        return -1;
    v = mi_int_as_i64(i, &overflow);
    MI_DECREF(i);
    if (overflow || v > INT32_MAX || v < INT32_MIN) {
        mi_err_set(MI_EXC(OverflowError), "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* A slice bound: None keeps *out; an int or __index__ object is clipped
 * into intptr_t range (as _PyEval_SliceIndex).  0 / -1. */
static int
slice_index(MiObject *o, intptr_t *out)
{
    intptr_t v;
    if (o == NULL || o == MI_NONE)
        return 0;
    if (!mi_int_check(o) && o->type->index == NULL) {
        mi_err_set(MI_EXC(TypeError), "slice indices must be integers or None or have an "
                   "__index__ method");
        return -1;
    }
    v = mi_num_as_ssize(o, NULL);
    if (v == -1 && mi_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* The name of a type for "must be str, not X" messages (None for None). */
static const char *
arg_type_name(MiObject *o)
{
    return o == MI_NONE ? "None" : MI_TYPE_NAME(o);
}

/* Matches positional-or-keyword arguments against `names` (maxargs of
 * them) as Argument Clinic's parser does, with its messages.  out[i] is
 * NULL for an argument not given.  0 / -1. */
static int
parse_keywords(const char *fname, MiObject *const *args, intptr_t nargs, MiObject *kwnames,
               const char *const *names, int maxargs, MiObject **out)
{
    intptr_t nkw = mi_args_nkw(kwnames), matched = 0;
    if (nargs + nkw > maxargs) {
        mi_err_format(MI_EXC(TypeError), "%s() takes at most %d %sargument%s (%zd given)",
                      fname, maxargs, nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s",
                      nargs + nkw);
        return -1;
    }
    for (int i = 0; i < maxargs; i++)
        out[i] = i < nargs ? args[i] : NULL;
    if (nkw == 0)
        return 0;
    for (int i = (int)nargs; i < maxargs; i++) {
        for (intptr_t k = 0; k < nkw; k++) {
            if (mi_str_eq_cstr(MI_TUPLE_GET(kwnames, k), names[i])) {
                out[i] = args[nargs + k];
                matched++;
                break;
            }
        }
    }
    if (matched == nkw)
        return 0;
    for (int i = 0; i < nargs; i++) {
        for (intptr_t k = 0; k < nkw; k++) {
            if (mi_str_eq_cstr(MI_TUPLE_GET(kwnames, k), names[i])) {
                mi_err_format(MI_EXC(TypeError), "argument for %s() given by name ('%s') and "
                              "position (%d)", fname, names[i], i + 1);
                return -1;
            }
        }
    }
    for (intptr_t k = 0; k < nkw; k++) {
        MiObject *key = MI_TUPLE_GET(kwnames, k);
        int known = 0;
        for (int i = 0; i < maxargs; i++)
            known |= mi_str_eq_cstr(key, names[i]);
        if (!known) {
            mi_err_format(MI_EXC(TypeError), "'%U' is an invalid keyword argument for %s()",
                          key, fname);
            return -1;
        }
    }
    return 0;
}

/* Appends the bytes [b0, b1) of self to list as a str.  0 / -1. */
static int
append_piece(MiObject *list, MiObject *self, intptr_t b0, intptr_t b1)
{
    MiObject *piece = substr(self, b0, b1);
    int rc;
    if (piece == NULL)
        return -1;
    rc = mi_list_append(list, piece);
    MI_DECREF(piece);
    return rc;
}

/* ---- searching ------------------------------------------------------------------------ */

/* Parses (sub[, start[, end]]) of find, count, startswith, ... */
static int
parse_find_args(const char *fname, MiObject *const *args, intptr_t nargs, MiObject *kwnames,
                intptr_t *start, intptr_t *end)
{
    if (mi_args_nkw(kwnames) > 0) {
        mi_err_format(MI_EXC(TypeError), "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs < 1 || nargs > 3) {
        mi_err_format(MI_EXC(TypeError), "%s() takes at %s %d argument%s (%zd given)", fname,
                      nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s",
                      nargs);
        return -1;
    }
    *start = 0;
    *end = INTPTR_MAX;
    if (nargs > 1 && slice_index(args[1], start) < 0)
        return -1;
    if (nargs > 2 && slice_index(args[2], end) < 0)
        return -1;
    return 0;
}

static int
check_str_arg(MiObject *o)
{
    if (!mi_str_check(o)) {
        mi_err_format(MI_EXC(TypeError), "must be str, not %s", MI_TYPE_NAME(o));
        return -1;
    }
    return 0;
}

/* The code point index of the first (or, `reverse`, last) occurrence of
 * sub in self[start:end], or -1. */
static intptr_t
find_sub(MiObject *self, MiObject *sub, intptr_t start, intptr_t end, int reverse)
{
    intptr_t b0, b1, pos;
    adjust_indices(&start, &end, MI_STR_LEN(self));
    if (end - start < MI_STR_LEN(sub))
        return -1;
    b0 = byte_at(self, start);
    b1 = byte_at(self, end);
    if (reverse)
        pos = rfind_bytes(MI_STR_DATA(self) + b0, b1 - b0, MI_STR_DATA(sub), MI_STR_SIZE(sub));
    else
        pos = mi_str_find_bytes(MI_STR_DATA(self) + b0, b1 - b0, MI_STR_DATA(sub),
                                MI_STR_SIZE(sub));
    if (pos < 0)
        return -1;
    return IS_ASCII(self) ? start + pos : start + count_codepoints(MI_STR_DATA(self) + b0, pos);
}

/* find, rfind, index and rindex. */
static MiObject *
find_common(const char *fname, MiObject *self, MiObject *const *args, intptr_t nargs,
            MiObject *kwnames, int reverse, int raise)
{
    intptr_t start, end, pos;
    if (parse_find_args(fname, args, nargs, kwnames, &start, &end) < 0 ||
        check_str_arg(args[0]) < 0)
        return NULL;
    pos = find_sub(self, args[0], start, end, reverse);
    if (pos < 0 && raise)
        return mi_err_format(MI_EXC(ValueError), "substring not found");
    return mi_int_from_i64(pos);
}

static MiObject *
str_find(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    return find_common("find", self, args, nargs, kwnames, 0, 0);
}

static MiObject *
str_rfind(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    return find_common("rfind", self, args, nargs, kwnames, 1, 0);
}

static MiObject *
str_index(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    return find_common("index", self, args, nargs, kwnames, 0, 1);
}

static MiObject *
str_rindex(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    return find_common("rindex", self, args, nargs, kwnames, 1, 1);
}

static MiObject *
str_count(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    intptr_t start, end, b0, b1, count = 0;
    MiObject *sub;
    const char *p;
    if (parse_find_args("count", args, nargs, kwnames, &start, &end) < 0 ||
        check_str_arg(args[0]) < 0)
        return NULL;
    sub = args[0];
    adjust_indices(&start, &end, MI_STR_LEN(self));
    if (end - start < MI_STR_LEN(sub))
        return mi_int_from_i64(0);
    if (MI_STR_SIZE(sub) == 0)
        return mi_int_from_i64(end - start + 1);
    b0 = byte_at(self, start);
    b1 = byte_at(self, end);
    p = MI_STR_DATA(self);
    while (b0 < b1) {
        intptr_t pos = mi_str_find_bytes(p + b0, b1 - b0, MI_STR_DATA(sub), MI_STR_SIZE(sub));
        if (pos < 0)
            break;
        count++;
        b0 += pos + MI_STR_SIZE(sub);
    }
    return mi_int_from_i64(count);
}

/* Does self[start:end] start (or end, `suffix`) with sub? */
static int
tailmatch(MiObject *self, MiObject *sub, intptr_t start, intptr_t end, int suffix)
{
    intptr_t b;
    adjust_indices(&start, &end, MI_STR_LEN(self));
    end -= MI_STR_LEN(sub);
    if (end < start)
        return 0;
    if (MI_STR_SIZE(sub) == 0)
        return 1;
    b = byte_at(self, suffix ? end : start);
    return b + MI_STR_SIZE(sub) <= MI_STR_SIZE(self) &&
           memcmp(MI_STR_DATA(self) + b, MI_STR_DATA(sub), (size_t)MI_STR_SIZE(sub)) == 0;
}

/* startswith and endswith: a str or a tuple of them. */
static MiObject *
startswith_common(const char *fname, MiObject *self, MiObject *const *args, intptr_t nargs,
                  MiObject *kwnames, int suffix)
{
    intptr_t start, end;
    MiObject *prefix;
    if (parse_find_args(fname, args, nargs, kwnames, &start, &end) < 0)
        return NULL;
    prefix = args[0];
    if (mi_tuple_check(prefix)) {
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(prefix); i++) {
            MiObject *item = MI_TUPLE_GET(prefix, i);
            if (!mi_str_check(item)) {
                return mi_err_format(MI_EXC(TypeError), "tuple for %s must only contain str, "
                                     "not %s", fname, MI_TYPE_NAME(item));
            }
            if (tailmatch(self, item, start, end, suffix))
                MI_RETURN_TRUE;
        }
        MI_RETURN_FALSE;
    }
    if (!mi_str_check(prefix)) {
        return mi_err_format(MI_EXC(TypeError), "%s first arg must be str or a tuple of str, "
                             "not %s", fname, MI_TYPE_NAME(prefix));
    }
    return mi_bool_from(tailmatch(self, prefix, start, end, suffix));
}

static MiObject *
str_startswith(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    return startswith_common("startswith", self, args, nargs, kwnames, 0);
}

static MiObject *
str_endswith(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    return startswith_common("endswith", self, args, nargs, kwnames, 1);
}

/* ---- splitting and joining --------------------------------------------------------------- */

/* Parses (sep=None, maxsplit=-1) of split and rsplit. */
static int
parse_split_args(const char *fname, MiObject *const *args, intptr_t nargs, MiObject *kwnames,
                 MiObject **sep, intptr_t *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    MiObject *a[2];
    if (parse_keywords(fname, args, nargs, kwnames, names, 2, a) < 0)
        return -1;
    *sep = a[0] == MI_NONE ? NULL : a[0];
    *maxsplit = -1;
    if (a[1] != NULL && arg_ssize(a[1], maxsplit) < 0)
        return -1;
    if (*maxsplit < 0)
        *maxsplit = INTPTR_MAX;
    if (*sep != NULL) {
        if (!mi_str_check(*sep)) {
            mi_err_format(MI_EXC(TypeError), "must be str or None, not %s", MI_TYPE_NAME(*sep));
            return -1;
        }
        if (MI_STR_SIZE(*sep) == 0) {
            mi_err_set(MI_EXC(ValueError), "empty separator");
            return -1;
        }
    }
    return 0;
}

/* Is the code point at byte i whitespace?  *n gets its length. */
static inline int
space_at(const char *p, intptr_t i, int *n)
{
    unsigned char c = (unsigned char)p[i];
    if (c < 0x80) {
        *n = 1;
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
    }
    return mi_unicode_isspace(mi_utf8_decode((const unsigned char *)p + i, n));
}

/* Is the code point ending just before byte i whitespace?  *start gets
 * its first byte. */
static inline int
space_before(const char *p, intptr_t i, intptr_t *start)
{
    int n;
    *start = (unsigned char)p[i - 1] < 0x80 ? i - 1 : previous_start(p, i);
    return space_at(p, *start, &n);
}

static int
split_whitespace(MiObject *list, MiObject *self, intptr_t maxcount)
{
    const char *p = MI_STR_DATA(self);
    intptr_t size = MI_STR_SIZE(self), i = 0, j;
    int n;
    while (maxcount-- > 0) {
        while (i < size && space_at(p, i, &n))
            i += n;
        if (i == size)
            break;
        j = i;
        while (i < size && !space_at(p, i, &n))
            i += n;
        if (append_piece(list, self, j, i) < 0)
            return -1;
    }
    if (i < size) {
        while (i < size && space_at(p, i, &n))
            i += n;
        if (i != size && append_piece(list, self, i, size) < 0)
            return -1;
    }
    return 0;
}

static int
rsplit_whitespace(MiObject *list, MiObject *self, intptr_t maxcount)
{
    const char *p = MI_STR_DATA(self);
    intptr_t i = MI_STR_SIZE(self), j, prev;
    while (maxcount-- > 0) {
        while (i > 0 && space_before(p, i, &prev))
            i = prev;
        if (i == 0)
            break;
        j = i;
        while (i > 0 && !space_before(p, i, &prev))
            i = prev;
        if (append_piece(list, self, i, j) < 0)
            return -1;
    }
    if (i > 0) {
        while (i > 0 && space_before(p, i, &prev))
            i = prev;
        if (i > 0 && append_piece(list, self, 0, i) < 0)
            return -1;
    }
    return 0;
}

static int
split_sep(MiObject *list, MiObject *self, MiObject *sep, intptr_t maxcount)
{
    const char *p = MI_STR_DATA(self);
    intptr_t size = MI_STR_SIZE(self), seplen = MI_STR_SIZE(sep), i = 0;
    while (maxcount-- > 0) {
        intptr_t pos = mi_str_find_bytes(p + i, size - i, MI_STR_DATA(sep), seplen);
        if (pos < 0)
            break;
        if (append_piece(list, self, i, i + pos) < 0)
            return -1;
        i += pos + seplen;
    }
    return append_piece(list, self, i, size);
}

static int
rsplit_sep(MiObject *list, MiObject *self, MiObject *sep, intptr_t maxcount)
{
    const char *p = MI_STR_DATA(self);
    intptr_t seplen = MI_STR_SIZE(sep), j = MI_STR_SIZE(self);
    while (maxcount-- > 0) {
        intptr_t pos = rfind_bytes(p, j, MI_STR_DATA(sep), seplen);
        if (pos < 0)
            break;
        if (append_piece(list, self, pos + seplen, j) < 0)
            return -1;
        j = pos;
    }
    return append_piece(list, self, 0, j);
}

static MiObject *
str_split(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *sep, *list;
    intptr_t maxsplit;
    int rc;
    if (parse_split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    list = mi_list_new(0);
    if (list == NULL)
        return NULL;
    rc = sep == NULL ? split_whitespace(list, self, maxsplit)
                     : split_sep(list, self, sep, maxsplit);
    if (rc < 0) {
        MI_DECREF(list);
        return NULL;
    }
    return list;
}

static MiObject *
str_rsplit(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *sep, *list;
    intptr_t maxsplit;
    int rc;
    if (parse_split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    list = mi_list_new(0);
    if (list == NULL)
        return NULL;
    rc = sep == NULL ? rsplit_whitespace(list, self, maxsplit)
                     : rsplit_sep(list, self, sep, maxsplit);
    if (rc < 0 || mi_list_reverse(list) < 0) {
        MI_DECREF(list);
        return NULL;
    }
    return list;
}

static MiObject *
str_splitlines(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"keepends", NULL};
    const char *p = MI_STR_DATA(self);
    intptr_t size = MI_STR_SIZE(self), i = 0, j = 0;
    MiObject *a[1], *list;
    int keepends = 0;
    if (parse_keywords("splitlines", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    if (a[0] != NULL && arg_int(a[0], &keepends) < 0)
        return NULL;
    list = mi_list_new(0);
    if (list == NULL)
        return NULL;
    while (i < size) {
        intptr_t eol;
        int n = 1;
        while (i < size) {
            uint32_t cp = decode_at(p, i, &n);
            if (mi_unicode_islinebreak(cp))
                break;
            i += n;
        }
        eol = i;
        if (i < size) {
            if (p[i] == '\r' && i + 1 < size && p[i + 1] == '\n')
                i += 2;
            else
                i += n;
            if (keepends)
                eol = i;
        }
        if (append_piece(list, self, j, eol) < 0) {
            MI_DECREF(list);
            return NULL;
        }
        j = i;
    }
    return list;
}

/* partition and rpartition. */
static MiObject *
partition_common(MiObject *self, MiObject *sep, int reverse)
{
    intptr_t pos, size = MI_STR_SIZE(self);
    MiObject *parts[3] = {NULL, NULL, NULL}, *res = NULL;
    if (check_str_arg(sep) < 0)
        return NULL;
    if (MI_STR_SIZE(sep) == 0)
        return mi_err_format(MI_EXC(ValueError), "empty separator");
    if (reverse)
        pos = rfind_bytes(MI_STR_DATA(self), size, MI_STR_DATA(sep), MI_STR_SIZE(sep));
    else
        pos = mi_str_find_bytes(MI_STR_DATA(self), size, MI_STR_DATA(sep), MI_STR_SIZE(sep));
    if (pos < 0) {
        parts[reverse ? 2 : 0] = mi_newref(self);      /* even a subclass, as CPython */
        parts[1] = mi_newref(mi_state->empty_str);
        parts[reverse ? 0 : 2] = mi_newref(mi_state->empty_str);
    } else {
        parts[0] = substr(self, 0, pos);
        parts[1] = mi_newref(sep);
        parts[2] = substr(self, pos + MI_STR_SIZE(sep), size);
    }
    if (parts[0] != NULL && parts[1] != NULL && parts[2] != NULL)
        res = mi_tuple_from_array(parts, 3);
    for (int i = 0; i < 3; i++)
        MI_XDECREF(parts[i]);
    return res;
}

static MiObject *
str_partition(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)nargs;
    (void)kwnames;
    return partition_common(self, args[0], 0);
}

static MiObject *
str_rpartition(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)nargs;
    (void)kwnames;
    return partition_common(self, args[0], 1);
}

static MiObject *
str_join(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *iterable = args[0], *it, *res;
    (void)nargs;
    (void)kwnames;
    if (mi_is_type(iterable, &mi_list_type) || mi_is_type(iterable, &mi_tuple_type))
        return mi_str_join(self, iterable);
    it = mi_obj_iter(iterable);
    if (it == NULL) {
        if (mi_err_matches((MiObject *)MI_EXC(TypeError))) {
            mi_err_clear();
            mi_err_set(MI_EXC(TypeError), "can only join an iterable");
        }
        return NULL;
    }
    res = mi_str_join(self, it);
    MI_DECREF(it);
    return res;
}

/* ---- stripping and padding ------------------------------------------------------------- */

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

/* Is the code point cp one of the characters of `chars`? */
static int
in_chars(MiObject *chars, uint32_t cp)
{
    const char *p = MI_STR_DATA(chars);
    intptr_t size = MI_STR_SIZE(chars);
    if (cp < 0x80)
        return memchr(p, (int)cp, (size_t)size) != NULL;
    for (intptr_t i = 0; i < size;) {
        int n;
        if (decode_at(p, i, &n) == cp)
            return 1;
        i += n;
    }
    return 0;
}

static MiObject *
strip_common(const char *fname, MiObject *self, MiObject *const *args, intptr_t nargs,
             int how)
{
    const char *p = MI_STR_DATA(self);
    intptr_t i = 0, j = MI_STR_SIZE(self);
    MiObject *chars = NULL;
    int n;
    if (mi_args_check(fname, nargs, NULL, 0, 1) < 0)
        return NULL;
    if (nargs == 1 && args[0] != MI_NONE) {
        chars = args[0];
        if (!mi_str_check(chars))
            return mi_err_format(MI_EXC(TypeError), "%s arg must be None or str", fname);
    }
    if (how & STRIP_LEFT) {
        while (i < j) {
            uint32_t cp = decode_at(p, i, &n);
            if (chars != NULL ? !in_chars(chars, cp) : !mi_unicode_isspace(cp))
                break;
            i += n;
        }
    }
    if (how & STRIP_RIGHT) {
        while (j > i) {
            intptr_t start = previous_start(p, j);
            uint32_t cp = decode_at(p, start, &n);
            if (chars != NULL ? !in_chars(chars, cp) : !mi_unicode_isspace(cp))
                break;
            j = start;
        }
    }
    return substr(self, i, j);
}

static MiObject *
str_strip(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)kwnames;
    return strip_common("strip", self, args, nargs, STRIP_BOTH);
}

static MiObject *
str_lstrip(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)kwnames;
    return strip_common("lstrip", self, args, nargs, STRIP_LEFT);
}

static MiObject *
str_rstrip(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)kwnames;
    return strip_common("rstrip", self, args, nargs, STRIP_RIGHT);
}

/* self with `left` and `right` copies of `fill` around it. */
static MiObject *
pad(MiObject *self, intptr_t left, intptr_t right, uint32_t fill)
{
    char buf[4];
    int n = mi_utf8_encode(fill, buf);
    intptr_t size = MI_STR_SIZE(self);
    MiObject *res;
    char *q;
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return unchanged(self);
    if (left + right > (INTPTR_MAX - size) / n)
        return mi_err_nomemory();
    res = mi_str_alloc(size + (left + right) * n);
    if (res == NULL)
        return NULL;
    q = MI_STR_DATA(res);
    if (n == 1) {
        memset(q, buf[0], (size_t)left);
        q += left;
    } else {
        for (intptr_t k = 0; k < left; k++, q += n)
            memcpy(q, buf, (size_t)n);
    }
    memcpy(q, MI_STR_DATA(self), (size_t)size);
    q += size;
    if (n == 1) {
        memset(q, buf[0], (size_t)right);
    } else {
        for (intptr_t k = 0; k < right; k++, q += n)
            memcpy(q, buf, (size_t)n);
    }
    ((MiStr *)res)->length = MI_STR_LEN(self) + left + right;
    ((MiStr *)res)->ascii = IS_ASCII(self) && fill < 0x80;
    return res;
}

/* Parses (width[, fillchar]) of center, ljust and rjust. */
static int
parse_pad_args(const char *fname, MiObject *const *args, intptr_t nargs, intptr_t *width,
               uint32_t *fill)
{
    if (mi_args_check(fname, nargs, NULL, 1, 2) < 0 || arg_ssize(args[0], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs == 2) {
        MiObject *f = args[1];
        if (!mi_str_check(f)) {
            mi_err_format(MI_EXC(TypeError), "The fill character must be a unicode character, "
                          "not %s", MI_TYPE_NAME(f));
            return -1;
        }
        if (MI_STR_LEN(f) != 1) {
            mi_err_set(MI_EXC(TypeError), "The fill character must be exactly one character "
                       "long");
            return -1;
        }
        *fill = mi_str_codepoint_at(f, 0);
    }
    return 0;
}

static MiObject *
str_center(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    intptr_t width, marg, left;
    uint32_t fill;
    (void)kwnames;
    if (parse_pad_args("center", args, nargs, &width, &fill) < 0)
        return NULL;
    if (MI_STR_LEN(self) >= width)
        return unchanged(self);
    marg = width - MI_STR_LEN(self);
    left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static MiObject *
str_ljust(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    intptr_t width;
    uint32_t fill;
    (void)kwnames;
    if (parse_pad_args("ljust", args, nargs, &width, &fill) < 0)
        return NULL;
    if (MI_STR_LEN(self) >= width)
        return unchanged(self);
    return pad(self, 0, width - MI_STR_LEN(self), fill);
}

static MiObject *
str_rjust(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    intptr_t width;
    uint32_t fill;
    (void)kwnames;
    if (parse_pad_args("rjust", args, nargs, &width, &fill) < 0)
        return NULL;
    if (MI_STR_LEN(self) >= width)
        return unchanged(self);
    return pad(self, width - MI_STR_LEN(self), 0, fill);
}

static MiObject *
str_zfill(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    intptr_t width, fill;
    MiObject *res;
    char *p;
    (void)nargs;
    (void)kwnames;
    if (arg_ssize(args[0], &width) < 0)
        return NULL;
    if (MI_STR_LEN(self) >= width)
        return unchanged(self);
    fill = width - MI_STR_LEN(self);
    res = pad(self, fill, 0, '0');
    if (res == NULL)
        return NULL;
    p = MI_STR_DATA(res);
    if (p[fill] == '+' || p[fill] == '-') {
        p[0] = p[fill];
        p[fill] = '0';
    }
    return res;
}

static MiObject *
str_expandtabs(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"tabsize", NULL};
    const char *p = MI_STR_DATA(self);
    intptr_t size = MI_STR_SIZE(self), column = 0;
    MiObject *a[1];
    MiStrBuilder sb;
    int tabsize = 8;
    if (parse_keywords("expandtabs", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    if (a[0] != NULL && arg_int(a[0], &tabsize) < 0)
        return NULL;
    if (memchr(p, '\t', (size_t)size) == NULL)
        return unchanged(self);
    mi_sb_init(&sb);
    for (intptr_t i = 0; i < size;) {
        int n;
        uint32_t cp = decode_at(p, i, &n);
        if (cp == '\t') {
            if (tabsize > 0) {
                intptr_t incr = tabsize - column % tabsize;
                column += incr;
                while (incr-- > 0)
                    mi_sb_append_char(&sb, ' ');
            }
        } else {
            column++;
            mi_sb_append(&sb, p + i, n);
            if (cp == '\n' || cp == '\r')
                column = 0;
        }
        i += n;
    }
    return mi_sb_finish(&sb);
}

/* ---- replacing and translating ----------------------------------------------------------- */

/* self with the first `maxcount` occurrences of old replaced by new. */
static MiObject *
replace(MiObject *self, MiObject *old, MiObject *new, intptr_t maxcount)
{
    const char *p = MI_STR_DATA(self);
    intptr_t size = MI_STR_SIZE(self), oldsize = MI_STR_SIZE(old), i = 0;
    MiStrBuilder sb;
    if (maxcount < 0)
        maxcount = INTPTR_MAX;
    if (maxcount == 0 || MI_STR_LEN(self) < MI_STR_LEN(old) ||
        (oldsize > 0 && mi_str_find_bytes(p, size, MI_STR_DATA(old), oldsize) < 0))
        return unchanged(self);
    if (mi_str_eq(old, new))
        return unchanged(self);
    mi_sb_init(&sb);
    if (oldsize == 0) {
        /* the replacement goes before each character and at the end */
        while (i < size && maxcount > 0) {
            int n;
            mi_sb_append_str(&sb, new);
            decode_at(p, i, &n);
            mi_sb_append(&sb, p + i, n);
            i += n;
            maxcount--;
        }
        if (maxcount > 0)
            mi_sb_append_str(&sb, new);
        mi_sb_append(&sb, p + i, size - i);
        return mi_sb_finish(&sb);
    }
    while (maxcount-- > 0) {
        intptr_t pos = mi_str_find_bytes(p + i, size - i, MI_STR_DATA(old), oldsize);
        if (pos < 0)
            break;
        mi_sb_append(&sb, p + i, pos);
        mi_sb_append_str(&sb, new);
        i += pos + oldsize;
    }
    mi_sb_append(&sb, p + i, size - i);
    return mi_sb_finish(&sb);
}

static MiObject *
str_replace(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    intptr_t count = -1;
    (void)kwnames;
    if (mi_args_check("replace", nargs, NULL, 2, 3) < 0)
        return NULL;
    for (int i = 0; i < 2; i++) {
        if (!mi_str_check(args[i])) {
            return mi_err_format(MI_EXC(TypeError), "replace() argument %d must be str, not %s",
                                 i + 1, arg_type_name(args[i]));
        }
    }
    if (nargs == 3 && arg_ssize(args[2], &count) < 0)
        return NULL;
    return replace(self, args[0], args[1], count);
}

/* Appends what `table` maps code point cp to.  0 / -1. */
static int
translate_char(MiStrBuilder *sb, MiObject *table, uint32_t cp)
{
    MiObject *key = mi_int_from_i64(cp), *v;
    if (key == NULL)
        return -1;
    v = mi_obj_getitem(table, key);
    MI_DECREF(key);
    if (v == NULL) {
        if (!mi_err_matches((MiObject *)MI_EXC(LookupError)))
            return -1;
        mi_err_clear();
        return mi_sb_append_codepoint(sb, cp) < 0 ? (mi_err_nomemory(), -1) : 0;
    }
    if (v == MI_NONE) {
        MI_DECREF(v);
        return 0;
    }
    if (mi_int_check(v)) {
        int overflow;
        int64_t c = mi_int_as_i64(v, &overflow);
        MI_DECREF(v);
        if (overflow || c < 0 || c > 0x10FFFF) {
            mi_err_set(MI_EXC(ValueError), "character mapping must be in range(0x110000)");
            return -1;
        }
        mi_sb_append_codepoint(sb, (uint32_t)c);
        return 0;
    }
    if (mi_str_check(v)) {
        mi_sb_append_str(sb, v);
        MI_DECREF(v);
        return 0;
    }
    MI_DECREF(v);
    mi_err_set(MI_EXC(TypeError), "character mapping must return integer, None or str");
    return -1;
}

static MiObject *
str_translate(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    const char *p = MI_STR_DATA(self);
    intptr_t size = MI_STR_SIZE(self);
    MiStrBuilder sb;
    (void)nargs;
    (void)kwnames;
    mi_sb_init(&sb);
    for (intptr_t i = 0; i < size;) {
        int n;
        uint32_t cp = decode_at(p, i, &n);
        if (translate_char(&sb, args[0], cp) < 0) {
            mi_sb_discard(&sb);
            return NULL;
        }
        i += n;
    }
    return mi_sb_finish(&sb);
}

/* Sets d[key] = value for an int key from a code point.  0 / -1. */
static int
dict_set_cp(MiObject *d, uint32_t cp, MiObject *value)
{
    MiObject *key = mi_int_from_i64(cp);
    int rc;
    if (key == NULL)
        return -1;
    rc = mi_dict_set(d, key, value);
    MI_DECREF(key);
    return rc;
}

/* str.maketrans(x[, y[, z]]): a static method. */
static MiObject *
str_maketrans(MiObject *unused, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *x, *d;
    (void)unused;
    if (mi_args_nkw(kwnames) > 0)
        return mi_err_format(MI_EXC(TypeError), "str.maketrans() takes no keyword arguments");
    if (mi_args_check("maketrans", nargs, NULL, 1, 3) < 0)
        return NULL;
    x = args[0];
    for (intptr_t i = 1; i < nargs; i++) {
        if (!mi_str_check(args[i])) {
            return mi_err_format(MI_EXC(TypeError), "maketrans() argument %d must be str, "
                                 "not %s", (int)i + 1, arg_type_name(args[i]));
        }
    }
    d = mi_dict_new();
    if (d == NULL)
        return NULL;
    if (nargs >= 2) {
        MiObject *y = args[1];
        intptr_t ix = 0, iy = 0;
        if (!mi_str_check(x)) {
            mi_err_set(MI_EXC(TypeError), "first maketrans argument must be a string if there "
                       "is a second argument");
            goto fail;
        }
        if (MI_STR_LEN(x) != MI_STR_LEN(y)) {
            mi_err_set(MI_EXC(ValueError), "the first two maketrans arguments must have equal "
                       "length");
            goto fail;
        }
        while (ix < MI_STR_SIZE(x)) {
            int nx, ny;
            uint32_t cx = decode_at(MI_STR_DATA(x), ix, &nx);
            uint32_t cy = decode_at(MI_STR_DATA(y), iy, &ny);
            MiObject *value = mi_int_from_i64(cy);
            int rc = value == NULL ? -1 : dict_set_cp(d, cx, value);
            MI_XDECREF(value);
            if (rc < 0)
                goto fail;
            ix += nx;
            iy += ny;
        }
        if (nargs == 3) {
            MiObject *z = args[2];
            for (intptr_t i = 0; i < MI_STR_SIZE(z);) {
                int n;
                if (dict_set_cp(d, decode_at(MI_STR_DATA(z), i, &n), MI_NONE) < 0)
                    goto fail;
                i += n;
            }
        }
        return d;
    }
    if (!mi_is_type(x, &mi_dict_type)) {
        mi_err_set(MI_EXC(TypeError), "if you give only one argument to maketrans it must be "
                   "a dict");
        goto fail;
    }
    {
        intptr_t pos = 0;
        MiObject *key, *value;
        while (mi_dict_next(x, &pos, &key, &value)) {
            int rc;
            if (mi_str_check(key)) {
                if (MI_STR_LEN(key) != 1) {
                    mi_err_set(MI_EXC(ValueError), "string keys in translate table must be of "
                               "length 1");
                    goto fail;
                }
                rc = dict_set_cp(d, mi_str_codepoint_at(key, 0), value);
            } else if (mi_int_check(key)) {
                rc = mi_dict_set(d, key, value);
            } else {
                mi_err_set(MI_EXC(TypeError), "keys in translate table must be strings or "
                           "integers");
                goto fail;
            }
            if (rc < 0)
                goto fail;
        }
    }
    return d;
fail:
    MI_DECREF(d);
    return NULL;
}

static MiObject *
str_removeprefix(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *prefix = args[0];
    intptr_t n;
    (void)nargs;
    (void)kwnames;
    if (!mi_str_check(prefix))
        return mi_err_format(MI_EXC(TypeError), "removeprefix() argument must be str, not %s",
                             arg_type_name(prefix));
    n = MI_STR_SIZE(prefix);
    if (n > 0 && n <= MI_STR_SIZE(self) && memcmp(MI_STR_DATA(self), MI_STR_DATA(prefix),
                                                  (size_t)n) == 0)
        return mi_str_new(MI_STR_DATA(self) + n, MI_STR_SIZE(self) - n);
    return unchanged(self);
}

static MiObject *
str_removesuffix(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *suffix = args[0];
    intptr_t n, size = MI_STR_SIZE(self);
    (void)nargs;
    (void)kwnames;
    if (!mi_str_check(suffix))
        return mi_err_format(MI_EXC(TypeError), "removesuffix() argument must be str, not %s",
                             arg_type_name(suffix));
    n = MI_STR_SIZE(suffix);
    if (n > 0 && n <= size && memcmp(MI_STR_DATA(self) + size - n, MI_STR_DATA(suffix),
                                     (size_t)n) == 0)
        return mi_str_new(MI_STR_DATA(self), size - n);
    return unchanged(self);
}

/* ---- case ------------------------------------------------------------------------------ */

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE };

/* Changes the case of an ASCII string byte by byte. */
static MiObject *
ascii_case(MiObject *self, int how)
{
    intptr_t size = MI_STR_SIZE(self);
    const unsigned char *p = (const unsigned char *)MI_STR_DATA(self);
    MiObject *res = mi_str_alloc(size);
    unsigned char *q;
    int previous_is_cased = 0;
    if (res == NULL)
        return NULL;
    q = (unsigned char *)MI_STR_DATA(res);
    for (intptr_t i = 0; i < size; i++) {
        unsigned char c = p[i];
        int lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
        int to_upper = 0, to_lower = 0;
        switch (how) {
        case CASE_LOWER:
        case CASE_FOLD:
            to_lower = upper;
            break;
        case CASE_UPPER:
            to_upper = lower;
            break;
        case CASE_SWAP:
            to_upper = lower;
            to_lower = upper;
            break;
        case CASE_CAPITALIZE:
            to_upper = i == 0 && lower;
            to_lower = i > 0 && upper;
            break;
        default:
            to_upper = !previous_is_cased && lower;
            to_lower = previous_is_cased && upper;
            previous_is_cased = lower || upper;
            break;
        }
        q[i] = to_upper ? c - 32 : to_lower ? c + 32 : c;
    }
    ((MiStr *)res)->length = size;
    ((MiStr *)res)->ascii = 1;
    return res;
}

/* Is cp Case_Ignorable, a character final sigma looks through (apostrophes,
 * dots, modifier letters, combining marks, format characters, ...)? */
static int
is_case_ignorable(uint32_t cp)
{
    return IN_TABLE(case_ignorable_ranges, cp);
}

/* The lowercase of capital sigma at index i of cps: final sigma after a
 * cased letter and not before one (CPython's handle_capital_sigma). */
static uint32_t
lower_sigma(const uint32_t *cps, intptr_t len, intptr_t i)
{
    intptr_t j = i - 1;
    int final;
    while (j >= 0 && is_case_ignorable(cps[j]))
        j--;
    final = j >= 0 && mi_unicode_iscased(cps[j]);
    if (final) {
        j = i + 1;
        while (j < len && is_case_ignorable(cps[j]))
            j++;
        final = j == len || !mi_unicode_iscased(cps[j]);
    }
    return final ? 0x3C2 : 0x3C3;
}

/* Full lowercase of cps[i], with the final sigma rule. */
static int
lower_at(const uint32_t *cps, intptr_t len, intptr_t i, uint32_t out[3])
{
    if (cps[i] == 0x3A3) {
        out[0] = lower_sigma(cps, len, i);
        return 1;
    }
    return mi_unicode_to_lower(cps[i], out);
}

/* Changes the case of any string through the full Unicode mappings. */
static MiObject *
unicode_case(MiObject *self, int how)
{
    intptr_t len = MI_STR_LEN(self);
    uint32_t *cps = decode_all(self);
    MiStrBuilder sb;
    int previous_is_cased = 0;
    if (cps == NULL)
        return NULL;
    mi_sb_init(&sb);
    for (intptr_t i = 0; i < len; i++) {
        uint32_t c = cps[i], m[3];
        int n;
        switch (how) {
        case CASE_LOWER:
            n = lower_at(cps, len, i, m);
            break;
        case CASE_UPPER:
            n = mi_unicode_to_upper(c, m);
            break;
        case CASE_FOLD:
            n = mi_unicode_to_fold(c, m);
            break;
        case CASE_SWAP:
            if (mi_unicode_isupper(c)) {
                n = lower_at(cps, len, i, m);
            } else if (mi_unicode_islower(c)) {
                n = mi_unicode_to_upper(c, m);
            } else {
                m[0] = c;
                n = 1;
            }
            break;
        case CASE_CAPITALIZE:
            n = i == 0 ? mi_unicode_to_title(c, m) : lower_at(cps, len, i, m);
            break;
        default:
            n = previous_is_cased ? lower_at(cps, len, i, m) : mi_unicode_to_title(c, m);
            previous_is_cased = mi_unicode_iscased(c);
            break;
        }
        for (int k = 0; k < n; k++)
            mi_sb_append_codepoint(&sb, m[k]);
    }
    mi_free(cps);
    return mi_sb_finish(&sb);
}

static MiObject *
change_case(MiObject *self, int how)
{
    if (IS_ASCII(self))
        return ascii_case(self, how);
    return unicode_case(self, how);
}

static MiObject *
str_lower(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return change_case(self, CASE_LOWER);
}

static MiObject *
str_upper(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return change_case(self, CASE_UPPER);
}

static MiObject *
str_casefold(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return change_case(self, CASE_FOLD);
}

static MiObject *
str_swapcase(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return change_case(self, CASE_SWAP);
}

static MiObject *
str_capitalize(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return change_case(self, CASE_CAPITALIZE);
}

static MiObject *
str_title(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return change_case(self, CASE_TITLE);
}

/* ---- predicates ------------------------------------------------------------------------- */

/* Does every code point of a non-empty string satisfy pred? */
static MiObject *
all_chars(MiObject *self, int (*pred)(uint32_t))
{
    const char *p = MI_STR_DATA(self);
    intptr_t size = MI_STR_SIZE(self);
    if (size == 0)
        MI_RETURN_FALSE;
    for (intptr_t i = 0; i < size;) {
        int n;
        if (!pred(decode_at(p, i, &n)))
            MI_RETURN_FALSE;
        i += n;
    }
    MI_RETURN_TRUE;
}

static int
is_decimal_char(uint32_t cp)
{
    return mi_unicode_decimal(cp) >= 0;
}

static int
is_alnum_char(uint32_t cp)
{
    return mi_unicode_isalpha(cp) || mi_unicode_decimal(cp) >= 0 || mi_unicode_isdigit(cp) ||
           mi_unicode_isnumeric(cp);
}


#define PREDICATE(name, pred)                                                                 \
    static MiObject *                                                                         \
    name(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)            \
    {                                                                                         \
        (void)args;                                                                           \
        (void)nargs;                                                                          \
        (void)kwnames;                                                                        \
        return all_chars(self, pred);                                                         \
    }

PREDICATE(str_isalpha, mi_unicode_isalpha)
PREDICATE(str_isdecimal, is_decimal_char)
PREDICATE(str_isdigit, mi_unicode_isdigit)
PREDICATE(str_isnumeric, mi_unicode_isnumeric)
PREDICATE(str_isalnum, is_alnum_char)
PREDICATE(str_isspace, mi_unicode_isspace)

static MiObject *
str_isprintable(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    if (MI_STR_SIZE(self) == 0)
        MI_RETURN_TRUE;
    return all_chars(self, mi_unicode_isprintable_db);
}

static MiObject *
str_isascii(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return mi_bool_from(IS_ASCII(self));
}

/* islower (want_upper 0) and isupper (1): no character of the other case
 * nor titlecase, and at least one of the asked case. */
static MiObject *
case_predicate(MiObject *self, int want_upper)
{
    const char *p = MI_STR_DATA(self);
    intptr_t size = MI_STR_SIZE(self);
    int cased = 0;
    for (intptr_t i = 0; i < size;) {
        int n;
        uint32_t cp = decode_at(p, i, &n);
        int lower = mi_unicode_islower(cp), upper = mi_unicode_isupper(cp);
        if ((want_upper ? lower : upper) || mi_unicode_istitle(cp))
            MI_RETURN_FALSE;
        cased |= want_upper ? upper : lower;
        i += n;
    }
    return mi_bool_from(cased);
}

static MiObject *
str_islower(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return case_predicate(self, 0);
}

static MiObject *
str_isupper(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return case_predicate(self, 1);
}

static MiObject *
str_istitle(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    const char *p = MI_STR_DATA(self);
    intptr_t size = MI_STR_SIZE(self);
    int cased = 0, previous_is_cased = 0;
    (void)args;
    (void)nargs;
    (void)kwnames;
    for (intptr_t i = 0; i < size;) {
        int n;
        uint32_t cp = decode_at(p, i, &n);
        if (mi_unicode_isupper(cp) || mi_unicode_istitle(cp)) {
            if (previous_is_cased)
                MI_RETURN_FALSE;
            previous_is_cased = cased = 1;
        } else if (mi_unicode_islower(cp)) {
            if (!previous_is_cased)
                MI_RETURN_FALSE;
            previous_is_cased = cased = 1;
        } else {
            previous_is_cased = 0;
        }
        i += n;
    }
    return mi_bool_from(cased);
}

static MiObject *
str_isidentifier(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    const char *p = MI_STR_DATA(self);
    intptr_t size = MI_STR_SIZE(self);
    (void)args;
    (void)nargs;
    (void)kwnames;
    for (intptr_t i = 0; i < size;) {
        int n;
        uint32_t cp = decode_at(p, i, &n);
        if (i == 0 ? !mi_unicode_isidstart(cp) : !mi_unicode_isidcontinue(cp))
            MI_RETURN_FALSE;
        i += n;
    }
    return mi_bool_from(size > 0);
}

/* ---- encoding ----------------------------------------------------------------------------- */

enum { CODEC_UTF8, CODEC_LATIN1, CODEC_ASCII, CODEC_UTF16, CODEC_UTF16LE, CODEC_UTF16BE,
       CODEC_UTF32, CODEC_UTF32LE, CODEC_UTF32BE };

static const struct {
    const char *name;      /* normalized: lower case, '_' for other characters */
    int         codec;
} codec_aliases[] = {
    {"utf_8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8},
    {"utf8_ucs2", CODEC_UTF8}, {"utf8_ucs4", CODEC_UTF8}, {"cp65001", CODEC_UTF8},
    {"latin_1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1}, {"latin", CODEC_LATIN1},
    {"l1", CODEC_LATIN1}, {"iso_8859_1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1},
    {"8859", CODEC_LATIN1}, {"cp819", CODEC_LATIN1}, {"iso_ir_100", CODEC_LATIN1},
    {"csisolatin1", CODEC_LATIN1}, {"iso_8859_1_1987", CODEC_LATIN1},
    {"ascii", CODEC_ASCII}, {"us_ascii", CODEC_ASCII}, {"646", CODEC_ASCII},
    {"us", CODEC_ASCII}, {"ansi_x3.4_1968", CODEC_ASCII}, {"ansi_x3_4_1968", CODEC_ASCII},
    {"ansi_x3.4_1986", CODEC_ASCII}, {"cp367", CODEC_ASCII}, {"csascii", CODEC_ASCII},
    {"ibm367", CODEC_ASCII}, {"iso646_us", CODEC_ASCII}, {"iso_646.irv_1991", CODEC_ASCII},
    {"iso_ir_6", CODEC_ASCII},
    {"utf_16", CODEC_UTF16}, {"utf16", CODEC_UTF16}, {"u16", CODEC_UTF16},
    {"utf_16_le", CODEC_UTF16LE}, {"utf_16le", CODEC_UTF16LE},
    {"unicodelittleunmarked", CODEC_UTF16LE},
    {"utf_16_be", CODEC_UTF16BE}, {"utf_16be", CODEC_UTF16BE},
    {"unicodebigunmarked", CODEC_UTF16BE},
    {"utf_32", CODEC_UTF32}, {"utf32", CODEC_UTF32}, {"u32", CODEC_UTF32},
    {"utf_32_le", CODEC_UTF32LE}, {"utf_32le", CODEC_UTF32LE},
    {"utf_32_be", CODEC_UTF32BE}, {"utf_32be", CODEC_UTF32BE},
};

/* The codec of an encoding name (normalized as Python's encodings package
 * does), or -1. */
static int
lookup_codec(const char *name)
{
    char norm[64];
    size_t k = 0;
    int pending_underscore = 0;
    for (const char *p = name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '.') {
            if (pending_underscore && k > 0 && k < sizeof norm - 1)
                norm[k++] = '_';
            pending_underscore = 0;
            if (k < sizeof norm - 1)
                norm[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else {
            pending_underscore = 1;
        }
    }
    norm[k] = '\0';
    for (size_t i = 0; i < ARRAY_LEN(codec_aliases); i++) {
        if (strcmp(norm, codec_aliases[i].name) == 0)
            return codec_aliases[i].codec;
    }
    return -1;
}

/* Raises UnicodeEncodeError for the code points [start, end) of self. */
static void
encode_error(const char *codec, MiObject *self, intptr_t start, intptr_t end,
             const char *reason)
{
    mi_err_unicode_encode(codec, self, start, end, reason);
}

/* Appends code point c in `codec`'s representation. */
static void
put_unit(MiStrBuilder *out, int codec, uint32_t c)
{
    char b[4];
    switch (codec) {
    case CODEC_UTF16LE:
    case CODEC_UTF16BE:
        if (c >= 0x10000) {
            put_unit(out, codec, 0xD800 + ((c - 0x10000) >> 10));
            put_unit(out, codec, 0xDC00 + ((c - 0x10000) & 0x3FF));
            return;
        }
        b[0] = (char)(codec == CODEC_UTF16LE ? c & 0xFF : c >> 8);
        b[1] = (char)(codec == CODEC_UTF16LE ? c >> 8 : c & 0xFF);
        mi_sb_append(out, b, 2);
        return;
    case CODEC_UTF32LE:
    case CODEC_UTF32BE:
        for (int k = 0; k < 4; k++) {
            int shift = codec == CODEC_UTF32LE ? 8 * k : 8 * (3 - k);
            b[k] = (char)((c >> shift) & 0xFF);
        }
        mi_sb_append(out, b, 4);
        return;
    case CODEC_UTF8:
        mi_sb_append(out, b, mi_utf8_encode(c, b));
        return;
    default:
        mi_sb_append_char(out, (char)c);
        return;
    }
}

/* Handles the unencodable code points [start, end) of `cps` with the
 * error handler `errors`.  0 / -1. */
static int
encode_failed(MiStrBuilder *out, int codec, const char *codec_name, const char *errors,
              MiObject *self, const uint32_t *cps, intptr_t start, intptr_t end,
              const char *reason)
{
    int surrogates = strcmp(reason, "surrogates not allowed") == 0;
    if (strcmp(errors, "strict") == 0) {
        encode_error(codec_name, self, start, end, reason);
        return -1;
    }
    if (strcmp(errors, "surrogateescape") == 0) {
        for (intptr_t i = start; i < end; i++) {
            if (cps[i] < 0xDC80 || cps[i] > 0xDCFF || codec >= CODEC_UTF16) {
                encode_error(codec_name, self, start, end, reason);
                return -1;
            }
        }
        for (intptr_t i = start; i < end; i++)
            mi_sb_append_char(out, (char)(cps[i] - 0xDC00));
        return 0;
    }
    if (strcmp(errors, "surrogatepass") == 0) {
        if (!surrogates) {
            encode_error(codec_name, self, start, end, reason);
            return -1;
        }
        for (intptr_t i = start; i < end; i++) {
            char b[4];
            if (codec == CODEC_UTF8)
                mi_sb_append(out, b, mi_utf8_encode(cps[i], b));
            else
                put_unit(out, codec, cps[i]);
        }
        return 0;
    }
    for (intptr_t i = start; i < end; i++) {
        uint32_t c = cps[i];
        char buf[16];
        int n = 0;
        if (strcmp(errors, "ignore") == 0)
            continue;
        if (strcmp(errors, "replace") == 0) {
            if (codec >= CODEC_UTF16) {
                put_unit(out, codec, '?');
                continue;
            }
            buf[0] = '?';
            n = 1;
        } else if (strcmp(errors, "backslashreplace") == 0 ||
                   strcmp(errors, "namereplace") == 0) {
            n = snprintf(buf, sizeof buf, c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x"
                                                                              : "\\U%08x", c);
        } else if (strcmp(errors, "xmlcharrefreplace") == 0) {
            n = snprintf(buf, sizeof buf, "&#%u;", c);
        } else {
            mi_err_format(MI_EXC(LookupError), "unknown error handler name '%s'", errors);
            return -1;
        }
        if (codec >= CODEC_UTF16) {
            for (int k = 0; k < n; k++)
                put_unit(out, codec, (unsigned char)buf[k]);
        } else {
            mi_sb_append(out, buf, n);
        }
    }
    return 0;
}

/* Does UTF-8 text hold an encoded surrogate (ED A0..BF xx)? */
static int
has_surrogates(const char *p, intptr_t size)
{
    for (intptr_t i = 0; i + 1 < size; i++) {
        if ((unsigned char)p[i] == 0xED && (unsigned char)p[i + 1] >= 0xA0)
            return 1;
    }
    return 0;
}

/* self encoded with `codec` (named `name` in errors); utf-16 and utf-32
 * without their byte order mark. */
static MiObject *
encode(MiObject *self, int codec, const char *name, const char *errors)
{
    intptr_t len = MI_STR_LEN(self);
    uint32_t limit = codec == CODEC_ASCII ? 0x80 : codec == CODEC_LATIN1 ? 0x100 : 0x110000;
    const char *reason = codec == CODEC_ASCII    ? "ordinal not in range(128)"
                         : codec == CODEC_LATIN1 ? "ordinal not in range(256)"
                                                 : "surrogates not allowed";
    uint32_t *cps;
    MiStrBuilder out;
    MiObject *res;
    if ((IS_ASCII(self) && codec <= CODEC_ASCII) ||
        (codec == CODEC_UTF8 && !has_surrogates(MI_STR_DATA(self), MI_STR_SIZE(self))))
        return mi_bytes_new(MI_STR_DATA(self), MI_STR_SIZE(self));
    if (codec == CODEC_UTF16 || codec == CODEC_UTF32)
        codec = codec == CODEC_UTF16 ? CODEC_UTF16LE : CODEC_UTF32LE;
    cps = decode_all(self);
    if (cps == NULL)
        return NULL;
    mi_sb_init(&out);
    for (intptr_t i = 0; i < len;) {
        intptr_t j = i + 1;
        if (cps[i] < limit && (cps[i] < 0xD800 || cps[i] > 0xDFFF)) {
            put_unit(&out, codec, cps[i]);
            i++;
            continue;
        }
        while (j < len && (cps[j] >= limit || (cps[j] >= 0xD800 && cps[j] <= 0xDFFF)))
            j++;
        if (encode_failed(&out, codec, name, errors, self, cps, i, j, reason) < 0) {
            mi_sb_discard(&out);
            mi_free(cps);
            return NULL;
        }
        i = j;
    }
    mi_free(cps);
    if (out.failed) {
        mi_sb_discard(&out);
        return mi_err_nomemory();
    }
    res = mi_bytes_new(out.data, out.size);
    mi_sb_discard(&out);
    return res;
}

static MiObject *
str_encode(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    static const char *const codec_names[] = {"utf-8", "latin-1", "ascii", "utf-16",
                                              "utf-16-le", "utf-16-be", "utf-32",
                                              "utf-32-le", "utf-32-be"};
    const char *encoding = "utf-8", *errors = "strict";
    MiObject *a[2], *res;
    int codec, bom;
    if (parse_keywords("encode", args, nargs, kwnames, names, 2, a) < 0)
        return NULL;
    for (int i = 0; i < 2; i++) {
        if (a[i] != NULL && !mi_str_check(a[i])) {
            return mi_err_format(MI_EXC(TypeError), "encode() argument '%s' must be str, not %s",
                                 names[i], arg_type_name(a[i]));
        }
    }
    if (a[0] != NULL)
        encoding = MI_STR_DATA(a[0]);
    if (a[1] != NULL)
        errors = MI_STR_DATA(a[1]);
    codec = lookup_codec(encoding);
    if (codec < 0)
        return mi_err_format(MI_EXC(LookupError), "unknown encoding: %s", encoding);
    bom = codec == CODEC_UTF16 || codec == CODEC_UTF32;
    res = encode(self, codec, codec_names[codec], errors);
    if (res != NULL && bom) {
        /* utf-16 and utf-32 start with a little-endian byte order mark */
        static const char bom16[] = "\xff\xfe", bom32[] = "\xff\xfe\x00\x00";
        intptr_t nbom = codec == CODEC_UTF16 ? 2 : 4;
        MiObject *full = mi_bytes_new(NULL, nbom + MI_BYTES_SIZE(res));
        if (full != NULL) {
            memcpy(MI_BYTES_DATA(full), codec == CODEC_UTF16 ? bom16 : bom32, (size_t)nbom);
            memcpy(MI_BYTES_DATA(full) + nbom, MI_BYTES_DATA(res), (size_t)MI_BYTES_SIZE(res));
        }
        MI_DECREF(res);
        res = full;
    }
    return res;
}

/* ---- formatting and the rest ---------------------------------------------------------------- */

static MiObject *
str_format_method(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    intptr_t nkw = mi_args_nkw(kwnames);
    MiObject *kwargs = NULL, *res;
    if (nkw > 0) {
        kwargs = mi_dict_new();
        if (kwargs == NULL)
            return NULL;
        for (intptr_t k = 0; k < nkw; k++) {
            if (mi_dict_set(kwargs, MI_TUPLE_GET(kwnames, k), args[nargs + k]) < 0) {
                MI_DECREF(kwargs);
                return NULL;
            }
        }
    }
    res = mi_format_fields(self, args, nargs, kwargs);
    MI_XDECREF(kwargs);
    return res;
}

static MiObject *
str_format_map(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)nargs;
    (void)kwnames;
    return mi_format_fields(self, NULL, 0, args[0]);
}

static MiObject *
str_dunder_format(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)nargs;
    (void)kwnames;
    if (!mi_str_check(args[0]))
        return mi_err_format(MI_EXC(TypeError), "__format__() argument must be str, not %s",
                             arg_type_name(args[0]));
    return mi_str_format_spec(self, args[0]);
}

static MiObject *
str_getnewargs(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *copy, *res;
    (void)args;
    (void)nargs;
    (void)kwnames;
    copy = mi_str_new(MI_STR_DATA(self), MI_STR_SIZE(self));
    if (copy == NULL)
        return NULL;
    res = mi_tuple_from_array(&copy, 1);
    MI_DECREF(copy);
    return res;
}

/* CPython's size of the same string: a compact ASCII string is a 48-byte
 * header and len + 1 bytes; others a 72-byte header and len + 1 units of
 * 1, 2 or 4 bytes, as wide as the largest code point needs. */
static MiObject *
str_sizeof(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    intptr_t len = MI_STR_LEN(self), unit = 1;
    const char *p = MI_STR_DATA(self);
    (void)args;
    (void)nargs;
    (void)kwnames;
    if (IS_ASCII(self))
        return mi_int_from_i64(48 + len + 1);
    for (intptr_t i = 0; i < MI_STR_SIZE(self);) {
        int n;
        uint32_t cp = decode_at(p, i, &n);
        if (cp > 0xFFFF)
            unit = 4;
        else if (cp > 0xFF && unit < 2)
            unit = 2;
        i += n;
    }
    return mi_int_from_i64(72 + (len + 1) * unit);
}

MiMethodDef mi_str_methods[] = {
    {"encode", str_encode, MI_METH_KEYWORDS, NULL},
    {"replace", str_replace, MI_METH_VARARGS, NULL},
    {"split", str_split, MI_METH_KEYWORDS, NULL},
    {"rsplit", str_rsplit, MI_METH_KEYWORDS, NULL},
    {"join", str_join, MI_METH_O, NULL},
    {"capitalize", str_capitalize, MI_METH_NOARGS, NULL},
    {"casefold", str_casefold, MI_METH_NOARGS, NULL},
    {"title", str_title, MI_METH_NOARGS, NULL},
    {"center", str_center, MI_METH_VARARGS, NULL},
    {"count", str_count, MI_METH_KEYWORDS, NULL},
    {"expandtabs", str_expandtabs, MI_METH_KEYWORDS, NULL},
    {"find", str_find, MI_METH_KEYWORDS, NULL},
    {"partition", str_partition, MI_METH_O, NULL},
    {"index", str_index, MI_METH_KEYWORDS, NULL},
    {"ljust", str_ljust, MI_METH_VARARGS, NULL},
    {"lower", str_lower, MI_METH_NOARGS, NULL},
    {"lstrip", str_lstrip, MI_METH_VARARGS, NULL},
    {"rfind", str_rfind, MI_METH_KEYWORDS, NULL},
    {"rindex", str_rindex, MI_METH_KEYWORDS, NULL},
    {"rjust", str_rjust, MI_METH_VARARGS, NULL},
    {"rstrip", str_rstrip, MI_METH_VARARGS, NULL},
    {"rpartition", str_rpartition, MI_METH_O, NULL},
    {"splitlines", str_splitlines, MI_METH_KEYWORDS, NULL},
    {"strip", str_strip, MI_METH_VARARGS, NULL},
    {"swapcase", str_swapcase, MI_METH_NOARGS, NULL},
    {"translate", str_translate, MI_METH_O, NULL},
    {"upper", str_upper, MI_METH_NOARGS, NULL},
    {"startswith", str_startswith, MI_METH_KEYWORDS, NULL},
    {"endswith", str_endswith, MI_METH_KEYWORDS, NULL},
    {"removeprefix", str_removeprefix, MI_METH_O, NULL},
    {"removesuffix", str_removesuffix, MI_METH_O, NULL},
    {"isascii", str_isascii, MI_METH_NOARGS, NULL},
    {"islower", str_islower, MI_METH_NOARGS, NULL},
    {"isupper", str_isupper, MI_METH_NOARGS, NULL},
    {"istitle", str_istitle, MI_METH_NOARGS, NULL},
    {"isspace", str_isspace, MI_METH_NOARGS, NULL},
    {"isdecimal", str_isdecimal, MI_METH_NOARGS, NULL},
    {"isdigit", str_isdigit, MI_METH_NOARGS, NULL},
    {"isnumeric", str_isnumeric, MI_METH_NOARGS, NULL},
    {"isalpha", str_isalpha, MI_METH_NOARGS, NULL},
    {"isalnum", str_isalnum, MI_METH_NOARGS, NULL},
    {"isidentifier", str_isidentifier, MI_METH_NOARGS, NULL},
    {"isprintable", str_isprintable, MI_METH_NOARGS, NULL},
    {"zfill", str_zfill, MI_METH_O, NULL},
    {"format", str_format_method, MI_METH_KEYWORDS, NULL},
    {"format_map", str_format_map, MI_METH_O, NULL},
    {"__format__", str_dunder_format, MI_METH_O, NULL},
    {"maketrans", str_maketrans, MI_METH_KEYWORDS | MI_METH_STATIC, NULL},
    {"__sizeof__", str_sizeof, MI_METH_NOARGS, NULL},
    {"__getnewargs__", str_getnewargs, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};
