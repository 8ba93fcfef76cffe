/* vm/compile.h: from source text and AST to code objects. */
#ifndef MINI_VM_COMPILE_H
#define MINI_VM_COMPILE_H

#include "grammar/ast.h"
#include "vm/code.h"

enum { MI_COMPILE_EXEC = 0, MI_COMPILE_EVAL = 1, MI_COMPILE_SINGLE = 2 };

/* Parses and compiles src[0..len) from `filename` in `mode`; a SyntaxError
 * (or IndentationError, MemoryError) is raised on bad source.  With
 * MI_COMPILE_SINGLE, *incomplete (when not NULL) is set when the input ended
 * inside an unfinished statement (the REPL's cue to read more) and no
 * exception is raised.  New reference. */
MiCode *mi_compile_source(const char *src, size_t len, const char *filename,
                          int mode, int *incomplete);
/* Compiles an AST (root from mi_parse in the matching mode). */
MiCode *mi_compile_ast(MiAst *root, MiObject *filename, int mode);
/* Raises the SyntaxError described by `err`. */
void    mi_raise_syntax_error(const MiSyntaxError *err, const char *filename);

#endif /* MINI_VM_COMPILE_H */
