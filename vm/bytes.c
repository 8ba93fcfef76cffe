/* vm/bytes.c: bytes and bytearray, their iterators, and the built-in
 * codecs (utf-8, ascii, latin-1).
 *
 * bytes is an immutable run of bytes stored inline after the header (plus
 * a NUL, so the data is also a C string); its hash is str's hash of the same
 * bytes.  bytearray keeps its bytes in a separate buffer that grows as
 * CPython's (over-allocating by about 1/8), so __alloc__ and __sizeof__
 * report CPython's numbers.
 *
 * Most methods are written once over (data, size) and serve both types:
 * a method of a bytes returns bytes, of a bytearray returns bytearray.
 * Arguments that must be "bytes-like" accept bytes and bytearray (mini has
 * no memoryview).  Messages of errors are CPython 3.10's; so are the quirks
 * of repr (bytearray always escapes '), of the % operator and of the codec
 * error reports.
 *
 * Codecs: utf-8, ascii and latin-1 (with the encodings package's aliases
 * and the strict/ignore/replace/backslashreplace/surrogateescape/
 * xmlcharrefreplace handlers) are implemented here; encoding to any other
 * codec is delegated to str.encode, decoding from one is a LookupError.
 *
 * Invariants: a bytearray's data is NULL exactly when cap is 0; otherwise
 * data[size] is NUL and size < cap.  Nothing here holds references, so
 * neither type is a container.
 * Start reading at bytes_new_slot() and bytearray_init(). */
#include "vm/bytes.h"

#include <stdio.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/bytes_codec.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/slots.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

/* CPython's sizes on 64-bit machines, reported by __sizeof__:
 * offsetof(PyBytesObject, ob_sval) + 1 and sizeof(PyByteArrayObject). */
#define CPY_BYTES_BASESIZE 33
#define CPY_BYTEARRAY_BASESIZE 56

/* ---- byte classes (ASCII only, as CPython's bytes methods) ------------------------ */

static inline int
is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}

static inline int
is_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

static inline int
is_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static inline int
is_alpha(unsigned char c)
{
    return is_lower(c) || is_upper(c);
}

static inline int
is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static inline unsigned char
to_lower(unsigned char c)
{
    return is_upper(c) ? (unsigned char)(c + 32) : c;
}

static inline unsigned char
to_upper(unsigned char c)
{
    return is_lower(c) ? (unsigned char)(c - 32) : c;
}

static int
hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 16;
}

static const char hexdigits[] = "0123456789abcdef";

/* ---- a growable byte buffer for building results ----------------------------------- */

typedef struct ByteBuf {
    char    *data;
    intptr_t size, cap;
    int      failed;            /* an allocation failed: finishing raises */
    char     inline_buf[128];
} ByteBuf;

static void
bb_init(ByteBuf *b)
{
    b->data = b->inline_buf;
    b->size = 0;
    b->cap = (intptr_t)sizeof(b->inline_buf);
    b->failed = 0;
}

/* Makes room for `extra` more bytes.  0 / -1 (no exception: see failed). */
static int
bb_reserve(ByteBuf *b, intptr_t extra)
{
    intptr_t need, cap;
    char *p;
    if (b->failed)
        return -1;
    if (extra <= b->cap - b->size)
        return 0;
    if (extra > INTPTR_MAX / 2 - b->size) {
        b->failed = 1;
        return -1;
    }
    need = b->size + extra;
    cap = b->cap * 2 > need ? b->cap * 2 : need;
    if (b->data == b->inline_buf) {
        p = mi_malloc((size_t)cap);
        if (p != NULL)
            memcpy(p, b->data, (size_t)b->size);
    } else {
        p = mi_realloc(b->data, (size_t)cap);
    }
    if (p == NULL) {
        b->failed = 1;
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

static int
bb_append(ByteBuf *b, const char *s, intptr_t n)
{
    if (bb_reserve(b, n) < 0)
        return -1;
    if (n > 0)
        memcpy(b->data + b->size, s, (size_t)n);
    b->size += n;
    return 0;
}

static int
bb_putc(ByteBuf *b, int c)
{
    if (bb_reserve(b, 1) < 0)
        return -1;
    b->data[b->size++] = (char)c;
    return 0;
}

static int
bb_fill(ByteBuf *b, int c, intptr_t n)
{
    if (n <= 0)
        return 0;
    if (bb_reserve(b, n) < 0)
        return -1;
    memset(b->data + b->size, c, (size_t)n);
    b->size += n;
    return 0;
}

static void
bb_free(ByteBuf *b)
{
    if (b->data != b->inline_buf)
        mi_free(b->data);
    b->data = b->inline_buf;
}

/* Returns the built bytes (or bytearray when `as_bytearray`) and frees the
 * buffer; NULL with MemoryError when an append failed. */
static MiObject *
bb_finish(ByteBuf *b, int as_bytearray)
{
    MiObject *res;
    if (b->failed) {
        bb_free(b);
        return mi_err_nomemory();
    }
    res = as_bytearray ? mi_bytearray_new(b->data, b->size) : mi_bytes_new(b->data, b->size);
    bb_free(b);
    return res;
}

/* ---- views of bytes-like objects ------------------------------------------------------ */

int
mi_bytearray_check(MiObject *o)
{
    return o->type == &mi_bytearray_type || mi_type_is_subtype(o->type, &mi_bytearray_type);
}

#define BA(o) ((MiByteArray *)(o))

/* The data of a bytes or bytearray `o` (never NULL). */
static inline char *
data_of(MiObject *o)
{
    if (mi_bytes_check(o))
        return MI_BYTES_DATA(o);
    return BA(o)->data != NULL ? BA(o)->data : (char *)"";
}

static inline intptr_t
size_of(MiObject *o)
{
    return ((MiVarObject *)o)->size;
}

int
mi_bytes_view(MiObject *o, const char **data, intptr_t *size)
{
    if (!mi_bytes_check(o) && !mi_bytearray_check(o))
        return 0;
    *data = data_of(o);
    *size = size_of(o);
    return 1;
}

/* Like mi_bytes_view() but raises TypeError "a bytes-like object is
 * required, not 'T'" when `o` is not bytes-like.  0 / -1. */
static int
need_view(MiObject *o, const char **data, intptr_t *size)
{
    if (mi_bytes_view(o, data, size))
        return 0;
    mi_err_format(MI_EXC(TypeError), "a bytes-like object is required, not '%s'",
                  MI_TYPE_NAME(o));
    return -1;
}

/* A result of the same kind as `self`: bytes for bytes, bytearray for
 * bytearray. */
static MiObject *
new_like(MiObject *self, const char *data, intptr_t size)
{
    if (mi_bytes_check(self))
        return mi_bytes_new(data, size);
    return mi_bytearray_new(data, size);
}

/* `self` unchanged: the same object for an exact bytes, a copy otherwise. */
static MiObject *
same_like(MiObject *self)
{
    if (self->type == &mi_bytes_type)
        return mi_newref(self);
    return new_like(self, data_of(self), size_of(self));
}

/* ---- construction ---------------------------------------------------------------------- */

MiObject *
mi_bytes_new(const char *data, intptr_t size)
{
    MiBytes *b;
    if (size < 0) {
        mi_err_bad_internal_call();
        return NULL;
    }
    b = (MiBytes *)mi_object_alloc_var(&mi_bytes_type, size);
    if (b == NULL)
        return NULL;
    b->hash = -1;
    if (data != NULL && size > 0)
        memcpy(b->data, data, (size_t)size);
    b->data[size] = '\0';
    return (MiObject *)b;
}

/* A bytes of `type` (bytes or a subclass) holding data[0..size). */
static MiObject *
bytes_new_of_type(MiType *type, const char *data, intptr_t size)
{
    MiBytes *b;
    if (type == &mi_bytes_type)
        return mi_bytes_new(data, size);
    b = (MiBytes *)mi_object_alloc_var(type, size);
    if (b == NULL)
        return NULL;
    b->hash = -1;
    if (data != NULL && size > 0)
        memcpy(b->data, data, (size_t)size);
    b->data[size] = '\0';
    if (type->flags & MI_TYPE_GC)
        MI_GC_TRACK(b);
    return (MiObject *)b;
}

/* Resizes the buffer of `ba` to hold `size` bytes, with CPython's growth
 * policy.  0 / -1. */
static int
bytearray_resize(MiByteArray *ba, intptr_t size)
{
    intptr_t alloc = ba->cap;
    char *p;
    if (size == ba->size)
        return 0;
    if (ba->exports > 0) {
        mi_err_set(MI_EXC(BufferError), "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (size + 1 <= alloc) {
        if (size >= alloc / 2) {
            /* minor downsize: keep the buffer */
            ba->size = size;
            ba->data[size] = '\0';
            return 0;
        }
        alloc = size + 1;
    } else if (size <= alloc + alloc / 8) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        alloc = size + 1;
    }
    if (size < 0 || alloc < size) {
        mi_err_nomemory();
        return -1;
    }
    p = mi_realloc(ba->data, (size_t)alloc);
    if (p == NULL) {
        mi_err_nomemory();
        return -1;
    }
    ba->data = p;
    ba->cap = alloc;
    ba->size = size;
    ba->data[size] = '\0';
    return 0;
}

/* A new bytearray of `type` holding data[0..size) (data may be NULL:
 * zeroed), with CPython's exact allocation of size + 1. */
static MiObject *
bytearray_new_of_type(MiType *type, const char *data, intptr_t size)
{
    MiByteArray *ba = (MiByteArray *)mi_object_alloc(type);
    if (ba == NULL)
        return NULL;
    if (size > 0) {
        ba->data = mi_malloc((size_t)size + 1);
        if (ba->data == NULL) {
            MI_DECREF(ba);
            return mi_err_nomemory();
        }
        ba->cap = size + 1;
        ba->size = size;
        if (data != NULL)
            memcpy(ba->data, data, (size_t)size);
        else
            memset(ba->data, 0, (size_t)size);
        ba->data[size] = '\0';
    }
    if (type->flags & MI_TYPE_GC)
        MI_GC_TRACK(ba);
    return (MiObject *)ba;
}

MiObject *
mi_bytearray_new(const char *data, intptr_t size)
{
    if (size < 0) {
        mi_err_bad_internal_call();
        return NULL;
    }
    return bytearray_new_of_type(&mi_bytearray_type, data, size);
}

/* The value of `item` as a byte: 0..255, or -1 with ValueError `range_msg`
 * (or the TypeError of __index__). */
static int
byte_value(MiObject *item, const char *range_msg)
{
    intptr_t v = mi_num_as_ssize(item, NULL);
    if (v == -1 && mi_err_occurred())
        return -1;
    if (v < 0 || v > 255) {
        mi_err_set(MI_EXC(ValueError), range_msg);
        return -1;
    }
    return (int)v;
}

typedef struct FillState {
    ByteBuf    *buf;
    const char *range_msg;
} FillState;

static int
append_byte_item(MiObject *item, void *arg)
{
    FillState *st = arg;
    int v = byte_value(item, st->range_msg);
    if (v < 0)
        return -1;
    if (bb_putc(st->buf, v) < 0) {
        mi_err_nomemory();
        return -1;
    }
    return 0;
}

/* Appends the bytes of a bytes-like object or of an iterable of ints to
 * `buf` (PyBytes_FromObject).  `what` names the type being built for the
 * TypeError of a non-iterable.  0 / -1. */
static int
fill_from_object(ByteBuf *buf, MiObject *x, const char *what, const char *range_msg)
{
    const char *data;
    intptr_t size;
    FillState st = {buf, range_msg};
    MiObject *it;
    int rc;
    if (mi_bytes_view(x, &data, &size)) {
        if (bb_append(buf, data, size) < 0) {
            mi_err_nomemory();
            return -1;
        }
        return 0;
    }
    if (mi_str_check(x)) {
        mi_err_format(MI_EXC(TypeError), "cannot convert 'str' object to %s", what);
        return -1;
    }
    it = mi_obj_iter(x);
    if (it == NULL) {
        if (mi_err_matches((MiObject *)MI_EXC(TypeError))) {
            mi_err_clear();
            mi_err_format(MI_EXC(TypeError), "cannot convert '%s' object to %s",
                          MI_TYPE_NAME(x), what);
        }
        return -1;
    }
    rc = mi_iterate(it, append_byte_item, &st);
    MI_DECREF(it);
    return rc < 0 ? -1 : 0;
}

/* Looks up and calls the special method `name` of `o` (from its type):
 * 1 with *res set, 0 when the type has none, -1 on error. */
static int
call_special0(MiObject *o, const char *name, MiObject **res)
{
    MiObject *n = mi_str_intern_cstr(name);
    int found;
    *res = NULL;
    if (n == NULL)
        return -1;
    *res = mi_call_special(o, n, NULL, 0, &found);
    MI_DECREF(n);
    if (!found)
        return 0;
    return *res == NULL ? -1 : 1;
}

/* Checks the (source, encoding, errors) arguments of bytes() and
 * bytearray() as CPython: out[0..3) borrowed or NULL, encoding and errors
 * as C strings.  0 / -1. */
static int
parse_constructor_args(const char *fname, MiObject *const *args, intptr_t nargs,
                       MiObject *kwnames, MiObject **source, const char **encoding,
                       const char **errors)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    MiObject *a[3] = {NULL, NULL, NULL};
    intptr_t nkw = mi_args_nkw(kwnames);
    if (nargs + nkw > 3) {
        mi_err_format(MI_EXC(TypeError), "%s() takes at most 3 arguments (%zd given)", fname,
                      nargs + nkw);
        return -1;
    }
    for (intptr_t i = 0; i < nargs; i++)
        a[i] = args[i];
    for (intptr_t k = 0; k < nkw; k++) {
        MiObject *key = MI_TUPLE_GET(kwnames, k);
        int found = -1;
        for (int i = 0; i < 3; i++) {
            if (mi_str_eq_cstr(key, names[i]))
                found = i;
        }
        if (found < 0) {
            mi_err_format(MI_EXC(TypeError), "'%U' is an invalid keyword argument for %s()",
                          key, fname);
            return -1;
        }
        if (a[found] != NULL) {
            mi_err_format(MI_EXC(TypeError), "argument for %s() given by name ('%s') and "
                          "position (%d)", fname, names[found], found + 1);
            return -1;
        }
        a[found] = args[nargs + k];
    }
    for (int i = 1; i < 3; i++) {
        if (a[i] != NULL && !mi_str_check(a[i])) {
            mi_err_format(MI_EXC(TypeError), "%s() argument '%s' must be str, not %s", fname,
                          names[i], MI_TYPE_NAME(a[i]));
            return -1;
        }
    }
    *source = a[0];
    *encoding = a[1] ? MI_STR_DATA(a[1]) : NULL;
    *errors = a[2] ? MI_STR_DATA(a[2]) : NULL;
    return 0;
}

/* bytes(), bytes(int), bytes(iterable), bytes(str, encoding[, errors]),
 * bytes(bytes-like), bytes(obj with __bytes__). */
static MiObject *
bytes_new_slot(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *x, *res = NULL, *tmp;
    const char *encoding, *errors;
    ByteBuf buf;
    int rc;
    if (parse_constructor_args("bytes", args, nargs, kwnames, &x, &encoding, &errors) < 0)
        return NULL;
    if (x == NULL) {
        if (encoding != NULL || errors != NULL) {
            return mi_err_format(MI_EXC(TypeError), encoding != NULL
                                 ? "encoding without a string argument"
                                 : "errors without a string argument");
        }
        return bytes_new_of_type(type, NULL, 0);
    }
    if (encoding != NULL) {
        if (!mi_str_check(x))
            return mi_err_format(MI_EXC(TypeError), "encoding without a string argument");
        tmp = mi_bytes_encode_str(x, encoding, errors);
        if (tmp == NULL || type == &mi_bytes_type)
            return tmp;
        res = bytes_new_of_type(type, MI_BYTES_DATA(tmp), MI_BYTES_SIZE(tmp));
        MI_DECREF(tmp);
        return res;
    }
    if (errors != NULL) {
        return mi_err_format(MI_EXC(TypeError), mi_str_check(x)
                             ? "string argument without an encoding"
                             : "errors without a string argument");
    }
    rc = call_special0(x, "__bytes__", &tmp);
    if (rc < 0)
        return NULL;
    if (rc > 0) {
        if (!mi_bytes_check(tmp)) {
            mi_err_format(MI_EXC(TypeError), "__bytes__ returned non-bytes (type %s)",
                          MI_TYPE_NAME(tmp));
            MI_DECREF(tmp);
            return NULL;
        }
        if (type == &mi_bytes_type)
            return tmp;
        res = bytes_new_of_type(type, MI_BYTES_DATA(tmp), MI_BYTES_SIZE(tmp));
        MI_DECREF(tmp);
        return res;
    }
    if (mi_str_check(x))
        return mi_err_format(MI_EXC(TypeError), "string argument without an encoding");
    if (x->type->index != NULL) {
        intptr_t size = mi_num_as_ssize(x, MI_EXC(OverflowError));
        if (size == -1 && mi_err_occurred()) {
            if (!mi_err_matches((MiObject *)MI_EXC(TypeError)))
                return NULL;
            mi_err_clear();
        } else {
            if (size < 0)
                return mi_err_format(MI_EXC(ValueError), "negative count");
            return bytes_new_of_type(type, NULL, size);
        }
    }
    if (type == &mi_bytes_type && x->type == &mi_bytes_type)
        return mi_newref(x);
    bb_init(&buf);
    if (fill_from_object(&buf, x, "bytes", "bytes must be in range(0, 256)") < 0) {
        bb_free(&buf);
        return NULL;
    }
    if (buf.failed) {
        bb_free(&buf);
        return mi_err_nomemory();
    }
    res = bytes_new_of_type(type, buf.data, buf.size);
    bb_free(&buf);
    return res;
}

static MiObject *
bytearray_new_slot(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return bytearray_new_of_type(type, NULL, 0);
}

/* Replaces the contents of `ba` by data[0..size).  0 / -1. */
static int
bytearray_set_contents(MiByteArray *ba, const char *data, intptr_t size)
{
    if (bytearray_resize(ba, size) < 0)
        return -1;
    if (size > 0)
        memmove(ba->data, data, (size_t)size);
    return 0;
}

static int
bytearray_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiByteArray *ba = BA(self);
    MiObject *arg;
    const char *encoding, *errors;
    ByteBuf buf;
    int rc;
    if (parse_constructor_args("bytearray", args, nargs, kwnames, &arg, &encoding, &errors) < 0)
        return -1;
    if (ba->size != 0 && bytearray_resize(ba, 0) < 0)
        return -1;
    if (arg == NULL) {
        if (encoding != NULL || errors != NULL) {
            mi_err_set(MI_EXC(TypeError), encoding != NULL ? "encoding without a string argument"
                                                           : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (mi_str_check(arg)) {
        MiObject *encoded;
        if (encoding == NULL) {
            mi_err_set(MI_EXC(TypeError), "string argument without an encoding");
            return -1;
        }
        encoded = mi_bytes_encode_str(arg, encoding, errors);
        if (encoded == NULL)
            return -1;
        rc = bytearray_set_contents(ba, MI_BYTES_DATA(encoded), MI_BYTES_SIZE(encoded));
        MI_DECREF(encoded);
        return rc;
    }
    if (encoding != NULL || errors != NULL) {
        mi_err_set(MI_EXC(TypeError), encoding != NULL ? "encoding without a string argument"
                                                       : "errors without a string argument");
        return -1;
    }
    if (arg->type->index != NULL) {
        intptr_t count = mi_num_as_ssize(arg, MI_EXC(OverflowError));
        if (count == -1 && mi_err_occurred()) {
            if (!mi_err_matches((MiObject *)MI_EXC(TypeError)))
                return -1;
            mi_err_clear();
        } else {
            if (count < 0) {
                mi_err_set(MI_EXC(ValueError), "negative count");
                return -1;
            }
            if (count > 0) {
                if (bytearray_resize(ba, count) < 0)
                    return -1;
                memset(ba->data, 0, (size_t)count);
            }
            return 0;
        }
    }
    bb_init(&buf);
    rc = fill_from_object(&buf, arg, "bytearray", "byte must be in range(0, 256)");
    if (rc == 0 && buf.failed) {
        mi_err_nomemory();
        rc = -1;
    }
    if (rc == 0)
        rc = bytearray_set_contents(ba, buf.data, buf.size);
    bb_free(&buf);
    return rc;
}

/* ---- repr ------------------------------------------------------------------------------- */

/* Writes b'...' for data[0..size) after `prefix`: CPython's escapes, and
 * double quotes when the data holds ' but no ".  A bytearray (`always_squote`)
 * escapes every ', whichever quote it uses, as CPython 3.10 does. */
static MiObject *
repr_data(const char *data, intptr_t size, const char *prefix, const char *suffix,
          int always_squote)
{
    MiStrBuilder sb;
    int squotes = 0, dquotes = 0;
    char quote = '\'';
    for (intptr_t i = 0; i < size; i++) {
        squotes |= data[i] == '\'';
        dquotes |= data[i] == '"';
    }
    if (squotes && !dquotes)
        quote = '"';
    mi_sb_init(&sb);
    mi_sb_append_cstr(&sb, prefix);
    mi_sb_append_char(&sb, 'b');
    mi_sb_append_char(&sb, quote);
    for (intptr_t i = 0; i < size; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == quote || c == '\\' || (always_squote && c == '\'')) {
            mi_sb_append_char(&sb, '\\');
            mi_sb_append_char(&sb, (char)c);
        } else if (c == '\t') {
            mi_sb_append_cstr(&sb, "\\t");
        } else if (c == '\n') {
            mi_sb_append_cstr(&sb, "\\n");
        } else if (c == '\r') {
            mi_sb_append_cstr(&sb, "\\r");
        } else if (c < ' ' || c >= 0x7f) {
            char esc[4] = {'\\', 'x', hexdigits[c >> 4], hexdigits[c & 15]};
            mi_sb_append(&sb, esc, 4);
        } else {
            mi_sb_append_char(&sb, (char)c);
        }
    }
    mi_sb_append_char(&sb, quote);
    mi_sb_append_cstr(&sb, suffix);
    return mi_sb_finish(&sb);
}

MiObject *
mi_bytes_repr_data(const char *data, intptr_t size, const char *prefix)
{
    return repr_data(data, size, prefix ? prefix : "", "", 0);
}

static MiObject *
bytes_repr(MiObject *self)
{
    return repr_data(MI_BYTES_DATA(self), MI_BYTES_SIZE(self), "", "", 0);
}

static MiObject *
bytearray_repr(MiObject *self)
{
    MiObject *prefix = mi_str_format("%s(", MI_TYPE_NAME(self)), *res;
    if (prefix == NULL)
        return NULL;
    res = repr_data(data_of(self), size_of(self), MI_STR_DATA(prefix), ")", 1);
    MI_DECREF(prefix);
    return res;
}

/* ---- codecs ------------------------------------------------------------------------------ */

enum { CODEC_UTF8, CODEC_LATIN1, CODEC_ASCII };

static const char *const codec_names[] = {"utf-8", "latin-1", "ascii"};

/* The aliases of the encodings module for the three built-in codecs, after
 * its normalisation (lower case, runs of punctuation turned into '_'). */
static const struct {
    const char *alias;
    int         codec;
} codec_aliases[] = {
    {"utf_8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8}, {"utf8", CODEC_UTF8},
    {"utf8_ucs2", CODEC_UTF8}, {"utf8_ucs4", CODEC_UTF8}, {"cp65001", CODEC_UTF8},
    {"latin_1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1}, {"latin", CODEC_LATIN1},
    {"l1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1}, {"iso_8859_1", CODEC_LATIN1},
    {"8859", CODEC_LATIN1}, {"cp819", CODEC_LATIN1}, {"iso_ir_100", CODEC_LATIN1},
    {"csisolatin1", CODEC_LATIN1}, {"ibm819", CODEC_LATIN1},
    {"iso_8859_1_1987", CODEC_LATIN1},
    {"ascii", CODEC_ASCII}, {"646", CODEC_ASCII}, {"us_ascii", CODEC_ASCII},
    {"us", CODEC_ASCII}, {"ansi_x3.4_1968", CODEC_ASCII}, {"ansi_x3_4_1968", CODEC_ASCII},
    {"ansi_x3.4_1986", CODEC_ASCII}, {"cp367", CODEC_ASCII}, {"csascii", CODEC_ASCII},
    {"ibm367", CODEC_ASCII}, {"iso646_us", CODEC_ASCII}, {"iso_646.irv_1991", CODEC_ASCII},
    {"iso_ir_6", CODEC_ASCII},
};

/* The codec called `name`, or -1 with LookupError "unknown encoding". */
static int
lookup_codec(const char *name)
{
    char norm[64];
    size_t n = 0;
    int punct = 0;
    if (name == NULL)
        return CODEC_UTF8;
    for (const char *p = name; *p != '\0'; p++) {
        unsigned char c = (unsigned char)*p;
        if (is_alpha(c) || is_digit(c) || c == '.') {
            if (punct && n > 0 && n < sizeof(norm) - 1)
                norm[n++] = '_';
            if (n < sizeof(norm) - 1)
                norm[n++] = (char)to_lower(c);
            punct = 0;
        } else if (c < 0x80) {
            punct = 1;
        }
    }
    norm[n] = '\0';
    for (size_t i = 0; i < sizeof(codec_aliases) / sizeof(codec_aliases[0]); i++) {
        if (strcmp(norm, codec_aliases[i].alias) == 0)
            return codec_aliases[i].codec;
    }
    mi_err_format(MI_EXC(LookupError), "unknown encoding: %s", name);
    return -1;
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_SURROGATEESCAPE, ERR_XMLCHARREF,
       ERR_UNKNOWN };

static int
error_handler(const char *errors)
{
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "surrogateescape", "xmlcharrefreplace"};
    if (errors == NULL)
        return ERR_STRICT;
    for (int i = 0; i < ERR_UNKNOWN; i++) {
        if (strcmp(errors, names[i]) == 0)
            return i;
    }
    return ERR_UNKNOWN;
}

static void
unknown_handler(const char *errors)
{
    mi_err_format(MI_EXC(LookupError), "unknown error handler name '%s'", errors);
}

static void
decode_error(int codec, const unsigned char *start, intptr_t size, intptr_t startpos,
             intptr_t endpos, const char *reason)
{
    mi_err_unicode_decode(codec_names[codec], (const char *)start, size, startpos, endpos,
                          reason);
}

/* Applies decode error handler `handler` to bytes [startpos, endpos):
 * 0 when handled, -1 with the exception set. */
static int
handle_decode_error(MiStrBuilder *sb, int codec, int handler, const char *errors,
                    const unsigned char *s, intptr_t size, intptr_t startpos, intptr_t endpos,
                    const char *reason)
{
    switch (handler) {
    case ERR_IGNORE:
        return 0;
    case ERR_REPLACE:
        return mi_sb_append_codepoint(sb, 0xFFFD);
    case ERR_BACKSLASH:
        for (intptr_t i = startpos; i < endpos; i++)
            mi_sb_printf(sb, "\\x%02x", s[i]);
        return 0;
    case ERR_SURROGATEESCAPE: {
        intptr_t i = startpos;
        while (i < endpos && s[i] >= 0x80)
            i++;
        if (i < endpos)
            break;              /* ASCII bytes cannot be escaped: the error stands */
        for (i = startpos; i < endpos; i++)
            mi_sb_append_codepoint(sb, 0xDC00 + s[i]);
        return 0;
    }
    case ERR_UNKNOWN:
        unknown_handler(errors);
        return -1;
    default:
        break;
    }
    decode_error(codec, s, size, startpos, endpos, reason);
    return -1;
}

static inline int
is_continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* The length of the valid UTF-8 sequence at s[0..n), or 0 with *errlen
 * and *reason describing the error, as CPython's decoder reports it. */
static int
utf8_sequence(const unsigned char *s, intptr_t n, intptr_t *errlen, const char **reason)
{
    unsigned char c = s[0];
    *reason = "invalid continuation byte";
    if (c < 0x80)
        return 1;
    if (c < 0xC2 || c > 0xF4) {
        *reason = "invalid start byte";
        *errlen = 1;
        return 0;
    }
    if (c < 0xE0) {
        if (n < 2)
            goto end_of_data;
        if (!is_continuation(s[1])) {
            *errlen = 1;
            return 0;
        }
        return 2;
    }
    if (c < 0xF0) {
        int bad2 = n >= 2 && (!is_continuation(s[1]) || (s[1] < 0xA0 ? c == 0xE0 : c == 0xED));
        if (n < 2 || (n < 3 && !bad2))
            goto end_of_data;
        if (bad2) {
            *errlen = 1;
            return 0;
        }
        if (!is_continuation(s[2])) {
            *errlen = 2;
            return 0;
        }
        return 3;
    }
    {
        int bad2 = n >= 2 && (!is_continuation(s[1]) || (s[1] < 0x90 ? c == 0xF0 : c == 0xF4));
        if (n < 2)
            goto end_of_data;
        if (bad2) {
            *errlen = 1;
            return 0;
        }
        if (n < 3)
            goto end_of_data;
        if (!is_continuation(s[2])) {
            *errlen = 2;
            return 0;
        }
        if (n < 4)
            goto end_of_data;
        if (!is_continuation(s[3])) {
            *errlen = 3;
            return 0;
        }
        return 4;
    }
end_of_data:
    *reason = "unexpected end of data";
    *errlen = n;
    return 0;
}

/* Is s[0..n) valid UTF-8 without surrogates (what CPython's decoder
 * accepts)? */
static int
utf8_strictly_valid(const unsigned char *s, intptr_t n)
{
    intptr_t i = 0, errlen;
    const char *reason;
    while (i < n) {
        int len;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        len = utf8_sequence(s + i, n - i, &errlen, &reason);
        if (len == 0)
            return 0;
        i += len;
    }
    return 1;
}

MiObject *
mi_bytes_decode(const char *data, intptr_t size, const char *encoding, const char *errors)
{
    const unsigned char *s = (const unsigned char *)data;
    int codec = lookup_codec(encoding), handler;
    MiStrBuilder sb;
    intptr_t i = 0;
    if (codec < 0)
        return NULL;
    handler = error_handler(errors);
    if (codec == CODEC_UTF8 && utf8_strictly_valid(s, size))
        return mi_str_new(data, size);
    mi_sb_init(&sb);
    while (i < size) {
        if (codec == CODEC_UTF8) {
            intptr_t errlen;
            const char *reason;
            int n = utf8_sequence(s + i, size - i, &errlen, &reason);
            if (n > 0) {
                mi_sb_append(&sb, (const char *)s + i, n);
                i += n;
                continue;
            }
            if (handle_decode_error(&sb, codec, handler, errors, s, size, i, i + errlen,
                                    reason) < 0)
                goto fail;
            i += errlen;
        } else if (s[i] < 0x80 || codec == CODEC_LATIN1) {
            mi_sb_append_codepoint(&sb, s[i]);
            i++;
        } else {
            if (handle_decode_error(&sb, codec, handler, errors, s, size, i, i + 1,
                                    "ordinal not in range(128)") < 0)
                goto fail;
            i++;
        }
    }
    return mi_sb_finish(&sb);
fail:
    mi_sb_discard(&sb);
    return NULL;
}

/* Raises UnicodeEncodeError for code points [startpos, endpos) of str. */
static void
encode_error(int codec, MiObject *str, intptr_t startpos, intptr_t endpos, const char *reason)
{
    mi_err_unicode_encode(codec_names[codec], str, startpos, endpos, reason);
}

/* Can `codec` encode code point cp? */
static int
encodable(int codec, uint32_t cp)
{
    switch (codec) {
    case CODEC_ASCII: return cp < 0x80;
    case CODEC_LATIN1: return cp < 0x100;
    default: return cp < 0xD800 || cp > 0xDFFF;
    }
}

/* Appends cp to `out` in `codec` (cp is encodable). */
static void
encode_cp(ByteBuf *out, int codec, uint32_t cp)
{
    if (codec == CODEC_UTF8) {
        char tmp[4];
        bb_append(out, tmp, mi_utf8_encode(cp, tmp));
    } else {
        bb_putc(out, (int)cp);
    }
}

/* Encodes with str.encode (of the str type itself, as CPython's codec
 * lookup ignores overrides), for the codecs this file does not implement
 * (utf-16, utf-32).  The LookupError of lookup_codec() is replaced. */
static MiObject *
encode_with_str_method(MiObject *str, const char *encoding, const char *errors)
{
    MiObject *meth = mi_type_lookup(&mi_str_type, MI_NAME(encode)), *args[3], *res;
    intptr_t n = 1;
    if (meth == NULL)
        return NULL;                /* the LookupError stands */
    mi_err_clear();
    args[0] = str;
    args[n] = mi_str_from_cstr(encoding);
    if (args[n] == NULL)
        return NULL;
    n++;
    if (errors != NULL) {
        args[n] = mi_str_from_cstr(errors);
        if (args[n] == NULL) {
            MI_DECREF(args[1]);
            return NULL;
        }
        n++;
    }
    MI_INCREF(meth);
    res = mi_call(meth, args, n, NULL);
    MI_DECREF(meth);
    while (--n >= 1)
        MI_DECREF(args[n]);
    if (res != NULL && !mi_bytes_check(res)) {
        mi_err_format(MI_EXC(TypeError), "encoder did not return a bytes object (type=%s)",
                      MI_TYPE_NAME(res));
        MI_CLEAR(res);
    }
    return res;
}

MiObject *
mi_bytes_encode_str(MiObject *str, const char *encoding, const char *errors)
{
    const unsigned char *p = (const unsigned char *)MI_STR_DATA(str);
    const unsigned char *end = p + MI_STR_SIZE(str);
    int codec = lookup_codec(encoding), handler;
    const char *reason;
    intptr_t pos = 0;
    ByteBuf out;
    if (codec < 0)
        return encode_with_str_method(str, encoding, errors);
    if (((MiStr *)str)->ascii || (codec == CODEC_UTF8 && utf8_strictly_valid(p, end - p)))
        return mi_bytes_new((const char *)p, end - p);
    handler = error_handler(errors);
    reason = codec == CODEC_UTF8 ? "surrogates not allowed"
             : codec == CODEC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
    bb_init(&out);
    while (p < end) {
        int n;
        uint32_t cp = mi_utf8_decode(p, &n);
        const unsigned char *q;
        intptr_t endpos;
        if (encodable(codec, cp)) {
            encode_cp(&out, codec, cp);
            p += n;
            pos++;
            continue;
        }
        /* a run of characters the codec cannot encode */
        q = p;
        endpos = pos;
        while (q < end) {
            int m;
            uint32_t c2 = mi_utf8_decode(q, &m);
            if (encodable(codec, c2))
                break;
            q += m;
            endpos++;
        }
        if (handler == ERR_UNKNOWN) {
            unknown_handler(errors);
            goto fail;
        }
        if (handler == ERR_STRICT) {
            encode_error(codec, str, pos, endpos, reason);
            goto fail;
        }
        while (p < q) {
            uint32_t c = mi_utf8_decode(p, &n);
            switch (handler) {
            case ERR_IGNORE:
                break;
            case ERR_REPLACE:
                bb_putc(&out, '?');
                break;
            case ERR_BACKSLASH: {
                char esc[16];
                int len;
                if (c <= 0xff)
                    len = snprintf(esc, sizeof(esc), "\\x%02x", (unsigned)c);
                else if (c <= 0xffff)
                    len = snprintf(esc, sizeof(esc), "\\u%04x", (unsigned)c);
                else
                    len = snprintf(esc, sizeof(esc), "\\U%08x", (unsigned)c);
                bb_append(&out, esc, len);
                break;
            }
            case ERR_XMLCHARREF: {
                char ref[16];
                int len = snprintf(ref, sizeof(ref), "&#%u;", (unsigned)c);
                if (c >= 0xD800 && c <= 0xDFFF && codec == CODEC_UTF8) {
                    encode_error(codec, str, pos, pos + 1, reason);
                    goto fail;
                }
                bb_append(&out, ref, len);
                break;
            }
            default:            /* surrogateescape */
                if (c < 0xDC80 || c > 0xDCFF) {
                    encode_error(codec, str, pos, pos + 1, reason);
                    goto fail;
                }
                bb_putc(&out, (int)(c - 0xDC00));
                break;
            }
            p += n;
            pos++;
        }
    }
    return bb_finish(&out, 0);
fail:
    bb_free(&out);
    return NULL;
}

/* ---- sequence protocol ------------------------------------------------------------------ */

static intptr_t
bytes_len(MiObject *self)
{
    return size_of(self);
}

static MiObject *
bytes_subscript(MiObject *self, MiObject *key)
{
    intptr_t n = size_of(self);
    const char *d = data_of(self);
    int is_ba = !mi_bytes_check(self);
    if (mi_int_check(key) || (key->type->index != NULL && key->type != &mi_slice_type)) {
        intptr_t i = mi_num_as_ssize(key, MI_EXC(IndexError));
        if (i == -1 && mi_err_occurred())
            return NULL;
        if (i < 0)
            i += n;
        if (i < 0 || i >= n) {
            return mi_err_format(MI_EXC(IndexError), is_ba ? "bytearray index out of range"
                                                           : "index out of range");
        }
        return mi_int_from_i64((unsigned char)d[i]);
    }
    if (key->type == &mi_slice_type) {
        intptr_t start, stop, step, len = mi_slice_indices(key, n, &start, &stop, &step);
        MiObject *res;
        if (len < 0)
            return NULL;
        if (step == 1) {
            if (start == 0 && len == n && self->type == &mi_bytes_type)
                return mi_newref(self);
            return new_like(self, d + start, len);
        }
        res = new_like(self, NULL, len);
        if (res == NULL)
            return NULL;
        {
            char *out = data_of(res);
            for (intptr_t k = 0, i = start; k < len; k++, i += step)
                out[k] = d[i];
        }
        return res;
    }
    return mi_err_format(MI_EXC(TypeError), "%s indices must be integers or slices, not %s",
                         is_ba ? "bytearray" : "byte", MI_TYPE_NAME(key));
}

/* Byte offset of needle in hay[0..hlen), or -1; an empty needle is found
 * at 0. */
static intptr_t
search_forward(const char *hay, intptr_t hlen, const char *needle, intptr_t nlen)
{
    if (nlen == 0)
        return 0;
    if (nlen > hlen)
        return -1;
    if (nlen == 1) {
        const char *p = memchr(hay, needle[0], (size_t)hlen);
        return p ? p - hay : -1;
    }
    return mi_str_find_bytes(hay, hlen, needle, nlen);
}

/* Offset of the last occurrence of needle in hay[0..hlen), or -1; an empty
 * needle is found at hlen. */
static intptr_t
search_backward(const char *hay, intptr_t hlen, const char *needle, intptr_t nlen)
{
    if (nlen > hlen)
        return -1;
    for (intptr_t i = hlen - nlen; i >= 0; i--) {
        if (memcmp(hay + i, needle, (size_t)nlen) == 0)
            return i;
    }
    return -1;
}

static int
bytes_contains(MiObject *self, MiObject *arg)
{
    const char *sub;
    intptr_t n;
    if (mi_int_check(arg) || arg->type->index != NULL) {
        intptr_t v = mi_num_as_ssize(arg, NULL);
        if (v == -1 && mi_err_occurred())
            return -1;
        if (v < 0 || v > 255) {
            mi_err_set(MI_EXC(ValueError), "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(data_of(self), (int)v, (size_t)size_of(self)) != NULL;
    }
    if (need_view(arg, &sub, &n) < 0)
        return -1;
    return search_forward(data_of(self), size_of(self), sub, n) >= 0;
}

static MiObject *
bytes_richcmp(MiObject *a, MiObject *b, int op)
{
    const char *da, *db;
    intptr_t na, nb;
    int c;
    if (!mi_bytes_view(a, &da, &na) || !mi_bytes_view(b, &db, &nb))
        MI_RETURN_NOTIMPLEMENTED;
    if ((op == MI_EQ || op == MI_NE) && na != nb)
        return mi_bool_from(op == MI_NE);
    c = memcmp(da, db, (size_t)(na < nb ? na : nb));
    if (c == 0)
        c = na < nb ? -1 : na > nb;
    switch (op) {
    case MI_LT: return mi_bool_from(c < 0);
    case MI_LE: return mi_bool_from(c <= 0);
    case MI_EQ: return mi_bool_from(c == 0);
    case MI_NE: return mi_bool_from(c != 0);
    case MI_GT: return mi_bool_from(c > 0);
    default: return mi_bool_from(c >= 0);
    }
}

static intptr_t
bytes_hash(MiObject *self)
{
    MiBytes *b = (MiBytes *)self;
    if (b->hash == -1)
        b->hash = mi_bytes_hash_data(b->data, b->size);
    return b->hash;
}

/* Raises CPython's TypeError for `a + b` with a non-bytes-like b, unless
 * b's class defines __radd__ (NotImplemented lets the interpreter try it). */
static MiObject *
concat_error(MiObject *a, MiObject *b)
{
    if ((b->type->flags & MI_TYPE_HEAP) && mi_type_lookup(b->type, MI_NAME(__radd__)) != NULL)
        MI_RETURN_NOTIMPLEMENTED;
    return mi_err_format(MI_EXC(TypeError), "can't concat %s to %s", MI_TYPE_NAME(b),
                         MI_TYPE_NAME(a));
}

/* a + b: the kind of `a` wins (bytes + bytearray is bytes). */
static MiObject *
bytes_concat(MiObject *a, MiObject *b)
{
    const char *da, *db;
    intptr_t na, nb;
    MiObject *res;
    if (!mi_bytes_view(a, &da, &na))
        MI_RETURN_NOTIMPLEMENTED;
    if (!mi_bytes_view(b, &db, &nb))
        return concat_error(a, b);
    if (mi_bytes_check(a)) {
        if (na == 0 && b->type == &mi_bytes_type)
            return mi_newref(b);
        if (nb == 0 && a->type == &mi_bytes_type)
            return mi_newref(a);
    }
    if (na > INTPTR_MAX - nb)
        return mi_err_nomemory();
    res = new_like(a, NULL, na + nb);
    if (res == NULL)
        return NULL;
    memcpy(data_of(res), da, (size_t)na);
    memcpy(data_of(res) + na, db, (size_t)nb);
    return res;
}

/* seq * n and n * seq. */
static MiObject *
bytes_repeat(MiObject *a, MiObject *b)
{
    MiObject *seq = a, *count = b, *res;
    const char *d;
    intptr_t n, size;
    if (!mi_bytes_view(seq, &d, &size)) {
        seq = b;
        count = a;
    }
    if (!mi_bytes_view(seq, &d, &size) || (count->type->index == NULL && !mi_int_check(count)))
        MI_RETURN_NOTIMPLEMENTED;
    n = mi_num_as_ssize(count, MI_EXC(OverflowError));
    if (n == -1 && mi_err_occurred())
        return NULL;
    if (n < 0)
        n = 0;
    if (n == 1 && seq->type == &mi_bytes_type)
        return mi_newref(seq);
    if (size > 0 && n > INTPTR_MAX / size) {
        if (!mi_bytes_check(seq))
            return mi_err_nomemory();         /* CPython's bytearray says so */
        return mi_err_format(MI_EXC(OverflowError), "repeated bytes are too long");
    }
    res = new_like(seq, NULL, size * n);
    if (res == NULL)
        return NULL;
    d = data_of(seq);
    if (size == 1) {
        memset(data_of(res), d[0], (size_t)n);
    } else {
        for (intptr_t k = 0; k < n; k++)
            memcpy(data_of(res) + k * size, d, (size_t)size);
    }
    return res;
}

/* ---- printf-style formatting (bytes % args) ----------------------------------------- */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/* The next argument of the format, borrowed; TypeError when exhausted. */
static MiObject *
next_format_arg(MiObject *args, intptr_t arglen, intptr_t *argidx)
{
    intptr_t i = *argidx;
    if (i < arglen) {
        (*argidx)++;
        return arglen < 0 ? args : MI_TUPLE_GET(args, i);
    }
    return mi_err_format(MI_EXC(TypeError), "not enough arguments for format string");
}

/* The bytes of %s / %b: a bytes-like object or what __bytes__ returns.
 * *keep receives an object to release after use (may be NULL).  0 / -1. */
static int
format_obj(MiObject *v, const char **data, intptr_t *size, MiObject **keep)
{
    MiObject *res;
    int rc;
    *keep = NULL;
    if (mi_bytes_view(v, data, size))
        return 0;
    rc = call_special0(v, "__bytes__", &res);
    if (rc < 0)
        return -1;
    if (rc > 0) {
        if (!mi_bytes_check(res)) {
            mi_err_format(MI_EXC(TypeError), "__bytes__ returned non-bytes (type %s)",
                          MI_TYPE_NAME(res));
            MI_DECREF(res);
            return -1;
        }
        *keep = res;
        *data = MI_BYTES_DATA(res);
        *size = MI_BYTES_SIZE(res);
        return 0;
    }
    mi_err_format(MI_EXC(TypeError), "%%b requires a bytes-like object, or an object that "
                  "implements __bytes__, not '%s'", MI_TYPE_NAME(v));
    return -1;
}

/* A numeric conversion: str's % operator does the work, the digits come
 * back as ASCII. */
static MiObject *
format_number(MiObject *v, int flags, intptr_t width, intptr_t prec, char c)
{
    char spec[64];
    int n = 0;
    MiObject *fmt, *tuple, *res;
    spec[n++] = '%';
    if (flags & F_LJUST)
        spec[n++] = '-';
    if (flags & F_SIGN)
        spec[n++] = '+';
    if (flags & F_BLANK)
        spec[n++] = ' ';
    if (flags & F_ALT)
        spec[n++] = '#';
    if (flags & F_ZERO)
        spec[n++] = '0';
    if (width >= 0)
        n += snprintf(spec + n, sizeof(spec) - (size_t)n, "%zd", width);
    if (prec >= 0)
        n += snprintf(spec + n, sizeof(spec) - (size_t)n, ".%zd", prec);
    spec[n++] = c;
    fmt = mi_str_new(spec, n);
    if (fmt == NULL)
        return NULL;
    tuple = mi_tuple_pack(1, v);
    if (tuple == NULL) {
        MI_DECREF(fmt);
        return NULL;
    }
    res = mi_str_percent_format(fmt, tuple);
    MI_DECREF(fmt);
    MI_DECREF(tuple);
    return res;
}

/* Reads a decimal number at *p (before end); ValueError `too_big` when it
 * overflows.  0 / -1. */
static int
parse_decimal(const char **p, const char *end, intptr_t *out, const char *too_big)
{
    intptr_t v = 0;
    while (*p < end && is_digit((unsigned char)**p)) {
        int d = **p - '0';
        if (v > (INTPTR_MAX - d) / 10) {
            mi_err_set(MI_EXC(ValueError), too_big);
            return -1;
        }
        v = v * 10 + d;
        (*p)++;
    }
    *out = v;
    return 0;
}

/* An int argument of '*': TypeError "* wants int" otherwise. */
static int
star_arg(MiObject *args, intptr_t arglen, intptr_t *argidx, intptr_t *out)
{
    MiObject *v = next_format_arg(args, arglen, argidx);
    if (v == NULL)
        return -1;
    if (!mi_int_check(v)) {
        mi_err_set(MI_EXC(TypeError), "* wants int");
        return -1;
    }
    *out = mi_int_as_ssize(v);
    return *out == -1 && mi_err_occurred() ? -1 : 0;
}

/* fmt % args for bytes and bytearray (CPython's _PyBytes_FormatEx): the
 * result goes to `out`.  0 / -1. */
static int
format_bytes(ByteBuf *out, const char *fmt, intptr_t fmtlen, MiObject *args)
{
    const char *p = fmt, *end = fmt + fmtlen;
    intptr_t arglen = -1, argidx = -2;
    MiObject *dict = NULL, *keyed = NULL;
    if (mi_tuple_check(args)) {
        arglen = MI_TUPLE_SIZE(args);
        argidx = 0;
    }
    if (args->type->getitem != NULL && !mi_tuple_check(args) && !mi_bytes_check(args) &&
        !mi_str_check(args) && !mi_bytearray_check(args))
        dict = args;
    while (p < end) {
        int flags = 0;
        intptr_t width = -1, prec = -1, len = 0;
        const char *data = NULL;
        MiObject *v, *keep = NULL;
        char c, cbuf;
        if (*p != '%') {
            const char *q = memchr(p, '%', (size_t)(end - p));
            if (q == NULL)
                q = end;
            bb_append(out, p, q - p);
            p = q;
            continue;
        }
        p++;
        if (p < end && *p == '(') {
            const char *keystart;
            int depth = 1;
            MiObject *key;
            if (dict == NULL) {
                mi_err_set(MI_EXC(TypeError), "format requires a mapping");
                goto fail;
            }
            keystart = ++p;
            while (depth > 0 && p < end) {
                if (*p == ')')
                    depth--;
                else if (*p == '(')
                    depth++;
                p++;
            }
            if (depth > 0) {
                mi_err_set(MI_EXC(ValueError), "incomplete format key");
                goto fail;
            }
            key = mi_bytes_new(keystart, p - keystart - 1);
            if (key == NULL)
                goto fail;
            MI_XDECREF(keyed);
            keyed = mi_obj_getitem(dict, key);
            MI_DECREF(key);
            if (keyed == NULL)
                goto fail;
            args = keyed;
            arglen = -1;
            argidx = -2;
        }
        for (; p < end; p++) {
            switch (*p) {
            case '-': flags |= F_LJUST; continue;
            case '+': flags |= F_SIGN; continue;
            case ' ': flags |= F_BLANK; continue;
            case '#': flags |= F_ALT; continue;
            case '0': flags |= F_ZERO; continue;
            default: break;
            }
            break;
        }
        if (p < end && *p == '*') {
            if (star_arg(args, arglen, &argidx, &width) < 0)
                goto fail;
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            p++;
        } else if (p < end && is_digit((unsigned char)*p)) {
            if (parse_decimal(&p, end, &width, "width too big") < 0)
                goto fail;
        }
        if (p < end && *p == '.') {
            p++;
            prec = 0;
            if (p < end && *p == '*') {
                if (star_arg(args, arglen, &argidx, &prec) < 0)
                    goto fail;
                if (prec < 0)
                    prec = 0;
                p++;
            } else if (parse_decimal(&p, end, &prec, "precision too big") < 0) {
                goto fail;
            }
        }
        if (p >= end) {
            mi_err_set(MI_EXC(ValueError), "incomplete format");
            goto fail;
        }
        c = *p++;
        if (c == '%') {
            bb_putc(out, '%');
            continue;
        }
        v = next_format_arg(args, arglen, &argidx);
        if (v == NULL)
            goto fail;
        switch (c) {
        case 'r':
        case 'a':
            keep = mi_obj_ascii(v);
            if (keep == NULL)
                goto fail;
            data = MI_STR_DATA(keep);
            len = MI_STR_SIZE(keep);
            break;
        case 's':
        case 'b':
            if (format_obj(v, &data, &len, &keep) < 0)
                goto fail;
            break;
        case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            /* %i is %d, also in messages; a failed float conversion is
             * reported as CPython's bytes formatter does */
            keep = format_number(v, flags, width, prec, c == 'i' ? 'd' : c);
            if (keep == NULL && strchr("eEfFgG", c) != NULL) {
                mi_err_clear();
                mi_err_format(MI_EXC(TypeError), "float argument required, not %s",
                              MI_TYPE_NAME(v));
            }
            if (keep == NULL)
                goto fail;
            bb_append(out, MI_STR_DATA(keep), MI_STR_SIZE(keep));
            MI_DECREF(keep);
            continue;
        case 'c': {
            const char *bd;
            intptr_t bn;
            if (mi_bytes_view(v, &bd, &bn) && bn == 1) {
                cbuf = bd[0];
            } else if (mi_int_check(v) || v->type->index != NULL) {
                MiObject *iv = mi_num_index(v);
                int overflow = 0;
                int64_t x;
                if (iv == NULL)
                    goto fail;
                x = mi_int_as_i64(iv, &overflow);
                MI_DECREF(iv);
                if (overflow || x < 0 || x > 255) {
                    mi_err_set(MI_EXC(OverflowError), "%c arg not in range(256)");
                    goto fail;
                }
                cbuf = (char)x;
            } else {
                mi_err_set(MI_EXC(TypeError),
                           "%c requires an integer in range(256) or a single byte");
                goto fail;
            }
            data = &cbuf;
            len = 1;
            prec = -1;
            break;
        }
        default:
            mi_err_format(MI_EXC(ValueError), "unsupported format character '%c' (0x%x) at "
                          "index %zd", (int)(unsigned char)c, (int)(unsigned char)c,
                          (intptr_t)(p - 1 - fmt));
            goto fail;
        }
        if (prec >= 0 && len > prec)
            len = prec;
        if (!(flags & F_LJUST))
            bb_fill(out, ' ', width - len);
        bb_append(out, data, len);
        if (flags & F_LJUST)
            bb_fill(out, ' ', width - len);
        MI_XDECREF(keep);
    }
    if (argidx < arglen && dict == NULL) {
        mi_err_set(MI_EXC(TypeError), "not all arguments converted during bytes formatting");
        goto fail;
    }
    MI_XDECREF(keyed);
    return 0;
fail:
    MI_XDECREF(keyed);
    return -1;
}

static MiObject *
bytes_mod(MiObject *a, MiObject *b)
{
    ByteBuf out;
    const char *d;
    intptr_t n;
    if (!mi_bytes_view(a, &d, &n))
        MI_RETURN_NOTIMPLEMENTED;
    bb_init(&out);
    if (format_bytes(&out, d, n, b) < 0) {
        bb_free(&out);
        return NULL;
    }
    return bb_finish(&out, !mi_bytes_check(a));
}

/* ---- iterators ------------------------------------------------------------------------- */

static void
bytesiter_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    MI_CLEAR(((MiSeqIter *)self)->seq);
    mi_object_free(self);
}

static int
bytesiter_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiSeqIter *)self)->seq);
    return 0;
}

static MiObject *
bytesiter_next(MiObject *self)
{
    MiSeqIter *it = (MiSeqIter *)self;
    MiObject *seq = it->seq;
    if (seq == NULL)
        return NULL;
    if (it->index < size_of(seq))
        return mi_int_from_i64((unsigned char)data_of(seq)[it->index++]);
    it->seq = NULL;
    MI_DECREF(seq);
    return NULL;
}

static MiObject *
iter_self(MiObject *self)
{
    return mi_newref(self);
}

static MiObject *
bytesiter_length_hint(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiSeqIter *it = (MiSeqIter *)self;
    intptr_t n = it->seq ? size_of(it->seq) - it->index : 0;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_i64(n > 0 ? n : 0);
}

static MiMethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_length_hint, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

MiType mi_bytes_iter_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "bytes_iterator",
    .basicsize = sizeof(MiSeqIter),
    .flags = MI_TYPE_GC,
    .dealloc = bytesiter_dealloc,
    .traverse = bytesiter_traverse,
    .iter = iter_self,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

MiType mi_bytearray_iter_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "bytearray_iterator",
    .basicsize = sizeof(MiSeqIter),
    .flags = MI_TYPE_GC,
    .dealloc = bytesiter_dealloc,
    .traverse = bytesiter_traverse,
    .iter = iter_self,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

static MiObject *
bytes_iter(MiObject *self)
{
    MiSeqIter *it = (MiSeqIter *)mi_object_alloc(mi_bytes_check(self) ? &mi_bytes_iter_type
                                                                       : &mi_bytearray_iter_type);
    if (it == NULL)
        return NULL;
    it->seq = mi_newref(self);
    it->index = 0;
    MI_GC_TRACK(it);
    return (MiObject *)it;
}

/* ---- argument helpers of the methods -------------------------------------------------- */

/* Arity check of methods CPython parses with PyArg_ParseTuple:
 * "find() takes at least 1 argument (0 given)".  0 / -1. */
static int
check_nargs(const char *fname, intptr_t nargs, intptr_t min, intptr_t max)
{
    if (nargs < min) {
        mi_err_format(MI_EXC(TypeError), "%s() takes at least %zd argument%s (%zd given)",
                      fname, min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        mi_err_format(MI_EXC(TypeError), "%s() takes at most %zd argument%s (%zd given)",
                      fname, max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* A slice index argument (None keeps *out).  0 / -1. */
static int
slice_index(MiObject *o, intptr_t *out)
{
    intptr_t v;
    if (o == MI_NONE)
        return 0;
    if (!mi_int_check(o) && o->type->index == NULL) {
        mi_err_set(MI_EXC(TypeError),
                   "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    v = mi_num_as_ssize(o, NULL);
    if (v == -1 && mi_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* Clips start/end against a length as CPython's ADJUST_INDICES. */
static void
adjust_indices(intptr_t *start, intptr_t *end, intptr_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
}

/* The (sub, start, end) arguments of find/count/index: sub is bytes-like
 * or an int (one byte, stored in *byte).  0 / -1. */
static int
parse_find_args(const char *fname, MiObject *const *args, intptr_t nargs, const char **sub,
                intptr_t *sublen, char *byte, intptr_t *start, intptr_t *end)
{
    if (check_nargs(fname, nargs, 1, 3) < 0)
        return -1;
    *start = 0;
    *end = INTPTR_MAX;
    if (!mi_bytes_view(args[0], sub, sublen)) {
        intptr_t v;
        if (!mi_int_check(args[0]) && args[0]->type->index == NULL) {
            mi_err_format(MI_EXC(TypeError), "argument should be integer or bytes-like object, "
                          "not '%s'", MI_TYPE_NAME(args[0]));
            return -1;
        }
        v = mi_num_as_ssize(args[0], NULL);
        if (v == -1 && mi_err_occurred())
            return -1;
        if (v < 0 || v > 255) {
            mi_err_set(MI_EXC(ValueError), "byte must be in range(0, 256)");
            return -1;
        }
        *byte = (char)v;
        *sub = byte;
        *sublen = 1;
    }
    if (nargs > 1 && slice_index(args[1], start) < 0)
        return -1;
    if (nargs > 2 && slice_index(args[2], end) < 0)
        return -1;
    return 0;
}

/* find (dir > 0) / rfind (dir < 0): index or -1; -2 on error. */
static intptr_t
find_internal(MiObject *self, const char *fname, MiObject *const *args, intptr_t nargs,
              int dir)
{
    const char *sub, *d = data_of(self);
    intptr_t sublen, start, end, len = size_of(self), pos;
    char byte;
    if (parse_find_args(fname, args, nargs, &sub, &sublen, &byte, &start, &end) < 0)
        return -2;
    adjust_indices(&start, &end, len);
    if (end - start < sublen)
        return -1;
    if (dir > 0)
        pos = search_forward(d + start, end - start, sub, sublen);
    else
        pos = search_backward(d + start, end - start, sub, sublen);
    return pos < 0 ? -1 : start + pos;
}

static MiObject *
find_result(intptr_t pos, int raise)
{
    if (pos == -2)
        return NULL;
    if (pos == -1 && raise)
        return mi_err_format(MI_EXC(ValueError), "subsection not found");
    return mi_int_from_i64(pos);
}

static MiObject *
bytes_find_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    return find_result(find_internal(self, "find", args, nargs, 1), 0);
}

static MiObject *
bytes_rfind_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    return find_result(find_internal(self, "rfind", args, nargs, -1), 0);
}

static MiObject *
bytes_index_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    return find_result(find_internal(self, "index", args, nargs, 1), 1);
}

static MiObject *
bytes_rindex_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    return find_result(find_internal(self, "rindex", args, nargs, -1), 1);
}

/* Non-overlapping occurrences of sub in s[0..len), at most maxcount. */
static intptr_t
count_occurrences(const char *s, intptr_t len, const char *sub, intptr_t sublen,
                  intptr_t maxcount)
{
    intptr_t count = 0, i = 0;
    if (len < 0)
        return 0;
    if (sublen == 0)
        return len + 1 < maxcount ? len + 1 : maxcount;
    while (count < maxcount) {
        intptr_t pos = search_forward(s + i, len - i, sub, sublen);
        if (pos < 0)
            break;
        count++;
        i += pos + sublen;
    }
    return count;
}

static MiObject *
bytes_count_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    const char *sub;
    intptr_t sublen, start, end;
    char byte;
    (void)kw;
    if (parse_find_args("count", args, nargs, &sub, &sublen, &byte, &start, &end) < 0)
        return NULL;
    adjust_indices(&start, &end, size_of(self));
    return mi_int_from_i64(count_occurrences(data_of(self) + start, end - start, sub, sublen,
                                             INTPTR_MAX));
}

/* Does s[start:end] start (dir < 0) / end (dir > 0) with sub?  1, 0, -1. */
static int
tailmatch(MiObject *self, MiObject *substr, intptr_t start, intptr_t end, int dir)
{
    const char *sub, *s = data_of(self);
    intptr_t slen, len = size_of(self);
    if (need_view(substr, &sub, &slen) < 0)
        return -1;
    adjust_indices(&start, &end, len);
    if (dir < 0) {
        if (start > len - slen)
            return 0;
    } else {
        if (end - start < slen || start > len)
            return 0;
        if (end - slen > start)
            start = end - slen;
    }
    if (end - start < slen)
        return 0;
    return memcmp(s + start, sub, (size_t)slen) == 0;
}

static MiObject *
startsendswith(MiObject *self, const char *fname, MiObject *const *args, intptr_t nargs,
               int dir)
{
    intptr_t start = 0, end = INTPTR_MAX;
    MiObject *sub;
    int rv;
    if (check_nargs(fname, nargs, 1, 3) < 0)
        return NULL;
    if (nargs > 1 && slice_index(args[1], &start) < 0)
        return NULL;
    if (nargs > 2 && slice_index(args[2], &end) < 0)
        return NULL;
    sub = args[0];
    if (mi_tuple_check(sub)) {
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(sub); i++) {
            rv = tailmatch(self, MI_TUPLE_GET(sub, i), start, end, dir);
            if (rv != 0)
                return rv < 0 ? NULL : mi_newref(MI_TRUE);
        }
        MI_RETURN_FALSE;
    }
    if (!mi_bytes_check(sub) && !mi_bytearray_check(sub)) {
        return mi_err_format(MI_EXC(TypeError), "%s first arg must be bytes or a tuple of "
                             "bytes, not %s", fname, MI_TYPE_NAME(sub));
    }
    rv = tailmatch(self, sub, start, end, dir);
    return rv < 0 ? NULL : mi_bool_from(rv);
}

static MiObject *
bytes_startswith_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    return startsendswith(self, "startswith", args, nargs, -1);
}

static MiObject *
bytes_endswith_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    return startsendswith(self, "endswith", args, nargs, 1);
}

/* ---- splitting and joining ------------------------------------------------------------ */

/* Appends self[i:j] (as self's kind) to `list`.  0 / -1. */
static int
split_add(MiObject *list, MiObject *self, const char *s, intptr_t i, intptr_t j)
{
    MiObject *part;
    int rc;
    if (i == 0 && j == size_of(self) && self->type == &mi_bytes_type)
        part = mi_newref(self);       /* nothing split off: the bytes itself, as CPython */
    else
        part = new_like(self, s + i, j - i);
    if (part == NULL)
        return -1;
    rc = mi_list_append(list, part);
    MI_DECREF(part);
    return rc;
}

/* The sep and maxsplit arguments of split/rsplit: *sep NULL for
 * whitespace.  0 / -1. */
static int
parse_split_args(const char *fname, MiObject *const *args, intptr_t nargs, MiObject *kwnames,
                 const char **sep, intptr_t *seplen, intptr_t *maxcount)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    MiObject *a[2];
    intptr_t maxsplit = -1;
    if (mi_args_parse(fname, args, nargs, kwnames, names, 0, 0, 2, a) < 0)
        return -1;
    *sep = NULL;
    *seplen = 0;
    if (a[0] != NULL && a[0] != MI_NONE) {
        if (need_view(a[0], sep, seplen) < 0)
            return -1;
        if (*seplen == 0) {
            mi_err_set(MI_EXC(ValueError), "empty separator");
            return -1;
        }
    }
    if (a[1] != NULL && mi_arg_ssize(a[1], &maxsplit) < 0)
        return -1;
    *maxcount = maxsplit < 0 ? INTPTR_MAX : maxsplit;
    return 0;
}

static MiObject *
bytes_split_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    const char *sep, *s = data_of(self);
    intptr_t seplen, maxcount, len = size_of(self), i = 0, j;
    MiObject *list;
    if (parse_split_args("split", args, nargs, kwnames, &sep, &seplen, &maxcount) < 0)
        return NULL;
    list = mi_list_new(0);
    if (list == NULL)
        return NULL;
    if (sep == NULL) {
        while (maxcount-- > 0) {
            while (i < len && is_space((unsigned char)s[i]))
                i++;
            if (i == len)
                break;
            j = i++;
            while (i < len && !is_space((unsigned char)s[i]))
                i++;
            if (split_add(list, self, s, j, i) < 0)
                goto fail;
        }
        if (i < len) {
            while (i < len && is_space((unsigned char)s[i]))
                i++;
            if (i != len && split_add(list, self, s, i, len) < 0)
                goto fail;
        }
        return list;
    }
    while (maxcount-- > 0) {
        intptr_t pos = search_forward(s + i, len - i, sep, seplen);
        if (pos < 0)
            break;
        if (split_add(list, self, s, i, i + pos) < 0)
            goto fail;
        i += pos + seplen;
    }
    if (split_add(list, self, s, i, len) < 0)
        goto fail;
    return list;
fail:
    MI_DECREF(list);
    return NULL;
}

static MiObject *
bytes_rsplit_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    const char *sep, *s = data_of(self);
    intptr_t seplen, maxcount, len = size_of(self);
    MiObject *list;
    if (parse_split_args("rsplit", args, nargs, kwnames, &sep, &seplen, &maxcount) < 0)
        return NULL;
    list = mi_list_new(0);
    if (list == NULL)
        return NULL;
    if (sep == NULL) {
        intptr_t i = len - 1, j;
        while (maxcount-- > 0) {
            while (i >= 0 && is_space((unsigned char)s[i]))
                i--;
            if (i < 0)
                break;
            j = i--;
            while (i >= 0 && !is_space((unsigned char)s[i]))
                i--;
            if (split_add(list, self, s, i + 1, j + 1) < 0)
                goto fail;
        }
        if (i >= 0) {
            while (i >= 0 && is_space((unsigned char)s[i]))
                i--;
            if (i >= 0 && split_add(list, self, s, 0, i + 1) < 0)
                goto fail;
        }
    } else {
        intptr_t j = len;
        while (maxcount-- > 0) {
            intptr_t pos = search_backward(s, j, sep, seplen);
            if (pos < 0)
                break;
            if (split_add(list, self, s, pos + seplen, j) < 0)
                goto fail;
            j = pos;
        }
        if (split_add(list, self, s, 0, j) < 0)
            goto fail;
    }
    mi_list_reverse(list);
    return list;
fail:
    MI_DECREF(list);
    return NULL;
}

static MiObject *
bytes_splitlines_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"keepends", NULL};
    MiObject *a[1], *list;
    const char *s = data_of(self);
    intptr_t len = size_of(self), i = 0, j = 0;
    int keepends = 0;
    if (mi_args_parse("splitlines", args, nargs, kwnames, names, 0, 0, 1, a) < 0)
        return NULL;
    if (a[0] != NULL) {
        intptr_t v;
        if (mi_arg_ssize(a[0], &v) < 0)
            return NULL;
        keepends = v != 0;
    }
    list = mi_list_new(0);
    if (list == NULL)
        return NULL;
    while (i < len) {
        intptr_t eol;
        while (i < len && s[i] != '\n' && s[i] != '\r')
            i++;
        eol = i;
        if (i < len) {
            if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
                i += 2;
            else
                i++;
            if (keepends)
                eol = i;
        }
        if (split_add(list, self, s, j, eol) < 0) {
            MI_DECREF(list);
            return NULL;
        }
        j = i;
    }
    return list;
}

/* partition (dir > 0) / rpartition (dir < 0). */
static MiObject *
partition(MiObject *self, MiObject *sepobj, int dir)
{
    const char *sep, *s = data_of(self);
    intptr_t seplen, len = size_of(self), pos;
    MiObject *parts[3], *res;
    if (need_view(sepobj, &sep, &seplen) < 0)
        return NULL;
    if (seplen == 0)
        return mi_err_format(MI_EXC(ValueError), "empty separator");
    pos = dir > 0 ? search_forward(s, len, sep, seplen) : search_backward(s, len, sep, seplen);
    if (pos < 0) {
        MiObject *whole = same_like(self), *empty = new_like(self, NULL, 0), *empty2;
        empty2 = empty && mi_bytes_check(self) ? mi_newref(empty) : new_like(self, NULL, 0);
        if (whole == NULL || empty == NULL || empty2 == NULL) {
            MI_XDECREF(whole);
            MI_XDECREF(empty);
            MI_XDECREF(empty2);
            return NULL;
        }
        if (dir > 0)
            res = mi_tuple_pack(3, whole, empty, empty2);
        else
            res = mi_tuple_pack(3, empty, empty2, whole);
        MI_DECREF(whole);
        MI_DECREF(empty);
        MI_DECREF(empty2);
        return res;
    }
    parts[0] = new_like(self, s, pos);
    if (mi_bytes_check(self))
        parts[1] = mi_newref(sepobj);       /* CPython returns sep itself */
    else
        parts[1] = new_like(self, sep, seplen);
    parts[2] = new_like(self, s + pos + seplen, len - pos - seplen);
    res = NULL;
    if (parts[0] != NULL && parts[1] != NULL && parts[2] != NULL)
        res = mi_tuple_pack(3, parts[0], parts[1], parts[2]);
    for (int k = 0; k < 3; k++)
        MI_XDECREF(parts[k]);
    return res;
}

static MiObject *
bytes_partition_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return partition(self, args[0], 1);
}

static MiObject *
bytes_rpartition_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return partition(self, args[0], -1);
}

static MiObject *
bytes_join_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *seq, **items;
    const char *sep;
    intptr_t seplen, n, total = 0;
    ByteBuf out;
    (void)nargs;
    (void)kw;
    if (mi_list_check(args[0]) || mi_tuple_check(args[0])) {
        seq = mi_newref(args[0]);
    } else {
        seq = mi_seq_to_list(args[0]);
        if (seq == NULL) {
            if (mi_err_matches((MiObject *)MI_EXC(TypeError))) {
                mi_err_clear();
                mi_err_set(MI_EXC(TypeError), "can only join an iterable");
            }
            return NULL;
        }
    }
    n = mi_list_check(seq) ? MI_LIST_SIZE(seq) : MI_TUPLE_SIZE(seq);
    items = mi_list_check(seq) ? MI_LIST_ITEMS(seq) : MI_TUPLE_ITEMS(seq);
    for (intptr_t i = 0; i < n; i++) {
        const char *d;
        intptr_t len;
        if (!mi_bytes_view(items[i], &d, &len)) {
            mi_err_format(MI_EXC(TypeError), "sequence item %zd: expected a bytes-like object, "
                          "%s found", i, MI_TYPE_NAME(items[i]));
            MI_DECREF(seq);
            return NULL;
        }
        total += len;
    }
    if (n == 1 && items[0]->type == &mi_bytes_type && mi_bytes_check(self)) {
        MiObject *only = mi_newref(items[0]);
        MI_DECREF(seq);
        return only;
    }
    sep = data_of(self);
    seplen = size_of(self);
    bb_init(&out);
    bb_reserve(&out, total + (n > 0 ? (n - 1) * seplen : 0));
    for (intptr_t i = 0; i < n; i++) {
        const char *d;
        intptr_t len;
        mi_bytes_view(items[i], &d, &len);
        if (i > 0)
            bb_append(&out, sep, seplen);
        bb_append(&out, d, len);
    }
    MI_DECREF(seq);
    return bb_finish(&out, !mi_bytes_check(self));
}

/* ---- stripping, padding, replacing --------------------------------------------------- */

/* strip (left and right), lstrip, rstrip with the bytes of `chars`
 * (None / NULL: ASCII whitespace). */
static MiObject *
do_strip(MiObject *self, const char *fname, MiObject *const *args, intptr_t nargs,
         int left, int right)
{
    const char *s = data_of(self), *chars = NULL;
    intptr_t len = size_of(self), nchars = 0, i = 0, j = len;
    if (mi_args_check(fname, nargs, NULL, 0, 1) < 0)
        return NULL;
    if (nargs == 1 && args[0] != MI_NONE && need_view(args[0], &chars, &nchars) < 0)
        return NULL;
    if (left) {
        while (i < len && (chars ? memchr(chars, s[i], (size_t)nchars) != NULL
                                 : is_space((unsigned char)s[i])))
            i++;
    }
    if (right) {
        while (j > i && (chars ? memchr(chars, s[j - 1], (size_t)nchars) != NULL
                               : is_space((unsigned char)s[j - 1])))
            j--;
    }
    if (i == 0 && j == len)
        return same_like(self);
    return new_like(self, s + i, j - i);
}

static MiObject *
bytes_strip_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    return do_strip(self, "strip", args, nargs, 1, 1);
}

static MiObject *
bytes_lstrip_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    return do_strip(self, "lstrip", args, nargs, 1, 0);
}

static MiObject *
bytes_rstrip_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    return do_strip(self, "rstrip", args, nargs, 0, 1);
}

/* The fill byte argument of center/ljust/rjust (default ' ').  0 / -1. */
static int
fill_char(const char *fname, MiObject *const *args, intptr_t nargs, intptr_t *width,
          char *fill)
{
    if (mi_args_check(fname, nargs, NULL, 1, 2) < 0)
        return -1;
    if (mi_arg_ssize(args[0], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs > 1) {
        const char *d;
        intptr_t n;
        if ((!mi_bytes_check(args[1]) && !mi_bytearray_check(args[1])) ||
            (mi_bytes_view(args[1], &d, &n), n != 1)) {
            mi_err_format(MI_EXC(TypeError), "%s() argument 2 must be a byte string of length "
                          "1, not %s", fname, MI_TYPE_NAME(args[1]));
            return -1;
        }
        *fill = d[0];
    }
    return 0;
}

/* self padded with `left` and `right` fill bytes. */
static MiObject *
pad(MiObject *self, intptr_t left, intptr_t right, char fill)
{
    intptr_t len = size_of(self);
    MiObject *res;
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return same_like(self);
    res = new_like(self, NULL, left + len + right);
    if (res == NULL)
        return NULL;
    memset(data_of(res), fill, (size_t)left);
    memcpy(data_of(res) + left, data_of(self), (size_t)len);
    memset(data_of(res) + left + len, fill, (size_t)right);
    return res;
}

static MiObject *
bytes_center_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t width, marg, left;
    char fill;
    (void)kw;
    if (fill_char("center", args, nargs, &width, &fill) < 0)
        return NULL;
    if (size_of(self) >= width)
        return same_like(self);
    marg = width - size_of(self);
    left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static MiObject *
bytes_ljust_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t width;
    char fill;
    (void)kw;
    if (fill_char("ljust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, 0, width - size_of(self), fill);
}

static MiObject *
bytes_rjust_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t width;
    char fill;
    (void)kw;
    if (fill_char("rjust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, width - size_of(self), 0, fill);
}

static MiObject *
bytes_zfill_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t width, fill;
    MiObject *res;
    char *s;
    (void)nargs;
    (void)kw;
    if (mi_arg_ssize(args[0], &width) < 0)
        return NULL;
    if (size_of(self) >= width)
        return same_like(self);
    fill = width - size_of(self);
    res = pad(self, fill, 0, '0');
    if (res == NULL)
        return NULL;
    s = data_of(res);
    if (s[fill] == '+' || s[fill] == '-') {
        s[0] = s[fill];
        s[fill] = '0';
    }
    return res;
}

static MiObject *
bytes_expandtabs_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"tabsize", NULL};
    MiObject *a[1];
    intptr_t tabsize = 8, col = 0, len = size_of(self);
    const char *s = data_of(self);
    ByteBuf out;
    if (mi_args_parse("expandtabs", args, nargs, kwnames, names, 0, 0, 1, a) < 0)
        return NULL;
    if (a[0] != NULL && mi_arg_ssize(a[0], &tabsize) < 0)
        return NULL;
    bb_init(&out);
    for (intptr_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\t') {
            if (tabsize > 0) {
                intptr_t incr = tabsize - (col % tabsize);
                col += incr;
                bb_fill(&out, ' ', incr);
            }
        } else {
            col++;
            bb_putc(&out, c);
            if (c == '\n' || c == '\r')
                col = 0;
        }
    }
    return bb_finish(&out, !mi_bytes_check(self));
}

static MiObject *
bytes_replace_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    const char *from, *to, *s = data_of(self);
    intptr_t fromlen, tolen, len = size_of(self), maxcount = -1, i = 0;
    ByteBuf out;
    (void)kw;
    if (mi_args_check("replace", nargs, NULL, 2, 3) < 0)
        return NULL;
    if (need_view(args[0], &from, &fromlen) < 0 || need_view(args[1], &to, &tolen) < 0)
        return NULL;
    if (nargs > 2 && mi_arg_ssize(args[2], &maxcount) < 0)
        return NULL;
    if (maxcount < 0)
        maxcount = INTPTR_MAX;
    if (maxcount == 0 || (fromlen == 0 && tolen == 0) ||
        (fromlen > 0 && search_forward(s, len, from, fromlen) < 0) || fromlen > len)
        return same_like(self);
    bb_init(&out);
    if (fromlen == 0) {
        /* interleave: to before each byte (and at the end), count times */
        intptr_t count = len + 1 < maxcount ? len + 1 : maxcount;
        bb_append(&out, to, tolen);
        for (i = 0; i < count - 1; i++) {
            bb_putc(&out, s[i]);
            bb_append(&out, to, tolen);
        }
        bb_append(&out, s + i, len - i);
        return bb_finish(&out, !mi_bytes_check(self));
    }
    while (maxcount-- > 0) {
        intptr_t pos = search_forward(s + i, len - i, from, fromlen);
        if (pos < 0)
            break;
        bb_append(&out, s + i, pos);
        bb_append(&out, to, tolen);
        i += pos + fromlen;
    }
    bb_append(&out, s + i, len - i);
    return bb_finish(&out, !mi_bytes_check(self));
}

static MiObject *
remove_affix(MiObject *self, MiObject *arg, int prefix)
{
    const char *a, *s = data_of(self);
    intptr_t alen, len = size_of(self);
    if (need_view(arg, &a, &alen) < 0)
        return NULL;
    if (alen > 0 && alen <= len) {
        if (prefix && memcmp(s, a, (size_t)alen) == 0)
            return new_like(self, s + alen, len - alen);
        if (!prefix && memcmp(s + len - alen, a, (size_t)alen) == 0)
            return new_like(self, s, len - alen);
    }
    return same_like(self);
}

static MiObject *
bytes_removeprefix_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return remove_affix(self, args[0], 1);
}

static MiObject *
bytes_removesuffix_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)nargs;
    (void)kw;
    return remove_affix(self, args[0], 0);
}

/* ---- case and classification ----------------------------------------------------------- */

enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE };

static MiObject *
change_case(MiObject *self, int how)
{
    intptr_t len = size_of(self);
    MiObject *res = new_like(self, data_of(self), len);
    unsigned char *s;
    int prev_cased = 0;
    if (res == NULL)
        return NULL;
    s = (unsigned char *)data_of(res);
    for (intptr_t i = 0; i < len; i++) {
        unsigned char c = s[i];
        switch (how) {
        case CASE_LOWER:
            s[i] = to_lower(c);
            break;
        case CASE_UPPER:
            s[i] = to_upper(c);
            break;
        case CASE_SWAP:
            s[i] = is_upper(c) ? to_lower(c) : to_upper(c);
            break;
        case CASE_CAPITALIZE:
            s[i] = i == 0 ? to_upper(c) : to_lower(c);
            break;
        default:
            if (is_lower(c)) {
                if (!prev_cased)
                    s[i] = to_upper(c);
                prev_cased = 1;
            } else if (is_upper(c)) {
                if (prev_cased)
                    s[i] = to_lower(c);
                prev_cased = 1;
            } else {
                prev_cased = 0;
            }
            break;
        }
    }
    return res;
}

#define CASE_METHOD(fname, how)                                                        \
    static MiObject *                                                                  \
    fname(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)         \
    {                                                                                  \
        (void)args;                                                                    \
        (void)nargs;                                                                   \
        (void)kw;                                                                      \
        return change_case(self, how);                                                 \
    }

CASE_METHOD(bytes_lower_m, CASE_LOWER)
CASE_METHOD(bytes_upper_m, CASE_UPPER)
CASE_METHOD(bytes_swapcase_m, CASE_SWAP)
CASE_METHOD(bytes_capitalize_m, CASE_CAPITALIZE)
CASE_METHOD(bytes_title_m, CASE_TITLE)

enum { IS_ALNUM, IS_ALPHA, IS_ASCII, IS_DIGIT, IS_LOWER, IS_SPACE, IS_TITLE, IS_UPPER };

/* The is...() predicates, as CPython's bytes versions (ASCII only). */
static int
classify(MiObject *self, int what)
{
    const unsigned char *s = (const unsigned char *)data_of(self);
    intptr_t len = size_of(self);
    int cased = 0, prev_cased = 0;
    if (what == IS_ASCII) {
        for (intptr_t i = 0; i < len; i++) {
            if (s[i] >= 0x80)
                return 0;
        }
        return 1;
    }
    if (len == 0)
        return 0;
    for (intptr_t i = 0; i < len; i++) {
        unsigned char c = s[i];
        switch (what) {
        case IS_ALNUM:
            if (!is_alpha(c) && !is_digit(c))
                return 0;
            break;
        case IS_ALPHA:
            if (!is_alpha(c))
                return 0;
            break;
        case IS_DIGIT:
            if (!is_digit(c))
                return 0;
            break;
        case IS_SPACE:
            if (!is_space(c))
                return 0;
            break;
        case IS_LOWER:
            if (is_upper(c))
                return 0;
            cased |= is_lower(c);
            break;
        case IS_UPPER:
            if (is_lower(c))
                return 0;
            cased |= is_upper(c);
            break;
        default:            /* IS_TITLE */
            if (is_upper(c)) {
                if (prev_cased)
                    return 0;
                prev_cased = cased = 1;
            } else if (is_lower(c)) {
                if (!prev_cased)
                    return 0;
                prev_cased = cased = 1;
            } else {
                prev_cased = 0;
            }
            break;
        }
    }
    if (what == IS_LOWER || what == IS_UPPER || what == IS_TITLE)
        return cased;
    return 1;
}

#define IS_METHOD(fname, what)                                                         \
    static MiObject *                                                                  \
    fname(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)         \
    {                                                                                  \
        (void)args;                                                                    \
        (void)nargs;                                                                   \
        (void)kw;                                                                      \
        return mi_bool_from(classify(self, what));                                     \
    }

IS_METHOD(bytes_isalnum_m, IS_ALNUM)
IS_METHOD(bytes_isalpha_m, IS_ALPHA)
IS_METHOD(bytes_isascii_m, IS_ASCII)
IS_METHOD(bytes_isdigit_m, IS_DIGIT)
IS_METHOD(bytes_islower_m, IS_LOWER)
IS_METHOD(bytes_isspace_m, IS_SPACE)
IS_METHOD(bytes_istitle_m, IS_TITLE)
IS_METHOD(bytes_isupper_m, IS_UPPER)

/* ---- translation, hex, decoding ---------------------------------------------------------- */

static MiObject *
bytes_translate_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"", "delete", NULL};
    MiObject *a[2];
    const char *table = NULL, *del = NULL, *s = data_of(self);
    intptr_t tablelen = 0, ndel = 0, len = size_of(self);
    char deleted[256] = {0};
    ByteBuf out;
    if (mi_args_parse("translate", args, nargs, kwnames, names, 1, 1, 2, a) < 0)
        return NULL;
    if (a[0] != MI_NONE) {
        if (need_view(a[0], &table, &tablelen) < 0)
            return NULL;
        if (tablelen != 256) {
            return mi_err_format(MI_EXC(ValueError),
                                 "translation table must be 256 characters long");
        }
    }
    if (a[1] != NULL && need_view(a[1], &del, &ndel) < 0)
        return NULL;
    for (intptr_t i = 0; i < ndel; i++)
        deleted[(unsigned char)del[i]] = 1;
    bb_init(&out);
    for (intptr_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!deleted[c])
            bb_putc(&out, table ? table[c] : (char)c);
    }
    if (!out.failed && out.size == len && self->type == &mi_bytes_type &&
        memcmp(out.data, s, (size_t)len) == 0) {
        bb_free(&out);
        return mi_newref(self);
    }
    return bb_finish(&out, !mi_bytes_check(self));
}

static MiObject *
bytes_maketrans_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    const char *from, *to;
    intptr_t nfrom, nto;
    char table[256];
    (void)self;
    (void)kw;
    if (mi_args_check("maketrans", nargs, NULL, 2, 2) < 0)
        return NULL;
    if (need_view(args[0], &from, &nfrom) < 0 || need_view(args[1], &to, &nto) < 0)
        return NULL;
    if (nfrom != nto)
        return mi_err_format(MI_EXC(ValueError), "maketrans arguments must have same length");
    for (int i = 0; i < 256; i++)
        table[i] = (char)i;
    for (intptr_t i = 0; i < nfrom; i++)
        table[(unsigned char)from[i]] = to[i];
    return mi_bytes_new(table, 256);
}

static MiObject *
bytes_hex_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    MiObject *a[2];
    const unsigned char *s = (const unsigned char *)data_of(self);
    intptr_t len = size_of(self), per = 1, group;
    char sep = 0;
    MiStrBuilder sb;
    if (mi_args_parse("hex", args, nargs, kwnames, names, 0, 0, 2, a) < 0)
        return NULL;
    if (a[0] != NULL) {
        const char *d;
        intptr_t n;
        if (mi_str_check(a[0])) {
            d = MI_STR_DATA(a[0]);
            n = MI_STR_LEN(a[0]);
        } else if (!mi_bytes_view(a[0], &d, &n)) {
            return mi_err_format(MI_EXC(TypeError), "object of type '%s' has no len()",
                                 MI_TYPE_NAME(a[0]));
        }
        if (n != 1)
            return mi_err_format(MI_EXC(ValueError), "sep must be length 1.");
        if ((unsigned char)d[0] >= 0x80)
            return mi_err_format(MI_EXC(ValueError), "sep must be ASCII.");
        sep = d[0];
    }
    if (a[1] != NULL && mi_arg_ssize(a[1], &per) < 0)
        return NULL;
    group = per < 0 ? -per : per;
    mi_sb_init(&sb);
    for (intptr_t i = 0; i < len; i++) {
        char two[2] = {hexdigits[s[i] >> 4], hexdigits[s[i] & 15]};
        mi_sb_append(&sb, two, 2);
        if (sep && per != 0 && i < len - 1 &&
            (per > 0 ? (len - 1 - i) % group == 0 : (i + 1) % group == 0))
            mi_sb_append_char(&sb, sep);
    }
    return mi_sb_finish(&sb);
}

/* bytes.fromhex(string) / bytearray.fromhex(string), a class method:
 * subclasses get cls(result). */
static MiObject *
bytes_fromhex_m(MiObject *cls, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *str = args[0], *res;
    const unsigned char *s, *end;
    int as_bytearray = cls == (MiObject *)&mi_bytearray_type ||
                       mi_type_is_subtype((MiType *)cls, &mi_bytearray_type);
    ByteBuf out;
    (void)nargs;
    (void)kw;
    if (!mi_str_check(str)) {
        return mi_err_format(MI_EXC(TypeError), "fromhex() argument must be str, not %s",
                             MI_TYPE_NAME(str));
    }
    s = (const unsigned char *)MI_STR_DATA(str);
    end = s + MI_STR_SIZE(str);
    bb_init(&out);
    while (s < end) {
        const unsigned char *bad;
        int top, bot;
        if (is_space(*s)) {
            do
                s++;
            while (s < end && is_space(*s));
            if (s >= end)
                break;
        }
        top = hex_value(*s);
        if (top >= 16) {
            bad = s;
            goto error;
        }
        s++;
        bot = s < end ? hex_value(*s) : 16;
        if (bot >= 16) {
            bad = s;
            goto error;
        }
        s++;
        bb_putc(&out, (top << 4) + bot);
        continue;
error:
        bb_free(&out);
        {
            /* the position counts code points */
            intptr_t pos = 0;
            for (const unsigned char *p = (const unsigned char *)MI_STR_DATA(str); p < bad; p++)
                pos += (*p & 0xC0) != 0x80;
            return mi_err_format(MI_EXC(ValueError), "non-hexadecimal number found in "
                                 "fromhex() arg at position %zd", pos);
        }
    }
    res = bb_finish(&out, as_bytearray);
    if (res != NULL && cls != (MiObject *)&mi_bytes_type &&
        cls != (MiObject *)&mi_bytearray_type) {
        MiObject *sub = mi_call1(cls, res);
        MI_DECREF(res);
        return sub;
    }
    return res;
}

static MiObject *
bytes_decode_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    MiObject *a[2];
    if (mi_args_parse("decode", args, nargs, kwnames, names, 0, 0, 2, a) < 0)
        return NULL;
    for (int i = 0; i < 2; i++) {
        if (a[i] != NULL && !mi_str_check(a[i])) {
            return mi_err_format(MI_EXC(TypeError), "decode() argument '%s' must be str, not %s",
                                 names[i], MI_TYPE_NAME(a[i]));
        }
    }
    return mi_bytes_decode(data_of(self), size_of(self), a[0] ? MI_STR_DATA(a[0]) : NULL,
                           a[1] ? MI_STR_DATA(a[1]) : NULL);
}

static MiObject *
bytes_getnewargs_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *copy = mi_bytes_new(data_of(self), size_of(self)), *res;
    (void)args;
    (void)nargs;
    (void)kw;
    if (copy == NULL)
        return NULL;
    res = mi_tuple_pack(1, copy);
    MI_DECREF(copy);
    return res;
}

static MiObject *
bytes_sizeof_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t extra = self->type->basicsize - (intptr_t)(offsetof(MiBytes, data) + 1);
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_i64(CPY_BYTES_BASESIZE + extra + size_of(self));
}

/* ---- bytearray mutation ----------------------------------------------------------------- */

/* Replaces ba[lo:hi] by data[0..n) (data may point into ba itself).  0 / -1. */
static int
bytearray_setslice_linear(MiByteArray *ba, intptr_t lo, intptr_t hi, const char *data,
                          intptr_t n)
{
    intptr_t growth, oldsize = ba->size;
    char *copy = NULL;
    if (hi < lo)
        hi = lo;
    if (n == 0 && hi == lo)
        return 0;
    growth = n - (hi - lo);
    if (n > 0 && ba->data != NULL && data >= ba->data && data < ba->data + ba->cap) {
        /* the new bytes come from ba itself: copy them before moving */
        copy = mi_malloc((size_t)n);
        if (copy == NULL) {
            mi_err_nomemory();
            return -1;
        }
        memcpy(copy, data, (size_t)n);
        data = copy;
    }
    if (growth < 0) {
        memmove(ba->data + lo + n, ba->data + hi, (size_t)(oldsize - hi));
        if (bytearray_resize(ba, oldsize + growth) < 0) {
            mi_free(copy);
            return -1;
        }
    } else if (growth > 0) {
        if (oldsize > INTPTR_MAX - growth || bytearray_resize(ba, oldsize + growth) < 0) {
            if (!mi_err_occurred())
                mi_err_nomemory();
            mi_free(copy);
            return -1;
        }
        memmove(ba->data + lo + n, ba->data + hi, (size_t)(oldsize - hi));
    }
    if (n > 0)
        memcpy(ba->data + lo, data, (size_t)n);
    mi_free(copy);
    return 0;
}

/* Is `o` a number (what CPython's PyNumber_Check accepts)? */
static int
is_number(MiObject *o)
{
    MiType *t = o->type;
    return t->index != NULL || t->to_int != NULL || t->to_float != NULL ||
           mi_int_check(o) || t == &mi_complex_type;
}

static int
bytearray_ass_subscript(MiObject *self, MiObject *index, MiObject *values)
{
    MiByteArray *ba = BA(self);
    intptr_t start, stop, step, slicelen;
    MiObject *tmp = NULL;
    const char *vdata = NULL;
    intptr_t needed = 0;
    int rc;
    if (mi_int_check(index) || (index->type->index != NULL && index->type != &mi_slice_type)) {
        intptr_t i = mi_num_as_ssize(index, MI_EXC(IndexError));
        int v = 0;
        if (i == -1 && mi_err_occurred())
            return -1;
        /* the value first, as CPython (its __index__ may resize the array) */
        if (values != NULL && (v = byte_value(values, "byte must be in range(0, 256)")) < 0)
            return -1;
        if (i < 0)
            i += ba->size;
        if (i < 0 || i >= ba->size) {
            mi_err_set(MI_EXC(IndexError), "bytearray index out of range");
            return -1;
        }
        if (values == NULL)
            return bytearray_setslice_linear(ba, i, i + 1, NULL, 0);
        ba->data[i] = (char)v;
        return 0;
    }
    if (index->type != &mi_slice_type) {
        mi_err_format(MI_EXC(TypeError), "bytearray indices must be integers or slices, not %s",
                      MI_TYPE_NAME(index));
        return -1;
    }
    slicelen = mi_slice_indices(index, ba->size, &start, &stop, &step);
    if (slicelen < 0)
        return -1;
    if (values != NULL) {
        if (values == self || !mi_bytearray_check(values)) {
            if (is_number(values) || mi_str_check(values)) {
                mi_err_set(MI_EXC(TypeError), "can assign only bytes, buffers, or iterables of "
                           "ints in range(0, 256)");
                return -1;
            }
            tmp = mi_call1((MiObject *)&mi_bytearray_type, values);
            if (tmp == NULL)
                return -1;
            values = tmp;
        }
        vdata = data_of(values);
        needed = size_of(values);
    }
    if (step == 1) {
        rc = bytearray_setslice_linear(ba, start, stop, vdata, needed);
        MI_XDECREF(tmp);
        return rc;
    }
    if (values == NULL || needed == 0) {
        /* delete an extended slice (assigning no bytes to one deletes it
         * too, a quirk of CPython's): compact the survivors */
        intptr_t cur, i, dst;
        MI_XDECREF(tmp);
        if (slicelen <= 0)
            return 0;
        if (step < 0) {
            start = start + step * (slicelen - 1);
            step = -step;
        }
        for (cur = start, i = 0, dst = start; cur < ba->size; cur++) {
            if (i < slicelen && cur == start + i * step) {
                i++;
                continue;
            }
            ba->data[dst++] = ba->data[cur];
        }
        return bytearray_resize(ba, ba->size - slicelen);
    }
    if (needed != slicelen) {
        mi_err_format(MI_EXC(ValueError), "attempt to assign bytes of size %zd to extended "
                      "slice of size %zd", needed, slicelen);
        MI_XDECREF(tmp);
        return -1;
    }
    for (intptr_t k = 0, i = start; k < slicelen; k++, i += step)
        ba->data[i] = vdata[k];
    MI_XDECREF(tmp);
    return 0;
}

static MiObject *
bytearray_iconcat(MiObject *a, MiObject *b)
{
    MiByteArray *ba = BA(a);
    const char *d;
    intptr_t n, old = ba->size;
    if (!mi_bytes_view(b, &d, &n))
        return concat_error(a, b);
    if (b == a && n > 0) {
        /* CPython holds a buffer of b while resizing a, which fails */
        return mi_err_format(MI_EXC(BufferError),
                             "Existing exports of data: object cannot be re-sized");
    }
    if (old > INTPTR_MAX - n)
        return mi_err_nomemory();
    if (bytearray_resize(ba, old + n) < 0)
        return NULL;
    if (n > 0)
        memcpy(ba->data + old, d, (size_t)n);
    return mi_newref(a);
}

static MiObject *
bytearray_irepeat(MiObject *a, MiObject *b)
{
    MiByteArray *ba = BA(a);
    intptr_t n, size = ba->size;
    if (!mi_int_check(b) && b->type->index == NULL)
        MI_RETURN_NOTIMPLEMENTED;
    n = mi_num_as_ssize(b, MI_EXC(OverflowError));
    if (n == -1 && mi_err_occurred())
        return NULL;
    if (n < 0)
        n = 0;
    if (size > 0 && n > INTPTR_MAX / size)
        return mi_err_nomemory();
    if (bytearray_resize(ba, size * n) < 0)
        return NULL;
    for (intptr_t k = 1; k < n && size > 0; k++)
        memcpy(ba->data + k * size, ba->data, (size_t)size);
    return mi_newref(a);
}

static MiObject *
bytearray_append_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiByteArray *ba = BA(self);
    int v;
    (void)nargs;
    (void)kw;
    v = byte_value(args[0], "byte must be in range(0, 256)");
    if (v < 0 || bytearray_resize(ba, ba->size + 1) < 0)
        return NULL;
    ba->data[ba->size - 1] = (char)v;
    MI_RETURN_NONE;
}

static MiObject *
bytearray_extend_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiByteArray *ba = BA(self);
    const char *d;
    intptr_t n;
    ByteBuf buf;
    FillState st;
    MiObject *it;
    int rc;
    (void)nargs;
    (void)kw;
    if (mi_bytes_view(args[0], &d, &n)) {
        if (bytearray_setslice_linear(ba, ba->size, ba->size, d, n) < 0)
            return NULL;
        MI_RETURN_NONE;
    }
    it = mi_obj_iter(args[0]);
    if (it == NULL) {
        if (mi_err_matches((MiObject *)MI_EXC(TypeError))) {
            mi_err_clear();
            mi_err_format(MI_EXC(TypeError), "can't extend bytearray with %s",
                          MI_TYPE_NAME(args[0]));
        }
        return NULL;
    }
    bb_init(&buf);
    st.buf = &buf;
    st.range_msg = "byte must be in range(0, 256)";
    rc = mi_iterate(it, append_byte_item, &st);
    MI_DECREF(it);
    if (rc == 0 && buf.failed) {
        mi_err_nomemory();
        rc = -1;
    }
    if (rc == 0)
        rc = bytearray_setslice_linear(ba, ba->size, ba->size, buf.data, buf.size);
    bb_free(&buf);
    if (rc < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
bytearray_pop_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiByteArray *ba = BA(self);
    intptr_t i = -1;
    int v;
    if (mi_args_check("pop", nargs, kw, 0, 1) < 0)
        return NULL;
    if (nargs == 1 && mi_arg_ssize(args[0], &i) < 0)
        return NULL;
    if (ba->size == 0)
        return mi_err_format(MI_EXC(IndexError), "pop from empty bytearray");
    if (i < 0)
        i += ba->size;
    if (i < 0 || i >= ba->size)
        return mi_err_format(MI_EXC(IndexError), "pop index out of range");
    v = (unsigned char)ba->data[i];
    if (bytearray_setslice_linear(ba, i, i + 1, NULL, 0) < 0)
        return NULL;
    return mi_int_from_i64(v);
}

static MiObject *
bytearray_insert_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiByteArray *ba = BA(self);
    intptr_t where;
    int v;
    char c;
    if (mi_args_check("insert", nargs, kw, 2, 2) < 0)
        return NULL;
    if (mi_arg_ssize(args[0], &where) < 0)
        return NULL;
    v = byte_value(args[1], "byte must be in range(0, 256)");
    if (v < 0)
        return NULL;
    if (where < 0 && (where += ba->size) < 0)
        where = 0;
    if (where > ba->size)
        where = ba->size;
    c = (char)v;
    if (bytearray_setslice_linear(ba, where, where, &c, 1) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
bytearray_remove_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiByteArray *ba = BA(self);
    const char *p;
    int v;
    (void)nargs;
    (void)kw;
    v = byte_value(args[0], "byte must be in range(0, 256)");
    if (v < 0)
        return NULL;
    p = ba->size > 0 ? memchr(ba->data, v, (size_t)ba->size) : NULL;
    if (p == NULL)
        return mi_err_format(MI_EXC(ValueError), "value not found in bytearray");
    if (bytearray_setslice_linear(ba, p - ba->data, p - ba->data + 1, NULL, 0) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
bytearray_clear_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    if (bytearray_resize(BA(self), 0) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
bytearray_copy_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_bytearray_new(data_of(self), size_of(self));
}

static MiObject *
bytearray_reverse_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiByteArray *ba = BA(self);
    (void)args;
    (void)nargs;
    (void)kw;
    for (intptr_t i = 0, j = ba->size - 1; i < j; i++, j--) {
        char t = ba->data[i];
        ba->data[i] = ba->data[j];
        ba->data[j] = t;
    }
    MI_RETURN_NONE;
}

static MiObject *
bytearray_alloc_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_i64(BA(self)->cap);
}

static MiObject *
bytearray_sizeof_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t extra = self->type->basicsize - (intptr_t)sizeof(MiByteArray);
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_i64(CPY_BYTEARRAY_BASESIZE + extra + BA(self)->cap);
}

/* bytearray's pickling support, as CPython's _common_reduce: protocols
 * below 3 get (type, (latin-1 str, 'latin-1'), dict), later ones
 * (type, (bytes,), dict) -- (type, (), dict) when empty. */
static MiObject *
bytearray_reduce_common(MiObject *self, intptr_t proto)
{
    MiObject **dictptr = mi_obj_dict_ptr(self), *state, *targs, *res;
    state = dictptr != NULL && *dictptr != NULL ? *dictptr : MI_NONE;
    if (proto < 3) {
        MiObject *latin1 = mi_bytes_decode(data_of(self), size_of(self), "latin-1", NULL);
        MiObject *enc = mi_str_from_cstr("latin-1");
        targs = latin1 && enc ? mi_tuple_pack(2, latin1, enc) : NULL;
        MI_XDECREF(latin1);
        MI_XDECREF(enc);
    } else if (size_of(self) == 0) {
        targs = mi_tuple_new(0);
    } else {
        MiObject *b = mi_bytes_new(data_of(self), size_of(self));
        targs = b ? mi_tuple_pack(1, b) : NULL;
        MI_XDECREF(b);
    }
    if (targs == NULL)
        return NULL;
    res = mi_tuple_pack(3, (MiObject *)self->type, targs, state);
    MI_DECREF(targs);
    return res;
}

static MiObject *
bytearray_reduce_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return bytearray_reduce_common(self, 2);
}

static MiObject *
bytearray_reduce_ex_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t proto = 0;
    if (mi_args_check("__reduce_ex__", nargs, kw, 0, 1) < 0)
        return NULL;
    if (nargs == 1 && mi_arg_ssize(args[0], &proto) < 0)
        return NULL;
    return bytearray_reduce_common(self, proto);
}

/* ---- lifecycle and the types ---------------------------------------------------------- */

static void
bytes_dealloc(MiObject *self)
{
    mi_object_free(self);
}

static void
bytearray_dealloc(MiObject *self)
{
    mi_free(BA(self)->data);
    mi_object_free(self);
}

/* The methods bytes and bytearray share. */
#define COMMON_METHODS                                                                 \
    {"capitalize", bytes_capitalize_m, MI_METH_NOARGS, NULL},                          \
    {"center", bytes_center_m, MI_METH_VARARGS, NULL},                                 \
    {"count", bytes_count_m, MI_METH_VARARGS, NULL},                                   \
    {"decode", bytes_decode_m, MI_METH_KEYWORDS, NULL},                                \
    {"endswith", bytes_endswith_m, MI_METH_VARARGS, NULL},                             \
    {"expandtabs", bytes_expandtabs_m, MI_METH_KEYWORDS, NULL},                        \
    {"find", bytes_find_m, MI_METH_VARARGS, NULL},                                     \
    {"fromhex", bytes_fromhex_m, MI_METH_O | MI_METH_CLASS, NULL},                     \
    {"hex", bytes_hex_m, MI_METH_KEYWORDS, NULL},                                      \
    {"index", bytes_index_m, MI_METH_VARARGS, NULL},                                   \
    {"isalnum", bytes_isalnum_m, MI_METH_NOARGS, NULL},                                \
    {"isalpha", bytes_isalpha_m, MI_METH_NOARGS, NULL},                                \
    {"isascii", bytes_isascii_m, MI_METH_NOARGS, NULL},                                \
    {"isdigit", bytes_isdigit_m, MI_METH_NOARGS, NULL},                                \
    {"islower", bytes_islower_m, MI_METH_NOARGS, NULL},                                \
    {"isspace", bytes_isspace_m, MI_METH_NOARGS, NULL},                                \
    {"istitle", bytes_istitle_m, MI_METH_NOARGS, NULL},                                \
    {"isupper", bytes_isupper_m, MI_METH_NOARGS, NULL},                                \
    {"join", bytes_join_m, MI_METH_O, NULL},                                           \
    {"ljust", bytes_ljust_m, MI_METH_VARARGS, NULL},                                   \
    {"lower", bytes_lower_m, MI_METH_NOARGS, NULL},                                    \
    {"lstrip", bytes_lstrip_m, MI_METH_VARARGS, NULL},                                 \
    {"maketrans", bytes_maketrans_m, MI_METH_VARARGS | MI_METH_STATIC, NULL},          \
    {"partition", bytes_partition_m, MI_METH_O, NULL},                                 \
    {"removeprefix", bytes_removeprefix_m, MI_METH_O, NULL},                           \
    {"removesuffix", bytes_removesuffix_m, MI_METH_O, NULL},                           \
    {"replace", bytes_replace_m, MI_METH_VARARGS, NULL},                               \
    {"rfind", bytes_rfind_m, MI_METH_VARARGS, NULL},                                   \
    {"rindex", bytes_rindex_m, MI_METH_VARARGS, NULL},                                 \
    {"rjust", bytes_rjust_m, MI_METH_VARARGS, NULL},                                   \
    {"rpartition", bytes_rpartition_m, MI_METH_O, NULL},                               \
    {"rsplit", bytes_rsplit_m, MI_METH_KEYWORDS, NULL},                                \
    {"rstrip", bytes_rstrip_m, MI_METH_VARARGS, NULL},                                 \
    {"split", bytes_split_m, MI_METH_KEYWORDS, NULL},                                  \
    {"splitlines", bytes_splitlines_m, MI_METH_KEYWORDS, NULL},                        \
    {"startswith", bytes_startswith_m, MI_METH_VARARGS, NULL},                         \
    {"strip", bytes_strip_m, MI_METH_VARARGS, NULL},                                   \
    {"swapcase", bytes_swapcase_m, MI_METH_NOARGS, NULL},                              \
    {"title", bytes_title_m, MI_METH_NOARGS, NULL},                                    \
    {"translate", bytes_translate_m, MI_METH_KEYWORDS, NULL},                          \
    {"upper", bytes_upper_m, MI_METH_NOARGS, NULL},                                    \
    {"zfill", bytes_zfill_m, MI_METH_O, NULL}

static MiMethodDef bytes_methods[] = {
    COMMON_METHODS,
    {"__getnewargs__", bytes_getnewargs_m, MI_METH_NOARGS, NULL},
    {"__sizeof__", bytes_sizeof_m, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static MiMethodDef bytearray_methods[] = {
    COMMON_METHODS,
    {"__alloc__", bytearray_alloc_m, MI_METH_NOARGS, NULL},
    {"__reduce__", bytearray_reduce_m, MI_METH_NOARGS, NULL},
    {"__reduce_ex__", bytearray_reduce_ex_m, MI_METH_VARARGS, NULL},
    {"__sizeof__", bytearray_sizeof_m, MI_METH_NOARGS, NULL},
    {"append", bytearray_append_m, MI_METH_O, NULL},
    {"clear", bytearray_clear_m, MI_METH_NOARGS, NULL},
    {"copy", bytearray_copy_m, MI_METH_NOARGS, NULL},
    {"extend", bytearray_extend_m, MI_METH_O, NULL},
    {"insert", bytearray_insert_m, MI_METH_VARARGS, NULL},
    {"pop", bytearray_pop_m, MI_METH_VARARGS, NULL},
    {"remove", bytearray_remove_m, MI_METH_O, NULL},
    {"reverse", bytearray_reverse_m, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

MiType mi_bytes_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "bytes",
    .basicsize = offsetof(MiBytes, data) + 1,
    .itemsize = 1,
    .flags = MI_TYPE_BASETYPE | MI_TYPE_BYTES_SUBCLASS | MI_TYPE_SEQUENCE,
    .dealloc = bytes_dealloc,
    .new_ = bytes_new_slot,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcmp = bytes_richcmp,
    .iter = bytes_iter,
    .len = bytes_len,
    .getitem = bytes_subscript,
    .contains = bytes_contains,
    .add = bytes_concat,
    .mul = bytes_repeat,
    .mod = bytes_mod,
    .methods = bytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\n"
           "bytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null "
           "bytes\n"
           "bytes() -> empty bytes object",
};

MiType mi_bytearray_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "bytearray",
    .basicsize = sizeof(MiByteArray),
    .flags = MI_TYPE_BASETYPE | MI_TYPE_SEQUENCE,
    .dealloc = bytearray_dealloc,
    .new_ = bytearray_new_slot,
    .init = bytearray_init,
    .repr = bytearray_repr,
    .richcmp = bytes_richcmp,
    .iter = bytes_iter,
    .len = bytes_len,
    .getitem = bytes_subscript,
    .setitem = bytearray_ass_subscript,
    .contains = bytes_contains,
    .add = bytes_concat,
    .mul = bytes_repeat,
    .mod = bytes_mod,
    .iadd = bytearray_iconcat,
    .imul = bytearray_irepeat,
    .methods = bytearray_methods,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with "
           "null bytes\n"
           "bytearray() -> empty bytes array",
};
