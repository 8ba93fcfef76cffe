/* vm/str_unicode.h: questions about single code points (is it a letter, a
 * digit, whitespace? what is its uppercase?) answered as CPython 3.10's
 * unicodedata does, from the tables of vm/str_unicode_db.h.  Implemented in
 * vm/str_methods.c; used by str's methods and by vm/format.c. */
#ifndef MINI_VM_STR_UNICODE_H
#define MINI_VM_STR_UNICODE_H

#include <stdint.h>

/* str.isspace() of one character (also what split() and strip() treat as
 * whitespace). */
int mi_unicode_isspace(uint32_t cp);
/* Line boundaries of str.splitlines(): \n \r \v \f \x1c-\x1e \x85 U+2028-9. */
int mi_unicode_islinebreak(uint32_t cp);
int mi_unicode_isalpha(uint32_t cp);
/* The value 0..9 of a decimal digit (str.isdecimal), or -1. */
int mi_unicode_decimal(uint32_t cp);
int mi_unicode_isdigit(uint32_t cp);
int mi_unicode_isnumeric(uint32_t cp);
int mi_unicode_islower(uint32_t cp);
int mi_unicode_isupper(uint32_t cp);
int mi_unicode_istitle(uint32_t cp);
/* Lowercase, uppercase or titlecase (what str.title() tracks). */
int mi_unicode_iscased(uint32_t cp);
/* str.isprintable() of one character: not a control, format, surrogate,
 * private-use, unassigned or separator character (space excepted).  What
 * repr() of a str escapes (through mi_unicode_isprintable() of vm/str.c). */
int mi_unicode_isprintable_db(uint32_t cp);
/* XID_Start (or '_') and XID_Continue: what str.isidentifier() accepts. */
int mi_unicode_isidstart(uint32_t cp);
int mi_unicode_isidcontinue(uint32_t cp);

/* Full case mappings: write 1 to 3 code points to out and return how many. */
int mi_unicode_to_lower(uint32_t cp, uint32_t out[3]);
int mi_unicode_to_upper(uint32_t cp, uint32_t out[3]);
int mi_unicode_to_title(uint32_t cp, uint32_t out[3]);
int mi_unicode_to_fold(uint32_t cp, uint32_t out[3]);

/* CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, which int(),
 * float() and complex() apply to a str before parsing it: a copy of the
 * UTF-8 text s[0..size) where each Unicode space became ' ' and each
 * decimal digit (Arabic-Indic, Devanagari, fullwidth...) its ASCII digit;
 * at the first other non-ASCII character the copy ends with '?'.  Returns
 * a NUL-terminated buffer to release with mi_free(), its length in *len;
 * NULL with MemoryError. */
char *mi_unicode_decimal_to_ascii(const char *s, intptr_t size, intptr_t *len);

#endif /* MINI_VM_STR_UNICODE_H */
