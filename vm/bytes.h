/* vm/bytes.h: bytes (immutable) and bytearray (mutable) byte strings. */
#ifndef MINI_VM_BYTES_H
#define MINI_VM_BYTES_H

#include "vm/object.h"

typedef struct MiBytes {
    MI_HEAD
    intptr_t size;
    intptr_t hash;             /* -1 until computed */
    char     data[];           /* size bytes + NUL */
} MiBytes;

typedef struct MiByteArray {
    MI_HEAD
    intptr_t size, cap;
    char    *data;             /* cap bytes, NUL after size */
    intptr_t exports;          /* active iterators/views forbidding resize */
} MiByteArray;

extern MiType mi_bytes_type, mi_bytearray_type;

static inline int
mi_bytes_check(MiObject *o)
{
    return (o->type->flags & MI_TYPE_BYTES_SUBCLASS) != 0;
}

MiObject *mi_bytes_new(const char *data, intptr_t size);   /* data may be NULL: zeroed */
MiObject *mi_bytearray_new(const char *data, intptr_t size);
#define MI_BYTES_DATA(o) (((MiBytes *)(o))->data)
#define MI_BYTES_SIZE(o) (((MiBytes *)(o))->size)
MiObject *mi_bytes_repr_data(const char *data, intptr_t size, const char *prefix);

#endif /* MINI_VM_BYTES_H */
