/* tests/unit/repl/test_prompt.c: the interactive prompt on a terminal:
 * banner, ">>> " and "... " prompts, echo of expression values and `_`,
 * statements that continue over lines.  Screens are CPython 3.10's (each
 * line without trailing blanks but the cursor's, see term.h). */
#include <criterion/criterion.h>
#include <string.h>

#include "term.h"

Test(repl_prompt, banner_shows_the_version_then_the_prompt)
{
    Term *t = term_start(NULL, NULL);
    const char *screen;
    term_expect_tail(t, "for more information.\n>>> ");
    screen = term_screen(t);
    cr_assert(strncmp(screen, "Python 3.10.13 (mini ", 21) == 0, "banner: %s", screen);
    cr_assert(strstr(screen, "] on linux\nType \"help\", \"copyright\", \"credits\" or "
                             "\"license\" for more information.\n>>> ") != NULL,
              "banner: %s", screen);
    term_finish(t, 0);
}

Test(repl_prompt, quiet_option_starts_at_the_prompt)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_finish(t, 0);
}

Test(repl_prompt, expression_value_is_echoed_with_repr)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "'ab' * 2\r");
    term_expect(t, ">>> 'ab' * 2\n'abab'\n>>> ");
    term_type(t, "None\r");
    term_expect(t, ">>> 'ab' * 2\n'abab'\n>>> None\n>>> ");
    term_type(t, "x = 5\r");
    term_expect_tail(t, ">>> None\n>>> x = 5\n>>> ");
    term_finish(t, 0);
}

Test(repl_prompt, underscore_keeps_the_last_value_and_a_reference)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "import sys\r");
    term_expect_tail(t, "\n>>> ");
    term_type(t, "a = []\r");
    term_expect_tail(t, "a = []\n>>> ");
    term_type(t, "a\r");
    term_expect_tail(t, ">>> a\n[]\n>>> ");
    term_type(t, "sys.getrefcount(a)\r");                /* a, _ and the argument */
    term_expect_tail(t, ">>> sys.getrefcount(a)\n3\n>>> ");
    term_type(t, "_ + 1\r");
    term_expect_tail(t, ">>> _ + 1\n4\n>>> ");
    term_finish(t, 0);
}

Test(repl_prompt, compound_statement_continues_until_an_empty_line)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "def double(x):\r");
    term_expect(t, ">>> def double(x):\n... ");
    term_type(t, "    return x * 2\r");
    term_expect(t, ">>> def double(x):\n...     return x * 2\n... ");
    term_type(t, "\r");
    term_expect(t, ">>> def double(x):\n...     return x * 2\n...\n>>> ");
    term_type(t, "double(21)\r");
    term_expect_tail(t, "\n>>> double(21)\n42\n>>> ");
    term_finish(t, 0);
}

Test(repl_prompt, block_echoes_each_expression_value)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "for i in range(3):\r");
    term_expect_tail(t, "\n... ");
    term_type(t, "    i\r");
    term_expect_tail(t, "...     i\n... ");
    term_type(t, "\r");
    term_expect(t, ">>> for i in range(3):\n...     i\n...\n0\n1\n2\n>>> ");
    term_finish(t, 0);
}

Test(repl_prompt, open_bracket_continues)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "x = [1,\r");
    term_expect(t, ">>> x = [1,\n... ");
    term_type(t, "     2]\r");
    term_expect(t, ">>> x = [1,\n...      2]\n>>> ");
    term_type(t, "x\r");
    term_expect_tail(t, ">>> x\n[1, 2]\n>>> ");
    term_finish(t, 0);
}

Test(repl_prompt, open_triple_quoted_string_continues)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "'''one\r");
    term_expect(t, ">>> '''one\n... ");
    term_type(t, "two'''\r");
    term_expect(t, ">>> '''one\n... two'''\n'one\\ntwo'\n>>> ");
    term_finish(t, 0);
}

Test(repl_prompt, empty_line_and_blank_line_give_a_fresh_prompt)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "\r");
    term_expect(t, ">>>\n>>> ");
    term_type(t, "   \r");
    term_expect(t, ">>>\n>>>\n>>> ");
    term_finish(t, 0);
}

Test(repl_prompt, sys_ps1_and_ps2_are_the_prompts)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "import sys; sys.ps1 = 'py> '; sys.ps2 = 2\r");
    term_expect_tail(t, "\npy> ");
    term_type(t, "(1,\r");
    term_expect_tail(t, "\npy> (1,\n2");
    term_type(t, ")\r");
    term_expect_tail(t, "\npy> (1,\n2)\n(1,)\npy> ");
    term_finish(t, 0);
}

Test(repl_prompt, unicode_is_typed_and_echoed)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "'\xc3\xa9t\xc3\xa9' + '\xe2\x82\xac'\r");
    term_expect(t, ">>> '\xc3\xa9t\xc3\xa9' + '\xe2\x82\xac'\n'\xc3\xa9t\xc3\xa9\xe2\x82\xac'\n>>> ");
    term_finish(t, 0);
}

Test(repl_prompt, print_output_comes_before_the_next_prompt)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "print('a', end=''); print('b', end='')\r");
    term_expect(t, ">>> print('a', end=''); print('b', end='')\nab>>> ");
    term_finish(t, 0);
}
