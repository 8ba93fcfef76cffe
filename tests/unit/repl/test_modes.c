/* tests/unit/repl/test_modes.c: how the command line chooses between a
 * program and the prompt, as CPython 3.10: `-i script` and `-i -c` run the
 * program, then give the prompt its names (no banner; the prompt alone
 * decides the exit status); without a terminal, standard input is a script,
 * unless -i asks for the prompts, which then go to standard error. */
#include <criterion/criterion.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>

#include "term.h"

Test(repl_modes, dash_i_after_a_script_keeps_its_names)
{
    char *script = temp_file("prog.py", "x = 41\nprint('ran')\n");
    Term *t = term_start(NULL, "-i", script, NULL);
    term_expect(t, "ran\n>>> ");
    term_type(t, "x + 1\r");
    term_expect(t, "ran\n>>> x + 1\n42\n>>> ");
    term_finish(t, 0);
    remove_tree(dirname(script));
    free(script);
}

Test(repl_modes, dash_i_after_a_failing_script_shows_the_traceback_then_the_prompt)
{
    char *script = temp_file("bad.py", "x = 5\n1/0\n");
    Term *t = term_start(NULL, "-i", script, NULL);
    term_expect_tail(t, "\n    1/0\nZeroDivisionError: division by zero\n>>> ");
    term_type(t, "x\r");
    term_expect_tail(t, "division by zero\n>>> x\n5\n>>> ");
    term_finish(t, 0);                  /* the prompt, not the script, decides */
    remove_tree(dirname(script));
    free(script);
}

Test(repl_modes, dash_i_prints_the_scripts_system_exit_and_stays)
{
    char *script = temp_file("ex.py", "import sys\ny = 3\nsys.exit(y)\n");
    Term *t = term_start(NULL, "-i", script, NULL);
    term_expect_tail(t, "\nSystemExit: 3\n>>> ");
    term_type(t, "y\r");
    term_expect_tail(t, "SystemExit: 3\n>>> y\n3\n>>> ");
    term_type(t, "exit(y + 1)\r");      /* at the prompt, SystemExit leaves */
    cr_assert_eq(term_wait(t), 4);
    remove_tree(dirname(script));
    free(script);
}

Test(repl_modes, dash_i_dash_c_runs_the_command_first)
{
    Term *t = term_start(NULL, "-i", "-c", "z = 6 * 7", NULL);
    term_expect(t, ">>> ");
    term_type(t, "z\r");
    term_expect(t, ">>> z\n42\n>>> ");
    term_finish(t, 0);
}

Test(repl_modes, dash_c_runs_without_a_prompt)
{
    Term *t = term_start(NULL, "-c", "print('only this')", NULL);
    term_expect(t, "only this\n");
    cr_assert_eq(term_wait(t), 0);
}

Test(repl_modes, dash_on_a_terminal_is_the_prompt)
{
    Term *t = term_start(NULL, "-q", "-", NULL);
    term_expect(t, ">>> ");
    term_type(t, "import sys; sys.argv\r");
    term_expect(t, ">>> import sys; sys.argv\n['-']\n>>> ");
    term_finish(t, 0);
}

Test(repl_modes, standard_input_without_a_terminal_is_a_script)
{
    char *out, *err;
    int status = run_piped("x = 2\nx\nif x:\n    print(x * 21)\nprint('end')\n", &out, &err,
                           NULL);
    cr_assert_eq(status, 0);
    cr_assert_str_eq(out, "42\nend\n");
    cr_assert_str_eq(err, "");
    free(out);
    free(err);
}

Test(repl_modes, failing_script_on_standard_input_reports_like_a_file)
{
    char *out, *err;
    int status = run_piped("print(1)\n1/0\nprint(2)\n", &out, &err, NULL);
    cr_assert_eq(status, 1);
    cr_assert_str_eq(out, "1\n");
    cr_assert_str_eq(err, "Traceback (most recent call last):\n"
                          "  File \"<stdin>\", line 2, in <module>\n"
                          "ZeroDivisionError: division by zero\n");
    free(out);
    free(err);
}

Test(repl_modes, dash_i_without_a_terminal_puts_the_prompts_on_standard_error)
{
    char *out, *err;
    int status = run_piped("1\nfor i in range(2):\n  i\n\n1/0\nprint(5)\n", &out, &err,
                           "-q", "-i", NULL);
    cr_assert_eq(status, 0);
    cr_assert_str_eq(out, "1\n0\n1\n5\n");
    cr_assert_str_eq(err, ">>> >>> ... ... >>> "
                          "Traceback (most recent call last):\n"
                          "  File \"<stdin>\", line 1, in <module>\n"
                          "ZeroDivisionError: division by zero\n"
                          ">>> >>> \n");
    free(out);
    free(err);
}

Test(repl_modes, dash_i_without_a_terminal_shows_the_banner)
{
    char *err;
    int status = run_piped("", NULL, &err, "-i", NULL);
    cr_assert_eq(status, 0);
    cr_assert(strncmp(err, "Python 3.10.13 (mini ", 21) == 0, "stderr: %s", err);
    cr_assert(strstr(err, "for more information.\n>>> \n") != NULL, "stderr: %s", err);
    free(err);
}

Test(repl_modes, dash_i_without_a_terminal_ends_an_open_block_at_eof)
{
    char *out, *err;
    int status = run_piped("if 1:\n  print(5)", &out, &err, "-q", "-i", NULL);
    cr_assert_eq(status, 0);
    cr_assert_str_eq(out, "5\n");
    cr_assert_str_eq(err, ">>> ... ... \n>>> \n");
    free(out);
    free(err);
}

Test(repl_modes, dash_i_without_a_terminal_exits_with_system_exit)
{
    char *out, *err;
    int status = run_piped("print('a')\nraise SystemExit(4)\nprint('b')\n", &out, &err,
                           "-q", "-i", NULL);
    cr_assert_eq(status, 4);
    cr_assert_str_eq(out, "a\n");
    cr_assert_str_eq(err, ">>> >>> ");
    free(out);
    free(err);
}

Test(repl_modes, input_at_the_prompt_reads_the_next_line_of_the_pipe)
{
    char *out, *err;
    int status = run_piped("x = input()\nabc\nx\n", &out, &err, "-q", "-i", NULL);
    cr_assert_eq(status, 0);
    cr_assert_str_eq(out, "'abc'\n");
    free(out);
    free(err);
}
