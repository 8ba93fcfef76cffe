/* vm/frame.h: execution frames.
 *
 * A running Python function has an MiFrame: its code, function, the
 * globals/builtins it reads, and one array `localsplus` holding its fast
 * locals, cells, free variables and then its value stack.  Frames of plain
 * calls are pushed on the interpreter's data stack (chunks of memory used
 * LIFO, so a call allocates nothing in the common case); a generator's frame
 * lives inside the generator object.  Frames are not objects: a Python-
 * visible `frame` object (MiFrameObject) is made only on demand (tracebacks,
 * sys._getframe) and, when the frame finishes while that object lives, the
 * object takes over a copy of the locals. */
#ifndef MINI_VM_FRAME_H
#define MINI_VM_FRAME_H

#include "vm/code.h"
#include "vm/func.h"
#include "vm/object.h"

typedef struct MiFrame MiFrame;

enum { MI_FRAME_ON_STACK = 0, MI_FRAME_IN_GENERATOR = 1, MI_FRAME_IN_OBJECT = 2 };

struct MiFrame {
    struct MiFrame *previous;      /* the caller, while running */
    MiFunction *func;              /* owned */
    MiCode     *code;              /* borrowed from func */
    MiObject   *globals;           /* borrowed from func */
    MiObject   *builtins;          /* borrowed from func */
    MiObject   *locals;            /* owned dict (module/class bodies) or NULL */
    uint32_t   *ip;                /* the next instruction, while not running */
    intptr_t    stackdepth;        /* value stack items, while not running */
    MiObject   *frame_obj;         /* MiFrameObject or NULL (borrowed) */
    MiObject   *gen;               /* owning generator (borrowed) or NULL */
    MiObject   *handled_saved;     /* generators: their handled exception */
    int         caller_pops;       /* stack items of the call site to drop on return */
    uint8_t     is_entry;          /* returning leaves mi_eval_frame() */
    uint8_t     owner;             /* MI_FRAME_* */
    uint8_t     init_return_self;  /* a class call's __init__: return self */
    uint8_t     suspended;         /* a generator frame stopped at a yield */
    MiObject   *localsplus[];      /* locals, cells, frees, then the stack */
};

typedef struct MiFrameObject {
    MI_HEAD
    MiFrame  *frame;               /* the live frame, or `storage` once detached */
    int       detached;            /* the frame ended: storage owns its locals */
    int       lineno;              /* the line when it ended */
    intptr_t  nslots;              /* localsplus slots `storage` has room for */
    char      storage[];           /* room for a copy of the MiFrame + locals */
} MiFrameObject;

typedef struct MiTraceback {
    MI_HEAD
    MiObject *next;                /* MiTraceback or NULL */
    MiObject *frame;               /* MiFrameObject */
    int       lasti;
    int       lineno;
} MiTraceback;

extern MiType mi_frame_type, mi_traceback_type;

/* Pushes a frame for `func` on the data stack (fast locals NULL, stack
 * empty, free variables filled from the closure).  NULL + MemoryError.
 * The frame owns a new reference to func.  Does not check recursion. */
MiFrame  *mi_frame_push(MiFunction *func);
/* Bytes a frame of `code` needs. */
size_t    mi_frame_size(MiCode *code);
/* Fills the free-variable slots of a fresh frame from func's closure and
 * makes the cells of its cell variables (arguments already bound). */
int       mi_frame_init_cells(MiFrame *f);
/* Drops the frame's references (locals, stack items below `sp`) and pops
 * it from the data stack. */
void      mi_frame_pop(MiFrame *f, MiObject **sp);
/* Drops every reference of a frame not on the data stack (generators). */
void      mi_frame_clear_refs(MiFrame *f, MiObject **sp);
/* Ends frame `f`: drops its stack items and references, or hands them to
 * its frame object when that is still referenced elsewhere (tracebacks);
 * releases the frame's own reference to the frame object. */
void      mi_frame_finish(MiFrame *f, MiObject **sp);
/* The current line of a frame. */
int       mi_frame_lineno(MiFrame *f);
/* The frame object of `f` (made on demand; the frame owns one reference
 * until it finishes): borrowed.  NULL on MemoryError. */
MiObject *mi_frame_get_object(MiFrame *f);
/* Adds a traceback entry for frame `f` in front of exc.__traceback__. */
int       mi_traceback_add(MiObject *exc, MiFrame *f);
/* Visits the references of a frame (for generator traverse). */
int       mi_frame_traverse(MiFrame *f, MiObject **sp, MiVisitProc visit, void *arg);
/* f.f_locals as a dict (snapshot for function frames). */
MiObject *mi_frame_locals(MiFrame *f);

#endif /* MINI_VM_FRAME_H */
