/* vm/gen.h: generators.  Calling a generator function makes an MiGen that
 * holds the function's frame; next()/send() resume the frame until its next
 * YIELD_VALUE, throw() raises inside it, close() raises GeneratorExit. */
#ifndef MINI_VM_GEN_H
#define MINI_VM_GEN_H

#include "vm/frame.h"

typedef struct MiGen {
    MI_HEAD
    MiObject *name, *qualname;
    MiObject *weaklist;
    MiObject *yieldfrom;           /* delegated-to iterator, for gi_yieldfrom */
    int8_t    running;
    int8_t    started;
    int8_t    finished;            /* returned or raised: frame is cleared */
    MiObject **sp;                 /* saved stack pointer while suspended */
    MiFrame   frame;               /* variable size: localsplus follows */
} MiGen;

extern MiType mi_gen_type;

/* Makes a generator for a call of `func` whose arguments are already in
 * `frame` (a data-stack frame, which is popped: its contents move). */
MiObject *mi_gen_new_from_frame(MiFrame *frame);
/* gen.send(value): next yielded value, or NULL: at the end with no
 * exception and *retval set to the return value (new ref), or on error. */
MiObject *mi_gen_send(MiObject *gen, MiObject *value, MiObject **retval);

#endif /* MINI_VM_GEN_H */
