/* vm/int.h: int and bool.  An int holds a 64-bit value while it fits
 * (`small`) and switches to a GMP integer (`big`) beyond; every operation
 * tries the 64-bit path first with overflow checks.  Ints -5..256 are
 * preallocated, shared objects with real reference counts (as CPython 3.10).
 * bool is a subclass whose only instances are MI_TRUE and MI_FALSE. */
#ifndef MINI_VM_INT_H
#define MINI_VM_INT_H

#include <gmp.h>

#include "vm/object.h"

typedef struct MiInt {
    MI_HEAD
    int64_t      small;        /* the value, when !is_big */
    int32_t      is_big;
    int32_t      pad_;
    __mpz_struct big[1];       /* the value, when is_big (only then allocated) */
} MiInt;

/* Bytes of an int that never becomes big. */
#define MI_INT_SMALL_SIZE offsetof(MiInt, big)

#define MI_SMALL_INT_MIN (-5)
#define MI_SMALL_INT_MAX 256

extern MiType mi_int_type, mi_bool_type;
extern MiInt mi_small_ints[MI_SMALL_INT_MAX - MI_SMALL_INT_MIN + 1];
extern MiInt mi_true_struct, mi_false_struct;
#define MI_TRUE ((MiObject *)&mi_true_struct)
#define MI_FALSE ((MiObject *)&mi_false_struct)
#define MI_RETURN_TRUE return mi_newref(MI_TRUE)
#define MI_RETURN_FALSE return mi_newref(MI_FALSE)

static inline MiObject *
mi_bool_from(int b)
{
    return mi_newref(b ? MI_TRUE : MI_FALSE);
}

/* Is `o` an int (or bool, or int subclass)? */
static inline int
mi_int_check(MiObject *o)
{
    return (o->type->flags & MI_TYPE_INT_SUBCLASS) != 0;
}

/* Is `o` an int whose value fits in 64 bits (the fast path)? */
static inline int
mi_int_is_small(MiObject *o)
{
    return !((MiInt *)o)->is_big;
}

/* New reference to an int with value v (shared for small values). */
MiObject *mi_int_from_i64(int64_t v);
MiObject *mi_int_from_u64(uint64_t v);
MiObject *mi_int_from_double(double d);       /* truncates; inf/nan raise */
/* Parses `s` (with optional sign, whitespace and underscores) in `base`
 * (0: from the prefix, 2..36), as int(s, base).  ValueError:
 * "invalid literal for int() with base 10: 'x'". */
MiObject *mi_int_from_string(const char *s, size_t len, int base);
/* Steals the value of `z` (cleared afterwards): a new int. */
MiObject *mi_int_from_mpz(mpz_t z);

/* The value as int64_t: *overflow set to 1 (and result 0) when it does not
 * fit.  `o` must be an int. */
int64_t   mi_int_as_i64(MiObject *o, int *overflow);
/* The value as intptr_t, OverflowError when it does not fit ("Python int
 * too large to convert to C ssize_t"); -1 with exception on error. */
intptr_t  mi_int_as_ssize(MiObject *o);
/* The value as a double, OverflowError "int too large to convert to float". */
double    mi_int_as_double(MiObject *o);
/* Copies the value into `z` (initialised by the caller). */
void      mi_int_to_mpz(MiObject *o, mpz_t z);
int       mi_int_sign(MiObject *o);            /* -1, 0, 1 */
/* Number of bits of abs(value) (int.bit_length()). */
uint64_t  mi_int_bit_length(MiObject *o);
/* str(o) in base 10, or in base 2/8/16 with `prefix` ("0x"...).  */
MiObject *mi_int_to_str(MiObject *o, int base, int with_prefix);
intptr_t  mi_int_hash(MiObject *o);            /* CPython's hash modulo 2**61-1 */
/* Compares two ints: -1, 0, 1. */
int       mi_int_compare(MiObject *a, MiObject *b);

/* Arithmetic on two ints (both must be ints): new reference or NULL. */
MiObject *mi_int_add(MiObject *a, MiObject *b);
MiObject *mi_int_sub(MiObject *a, MiObject *b);
MiObject *mi_int_mul(MiObject *a, MiObject *b);
MiObject *mi_int_floordiv(MiObject *a, MiObject *b);
MiObject *mi_int_mod(MiObject *a, MiObject *b);

#endif /* MINI_VM_INT_H */
