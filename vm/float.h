/* vm/float.h: float (a C double) and complex.  repr is the shortest string
 * that round-trips, as CPython's; hash equals the hash of an equal int. */
#ifndef MINI_VM_FLOAT_H
#define MINI_VM_FLOAT_H

#include "vm/object.h"

typedef struct MiFloat {
    MI_HEAD
    double value;
} MiFloat;

typedef struct MiComplex {
    MI_HEAD
    double real, imag;
} MiComplex;

extern MiType mi_float_type, mi_complex_type;

static inline int
mi_float_check(MiObject *o)
{
    return o->type == &mi_float_type || mi_type_is_subtype(o->type, &mi_float_type);
}

#define MI_FLOAT_VALUE(o) (((MiFloat *)(o))->value)

MiObject *mi_float_new(double v);                 /* new reference */
MiObject *mi_complex_new(double real, double imag);
/* float(s) parsing: whitespace, underscores, inf/nan; ValueError
 * "could not convert string to float: 'x'". */
MiObject *mi_float_from_string(const char *s, size_t len);
/* The value of an int or float as a double (TypeError otherwise); -1.0
 * with an exception on error. */
double    mi_float_as_double(MiObject *o);
/* repr(float): shortest round-trip digits, CPython's layout. */
MiObject *mi_float_repr_value(double v);
/* Writes repr(v) to buf (at least 32 bytes); returns the length. */
int       mi_float_format_repr(double v, char *buf, size_t size);
intptr_t  mi_float_hash_value(double v);
/* Compares float `f` with int `i` exactly (no rounding of i): the
 * result of f op i, or of i op f when `swapped`. */
MiObject *mi_float_richcmp_int(MiObject *f, MiObject *i, int op, int swapped);

#endif /* MINI_VM_FLOAT_H */
