/* vm/traceback.h: printing exceptions as CPython does: the chain of
 * causes and contexts ("The above exception was the direct cause of the
 * following exception:" / "During handling of the above exception, another
 * exception occurred:"), each traceback entry with its source line, and the
 * final "Type: message" line, with "Did you mean" suggestions for
 * NameError and AttributeError (as CPython 3.10). */
#ifndef MINI_VM_TRACEBACK_H
#define MINI_VM_TRACEBACK_H

#include "vm/object.h"

/* Prints `exc` (an exception instance) with its chain and tracebacks to
 * the file object `file`.  0 / -1. */
int mi_traceback_print_exception(MiObject *exc, MiObject *file);
/* The last line alone: "ValueError: bad" (new str). */
MiObject *mi_traceback_format_exception_only(MiObject *exc);

#endif /* MINI_VM_TRACEBACK_H */
