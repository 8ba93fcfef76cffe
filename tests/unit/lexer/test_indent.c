/* tests/unit/lexer/test_indent.c: the indentation stack.  Each row is a
 * source and the token names the lexer gives (or its error, as
 * "ERROR: message line:offset"), checked against CPython 3.10. */
#include "lexer_test.h"

typedef struct IndentCase {
    char src[64];
    char want[200];
} IndentCase;

static const IndentCase table_cases[] = {
    /* a block, and its DEDENT before the end marker */
    { "if x:\n    y\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER" },
    /* nested blocks close together at the end, even without newline */
    { "if x:\n  if y:\n    z",
      "NAME NAME COLON NEWLINE INDENT NAME NAME COLON NEWLINE INDENT NAME NEWLINE "
      "DEDENT DEDENT ENDMARKER" },
    /* a tab goes to the next multiple of 8: "\t" and "\t" agree */
    { "if x:\n\ty\n\tz\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER" },
    /* "  \t" is column 8 too, but counted with tabs as 1 it differs */
    { "if x:\n  \ty\n\tz\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE ERROR: inconsistent use of tabs "
      "and spaces in indentation 3:1" },
    { "if x:\n\ty\n        z\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE ERROR: inconsistent use of tabs "
      "and spaces in indentation 3:1" },
    { "if x:\n        y\n\tz\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE ERROR: inconsistent use of tabs "
      "and spaces in indentation 3:1" },
    { "if x:\n    y\n\ty\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE ERROR: inconsistent use of tabs "
      "and spaces in indentation 3:1" },
    /* blank lines and comment lines do not count, at any indentation */
    { "if x:\n    y\n\n  \n    z\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER" },
    { "if x:\n    y\n  # odd\n        # c\n    z\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER" },
    { "if x:\n    y\n    \n\tz\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE ERROR: inconsistent use of tabs "
      "and spaces in indentation 4:1" },
    /* continuation lines and brackets do not count */
    { "x = 1 + \\\n    2\n", "NAME EQUAL NUMBER PLUS NUMBER NEWLINE ENDMARKER" },
    { "x = (\n  1,\n        2)\n",
      "NAME EQUAL LPAR NUMBER COMMA NUMBER RPAR NEWLINE ENDMARKER" },
    /* a backslash at the start: the first line's column counts */
    { "if x:\n    \\\n  y\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER" },
    /* dedent to a column no block started at */
    { "if x:\n    y\n  z\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE ERROR: unindent does not match any "
      "outer indentation level 3:4" },
    { "if x:\n\t\ty\n\tz\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE ERROR: unindent does not match any "
      "outer indentation level 3:3" },
    { "if x:\n        y\n    z\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE ERROR: unindent does not match any "
      "outer indentation level 3:6" },
    /* a form feed resets the column */
    { "if x:\n\f    y\n", "NAME NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER" },
    { "if x:\n    y\n\f  z\n",
      "NAME NAME COLON NEWLINE INDENT NAME NEWLINE ERROR: unindent does not match any "
      "outer indentation level 3:5" },
    /* an indented first line is the parser's "unexpected indent" */
    { "\tx = 1\n", "INDENT NAME EQUAL NUMBER NEWLINE DEDENT ENDMARKER" },
    { "  \n\nx = 1\n", "NAME EQUAL NUMBER NEWLINE ENDMARKER" },
    /* dedent several levels at once */
    { "if a:\n if b:\n  c\nd\n",
      "NAME NAME COLON NEWLINE INDENT NAME NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT "
      "DEDENT NAME NEWLINE ENDMARKER" },
};


static void
check_indent(const IndentCase *c)
{
    char *names = token_names(c->src, 0);
    cr_expect_str_eq(names, c->want, "source: %s", c->src);
    free(names);
}

Test(lexer_indent, table)
{
    FOR_EACH_CASE(table_cases, check_indent);
}

Test(lexer_indent, too_many_levels_is_indentation_error)
{
    /* 100 nested blocks: CPython's limit (MAXINDENT). */
    char *src = malloc(100 * 110);
    size_t n = 0;
    for (int i = 0; i <= 100; i++) {
        memset(src + n, ' ', (size_t)i);
        n += (size_t)i;
        n += (size_t)sprintf(src + n, "if x:\n");
    }
    src[n] = '\0';
    MiLexer *lx = mi_lex_new(src, n, "t.py", 0);
    MiToken tok;
    int kind, indents = 0;
    while ((kind = mi_lex_next(lx, &tok)) != MI_TK_ERROR && kind != MI_TK_ENDMARKER)
        indents += kind == TK_INDENT;
    cr_assert_eq(kind, MI_TK_ERROR);
    const MiLexError *e = mi_lex_error(lx);
    cr_assert_eq(e->kind, MI_LEX_ERR_INDENT);
    cr_assert_str_eq(e->msg, "too many levels of indentation");
    cr_assert_eq(e->line, 101);
    cr_assert_eq(indents, 99);
    mi_lex_free(lx);
    free(src);
}

Test(lexer_indent, dedent_to_unknown_column_is_indentation_error)
{
    const char *src = "def f():\n    if x:\n        a\n      b\n";
    MiLexer *lx = mi_lex_new(src, strlen(src), "t.py", MI_LEX_FILE);
    MiToken tok;
    int kind;
    while ((kind = mi_lex_next(lx, &tok)) != MI_TK_ERROR && kind != MI_TK_ENDMARKER) {
    }
    const MiLexError *e = mi_lex_error(lx);
    cr_assert_not_null(e);
    cr_assert_eq(e->kind, MI_LEX_ERR_INDENT);
    cr_assert_eq(e->line, 4);
    cr_assert_eq(e->col, 8, "after the line and its newline, as CPython");
    cr_assert_eq(e->end_col, -1);
    cr_assert_eq(e->text_len, 7);
    cr_assert(strncmp(e->text, "      b", 7) == 0);
    mi_lex_free(lx);
}

Test(lexer_indent, tab_error_is_tab_error)
{
    MiToken tok;
    const char *src = "if x:\n\ty\n        z\n";
    MiLexer *lx = mi_lex_new(src, strlen(src), "t.py", 0);
    while (mi_lex_next(lx, &tok) > 0) {
    }
    cr_assert_eq(mi_lex_error(lx)->kind, MI_LEX_ERR_TAB);
    mi_lex_free(lx);
}
