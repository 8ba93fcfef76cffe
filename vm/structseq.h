/* vm/structseq.h: named tuples made in C, such as sys.version_info and
 * sys.float_info (CPython's "struct sequences").
 *
 * A struct sequence type is a static MiType that vm/structseq.c fills in
 * from a field list: a subclass of tuple whose fields read the items by
 * name, with a repr like "sys.version_info(major=3, minor=10, ...)".  Its
 * instances hold atoms only (ints, floats, strs), so they are not tracked
 * by the collector.  Python code cannot create new instances. */
#ifndef MINI_VM_STRUCTSEQ_H
#define MINI_VM_STRUCTSEQ_H

#include "vm/object.h"

/* Makes `type` (zeroed static storage) a struct sequence type named `name`
 * ("sys.version_info") with the NULL-terminated `fields`, using `members`
 * (static storage for one more entry than there are fields) for the field
 * descriptors.  The type keeps pointing at all three.  Returns 0, or -1
 * with an exception. */
int mi_structseq_init_type(MiType *type, const char *name, const char *const *fields,
                           MiMemberDef *members);

/* A new instance whose items are `items` (references stolen, none NULL;
 * as many as the type has fields). */
MiObject *mi_structseq_new(MiType *type, MiObject **items);

#endif /* MINI_VM_STRUCTSEQ_H */
