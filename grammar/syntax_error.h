/* grammar/syntax_error.h: printing syntax errors the way CPython 3.10
 * prints an uncaught SyntaxError (pythonrun.c's print_exception and
 * print_error_text):
 *
 *     File "x.py", line 1
 *       x = (1 2)
 *            ^^^
 *   SyntaxError: invalid syntax. Perhaps you forgot a comma?
 *
 * mi_syntax_error_print() prints a MiSyntaxError from mi_parse(); the VM's
 * traceback printer uses mi_syntax_error_print_exception() for SyntaxError
 * objects raised at run time (compile(), eval(), the compiler), and may use
 * mi_syntax_error_print_text() alone for the two middle lines. */
#ifndef MINI_GRAMMAR_SYNTAX_ERROR_H
#define MINI_GRAMMAR_SYNTAX_ERROR_H

#include "grammar/ast.h"

/* The exception a MiSyntaxError becomes: "SyntaxError", "IndentationError",
 * "TabError", "MemoryError" or "RecursionError". */
const char *mi_syntax_error_type_name(const MiSyntaxError *err);

/* Prints `err` to `file` (a FILE *) as CPython 3.10 prints the uncaught
 * exception, `filename` naming the source ("x.py", "<stdin>").  Errors
 * without a location (err->line == 0) print only the last line. */
void mi_syntax_error_print(void *file, const char *filename, const MiSyntaxError *err);

/* Prints a SyntaxError (or subclass) `type_name` as CPython's
 * print_exception does: the "  File ..., line N" header (when filename is
 * not NULL), the source line and carets (when text is not NULL; `line`,
 * `offset`, `end_line` and `end_offset` are the exception's lineno,
 * offset, end_lineno and end_offset, end_offset may be 0 or -1), then
 * "type_name: msg". */
void mi_syntax_error_print_exception(void *file, const char *type_name, const char *filename,
                                     int line, int offset, int end_line, int end_offset,
                                     const char *text, const char *msg);

/* Prints `text` (one source line, or several joined by newlines) without
 * its leading blanks, indented by four spaces, then a caret line under
 * 1-based character columns [offset, end_offset) with at least one caret,
 * exactly as 3.10's print_error_text.  No caret line when the offset falls
 * left of the text. */
void mi_syntax_error_print_text(void *file, const char *text, int offset, int end_offset);

#endif /* MINI_GRAMMAR_SYNTAX_ERROR_H */
