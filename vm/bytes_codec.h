/* vm/bytes_codec.h: what vm/bytes.c offers beyond vm/bytes.h: the
 * built-in codecs (utf-8, ascii, latin-1 and their aliases) for
 * str.encode / bytes.decode, access to the data of any bytes-like object,
 * and the iterator types to ready at start-up. */
#ifndef MINI_VM_BYTES_CODEC_H
#define MINI_VM_BYTES_CODEC_H

#include "vm/object.h"

extern MiType mi_bytes_iter_type, mi_bytearray_iter_type;

/* Is `o` a bytearray (or subclass instance)? */
int       mi_bytearray_check(MiObject *o);
/* The data of a bytes-like object (bytes, bytearray): 1 with *data and
 * *size set (borrowed: valid while `o` lives and, for a bytearray, is not
 * resized), 0 when `o` is not bytes-like (no exception). */
int       mi_bytes_view(MiObject *o, const char **data, intptr_t *size);
/* str.encode(encoding, errors): `encoding` NULL means utf-8, `errors` NULL
 * "strict".  LookupError "unknown encoding: x", UnicodeEncodeError with
 * CPython's message.  New bytes. */
MiObject *mi_bytes_encode_str(MiObject *str, const char *encoding, const char *errors);
/* bytes.decode(encoding, errors) of data[0..size): a new str. */
MiObject *mi_bytes_decode(const char *data, intptr_t size, const char *encoding,
                          const char *errors);

#endif /* MINI_VM_BYTES_CODEC_H */
