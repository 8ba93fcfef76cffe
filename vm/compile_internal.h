/* vm/compile_internal.h: what vm/compile.c (code generation) and
 * vm/assemble.c (turning a unit's instruction list into a code object)
 * share.  Private to the compiler. */
#ifndef MINI_VM_COMPILE_INTERNAL_H
#define MINI_VM_COMPILE_INTERNAL_H

#include "grammar/ast.h"
#include "vm/code.h"
#include "vm/opcodes.h"
#include "vm/symtable.h"

/* One instruction before assembly.  Jump arguments are label numbers. */
typedef struct MiInstr {
    uint8_t  op;
    uint32_t arg;
    int      line;
    int      handler;          /* index into unit->handlers, or -1 */
} MiInstr;

/* An exception handler: where to go, with how many stack items kept. */
typedef struct MiHandler {
    int label;
    int depth;
} MiHandler;

/* What break/continue/return must unwind (CPython's fblocks). */
enum {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE
};

typedef struct MiFBlock {
    int         kind;
    int         continue_label;   /* loops */
    int         exit_label;       /* loops: the break target */
    int         outer_handler;    /* the handler active outside this block */
    MiAstList   finalbody;        /* FB_FINALLY_TRY */
    const char *name;             /* FB_HANDLER_CLEANUP: the `as` name */
} MiFBlock;

#define MI_MAX_FBLOCKS 100

/* One code object being generated. */
typedef struct MiUnit {
    struct MiUnit *parent;
    MiScope   *scope;
    MiInstr   *code;
    int        ncode, code_cap;
    int       *labels;            /* label -> instruction index, -1 unplaced */
    int        nlabels, labels_cap;
    MiHandler *handlers;
    int        nhandlers, handlers_cap;
    int        cur_handler;       /* innermost active handler, -1 none */
    int        depth;             /* statement-level stack depth */
    MiObject  *consts;            /* list */
    MiObject  *const_index;       /* dict: constant key -> index */
    MiObject  *names;             /* list of str */
    MiObject  *name_index;        /* dict */
    MiObject  *varnames;          /* list of str: the fast locals */
    MiObject  *cellvars, *freevars;   /* lists of str */
    MiObject  *name, *qualname;
    int        argcount, posonlyargcount, kwonlyargcount;
    int        flags;
    int        firstlineno;
    int        lineno;
    MiFBlock   fblocks[MI_MAX_FBLOCKS];
    int        nfblocks;
    int        in_class_body;
} MiUnit;

/* Assembles `u` into a code object (new reference), or NULL with an
 * exception set. */
MiCode *mi_assemble(MiUnit *u, MiObject *filename);

#endif /* MINI_VM_COMPILE_INTERNAL_H */
