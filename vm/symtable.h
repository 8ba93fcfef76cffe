/* vm/symtable.h: scope analysis, the compiler's first pass.
 *
 * Every module, class, function, lambda and comprehension is a scope.  The
 * pass records how each name is used in each scope (bound, read, declared
 * global or nonlocal, a parameter), then resolves it, as CPython's
 * symtable.c: a name is LOCAL where it is bound, FREE where it is used but
 * bound in an enclosing function, CELL in that function, GLOBAL_EXPLICIT
 * when declared global and GLOBAL_IMPLICIT otherwise.  Class bodies are not
 * visible to the scopes nested in them, except for the implicit __class__
 * cell that zero-argument super() needs. */
#ifndef MINI_VM_SYMTABLE_H
#define MINI_VM_SYMTABLE_H

#include "grammar/ast.h"

enum {
    MI_SCOPE_MODULE, MI_SCOPE_CLASS, MI_SCOPE_FUNCTION
};

/* How a name is used in a scope (flags). */
enum {
    MI_SYM_BOUND = 1 << 0,     /* assigned, deleted, imported, def/class */
    MI_SYM_PARAM = 1 << 1,
    MI_SYM_USED = 1 << 2,      /* read */
    MI_SYM_GLOBAL = 1 << 3,    /* global declaration */
    MI_SYM_NONLOCAL = 1 << 4,  /* nonlocal declaration */
    MI_SYM_ANNOT = 1 << 5,     /* annotated (x: int) */
    MI_SYM_COMP_ITER = 1 << 6, /* comprehension iteration variable */
    MI_SYM_FREE_CLASS = 1 << 7,/* a class binds it, its methods get it from
                                * further out: the class passes the cell on */
};

/* Where a name lives, after analysis. */
typedef enum MiSymScope {
    MI_LOCAL = 1, MI_GLOBAL_EXPLICIT, MI_GLOBAL_IMPLICIT, MI_FREE, MI_CELL
} MiSymScope;

typedef struct MiSymbol {
    const char *name;
    int         flags;
    MiSymScope  scope;
} MiSymbol;

typedef struct MiScope MiScope;
struct MiScope {
    int         kind;           /* MI_SCOPE_* */
    const char *name;
    MiAst      *node;           /* the def/lambda/class/comprehension node */
    MiScope    *parent;
    MiScope   **children;       /* in source order */
    int         nchildren, children_cap;
    MiSymbol   *syms;           /* open-addressing table of `cap` slots */
    int         nsyms, cap;
    const char **order;         /* names in first-seen order (for stable numbering) */
    int          norder, order_cap;
    int         is_generator;
    int         is_comprehension;
    int         is_lambda;
    int         needs_class_cell;   /* a class whose methods use __class__/super */
    int         uses_class_cell;    /* a function that reads __class__ */
    int         child_index;        /* next child for the compiler's walk */
    const char *private_name;       /* the enclosing class's name, for
                                     * mangling __private names; or NULL */
    int         lineno;
};

typedef struct MiSymtable {
    MiScope       *top;
    MiAstArena    *arena;
    MiSyntaxError *error;       /* filled on failure */
    const char    *filename;
} MiSymtable;

/* Builds the scopes of `root` (Module, Interactive or Expression).  0, or
 * -1 with st->error filled (a SyntaxError such as "no binding for nonlocal
 * 'x' found" or "name 'x' is used prior to global declaration"). */
int mi_symtable_build(MiSymtable *st, MiAst *root);
/* Frees every scope.  NULL allowed. */
void mi_symtable_free(MiSymtable *st);
/* The symbol `name` of `scope`, or NULL. */
MiSymbol *mi_scope_lookup(MiScope *scope, const char *name);

/* Private name mangling: inside class `private_name`, an identifier that
 * starts with two underscores and does not end with two (nor holds a dot)
 * becomes "_" + the class name without its leading underscores + name.
 * Returns `name` itself when it is not mangled, else a copy in `arena`;
 * NULL when out of memory. */
const char *mi_mangle(MiAstArena *arena, const char *private_name, const char *name);

#endif /* MINI_VM_SYMTABLE_H */
