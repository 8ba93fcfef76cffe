/* tests/unit/grammar/test_single.c: MI_PARSE_SINGLE, the REPL's mode: a
 * statement is complete, incomplete (the REPL shows "... " and reads
 * another line: inside brackets, strings, after a backslash, or in a
 * compound statement not yet ended by an empty line), or an error; and
 * MI_PARSE_EVAL, for eval() and f-string expressions. */
#include "grammar_test.h"

typedef struct ReplCase {
    char src[64];
    char want[80];       /* "ok", "incomplete" or the error message */
} ReplCase;

static const ReplCase repl_cases[] = {
    { "x = 1\n", "ok" },
    { "x = 1; y = 2\n", "ok" },
    { "\n", "ok" },
    { "# just a comment\n", "ok" },
    { "", "incomplete" },
    { "if x:\n", "incomplete" },
    { "if x:\n  pass\n", "incomplete" },
    { "if x:\n  pass\n  \n", "incomplete" },
    { "if x:\n  pass\n  # comment\n", "incomplete" },
    { "if x:\n  pass\n\n", "ok" },
    { "if x: pass\n", "incomplete" },
    { "if x: pass\n\n", "ok" },
    { "if x:\n  pass\nelse:\n", "incomplete" },
    { "if x:\n  pass\nelse:\n  pass\n\n", "ok" },
    { "def f():\n  return 1\n", "incomplete" },
    { "def f():\n  return 1\n\n", "ok" },
    { "@dec\n", "incomplete" },
    { "@dec\ndef f(): pass\n\n", "ok" },
    { "class A:\n  x = 1\n  def f(self):\n    pass\n", "incomplete" },
    { "try:\n  x\n", "incomplete" },
    { "try:\n  x\nexcept:\n  pass\n\n", "ok" },
    { "for x in y:\n  print(x)\n\n", "ok" },
    { "(1,\n", "incomplete" },
    { "(1,\n2)\n", "ok" },
    { "x = [\n\n", "incomplete" },
    { "x = '''abc\n", "incomplete" },
    { "x = 'abc\\\n", "incomplete" },
    { "x = 1 + \\\n", "incomplete" },
    { "x = (1 2\n", "incomplete" },
    { "x = 1 +\n", "invalid syntax" },
    { "if x:\n\n", "expected an indented block after 'if' statement on line 1" },
    { "  x = 1\n", "unexpected indent" },
    { "x = 1\ny = 2\n", "multiple statements found while compiling a single statement" },
    { "x = 'abc\n", "unterminated string literal (detected at line 1)" },
    { "x = )\n", "unmatched ')'" },
    { "print 'x'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?" },
    { "x = [1 2]\n", "invalid syntax. Perhaps you forgot a comma?" },
};

static void
check_repl(const ReplCase *c)
{
    MiSyntaxError err;
    char *dump = parse_dump(c->src, MI_PARSE_SINGLE, &err);
    const char *got = dump ? "ok" : err.kind == MI_SYNERR_INCOMPLETE ? "incomplete" : err.msg;
    cr_expect_str_eq(got, c->want, "%s", c->src);
    if (dump != NULL)
        cr_expect(strncmp(dump, "Interactive(", 12) == 0, "%s", dump);
    free(dump);
}

Test(grammar_single, complete_incomplete_or_error)
{
    FOR_EACH_CASE(repl_cases, check_repl);
}

Test(grammar_single, one_statement_is_one_interactive_body)
{
    char *dump = parse_dump("x = 1; y = 2\n", MI_PARSE_SINGLE, NULL);
    cr_assert_not_null(dump);
    cr_assert(strstr(dump, "Interactive(\n  body=[\n    Assign(") == dump);
    free(dump);
    dump = parse_dump("\n", MI_PARSE_SINGLE, NULL);
    cr_assert_str_eq(dump, "Interactive(body=[])\n");
    free(dump);
}

Test(grammar_eval, expressions)
{
    char *dump = parse_dump("1 + 2\n\n", MI_PARSE_EVAL, NULL);
    cr_assert_str_eq(dump, "Expression(\n  body=BinOp(\n    left=Constant(value=1),\n"
                     "    op=Add(),\n    right=Constant(value=2)))\n");
    free(dump);
    dump = parse_dump("a, b", MI_PARSE_EVAL, NULL);
    cr_assert_not_null(dump);
    cr_assert(strstr(dump, "Tuple(") != NULL);
    free(dump);
}

Test(grammar_eval, statements_are_not_expressions)
{
    MiSyntaxError err;
    const char *bad[] = { "x = 1", "pass", "if x: pass", "*a, b", "1 2", "" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char *dump = parse_dump(bad[i], MI_PARSE_EVAL, &err);
        cr_expect_null(dump, "%s", bad[i]);
        cr_expect_eq(err.kind, MI_SYNERR_SYNTAX, "%s", bad[i]);
        free(dump);
    }
    free(parse_dump(" 1", MI_PARSE_EVAL, &err));
    cr_expect_eq(err.kind, MI_SYNERR_INDENTATION, "as compile(' 1', '', 'eval')");
}
