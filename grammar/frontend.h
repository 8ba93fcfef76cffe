/* grammar/frontend.h: the command-line tools of the front end, for
 * vm/main.c: `mini --tokens FILE` and `mini --ast FILE`. */
#ifndef MINI_GRAMMAR_FRONTEND_H
#define MINI_GRAMMAR_FRONTEND_H

#include <stddef.h>

/* Runs the inspection flag `flag` ("--tokens" or "--ast") on the file at
 * `path`: --tokens prints the token stream to stdout as
 * `python3.10 -m tokenize -e` does, --ast prints mi_ast_dump() of the
 * module.  A syntax error is printed to stderr as CPython prints it.
 * Returns the exit status: 0, 1 after a syntax error, 2 when the file
 * cannot be read or the flag is unknown. */
int mi_frontend_tool(const char *flag, const char *path);

/* The two tools on a source already in memory, writing to `out` and the
 * syntax error to `err` (FILE *s, declared void * to keep stdio out of
 * this header); `path` names the source in messages.  Return the exit
 * status as mi_frontend_tool().  The tests compare their output with
 * CPython's. */
int mi_frontend_tokens(void *out, void *err, const char *path, const char *src, size_t len);
int mi_frontend_ast(void *out, void *err, const char *path, const char *src, size_t len);

/* Reads a whole file into a new malloc'd buffer (NUL-terminated for
 * convenience; the length excludes the NUL).  Returns NULL with errno set
 * when it cannot. */
char *mi_read_file(const char *path, size_t *len);

#endif /* MINI_GRAMMAR_FRONTEND_H */
