/* vm/str.h: str, immutable text stored as UTF-8.  `length` counts code
 * points and `size` bytes; an all-ASCII string indexes in O(1), others
 * through a lazily built index of byte offsets.  The hash is cached.
 * Interned strings (identifiers, sys.intern) are unique per content: the
 * table does not own them, and dealloc removes them from it. */
#ifndef MINI_VM_STR_H
#define MINI_VM_STR_H

#include <stdarg.h>

#include "vm/object.h"

typedef struct MiStr {
    MI_HEAD
    intptr_t  size;            /* bytes of UTF-8, without the NUL (where
                                * MiVarObject keeps its size) */
    intptr_t  length;          /* code points */
    intptr_t  hash;            /* -1 until computed */
    uint8_t   ascii;           /* every byte < 0x80 */
    uint8_t   interned;
    uint8_t   pad_[6];
    int32_t  *index;           /* non-ASCII: byte offset of every 32nd code
                                * point, built on first indexing; or NULL */
    char      data[];          /* size bytes + NUL */
} MiStr;

extern MiType mi_str_type;

static inline int
mi_str_check(MiObject *o)
{
    return (o->type->flags & MI_TYPE_STR_SUBCLASS) != 0;
}

#define MI_STR_DATA(o) (((MiStr *)(o))->data)
#define MI_STR_SIZE(o) (((MiStr *)(o))->size)
#define MI_STR_LEN(o) (((MiStr *)(o))->length)

/* New strings.  The bytes must be valid UTF-8 (callers validate input). */
MiObject *mi_str_new(const char *utf8, intptr_t size);
MiObject *mi_str_from_cstr(const char *s);
/* An uninitialised string of `size` bytes to fill in, then mi_str_finish()
 * computes its length and ASCII flag. */
MiObject *mi_str_alloc(intptr_t size);
MiObject *mi_str_finish(MiObject *s);
/* Decodes UTF-8 with `errors` ("strict", "replace", "surrogateescape"...);
 * UnicodeDecodeError on bad input in strict mode. */
MiObject *mi_str_decode_utf8(const char *s, intptr_t size, const char *errors);
/* Is cp shown as is by repr() (str.isprintable of one character)? */
int       mi_unicode_isprintable(uint32_t cp);
/* printf-like, with the same conversions as mi_err_format(). */
MiObject *mi_str_format(const char *fmt, ...);
MiObject *mi_str_vformat(const char *fmt, va_list ap);
/* The string of one code point (cached for Latin-1). */
MiObject *mi_str_from_codepoint(uint32_t cp);

/* Interning.  Returns the interned string equal to `s` (new reference);
 * `s` is stolen. */
MiObject *mi_str_intern(MiObject *s);
MiObject *mi_str_intern_cstr(const char *s);

/* Borrowed C string (UTF-8, NUL-terminated; may contain NUL bytes). */
static inline const char *
mi_str_cstr(MiObject *o)
{
    return ((MiStr *)o)->data;
}

intptr_t  mi_str_hash(MiObject *s);
/* Equal contents? Both must be str. */
int       mi_str_eq(MiObject *a, MiObject *b);
int       mi_str_eq_cstr(MiObject *a, const char *b);
int       mi_str_compare(MiObject *a, MiObject *b);   /* <0, 0, >0 */
MiObject *mi_str_concat(MiObject *a, MiObject *b);
/* sep.join(iterable) */
MiObject *mi_str_join(MiObject *sep, MiObject *iterable);
/* s[i] for 0 <= i < length; new reference. */
MiObject *mi_str_getitem(MiObject *s, intptr_t i);
/* Code point at index i (0 <= i < length). */
uint32_t  mi_str_codepoint_at(MiObject *s, intptr_t i);
/* Byte offset of code point i (0 <= i <= length). */
intptr_t  mi_str_byte_offset(MiObject *s, intptr_t i);
/* repr(s), with Python's quoting and escapes. */
MiObject *mi_str_repr(MiObject *s);
/* format(value, spec) for str/int/float specs (vm/format.c). */
MiObject *mi_str_format_spec(MiObject *value, MiObject *spec);
/* s % args */
MiObject *mi_str_percent_format(MiObject *fmt, MiObject *args);

/* A growable UTF-8 buffer for building strings. */
typedef struct MiStrBuilder {
    char    *data;
    intptr_t size, cap;
    int      failed;            /* an allocation failed: finish returns NULL */
    char     inline_buf[256];
} MiStrBuilder;

void      mi_sb_init(MiStrBuilder *sb);
int       mi_sb_append(MiStrBuilder *sb, const char *s, intptr_t n);   /* 0 / -1 */
int       mi_sb_append_cstr(MiStrBuilder *sb, const char *s);
int       mi_sb_append_char(MiStrBuilder *sb, char c);
int       mi_sb_append_codepoint(MiStrBuilder *sb, uint32_t cp);
int       mi_sb_append_str(MiStrBuilder *sb, MiObject *str);
int       mi_sb_printf(MiStrBuilder *sb, const char *fmt, ...);
/* Returns the built str (new reference) and frees the buffer. */
MiObject *mi_sb_finish(MiStrBuilder *sb);
void      mi_sb_discard(MiStrBuilder *sb);

/* UTF-8 helpers (static inline: the lexer has its own, with other
 * signatures, under the same names). */
/* Decodes one code point at s (valid UTF-8); *n gets its byte length. */
static inline uint32_t
mi_utf8_decode(const unsigned char *s, int *n)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    if (c < 0xE0) {
        *n = 2;
        return ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    }
    if (c < 0xF0) {
        *n = 3;
        return ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    }
    *n = 4;
    return ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
}

/* Encodes cp into buf (4 bytes); returns the byte count. */
static inline int
mi_utf8_encode(uint32_t cp, char *buf)
{
    if (cp < 0x80) {
        buf[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        buf[0] = (char)(0xC0 | (cp >> 6));
        buf[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        buf[0] = (char)(0xE0 | (cp >> 12));
        buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | (cp >> 18));
    buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}
/* Returns 1 when s[0..size) is valid UTF-8 (surrogates rejected). */
int       mi_utf8_valid(const char *s, intptr_t size);

/* The interned-string table (vm/str.c), created and freed by the
 * interpreter; strings remove themselves when they die. */
int       mi_str_table_init(void);
void      mi_str_table_free(void);
void      mi_str_table_remove(MiObject *s);
/* Byte offset of needle in hay, or -1 (memmem). */
intptr_t  mi_str_find_bytes(const char *hay, intptr_t hlen, const char *needle, intptr_t nlen);
/* Is code point cp printable (repr keeps it as is)? */
/* The hash str uses, for bytes objects with the same content. */
intptr_t  mi_bytes_hash_data(const char *data, intptr_t n);
extern MiType mi_str_iter_type;
/* The methods of str (vm/str_methods.c). */
extern MiMethodDef mi_str_methods[];

#endif /* MINI_VM_STR_H */
