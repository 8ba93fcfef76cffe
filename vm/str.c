/* vm/str.c: the str type's core: storage, interning, hashing, comparison,
 * indexing, repr, the string builder and UTF-8 helpers.  The methods
 * (split, replace, format, ...) are in vm/str_methods.c; format specs and
 * %-formatting in vm/format.c.
 *
 * A string is its UTF-8 bytes plus the code point count.  ASCII strings
 * (the common case) index bytes directly; others build, on first indexing,
 * a table of the byte offset of every MI_STR_STRIDE-th code point, so s[i]
 * costs at most MI_STR_STRIDE steps.
 *
 * Interning: sys.intern() and every identifier of compiled code go through
 * a hash set of strings that does not own them (as CPython's "mortal"
 * interned strings): a string removes itself from the set when it dies. */
#include "vm/str.h"

#include <stdio.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/bytes_codec.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str_unicode.h"
#include "vm/tuple.h"

#define MI_STR_STRIDE 32
#define STR_HEADER offsetof(MiStr, data)

/* ---- UTF-8 ---------------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (at most `avail` bytes), 0 if
 * invalid.  Encoded surrogates (ED A0..BF xx) are invalid, as in CPython's
 * strict decoder, although mini's strings may hold them. */
static int
utf8_seq_len(const unsigned char *s, intptr_t avail)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return 0;
    if (c < 0xE0)
        return avail >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c < 0xF0) {
        if (avail < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))
            return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (avail < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
            (s[3] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

int
mi_utf8_valid(const char *s, intptr_t size)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + size;
    while (p < end) {
        int n = utf8_seq_len(p, end - p);
        if (n == 0)
            return 0;
        p += n;
    }
    return 1;
}

/* ---- allocation --------------------------------------------------------------------- */

MiObject *
mi_str_alloc(intptr_t size)
{
    MiStr *s;
    if (size < 0 || (size_t)size > SIZE_MAX / 2)
        return mi_err_nomemory();
    s = mi_malloc(STR_HEADER + (size_t)size + 1);
    if (s == NULL)
        return mi_err_nomemory();
    s->base.refcnt = 1;
    s->base.type = &mi_str_type;
    s->size = size;
    s->length = -1;
    s->hash = -1;
    s->ascii = 0;
    s->interned = 0;
    s->index = NULL;
    s->data[size] = '\0';
    MI_REF_INC();
    MI_LIVE_ADD(s);
    return (MiObject *)s;
}

/* Counts code points and sets the ASCII flag. */
static void
measure(MiStr *s)
{
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->size;
    intptr_t len = 0;
    uint64_t high = 0;
    while (p + 8 <= end) {
        uint64_t w;
        memcpy(&w, p, 8);
        high |= w;
        /* count bytes that do not continue a sequence */
        len += 8 - __builtin_popcountll((w & 0x8080808080808080ULL) &
                                        (~w << 1) & 0x8080808080808080ULL);
        p += 8;
    }
    while (p < end) {
        high |= *p;
        len += (*p & 0xC0) != 0x80;
        p++;
    }
    s->length = len;
    s->ascii = (high & 0x8080808080808080ULL) == 0;
}

MiObject *
mi_str_finish(MiObject *o)
{
    MiStr *s = (MiStr *)o;
    if (s == NULL)
        return NULL;
    if (s->size == 0 && mi_state->empty_str != NULL && o != mi_state->empty_str) {
        MI_DECREF(o);
        return mi_newref(mi_state->empty_str);
    }
    s->data[s->size] = '\0';
    measure(s);
    return o;
}

MiObject *
mi_str_new(const char *utf8, intptr_t size)
{
    MiObject *s;
    if (size == 0 && mi_state->empty_str != NULL)
        return mi_newref(mi_state->empty_str);
    if (size == 1 && (unsigned char)utf8[0] < 0x80)
        return mi_str_from_codepoint((unsigned char)utf8[0]);
    s = mi_str_alloc(size);
    if (s == NULL)
        return NULL;
    memcpy(MI_STR_DATA(s), utf8, (size_t)size);
    return mi_str_finish(s);
}

MiObject *
mi_str_from_cstr(const char *s)
{
    return mi_str_new(s, (intptr_t)strlen(s));
}

MiObject *
mi_str_from_codepoint(uint32_t cp)
{
    char buf[4];
    int n;
    MiObject *s;
    if (cp < 256 && mi_state->latin1[cp] != NULL)
        return mi_newref(mi_state->latin1[cp]);
    n = mi_utf8_encode(cp, buf);
    s = mi_str_alloc(n);
    if (s == NULL)
        return NULL;
    memcpy(MI_STR_DATA(s), buf, (size_t)n);
    mi_str_finish(s);
    if (cp < 256) {
        mi_state->latin1[cp] = s;
        MI_INCREF(s);
    }
    return s;
}

MiObject *
mi_str_decode_utf8(const char *s, intptr_t size, const char *errors)
{
    if (mi_utf8_valid(s, size))
        return mi_str_new(s, size);
    return mi_bytes_decode(s, size, "utf-8", errors);
}

static void
str_dealloc(MiObject *o)
{
    MiStr *s = (MiStr *)o;
    if (s->interned)
        mi_str_table_remove(o);
    mi_free(s->index);
    mi_object_free(o);
}

/* ---- hashing and comparison ------------------------------------------------------------- */

static intptr_t
hash_bytes(const char *data, intptr_t n)
{
    /* 64-bit multiply-mix over 8-byte words (deterministic; CPython's
     * string hashes are randomised anyway, so no order depends on them) */
    const unsigned char *p = (const unsigned char *)data;
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (uint64_t)n;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        uint64_t w = 0;
        memcpy(&w, p, (size_t)n);
        h = (h ^ w) * 0x94D049BB133111EBULL;
    }
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 32;
    if ((intptr_t)h == -1)
        h = (uint64_t)-2;
    return (intptr_t)h;
}

intptr_t
mi_str_hash(MiObject *o)
{
    MiStr *s = (MiStr *)o;
    if (s->hash == -1)
        s->hash = hash_bytes(s->data, s->size);
    return s->hash;
}

intptr_t
mi_bytes_hash_data(const char *data, intptr_t n)
{
    return hash_bytes(data, n);
}

int
mi_str_eq(MiObject *a, MiObject *b)
{
    MiStr *x = (MiStr *)a, *y = (MiStr *)b;
    if (a == b)
        return 1;
    if (x->size != y->size)
        return 0;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return 0;
    return memcmp(x->data, y->data, (size_t)x->size) == 0;
}

int
mi_str_eq_cstr(MiObject *a, const char *b)
{
    size_t n = strlen(b);
    return (size_t)MI_STR_SIZE(a) == n && memcmp(MI_STR_DATA(a), b, n) == 0;
}

int
mi_str_compare(MiObject *a, MiObject *b)
{
    intptr_t n1 = MI_STR_SIZE(a), n2 = MI_STR_SIZE(b);
    int c = memcmp(MI_STR_DATA(a), MI_STR_DATA(b), (size_t)(n1 < n2 ? n1 : n2));
    if (c != 0)
        return c;
    return n1 < n2 ? -1 : n1 > n2;
}

static MiObject *
str_richcmp(MiObject *a, MiObject *b, int op)
{
    int c;
    if (!mi_str_check(a) || !mi_str_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    if (op == MI_EQ || op == MI_NE) {
        int eq = mi_str_eq(a, b);
        return mi_bool_from(op == MI_EQ ? eq : !eq);
    }
    c = mi_str_compare(a, b);
    switch (op) {
    case MI_LT: return mi_bool_from(c < 0);
    case MI_LE: return mi_bool_from(c <= 0);
    case MI_GT: return mi_bool_from(c > 0);
    default: return mi_bool_from(c >= 0);
    }
}

/* ---- interning ----------------------------------------------------------------------------- */

typedef struct MiStrTable {
    intptr_t  mask, used;
    MiObject **slots;                 /* NULL: empty; TOMBSTONE: deleted */
} MiStrTable;

static MiObject tombstone_obj;
#define TOMBSTONE (&tombstone_obj)

int
mi_str_table_init(void)
{
    MiStrTable *t = mi_calloc(1, sizeof(MiStrTable));
    if (t == NULL)
        return -1;
    t->mask = 1023;
    t->slots = mi_calloc(1024, sizeof(MiObject *));
    if (t->slots == NULL) {
        mi_free(t);
        return -1;
    }
    mi_state->interned = t;
    return 0;
}

void
mi_str_table_free(void)
{
    MiStrTable *t = mi_state->interned;
    if (t == NULL)
        return;
    /* strings still interned lose their flag so their dealloc skips us */
    for (intptr_t i = 0; i <= t->mask; i++) {
        if (t->slots[i] != NULL && t->slots[i] != TOMBSTONE)
            ((MiStr *)t->slots[i])->interned = 0;
    }
    mi_free(t->slots);
    mi_free(t);
    mi_state->interned = NULL;
}

static int
table_grow(MiStrTable *t)
{
    intptr_t newsize = (t->mask + 1) * 2;
    MiObject **slots = mi_calloc((size_t)newsize, sizeof(MiObject *));
    if (slots == NULL)
        return -1;
    for (intptr_t i = 0; i <= t->mask; i++) {
        MiObject *s = t->slots[i];
        if (s != NULL && s != TOMBSTONE) {
            uintptr_t j = (uintptr_t)mi_str_hash(s) & (uintptr_t)(newsize - 1);
            while (slots[j] != NULL)
                j = (j + 1) & (uintptr_t)(newsize - 1);
            slots[j] = s;
        }
    }
    mi_free(t->slots);
    t->slots = slots;
    t->mask = newsize - 1;
    return 0;
}

void
mi_str_table_remove(MiObject *s)
{
    MiStrTable *t = mi_state->interned;
    uintptr_t j;
    if (t == NULL)
        return;
    j = (uintptr_t)mi_str_hash(s) & (uintptr_t)t->mask;
    while (t->slots[j] != NULL) {
        if (t->slots[j] == s) {
            t->slots[j] = TOMBSTONE;
            return;
        }
        j = (j + 1) & (uintptr_t)t->mask;
    }
}

MiObject *
mi_str_intern(MiObject *s)
{
    MiStrTable *t = mi_state->interned;
    uintptr_t j;
    intptr_t tomb = -1;
    if (s == NULL)
        return NULL;
    if (((MiStr *)s)->interned || s->type != &mi_str_type || t == NULL)
        return s;
    j = (uintptr_t)mi_str_hash(s) & (uintptr_t)t->mask;
    while (t->slots[j] != NULL) {
        MiObject *other = t->slots[j];
        if (other == TOMBSTONE) {
            if (tomb < 0)
                tomb = (intptr_t)j;
        } else if (mi_str_eq(other, s)) {
            MI_INCREF(other);
            MI_DECREF(s);
            return other;
        }
        j = (j + 1) & (uintptr_t)t->mask;
    }
    if ((t->used + 1) * 2 > t->mask) {
        if (table_grow(t) < 0)
            return s;                /* not interned, still correct */
        return mi_str_intern(s);
    }
    if (tomb >= 0)
        j = (uintptr_t)tomb;
    else
        t->used++;
    t->slots[j] = s;
    ((MiStr *)s)->interned = 1;
    return s;
}

MiObject *
mi_str_intern_cstr(const char *s)
{
    return mi_str_intern(mi_str_from_cstr(s));
}

/* ---- indexing --------------------------------------------------------------------------- */

static int
build_index(MiStr *s)
{
    intptr_t n = s->length / MI_STR_STRIDE + 1, k = 0, cp = 0;
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->size;
    int32_t *index;
    if (s->size > INT32_MAX)
        return 0;                    /* too long for the table: scan instead */
    index = mi_malloc((size_t)n * sizeof(int32_t));
    if (index == NULL)
        return 0;
    for (const unsigned char *q = p; q < end; q++) {
        if ((*q & 0xC0) != 0x80) {
            if (cp % MI_STR_STRIDE == 0)
                index[k++] = (int32_t)(q - p);
            cp++;
        }
    }
    while (k < n)
        index[k++] = (int32_t)s->size;
    s->index = index;
    return 1;
}

intptr_t
mi_str_byte_offset(MiObject *o, intptr_t i)
{
    MiStr *s = (MiStr *)o;
    const unsigned char *p;
    intptr_t off, cp;
    if (s->ascii)
        return i;
    if (i >= s->length)
        return s->size;
    if (s->index == NULL && s->length >= 2 * MI_STR_STRIDE)
        build_index(s);
    if (s->index != NULL) {
        off = s->index[i / MI_STR_STRIDE];
        cp = i - i % MI_STR_STRIDE;
    } else {
        off = 0;
        cp = 0;
    }
    p = (const unsigned char *)s->data;
    while (cp < i) {
        off++;
        while ((p[off] & 0xC0) == 0x80)
            off++;
        cp++;
    }
    return off;
}

uint32_t
mi_str_codepoint_at(MiObject *s, intptr_t i)
{
    int n;
    if (((MiStr *)s)->ascii)
        return (unsigned char)MI_STR_DATA(s)[i];
    return mi_utf8_decode((const unsigned char *)MI_STR_DATA(s) + mi_str_byte_offset(s, i), &n);
}

MiObject *
mi_str_getitem(MiObject *s, intptr_t i)
{
    return mi_str_from_codepoint(mi_str_codepoint_at(s, i));
}

/* s[start:stop:step] with resolved indices. */
static MiObject *
str_slice(MiObject *s, intptr_t start, intptr_t stop, intptr_t step, intptr_t n)
{
    if (n <= 0)
        return mi_newref(mi_state->empty_str);
    if (step == 1) {
        intptr_t b0 = mi_str_byte_offset(s, start), b1 = mi_str_byte_offset(s, stop);
        if (b0 == 0 && b1 == MI_STR_SIZE(s) && s->type == &mi_str_type)
            return mi_newref(s);
        return mi_str_new(MI_STR_DATA(s) + b0, b1 - b0);
    }
    {
        MiStrBuilder sb;
        mi_sb_init(&sb);
        for (intptr_t k = 0, i = start; k < n; k++, i += step)
            mi_sb_append_codepoint(&sb, mi_str_codepoint_at(s, i));
        return mi_sb_finish(&sb);
    }
}

static MiObject *
str_subscript(MiObject *s, MiObject *key)
{
    intptr_t len = MI_STR_LEN(s);
    if (mi_int_check(key) || (key->type->index != NULL && key->type != &mi_slice_type)) {
        intptr_t i = mi_num_as_ssize(key, MI_EXC(IndexError));
        if (i == -1 && mi_err_occurred())
            return NULL;
        if (i < 0)
            i += len;
        if (i < 0 || i >= len)
            return mi_err_format(MI_EXC(IndexError), "string index out of range");
        return mi_str_getitem(s, i);
    }
    if (key->type == &mi_slice_type) {
        intptr_t start, stop, step, n = mi_slice_indices(key, len, &start, &stop, &step);
        if (n < 0)
            return NULL;
        return str_slice(s, start, stop, step, n);
    }
    return mi_err_format(MI_EXC(TypeError), "string indices must be integers");
}

static intptr_t
str_len(MiObject *s)
{
    return MI_STR_LEN(s);
}

/* Finds `needle` in haystack[from..to) (byte offsets): byte offset or -1. */
intptr_t
mi_str_find_bytes(const char *hay, intptr_t hlen, const char *needle, intptr_t nlen)
{
    const char *p;
    if (nlen == 0)
        return 0;
    if (nlen > hlen)
        return -1;
    if (nlen == 1) {
        p = memchr(hay, needle[0], (size_t)hlen);
        return p ? p - hay : -1;
    }
    p = memmem(hay, (size_t)hlen, needle, (size_t)nlen);
    return p ? p - hay : -1;
}

static int
str_contains(MiObject *s, MiObject *sub)
{
    if (!mi_str_check(sub)) {
        mi_err_format(MI_EXC(TypeError), "'in <string>' requires string as left operand, not %s",
                      MI_TYPE_NAME(sub));
        return -1;
    }
    return mi_str_find_bytes(MI_STR_DATA(s), MI_STR_SIZE(s), MI_STR_DATA(sub),
                             MI_STR_SIZE(sub)) >= 0;
}

/* ---- building ---------------------------------------------------------------------------- */

MiObject *
mi_str_concat(MiObject *a, MiObject *b)
{
    intptr_t n1 = MI_STR_SIZE(a), n2 = MI_STR_SIZE(b);
    MiObject *s;
    if (n2 == 0 && a->type == &mi_str_type)
        return mi_newref(a);
    if (n1 == 0 && b->type == &mi_str_type)
        return mi_newref(b);
    s = mi_str_alloc(n1 + n2);
    if (s == NULL)
        return NULL;
    memcpy(MI_STR_DATA(s), MI_STR_DATA(a), (size_t)n1);
    memcpy(MI_STR_DATA(s) + n1, MI_STR_DATA(b), (size_t)n2);
    ((MiStr *)s)->length = MI_STR_LEN(a) + MI_STR_LEN(b);
    ((MiStr *)s)->ascii = ((MiStr *)a)->ascii && ((MiStr *)b)->ascii;
    return s;
}

static MiObject *
str_add(MiObject *a, MiObject *b)
{
    if (!mi_str_check(a) || !mi_str_check(b))
        MI_RETURN_NOTIMPLEMENTED;
    return mi_str_concat(a, b);
}

static MiObject *
str_repeat(MiObject *s, intptr_t n)
{
    intptr_t size = MI_STR_SIZE(s);
    MiObject *r;
    char *p;
    if (n <= 0 || size == 0)
        return mi_newref(mi_state->empty_str);
    if (n == 1 && s->type == &mi_str_type)
        return mi_newref(s);
    if (MI_STR_LEN(s) > INTPTR_MAX / n)
        return mi_err_format(MI_EXC(OverflowError), "repeated string is too long");
    if (size > INTPTR_MAX / n)
        return mi_err_nomemory();
    r = mi_str_alloc(size * n);
    if (r == NULL)
        return NULL;
    p = MI_STR_DATA(r);
    if (size == 1) {
        memset(p, MI_STR_DATA(s)[0], (size_t)n);
    } else {
        memcpy(p, MI_STR_DATA(s), (size_t)size);
        for (intptr_t done = size; done < size * n;) {
            intptr_t chunk = done < size * n - done ? done : size * n - done;
            memcpy(p + done, p, (size_t)chunk);
            done += chunk;
        }
    }
    ((MiStr *)r)->length = MI_STR_LEN(s) * n;
    ((MiStr *)r)->ascii = ((MiStr *)s)->ascii;
    return r;
}

static MiObject *
str_mul(MiObject *a, MiObject *b)
{
    MiObject *s = a, *count = b;
    intptr_t n;
    if (!mi_str_check(s)) {
        s = b;
        count = a;
    }
    if (!mi_str_check(s) || count->type->index == NULL)
        MI_RETURN_NOTIMPLEMENTED;
    n = mi_num_as_ssize(count, MI_EXC(OverflowError));
    if (n == -1 && mi_err_occurred())
        return NULL;
    return str_repeat(s, n);
}

static MiObject *
str_mod(MiObject *a, MiObject *b)
{
    if (!mi_str_check(a))
        MI_RETURN_NOTIMPLEMENTED;
    return mi_str_percent_format(a, b);
}

MiObject *
mi_str_join(MiObject *sep, MiObject *iterable)
{
    MiObject *seq, *res;
    MiObject **items;
    intptr_t n, total = 0, length = 0;
    int ascii = ((MiStr *)sep)->ascii;
    char *p;
    if (iterable->type == &mi_list_type || iterable->type == &mi_tuple_type)
        seq = mi_newref(iterable);
    else
        seq = mi_seq_to_list(iterable);
    if (seq == NULL)
        return NULL;
    if (seq->type == &mi_tuple_type) {
        items = MI_TUPLE_ITEMS(seq);
        n = MI_TUPLE_SIZE(seq);
    } else {
        items = MI_LIST_ITEMS(seq);
        n = MI_LIST_SIZE(seq);
    }
    if (n == 1 && items[0]->type == &mi_str_type) {
        res = mi_newref(items[0]);
        MI_DECREF(seq);
        return res;
    }
    for (intptr_t i = 0; i < n; i++) {
        if (!mi_str_check(items[i])) {
            mi_err_format(MI_EXC(TypeError), "sequence item %zd: expected str instance, %s found",
                          i, MI_TYPE_NAME(items[i]));
            MI_DECREF(seq);
            return NULL;
        }
        total += MI_STR_SIZE(items[i]);
        length += MI_STR_LEN(items[i]);
        ascii &= ((MiStr *)items[i])->ascii;
    }
    if (n > 1) {
        total += MI_STR_SIZE(sep) * (n - 1);
        length += MI_STR_LEN(sep) * (n - 1);
    }
    if (total == 0) {
        MI_DECREF(seq);
        return mi_str_new("", 0);      /* the empty singleton */
    }
    res = mi_str_alloc(total);
    if (res == NULL) {
        MI_DECREF(seq);
        return NULL;
    }
    p = MI_STR_DATA(res);
    for (intptr_t i = 0; i < n; i++) {
        if (i > 0 && MI_STR_SIZE(sep) > 0) {
            memcpy(p, MI_STR_DATA(sep), (size_t)MI_STR_SIZE(sep));
            p += MI_STR_SIZE(sep);
        }
        memcpy(p, MI_STR_DATA(items[i]), (size_t)MI_STR_SIZE(items[i]));
        p += MI_STR_SIZE(items[i]);
    }
    ((MiStr *)res)->length = length;
    ((MiStr *)res)->ascii = (uint8_t)ascii;
    MI_DECREF(seq);
    return res;
}

/* ---- repr ---------------------------------------------------------------------------------- */

/* Is code point cp printable (str.isprintable)?  The Unicode tables'
 * answer, with a shortcut for Latin-1. */
int
mi_unicode_isprintable(uint32_t cp)
{
    if (cp < 0x100)
        return (cp >= 0x20 && cp < 0x7F) || (cp > 0xA0 && cp != 0xAD);
    return mi_unicode_isprintable_db(cp);
}

MiObject *
mi_str_repr(MiObject *o)
{
    const unsigned char *p = (const unsigned char *)MI_STR_DATA(o), *end = p + MI_STR_SIZE(o);
    int has_single = memchr(p, '\'', (size_t)(end - p)) != NULL;
    int has_double = memchr(p, '"', (size_t)(end - p)) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    MiStrBuilder sb;
    mi_sb_init(&sb);
    mi_sb_append_char(&sb, quote);
    while (p < end) {
        int n;
        uint32_t cp = mi_utf8_decode(p, &n);
        const unsigned char *start = p;
        p += n;
        if (cp == (uint32_t)quote || cp == '\\') {
            mi_sb_append_char(&sb, '\\');
            mi_sb_append_char(&sb, (char)cp);
        } else if (cp == '\n') {
            mi_sb_append_cstr(&sb, "\\n");
        } else if (cp == '\r') {
            mi_sb_append_cstr(&sb, "\\r");
        } else if (cp == '\t') {
            mi_sb_append_cstr(&sb, "\\t");
        } else if (cp < 0x80) {
            if (cp < 0x20 || cp == 0x7F)
                mi_sb_printf(&sb, "\\x%02x", cp);
            else
                mi_sb_append_char(&sb, (char)cp);
        } else if (!mi_unicode_isprintable(cp)) {
            if (cp < 0x100)
                mi_sb_printf(&sb, "\\x%02x", cp);
            else if (cp < 0x10000)
                mi_sb_printf(&sb, "\\u%04x", cp);
            else
                mi_sb_printf(&sb, "\\U%08x", cp);
        } else {
            mi_sb_append(&sb, (const char *)start, n);
        }
    }
    mi_sb_append_char(&sb, quote);
    return mi_sb_finish(&sb);
}

static MiObject *
str_str(MiObject *s)
{
    if (s->type == &mi_str_type)
        return mi_newref(s);
    return mi_str_new(MI_STR_DATA(s), MI_STR_SIZE(s));
}

/* ---- formatting helpers ----------------------------------------------------------------------- */

/* Formats one integer conversion of mi_str_vformat: `f` points just past the
 * '%' at optional flags "-0#+", a width, a ".precision", a length ("l",
 * "ll", "z") and one of d u x X.  Returns a pointer to the conversion letter
 * (or to the last character read, when the spec is malformed). */
static const char *
format_integer(MiStrBuilder *sb, const char *f, va_list *ap)
{
    char spec[32];
    size_t n = 0;
    int length = 0;                    /* 0 int, 1 long, 2 long long, 3 intptr_t */
    spec[n++] = '%';
    while (*f && strchr("-0#+.0123456789", *f) && n < sizeof spec - 6)
        spec[n++] = *f++;
    if (f[0] == 'l' && f[1] == 'l') {
        length = 2;
        f += 2;
    } else if (*f == 'l') {
        length = 1;
        f++;
    } else if (*f == 'z') {
        length = 3;
        f++;
    }
    if (*f == '\0' || !strchr("duxX", *f)) {
        mi_sb_append_char(sb, '%');
        mi_sb_append(sb, spec + 1, (intptr_t)n - 1);
        return *f ? f : f - 1;
    }
    if (length == 1)
        spec[n++] = 'l';
    else if (length == 2) {
        spec[n++] = 'l';
        spec[n++] = 'l';
    } else if (length == 3)
        spec[n++] = 'z';
    spec[n++] = *f;
    spec[n] = '\0';
    int is_signed = *f == 'd';
    switch (length) {
    case 0:
        if (is_signed)
            mi_sb_printf(sb, spec, va_arg(*ap, int));
        else
            mi_sb_printf(sb, spec, va_arg(*ap, unsigned));
        break;
    case 1:
        if (is_signed)
            mi_sb_printf(sb, spec, va_arg(*ap, long));
        else
            mi_sb_printf(sb, spec, va_arg(*ap, unsigned long));
        break;
    case 2:
        if (is_signed)
            mi_sb_printf(sb, spec, va_arg(*ap, long long));
        else
            mi_sb_printf(sb, spec, va_arg(*ap, unsigned long long));
        break;
    default:
        if (is_signed)
            mi_sb_printf(sb, spec, va_arg(*ap, intptr_t));
        else
            mi_sb_printf(sb, spec, va_arg(*ap, size_t));
        break;
    }
    return f;
}

MiObject *
mi_str_vformat(const char *fmt, va_list ap_in)
{
    MiStrBuilder sb;
    va_list ap;                        /* a copy, so helpers can take its address */
    va_copy(ap, ap_in);
    mi_sb_init(&sb);
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') {
            const char *run = f;
            while (f[1] && f[1] != '%')
                f++;
            mi_sb_append(&sb, run, f - run + 1);
            continue;
        }
        f++;
        switch (*f) {
        case '%':
            mi_sb_append_char(&sb, '%');
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            mi_sb_append_cstr(&sb, s ? s : "(null)");
            break;
        }
        case 'c':
            mi_sb_append_codepoint(&sb, (uint32_t)va_arg(ap, int));
            break;
        case 'p':
            mi_sb_printf(&sb, "%p", va_arg(ap, void *));
            break;
        case 'd': case 'u': case 'x': case 'X': case 'l': case 'z': case '0': case '1':
        case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
        case '-': case '.': case '#': case '+':
            f = format_integer(&sb, f, &ap);
            break;
        case 'R':
        case 'S':
        case 'A': {
            MiObject *o = va_arg(ap, MiObject *), *s;
            s = *f == 'R' ? mi_obj_repr(o) : *f == 'S' ? mi_obj_str(o) : mi_obj_ascii(o);
            if (s == NULL) {
                mi_sb_discard(&sb);
                va_end(ap);
                return NULL;
            }
            mi_sb_append_str(&sb, s);
            MI_DECREF(s);
            break;
        }
        case 'U':
            mi_sb_append_str(&sb, va_arg(ap, MiObject *));
            break;
        case 'T':
            mi_sb_append_cstr(&sb, MI_TYPE(va_arg(ap, MiObject *))->name);
            break;
        case 'N':
            mi_sb_append_cstr(&sb, va_arg(ap, MiType *)->name);
            break;
        default:
            mi_sb_append_char(&sb, '%');
            if (*f)
                mi_sb_append_char(&sb, *f);
            else
                f--;
            break;
        }
    }
    va_end(ap);
    return mi_sb_finish(&sb);
}

MiObject *
mi_str_format(const char *fmt, ...)
{
    va_list ap;
    MiObject *s;
    va_start(ap, fmt);
    s = mi_str_vformat(fmt, ap);
    va_end(ap);
    return s;
}

/* ---- the string builder --------------------------------------------------------------------- */

void
mi_sb_init(MiStrBuilder *sb)
{
    sb->data = sb->inline_buf;
    sb->size = 0;
    sb->cap = (intptr_t)sizeof sb->inline_buf;
    sb->failed = 0;
}

static int
sb_reserve(MiStrBuilder *sb, intptr_t extra)
{
    intptr_t need, cap;
    char *p;
    if (sb->failed)
        return -1;
    need = sb->size + extra + 1;
    if (need <= sb->cap)
        return 0;
    cap = sb->cap * 2;
    while (cap < need)
        cap *= 2;
    if (sb->data == sb->inline_buf) {
        p = mi_malloc((size_t)cap);
        if (p != NULL)
            memcpy(p, sb->data, (size_t)sb->size);
    } else {
        p = mi_realloc(sb->data, (size_t)cap);
    }
    if (p == NULL) {
        sb->failed = 1;
        return -1;
    }
    sb->data = p;
    sb->cap = cap;
    return 0;
}

int
mi_sb_append(MiStrBuilder *sb, const char *s, intptr_t n)
{
    if (sb_reserve(sb, n) < 0)
        return -1;
    memcpy(sb->data + sb->size, s, (size_t)n);
    sb->size += n;
    return 0;
}

int
mi_sb_append_cstr(MiStrBuilder *sb, const char *s)
{
    return mi_sb_append(sb, s, (intptr_t)strlen(s));
}

int
mi_sb_append_char(MiStrBuilder *sb, char c)
{
    if (sb->size + 2 > sb->cap && sb_reserve(sb, 1) < 0)
        return -1;
    sb->data[sb->size++] = c;
    return 0;
}

int
mi_sb_append_codepoint(MiStrBuilder *sb, uint32_t cp)
{
    char buf[4];
    return mi_sb_append(sb, buf, mi_utf8_encode(cp, buf));
}

int
mi_sb_append_str(MiStrBuilder *sb, MiObject *str)
{
    return mi_sb_append(sb, MI_STR_DATA(str), MI_STR_SIZE(str));
}

int
mi_sb_printf(MiStrBuilder *sb, const char *fmt, ...)
{
    va_list ap;
    int n;
    char small[64];
    va_start(ap, fmt);
    n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return -1;
    if ((size_t)n < sizeof small)
        return mi_sb_append(sb, small, n);
    if (sb_reserve(sb, n) < 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(sb->data + sb->size, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->size += n;
    return 0;
}

MiObject *
mi_sb_finish(MiStrBuilder *sb)
{
    MiObject *s;
    if (sb->failed) {
        mi_sb_discard(sb);
        return mi_err_nomemory();
    }
    s = mi_str_new(sb->data, sb->size);
    mi_sb_discard(sb);
    return s;
}

void
mi_sb_discard(MiStrBuilder *sb)
{
    if (sb->data != sb->inline_buf)
        mi_free(sb->data);
    sb->data = sb->inline_buf;
    sb->size = 0;
    sb->cap = (intptr_t)sizeof sb->inline_buf;
}

/* ---- str(...) and iteration -------------------------------------------------------------------- */

static MiObject *
str_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    MiObject *a[3], *res;
    if (mi_args_parse("str", args, nargs, kwnames, names, 0, 0, 3, a) < 0)
        return NULL;
    if (a[0] == NULL) {
        res = mi_newref(mi_state->empty_str);
    } else if (a[1] == NULL && a[2] == NULL) {
        res = mi_obj_str(a[0]);
    } else {
        const char *encoding = NULL, *errors = NULL, *data;
        intptr_t size;
        for (int i = 1; i <= 2; i++) {
            if (a[i] != NULL && !mi_str_check(a[i]))
                return mi_err_format(MI_EXC(TypeError), "str() argument '%s' must be str, "
                                     "not %s", names[i], MI_TYPE_NAME(a[i]));
        }
        if (a[1] != NULL)
            encoding = MI_STR_DATA(a[1]);
        if (a[2] != NULL)
            errors = MI_STR_DATA(a[2]);
        if (mi_bytes_view(a[0], &data, &size))
            res = mi_bytes_decode(data, size, encoding, errors);
        else if (mi_str_check(a[0]))
            return mi_err_format(MI_EXC(TypeError), "decoding str is not supported");
        else
            return mi_err_format(MI_EXC(TypeError), "decoding to str: need a bytes-like object, "
                                 "%s found", MI_TYPE_NAME(a[0]));
    }
    if (res == NULL || type == &mi_str_type)
        return res;
    {
        /* a subclass instance: copy the text into the subclass layout */
        MiStr *s = (MiStr *)mi_object_alloc_var(type, MI_STR_SIZE(res));   /* basicsize holds the NUL */
        if (s != NULL) {
            s->size = MI_STR_SIZE(res);
            memcpy(s->data, MI_STR_DATA(res), (size_t)s->size + 1);
            s->length = MI_STR_LEN(res);
            s->ascii = ((MiStr *)res)->ascii;
            s->hash = -1;
            if (type->flags & MI_TYPE_GC)
                MI_GC_TRACK(s);
        }
        MI_DECREF(res);
        return (MiObject *)s;
    }
}

typedef struct MiStrIter {
    MI_HEAD
    MiObject *str;
    intptr_t  offset;           /* byte offset of the next code point */
} MiStrIter;

static void
striter_dealloc(MiObject *self)
{
    MI_CLEAR(((MiStrIter *)self)->str);
    mi_object_free(self);
}

static MiObject *
striter_next(MiObject *self)
{
    MiStrIter *it = (MiStrIter *)self;
    const unsigned char *p;
    int n;
    uint32_t cp;
    if (it->str == NULL)
        return NULL;
    if (it->offset >= MI_STR_SIZE(it->str)) {
        MI_CLEAR(it->str);
        return NULL;
    }
    p = (const unsigned char *)MI_STR_DATA(it->str) + it->offset;
    cp = mi_utf8_decode(p, &n);
    it->offset += n;
    return mi_str_from_codepoint(cp);
}

static MiObject *
self_iter(MiObject *self)
{
    return mi_newref(self);
}

MiType mi_str_iter_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "str_iterator",
    .basicsize = sizeof(MiStrIter),
    .dealloc = striter_dealloc,
    .iter = self_iter,
    .iternext = striter_next,
};

static MiObject *
str_iter(MiObject *self)
{
    MiStrIter *it = (MiStrIter *)mi_object_alloc(&mi_str_iter_type);
    if (it == NULL)
        return NULL;
    it->str = mi_newref(self);
    it->offset = 0;
    return (MiObject *)it;
}

static intptr_t
str_hash_slot(MiObject *s)
{
    return mi_str_hash(s);
}

extern MiMethodDef mi_str_methods[];

MiType mi_str_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "str",
    .basicsize = offsetof(MiStr, data) + 1,
    .itemsize = 1,
    .flags = MI_TYPE_BASETYPE | MI_TYPE_STR_SUBCLASS | MI_TYPE_SEQUENCE,
    .dealloc = str_dealloc,
    .new_ = str_new,
    .repr = mi_str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .richcmp = str_richcmp,
    .len = str_len,
    .getitem = str_subscript,
    .contains = str_contains,
    .add = str_add,
    .mul = str_mul,
    .mod = str_mod,
    .iter = str_iter,
    .methods = mi_str_methods,
    .doc = "str(object='') -> str",
};
