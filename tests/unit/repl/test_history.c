/* tests/unit/repl/test_history.c: line editing and history.  The up arrow
 * recalls earlier lines, which persist in $HOME/.mini_history from one
 * session to the next (HOME is a fresh directory per test). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "term.h"

#define UP    "\033[A"
#define DOWN  "\033[B"
#define LEFT  "\033[D"

static char *
make_home(void)
{
    char tmpl[] = "/tmp/mini-repl-home-XXXXXX";
    cr_assert_not_null(mkdtemp(tmpl));
    return strdup(tmpl);
}

Test(repl_history, up_arrow_recalls_the_previous_line)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "x = 20\r");
    term_expect_tail(t, "x = 20\n>>> ");
    term_type(t, "x + 1\r");
    term_expect_tail(t, ">>> x + 1\n21\n>>> ");
    term_type(t, UP);
    term_expect_tail(t, "\n21\n>>> x + 1");
    term_type(t, "\r");
    term_expect(t, ">>> x = 20\n>>> x + 1\n21\n>>> x + 1\n21\n>>> ");
    term_type(t, UP UP UP "\r");                       /* past the repeated line */
    term_expect_tail(t, "\n21\n>>> x = 20\n>>> ");
    term_finish(t, 0);
}

Test(repl_history, down_arrow_comes_back)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "1\r");
    term_expect_tail(t, ">>> 1\n1\n>>> ");
    term_type(t, "2\r");
    term_expect_tail(t, ">>> 2\n2\n>>> ");
    term_type(t, UP UP DOWN "\r");
    term_expect(t, ">>> 1\n1\n>>> 2\n2\n>>> 2\n2\n>>> ");
    term_finish(t, 0);
}

Test(repl_history, lines_of_a_block_are_recalled_one_by_one)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "for i in 'ab':\r");
    term_expect_tail(t, "\n... ");
    term_type(t, "    print(i)\r");
    term_expect_tail(t, "print(i)\n... ");
    term_type(t, "\r");
    term_expect_tail(t, "\na\nb\n>>> ");
    term_type(t, UP UP "\r");
    term_expect_tail(t, "\na\nb\n>>> for i in 'ab':\n... ");
    term_type(t, UP UP "\r");
    term_expect_tail(t, ">>> for i in 'ab':\n...     print(i)\n... ");
    term_type(t, "\r");
    term_expect_tail(t, ">>> for i in 'ab':\n...     print(i)\n...\na\nb\n>>> ");
    term_finish(t, 0);
}

Test(repl_history, editing_keys_move_and_insert)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "pint(7)");
    term_expect(t, ">>> pint(7)");
    term_type(t, LEFT LEFT LEFT LEFT LEFT LEFT "r\r");    /* into "p|int" */
    term_expect(t, ">>> print(7)\n7\n>>> ");
    term_type(t, "23\001print(1\005)\r");                /* Ctrl-A, Ctrl-E */
    term_expect_tail(t, ">>> print(123)\n123\n>>> ");
    term_type(t, "oops\025'clean'\r");                    /* Ctrl-U kills the line */
    term_expect_tail(t, ">>> 'clean'\n'clean'\n>>> ");
    term_finish(t, 0);
}

Test(repl_history, history_persists_across_sessions)
{
    char *home = make_home(), path[4096];
    struct stat st;
    Term *t = term_start(home, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "first = 1\r");
    term_expect_tail(t, "first = 1\n>>> ");
    term_type(t, "second = 2\r");
    term_expect_tail(t, "second = 2\n>>> ");
    term_finish(t, 0);
    snprintf(path, sizeof path, "%s/.mini_history", home);
    cr_assert_eq(stat(path, &st), 0, "no history file at %s", path);

    t = term_start(home, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, UP UP);
    term_expect(t, ">>> first = 1");
    term_type(t, DOWN);
    term_expect(t, ">>> second = 2");
    term_type(t, "\r");
    term_expect(t, ">>> second = 2\n>>> ");
    term_type(t, "second\r");
    term_expect_tail(t, ">>> second\n2\n>>> ");
    term_finish(t, 0);

    t = term_start(home, "-q", NULL);                     /* and the second session's */
    term_expect(t, ">>> ");
    term_type(t, UP);
    term_expect(t, ">>> second");
    term_type(t, "\025");                                 /* Ctrl-U, then Ctrl-D */
    term_expect(t, ">>> ");
    term_finish(t, 0);
    remove_tree(home);
    free(home);
}

Test(repl_history, history_is_saved_when_exit_is_called)
{
    char *home = make_home();
    Term *t = term_start(home, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "'kept'\r");
    term_expect_tail(t, "'kept'\n>>> ");
    term_type(t, "exit(4)\r");
    cr_assert_eq(term_wait(t), 4);
    t = term_start(home, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, UP UP "\r");
    term_expect(t, ">>> 'kept'\n'kept'\n>>> ");
    term_finish(t, 0);
    remove_tree(home);
    free(home);
}

Test(repl_history, a_home_without_write_access_is_no_error)
{
    Term *t = term_start("/nonexistent/mini-home", "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "1\r");
    term_expect(t, ">>> 1\n1\n>>> ");
    term_type(t, "\004");
    term_expect(t, ">>> 1\n1\n>>>\n");
    cr_assert_eq(term_wait(t), 0);
}
