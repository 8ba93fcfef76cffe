/* vm/compile_internal.h: what vm/compile.c (code generation),
 * vm/compile_match.c (the match statement) and vm/assemble.c (turning a
 * unit's instruction list into a code object) share.  Private to the
 * compiler. */
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

/* ---- the code generator's steps, for vm/compile_match.c ---------------------
 * Each int result is 1 on success and 0 once the compilation failed (a
 * SyntaxError recorded or an exception set); after a failure every emit
 * does nothing and returns 0. */

typedef struct Compiler Compiler;

MiUnit   *mi_compiler_unit(Compiler *c);         /* the code object being made */
int       mi_compiler_failed(Compiler *c);       /* has the compilation failed? */
int       mi_compiler_nomemory(Compiler *c);     /* raises MemoryError; 0 */
/* Records SyntaxError `msg` at `node`'s span; 0. */
int       mi_compiler_error(Compiler *c, MiAst *node, const char *msg);
int       mi_compiler_emit(Compiler *c, MiOpcode op, uint32_t arg);   /* jumps: a label */
int       mi_compiler_new_label(Compiler *c);
void      mi_compiler_place_label(Compiler *c, int label);   /* at the next instruction */
int       mi_compiler_emit_const_new(Compiler *c, MiObject *o);   /* LOAD_CONST; consumes o */
/* The constant e folds to (new reference), else NULL and no exception. */
MiObject *mi_compiler_fold(Compiler *c, MiAst *e);
int       mi_compiler_expr(Compiler *c, MiAst *e);        /* pushes e's value */
/* Evaluates e and jumps to label when its truth is `cond`. */
int       mi_compiler_jump_if(Compiler *c, MiAst *e, int cond, int label);
int       mi_compiler_store_name(Compiler *c, const char *name, MiAst *node);  /* pops */
int       mi_compiler_stmts(Compiler *c, MiAstList body);

/* Compiles the match statement `s` (vm/compile_match.c). */
int mi_compile_match(Compiler *c, MiAst *s);

#endif /* MINI_VM_COMPILE_INTERNAL_H */
