/* tests/unit/repl/test_errors.c: exceptions and syntax errors at the
 * prompt print as CPython 3.10 prints them ("<stdin>", line numbers of the
 * statement typed) and the session goes on with its names. */
#include <criterion/criterion.h>

#include "term.h"

Test(repl_errors, exception_prints_its_traceback_and_names_stay)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "x = 5\r");
    term_expect(t, ">>> x = 5\n>>> ");
    term_type(t, "1/0\r");
    term_expect(t, ">>> x = 5\n"
                   ">>> 1/0\n"
                   "Traceback (most recent call last):\n"
                   "  File \"<stdin>\", line 1, in <module>\n"
                   "ZeroDivisionError: division by zero\n"
                   ">>> ");
    term_type(t, "x\r");
    term_expect_tail(t, "division by zero\n>>> x\n5\n>>> ");
    term_finish(t, 0);
}

Test(repl_errors, traceback_names_the_line_in_a_function_typed_earlier)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "def f():\r");
    term_expect_tail(t, "\n... ");
    term_type(t, "    return [][1]\r");
    term_expect_tail(t, "]\n... ");
    term_type(t, "\r");
    term_expect_tail(t, "\n...\n>>> ");
    term_type(t, "f()\r");
    term_expect_tail(t, ">>> f()\n"
                        "Traceback (most recent call last):\n"
                        "  File \"<stdin>\", line 1, in <module>\n"
                        "  File \"<stdin>\", line 2, in f\n"
                        "IndexError: list index out of range\n"
                        ">>> ");
    term_finish(t, 0);
}

Test(repl_errors, name_error_after_del)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "x = [1, 2]\r");
    term_expect_tail(t, "]\n>>> ");
    term_type(t, "del x\r");
    term_expect_tail(t, "del x\n>>> ");
    term_type(t, "x\r");
    term_expect_tail(t, ">>> x\n"
                        "Traceback (most recent call last):\n"
                        "  File \"<stdin>\", line 1, in <module>\n"
                        "NameError: name 'x' is not defined\n"
                        ">>> ");
    term_finish(t, 0);
}

Test(repl_errors, syntax_error_shows_the_caret_and_the_session_goes_on)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "y = 7\r");
    term_expect(t, ">>> y = 7\n>>> ");
    term_type(t, "1 +\r");
    term_expect(t, ">>> y = 7\n"
                   ">>> 1 +\n"
                   "  File \"<stdin>\", line 1\n"
                   "    1 +\n"
                   "       ^\n"
                   "SyntaxError: invalid syntax\n"
                   ">>> ");
    term_type(t, "y\r");
    term_expect_tail(t, "SyntaxError: invalid syntax\n>>> y\n7\n>>> ");
    term_finish(t, 0);
}

Test(repl_errors, syntax_error_on_the_second_line_of_a_block)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "if True:\r");
    term_expect_tail(t, "\n... ");
    term_type(t, "    x = = 1\r");
    term_expect(t, ">>> if True:\n"
                   "...     x = = 1\n"
                   "  File \"<stdin>\", line 2\n"
                   "    x = = 1\n"
                   "        ^\n"
                   "SyntaxError: invalid syntax\n"
                   ">>> ");
    term_finish(t, 0);
}

Test(repl_errors, errors_typed_at_the_prompt_leave_the_exit_status_0)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "raise ValueError('no')\r");
    term_expect_tail(t, "ValueError: no\n>>> ");
    term_finish(t, 0);
}

Test(repl_errors, exception_in_repr_of_the_value_is_reported)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "class A:\r");
    term_expect_tail(t, "\n... ");
    term_type(t, "    def __repr__(self): raise KeyError('r')\r");
    term_expect_tail(t, "('r')\n... ");
    term_type(t, "\r");
    term_expect_tail(t, "\n...\n>>> ");
    term_type(t, "A()\r");
    term_expect_tail(t, ">>> A()\n"
                        "Traceback (most recent call last):\n"
                        "  File \"<stdin>\", line 1, in <module>\n"
                        "  File \"<stdin>\", line 2, in __repr__\n"
                        "KeyError: 'r'\n"
                        ">>> ");
    term_finish(t, 0);
}
