/* tests/unit/repl/term.h: drives the built mini (path in $MINI) inside a
 * pseudo-terminal, as a user at a keyboard, and keeps a model of the
 * screen that mini's output draws.
 *
 * A test types keys, then waits until the screen shows what it expects:
 *
 *     Term *t = term_start(NULL, "-q", NULL);
 *     term_expect(t, ">>> ");
 *     term_type(t, "1 + 1\r");
 *     term_expect(t, ">>> 1 + 1\n2\n>>> ");
 *     term_finish(t, 0);          (types Ctrl-D, expects exit status 0)
 *
 * Waiting is polling with a deadline, never a fixed sleep: a test costs
 * only the time mini takes.  Always wait for a prompt before typing, as a
 * person would: keys typed earlier reach a terminal not yet in editing mode.
 *
 * The screen is TERM=dumb, 80 columns: text, carriage return, newline,
 * backspace and tabs move the cursor (libedit redraws a recalled line with
 * "\r" and blanks).  As text, each line loses its trailing blanks, except
 * the cursor's line, which reaches at least the cursor (so a prompt shows
 * as ">>> ").  Lines scrolled off the top are kept. */
#ifndef MINI_TESTS_REPL_TERM_H
#define MINI_TESTS_REPL_TERM_H

#include <stddef.h>

typedef struct Term Term;

/* Seconds a test waits for the screen or for mini to exit before failing
 * (generous: sanitizer builds on a loaded machine are slow). */
#define TERM_TIMEOUT 20

/* Starts mini with the NULL-terminated arguments after `home`, in a fresh
 * terminal, with HOME=home (a private temporary directory when NULL,
 * removed by term_finish/term_kill). */
Term *term_start(const char *home, ...);
/* Writes keys (a string: "\r" is Enter, "\003" Ctrl-C, "\004" Ctrl-D,
 * "\033[A" up arrow). */
void  term_type(Term *t, const char *keys);
/* Waits until the screen is exactly `screen` (fails the test with both
 * screens on timeout). */
void  term_expect(Term *t, const char *screen);
/* Waits until the screen ends with `tail`. */
void  term_expect_tail(Term *t, const char *tail);
/* Waits until mini sleeps in a system call (a read of the terminal, a
 * sleep): Ctrl-C typed earlier could come before the call starts. */
void  term_wait_blocked(Term *t);
/* The screen as text (valid until the next call on t). */
const char *term_screen(Term *t);
/* The HOME directory mini was given. */
const char *term_home(Term *t);
/* Waits for mini to exit and returns its exit status (128 + signal when a
 * signal ended it); frees t. */
int   term_wait(Term *t);
/* Types Ctrl-D at the prompt, expects exit status `status`, frees t. */
void  term_finish(Term *t, int status);

/* Runs mini without a terminal: `input` on a pipe as standard input,
 * standard output and error captured (malloc'ed, NUL-terminated; either
 * pointer may be NULL).  Returns the exit status. */
int   run_piped(const char *input, char **out, char **err, ...);

/* A temporary directory with a file `name` holding `text`: returns the
 * file's path (malloc'ed); remove_tree() removes the directory. */
char *temp_file(const char *name, const char *text);
void  remove_tree(const char *dir);

#endif /* MINI_TESTS_REPL_TERM_H */
