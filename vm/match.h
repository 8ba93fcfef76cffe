/* vm/match.h: the run-time side of the match statement (PEP 634), the
 * helpers behind MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS
 * and COPY_DICT_WITHOUT_KEYS (vm/eval.c). */
#ifndef MINI_VM_MATCH_H
#define MINI_VM_MATCH_H

#include "vm/object.h"

/* Does `subject` match sequence patterns?  list, tuple, range and their
 * subclasses do; str, bytes and bytearray do not (CPython's
 * Py_TPFLAGS_SEQUENCE, taken from the first type of the MRO that has it
 * or Py_TPFLAGS_MAPPING). */
bool mi_match_is_sequence(MiObject *subject);

/* Does `subject` match mapping patterns?  dict, mappingproxy and their
 * subclasses (Py_TPFLAGS_MAPPING). */
bool mi_match_is_mapping(MiObject *subject);

/* The values of `keys` (a tuple) in the mapping `subject`, looked up with
 * subject.get(key, sentinel) so that __missing__ never runs: a new tuple,
 * or None (new reference) when a key is missing.  NULL with an exception
 * set on error, ValueError for a key checked twice. */
MiObject *mi_match_keys(MiObject *subject, MiObject *keys);

/* dict(subject) without `keys` (a tuple of keys it has): new reference, or
 * NULL with an exception set. */
MiObject *mi_match_copy_without_keys(MiObject *subject, MiObject *keys);

/* The attributes class pattern `cls(<nargs positional>, **names)` takes
 * from `subject`: a new tuple of nargs + len(names) items when subject is
 * an instance of cls that has them all, else NULL.  NULL with an exception
 * set on error (cls not a type, bad __match_args__, too many positional
 * sub-patterns, an attribute given twice); NULL without one for no match. */
MiObject *mi_match_class(MiObject *subject, MiObject *cls, intptr_t nargs, MiObject *names);

#endif /* MINI_VM_MATCH_H */
