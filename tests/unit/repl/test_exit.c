/* tests/unit/repl/test_exit.c: leaving the prompt: Ctrl-D on an empty
 * line (a newline and exit status 0), exit() and quit() with their codes;
 * Ctrl-D inside an unfinished statement ends the statement first. */
#include <criterion/criterion.h>

#include "term.h"

Test(repl_exit, ctrl_d_leaves_with_status_0)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "\004");
    term_expect(t, ">>>\n");
    cr_assert_eq(term_wait(t), 0);
}

Test(repl_exit, exit_leaves_with_its_code)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "exit(3)\r");
    term_expect(t, ">>> exit(3)\n");
    cr_assert_eq(term_wait(t), 3);
}

Test(repl_exit, quit_leaves_with_status_0)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "1/0\r");
    term_expect_tail(t, "ZeroDivisionError: division by zero\n>>> ");
    term_type(t, "quit()\r");
    cr_assert_eq(term_wait(t), 0);
}

Test(repl_exit, sys_exit_with_a_message_prints_it)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "import sys; sys.exit('bye')\r");
    term_expect(t, ">>> import sys; sys.exit('bye')\nbye\n");
    cr_assert_eq(term_wait(t), 1);
}

Test(repl_exit, ctrl_d_in_a_block_runs_it_then_a_second_one_leaves)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "if 1:\r");
    term_expect_tail(t, "\n... ");
    term_type(t, "    6 * 7\r");
    term_expect_tail(t, "7\n... ");
    term_type(t, "\004");
    term_expect(t, ">>> if 1:\n...     6 * 7\n...\n42\n>>> ");
    term_type(t, "\004");
    term_expect(t, ">>> if 1:\n...     6 * 7\n...\n42\n>>>\n");
    cr_assert_eq(term_wait(t), 0);
}

Test(repl_exit, ctrl_d_in_an_open_bracket_reports_it)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "x = (1,\r");
    term_expect_tail(t, "\n... ");
    term_type(t, "\004");
    term_expect(t, ">>> x = (1,\n"
                   "...\n"
                   "  File \"<stdin>\", line 1\n"
                   "    x = (1,\n"
                   "        ^\n"
                   "SyntaxError: '(' was never closed\n"
                   ">>> ");
    term_finish(t, 0);
}

Test(repl_exit, ctrl_d_inside_a_line_deletes_a_character)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "12x3");
    term_expect(t, ">>> 12x3");
    term_type(t, "\033[D\033[D\004\r");              /* left, left, Ctrl-D */
    term_expect(t, ">>> 123\n123\n>>> ");
    term_finish(t, 0);
}
