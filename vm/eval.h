/* vm/eval.h: the bytecode interpreter.  mi_eval_frame() runs a frame and
 * every Python frame it calls in one C loop (a Python-to-Python call pushes
 * a frame and continues; a return pops it), so deep Python recursion uses
 * no C stack; only calls through C (a builtin calling back into Python)
 * enter the loop again. */
#ifndef MINI_VM_EVAL_H
#define MINI_VM_EVAL_H

#include "vm/frame.h"

/* Runs `frame` (marked as entry) until it returns or, for a generator
 * frame, yields (frame->suspended is then set); new reference or NULL.
 * With `throwflag`, the exception already raised is raised inside the
 * frame at its current position (generator.throw()). */
MiObject *mi_eval_frame(MiFrame *frame, int throwflag);
/* Runs a class body function with `ns` as its locals (__build_class__). */
MiObject *mi_eval_class_body(MiObject *func, MiObject *ns);
/* Runs module-level or class-body code with `globals` and `locals` dicts
 * (borrowed; locals may equal globals). */
MiObject *mi_eval_code(MiCode *code, MiObject *globals, MiObject *locals);
/* The vectorcall of Python functions. */
MiObject *mi_function_vectorcall(MiObject *func, MiObject *const *args,
                                 intptr_t nargs, MiObject *kwnames);
/* Binds call arguments into the fast locals of a fresh frame of `func`
 * (defaults, *args, **kwargs, keyword-only), raising CPython's TypeErrors.
 * References are copied (increfed).  0 / -1. */
int mi_frame_bind_args(MiFrame *f, MiFunction *func, MiObject *const *args,
                       intptr_t nargs, MiObject *kwnames);
/* The globals/builtins/locals of the running Python frame (borrowed; NULL
 * when none runs). */
MiObject *mi_eval_globals(void);
MiObject *mi_eval_builtins(void);
MiObject *mi_eval_locals(void);     /* new reference: dict */
/* Asks the loop to check for signals soon (Ctrl-C). */
void      mi_eval_request_break(void);

#endif /* MINI_VM_EVAL_H */
