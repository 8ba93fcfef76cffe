/* grammar/front_internal.h: what the files of grammar/ share besides the
 * public headers: Python-style repr() printers.  Private to grammar/. */
#ifndef MINI_GRAMMAR_FRONT_INTERNAL_H
#define MINI_GRAMMAR_FRONT_INTERNAL_H

#include <stddef.h>
#include <stdio.h>

/* repr() of a str given as UTF-8 (surrogates in their 3-byte form). */
void mi_repr_str(FILE *out, const char *s, size_t n);
/* repr() of a bytes value. */
void mi_repr_bytes(FILE *out, const char *s, size_t n);
/* repr() of an int literal's text ("0x1f", "123"): decimal digits.
 * Returns -1 when out of memory. */
int mi_repr_int(FILE *out, const char *text);
/* repr() of a float, and of the imaginary number x*1j. */
void mi_repr_float(FILE *out, double x);
void mi_repr_imag(FILE *out, double x);

/* mi_ast_dump() with source positions, as CPython's
 * ast.dump(tree, include_attributes=True, indent=2); for tests. */
void mi_ast_dump_positions(const void *root, void *out);

#endif /* MINI_GRAMMAR_FRONT_INTERNAL_H */
