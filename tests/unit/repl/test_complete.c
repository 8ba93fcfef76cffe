/* tests/unit/repl/test_complete.c: the Tab key, as CPython's readline
 * setup with rlcompleter: after blanks it indents; after a name it
 * completes keywords, names of __main__ and builtins, and attributes after
 * a dot ("(" after a callable, "()" when it takes no argument); a second
 * Tab that cannot add anything lists the choices. */
#include <criterion/criterion.h>

#include "term.h"

Test(repl_complete, tab_after_blanks_indents)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "if 1:\r");
    term_expect_tail(t, "\n... ");
    term_type(t, "\t6 * 7\r");
    term_expect_tail(t, "\n...     6 * 7\n... ");
    term_type(t, "\r");
    term_expect(t, ">>> if 1:\n...     6 * 7\n...\n42\n>>> ");
    term_finish(t, 0);
}

Test(repl_complete, tab_completes_a_builtin_name)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "pri\t");
    term_expect(t, ">>> print(");
    term_type(t, "'done')\r");
    term_expect(t, ">>> print('done')\ndone\n>>> ");
    term_finish(t, 0);
}

Test(repl_complete, tab_completes_names_of_the_session_and_keywords)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "unusual_name = 3\r");
    term_expect_tail(t, "= 3\n>>> ");
    term_type(t, "unus\t");
    term_expect_tail(t, "\n>>> unusual_name");
    term_type(t, "\r");
    term_expect_tail(t, "\n>>> unusual_name\n3\n>>> ");
    term_type(t, "whi\t");
    term_expect_tail(t, "\n>>> while ");
    term_type(t, "\025");                              /* Ctrl-U */
    term_expect_tail(t, "\n>>> ");
    term_finish(t, 0);
}

Test(repl_complete, tab_completes_an_attribute)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "x = []\r");
    term_expect(t, ">>> x = []\n>>> ");
    term_type(t, "x.app\t");
    term_expect(t, ">>> x = []\n>>> x.append(");
    term_type(t, "5)\r");
    term_expect_tail(t, ">>> x.append(5)\n>>> ");
    term_type(t, "x.cle\t");
    term_expect_tail(t, "\n>>> x.clear()");
    term_type(t, "\r");
    term_expect_tail(t, ">>> x.clear()\n>>> ");
    term_finish(t, 0);
}

Test(repl_complete, second_tab_lists_the_choices)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "x = []\r");
    term_expect(t, ">>> x = []\n>>> ");
    term_type(t, "x.c\t");
    term_expect(t, ">>> x = []\n>>> x.c");
    term_type(t, "\t");
    term_expect(t, ">>> x = []\n>>> x.c\nx.clear()  x.copy()   x.count(\n>>> x.c");
    term_type(t, "ou\t");
    term_expect_tail(t, "\n>>> x.count(");
    term_type(t, "1)\r");
    term_expect_tail(t, "\n>>> x.count(1)\n0\n>>> ");
    term_finish(t, 0);
}

Test(repl_complete, hidden_attributes_only_after_an_underscore)
{
    Term *t = term_start(NULL, "-q", NULL);
    term_expect(t, ">>> ");
    term_type(t, "class A:\r");
    term_expect_tail(t, "\n... ");
    term_type(t, "    visible = 1; _hidden = 2\r");
    term_expect_tail(t, "= 2\n... ");
    term_type(t, "\r");
    term_expect_tail(t, "\n...\n>>> ");
    term_type(t, "a = A()\r");
    term_expect_tail(t, "\n>>> a = A()\n>>> ");
    term_type(t, "a.\t");
    term_expect_tail(t, "\n>>> a.visible");
    term_type(t, "\025A.\t\t");                       /* a class has its type's too */
    term_expect_tail(t, "\nA.mro()    A.visible\n>>> A.");
    term_type(t, "_\t");
    term_expect_tail(t, "\n>>> A._hidden");
    term_type(t, "\r");
    term_expect_tail(t, "\n>>> A._hidden\n2\n>>> ");
    term_finish(t, 0);
}
