/* vm/dis.h: `mini --dis FILE`: the bytecode of every code object of a
 * module, in the spirit of `python -m dis`. */
#ifndef MINI_VM_DIS_H
#define MINI_VM_DIS_H

#include "vm/code.h"

/* Prints `code` and, recursively, the code objects among its constants to
 * `out` (a FILE *).  0 / -1. */
int mi_dis_code(MiCode *code, void *out);

#endif /* MINI_VM_DIS_H */
