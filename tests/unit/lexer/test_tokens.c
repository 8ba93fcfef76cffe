/* tests/unit/lexer/test_tokens.c: every kind of token, its text, span and
 * name, one table row per kind. */
#include "lexer_test.h"

typedef struct KindCase {
    char src[24];
    int  kind;
    char name[20];       /* tokenize's exact name */
} KindCase;

ParameterizedTestParameters(lexer_tokens, every_operator_and_delimiter)
{
    static KindCase cases[] = {
        { "(", TK_LPAR, "LPAR" }, { ")", TK_RPAR, "RPAR" }, { "[", TK_LSQB, "LSQB" },
        { "]", TK_RSQB, "RSQB" }, { "{", TK_LBRACE, "LBRACE" }, { "}", TK_RBRACE, "RBRACE" },
        { ":", TK_COLON, "COLON" }, { ",", TK_COMMA, "COMMA" }, { ";", TK_SEMI, "SEMI" },
        { "+", TK_PLUS, "PLUS" }, { "-", TK_MINUS, "MINUS" }, { "*", TK_STAR, "STAR" },
        { "/", TK_SLASH, "SLASH" }, { "|", TK_VBAR, "VBAR" }, { "&", TK_AMPER, "AMPER" },
        { "<", TK_LESS, "LESS" }, { ">", TK_GREATER, "GREATER" }, { "=", TK_EQUAL, "EQUAL" },
        { ".", TK_DOT, "DOT" }, { "%", TK_PERCENT, "PERCENT" },
        { "==", TK_EQEQUAL, "EQEQUAL" }, { "!=", TK_NOTEQUAL, "NOTEQUAL" },
        { "<=", TK_LESSEQUAL, "LESSEQUAL" }, { ">=", TK_GREATEREQUAL, "GREATEREQUAL" },
        { "~", TK_TILDE, "TILDE" }, { "^", TK_CIRCUMFLEX, "CIRCUMFLEX" },
        { "<<", TK_LEFTSHIFT, "LEFTSHIFT" }, { ">>", TK_RIGHTSHIFT, "RIGHTSHIFT" },
        { "**", TK_DOUBLESTAR, "DOUBLESTAR" }, { "+=", TK_PLUSEQUAL, "PLUSEQUAL" },
        { "-=", TK_MINEQUAL, "MINEQUAL" }, { "*=", TK_STAREQUAL, "STAREQUAL" },
        { "/=", TK_SLASHEQUAL, "SLASHEQUAL" }, { "%=", TK_PERCENTEQUAL, "PERCENTEQUAL" },
        { "&=", TK_AMPEREQUAL, "AMPEREQUAL" }, { "|=", TK_VBAREQUAL, "VBAREQUAL" },
        { "^=", TK_CIRCUMFLEXEQUAL, "CIRCUMFLEXEQUAL" },
        { "<<=", TK_LEFTSHIFTEQUAL, "LEFTSHIFTEQUAL" },
        { ">>=", TK_RIGHTSHIFTEQUAL, "RIGHTSHIFTEQUAL" },
        { "**=", TK_DOUBLESTAREQUAL, "DOUBLESTAREQUAL" },
        { "//", TK_DOUBLESLASH, "DOUBLESLASH" },
        { "//=", TK_DOUBLESLASHEQUAL, "DOUBLESLASHEQUAL" }, { "@", TK_AT, "AT" },
        { "@=", TK_ATEQUAL, "ATEQUAL" }, { "->", TK_RARROW, "RARROW" },
        { "...", TK_ELLIPSIS, "ELLIPSIS" }, { ":=", TK_COLONEQUAL, "COLONEQUAL" },
    };
    return cr_make_param_array(KindCase, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(KindCase *c, lexer_tokens, every_operator_and_delimiter)
{
    char src[40];
    MiToken tok;
    int closer = c->kind == TK_RPAR || c->kind == TK_RSQB || c->kind == TK_RBRACE;
    /* Followed by a name, so that "." is not a number and brackets do not
     * reach the end of input; a closing bracket after its opening one. */
    snprintf(src, sizeof src, "%s%s x", closer ? (c->kind == TK_RPAR ? "(" : c->kind == TK_RSQB
                                                  ? "[" : "{") : "", c->src);
    MiLexer *lx = mi_lex_new(src, strlen(src), "t.py", 0);
    if (closer)
        mi_lex_next(lx, &tok);
    cr_assert_eq(mi_lex_next(lx, &tok), c->kind, "%s", c->src);
    mi_lex_free(lx);
    cr_assert_eq(tok.length, strlen(c->src));
    cr_assert_eq(tok.line, 1);
    cr_assert_eq(tok.col, closer);
    cr_assert_eq(tok.end_col, closer + (int)strlen(c->src));
    cr_assert_str_eq(mi_lex_kind_name(c->kind), c->name);
    cr_assert_str_eq(mi_lex_kind_text(c->kind), c->src);
    cr_assert_not(mi_lex_is_keyword(c->kind));
}

ParameterizedTestParameters(lexer_tokens, every_keyword)
{
    static KindCase cases[] = {
        { "False", TK_FALSE, "" }, { "None", TK_NONE, "" }, { "True", TK_TRUE, "" },
        { "and", TK_AND, "" }, { "as", TK_AS, "" }, { "assert", TK_ASSERT, "" },
        { "async", TK_ASYNC, "" }, { "await", TK_AWAIT, "" }, { "break", TK_BREAK, "" },
        { "class", TK_CLASS, "" }, { "continue", TK_CONTINUE, "" }, { "def", TK_DEF, "" },
        { "del", TK_DEL, "" }, { "elif", TK_ELIF, "" }, { "else", TK_ELSE, "" },
        { "except", TK_EXCEPT, "" }, { "finally", TK_FINALLY, "" }, { "for", TK_FOR, "" },
        { "from", TK_FROM, "" }, { "global", TK_GLOBAL, "" }, { "if", TK_IF, "" },
        { "import", TK_IMPORT, "" }, { "in", TK_IN, "" }, { "is", TK_IS, "" },
        { "lambda", TK_LAMBDA, "" }, { "nonlocal", TK_NONLOCAL, "" }, { "not", TK_NOT, "" },
        { "or", TK_OR, "" }, { "pass", TK_PASS, "" }, { "raise", TK_RAISE, "" },
        { "return", TK_RETURN, "" }, { "try", TK_TRY, "" }, { "while", TK_WHILE, "" },
        { "with", TK_WITH, "" }, { "yield", TK_YIELD, "" },
    };
    return cr_make_param_array(KindCase, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(KindCase *c, lexer_tokens, every_keyword)
{
    MiToken tok;
    char longer[40];
    cr_assert_eq(first_token(c->src, &tok, NULL), c->kind, "%s", c->src);
    cr_assert_eq(tok.length, strlen(c->src));
    cr_assert(mi_lex_is_keyword(c->kind));
    cr_assert_str_eq(mi_lex_kind_text(c->kind), c->src);
    /* A longer name that starts or ends with the keyword is a NAME. */
    snprintf(longer, sizeof longer, "%s_", c->src);
    cr_assert_eq(first_token(longer, &tok, NULL), TK_NAME, "%s", longer);
    cr_assert_eq(tok.length, strlen(longer));
    snprintf(longer, sizeof longer, "x%s", c->src);
    cr_assert_eq(first_token(longer, &tok, NULL), TK_NAME, "%s", longer);
    snprintf(longer, sizeof longer, "%s\xc3\xa9", c->src);
    cr_assert_eq(first_token(longer, &tok, NULL), TK_NAME, "%s", longer);
}

ParameterizedTestParameters(lexer_tokens, names)
{
    static KindCase cases[] = {
        { "x", TK_NAME, "NAME" }, { "_", TK_NAME, "NAME" }, { "__init__", TK_NAME, "NAME" },
        { "a1_b2", TK_NAME, "NAME" }, { "match", TK_NAME, "NAME" },
        { "case", TK_NAME, "NAME" }, { "print", TK_NAME, "NAME" },
        { "\xc3\xa9t\xc3\xa9", TK_NAME, "NAME" },          /* été */
        { "\xcf\x80", TK_NAME, "NAME" },                   /* π */
        { "\xe6\x97\xa5\xe6\x9c\xac", TK_NAME, "NAME" },   /* 日本 */
        { "x\xcc\x81", TK_NAME, "NAME" },                  /* x + combining acute */
        { "\xe2\x84\x8c", TK_NAME, "NAME" },               /* ℌ */
    };
    return cr_make_param_array(KindCase, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(KindCase *c, lexer_tokens, names)
{
    MiToken tok;
    cr_assert_eq(first_token(c->src, &tok, NULL), TK_NAME, "%s", c->src);
    cr_assert_eq(tok.length, strlen(c->src));
    cr_assert_eq(tok.end_col, (int)strlen(c->src), "columns count bytes");
    cr_assert_str_eq(mi_lex_kind_name(TK_NAME), c->name);
}

ParameterizedTestParameters(lexer_tokens, stray_characters_are_error_tokens)
{
    /* CPython's tokenizer passes these to its parser, which says
     * "invalid syntax". */
    static KindCase cases[] = {
        { "$", TK_ERRORTOKEN, "" }, { "?", TK_ERRORTOKEN, "" }, { "!", TK_ERRORTOKEN, "" },
        { "`", TK_ERRORTOKEN, "" }, { "\x01", TK_ERRORTOKEN, "" },
        { "\x7f", TK_ERRORTOKEN, "" },
    };
    return cr_make_param_array(KindCase, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(KindCase *c, lexer_tokens, stray_characters_are_error_tokens)
{
    MiToken tok;
    cr_assert_eq(first_token(c->src, &tok, NULL), TK_ERRORTOKEN);
    cr_assert_eq(tok.length, 1);
    cr_assert_str_eq(mi_lex_kind_name(TK_ERRORTOKEN), "ERRORTOKEN");
}

Test(lexer_tokens, statement_ends_with_newline_then_endmarker)
{
    char *names = token_names("x = 1\n", 0);
    cr_assert_str_eq(names, "NAME EQUAL NUMBER NEWLINE ENDMARKER");
    free(names);
}

Test(lexer_tokens, missing_final_newline_is_supplied)
{
    MiLexer *lx = mi_lex_new("x", 1, "t.py", 0);
    MiToken tok;
    cr_assert_eq(mi_lex_next(lx, &tok), TK_NAME);
    cr_assert_eq(mi_lex_next(lx, &tok), TK_NEWLINE);
    cr_assert_eq(tok.length, 0);
    cr_assert_eq(tok.line, 1);
    cr_assert_eq(tok.col, 1);
    cr_assert_eq(mi_lex_next(lx, &tok), MI_TK_ENDMARKER);
    cr_assert_eq(tok.line, 2);
    cr_assert_eq(tok.col, 0);
    cr_assert_eq(mi_lex_next(lx, &tok), MI_TK_ENDMARKER, "the end marker repeats");
    mi_lex_free(lx);
}

Test(lexer_tokens, empty_source_is_just_the_end)
{
    char *names = token_names("", 0);
    cr_assert_str_eq(names, "ENDMARKER");
    free(names);
    names = token_names("\n\n   \n# comment\n", 0);
    cr_assert_str_eq(names, "ENDMARKER");
    free(names);
}

Test(lexer_tokens, comments_and_nl_only_in_tool_mode)
{
    char *names = token_names("# c\nx = (1,  # d\n  2)\n\n", 0);
    cr_assert_str_eq(names, "NAME EQUAL LPAR NUMBER COMMA NUMBER RPAR NEWLINE ENDMARKER");
    free(names);
    names = token_names("# c\nx = (1,  # d\n  2)\n\n", MI_LEX_COMMENTS);
    cr_assert_str_eq(names, "COMMENT NL NAME EQUAL LPAR NUMBER COMMA COMMENT NL NUMBER RPAR "
                     "NEWLINE NL ENDMARKER");
    free(names);
}

Test(lexer_tokens, tokens_are_slices_with_positions)
{
    const char *src = "if x:\n    y = 'a\\\nb' + \\\n  f(\n 1)\n";
    MiLexer *lx = mi_lex_new(src, strlen(src), "t.py", 0);
    MiToken t[20];
    int n = 0;
    while (n < 20 && mi_lex_next(lx, &t[n]) != MI_TK_ENDMARKER)
        n++;
    mi_lex_free(lx);
    /* if x : NEWLINE INDENT y = STRING + f ( 1 ) NEWLINE DEDENT */
    cr_assert_eq(n, 15);
    cr_assert_eq(t[4].kind, TK_INDENT);
    cr_assert_eq(t[4].line, 2);
    cr_assert_eq(t[4].end_col, 4);
    cr_assert_eq(t[7].kind, TK_STRING);
    cr_assert_eq(t[7].start, src + 14);
    cr_assert_eq(t[7].length, 6);
    cr_assert_eq(t[7].line, 2);
    cr_assert_eq(t[7].col, 8);
    cr_assert_eq(t[7].end_line, 3);
    cr_assert_eq(t[7].end_col, 2);
    cr_assert_eq(t[8].kind, TK_PLUS);
    cr_assert_eq(t[8].line, 3);
    cr_assert_eq(t[9].kind, TK_NAME);
    cr_assert_eq(t[9].line, 4, "after a backslash continuation");
    cr_assert_eq(t[9].col, 2);
    cr_assert_eq(t[11].kind, TK_NUMBER);
    cr_assert_eq(t[11].line, 5, "inside brackets");
    cr_assert_eq(t[11].col, 1);
    cr_assert_eq(t[13].kind, TK_NEWLINE);
    cr_assert_eq(t[14].kind, TK_DEDENT);
    cr_assert_eq(t[14].line, 6);
}

Test(lexer_tokens, crlf_and_cr_end_lines)
{
    char *names = token_names("x = 1\r\ny = 2\rz\r\n", 0);
    cr_assert_str_eq(names, "NAME EQUAL NUMBER NEWLINE NAME EQUAL NUMBER NEWLINE NAME NEWLINE "
                     "ENDMARKER");
    free(names);
}

Test(lexer_tokens, byte_order_mark_is_skipped)
{
    MiToken tok;
    const char *src = "\xef\xbb\xbfx = 1\n";
    MiLexer *lx = mi_lex_new(src, strlen(src), "t.py", 0);
    cr_assert_eq(mi_lex_next(lx, &tok), TK_NAME);
    cr_assert_eq(tok.col, 0);
    cr_assert_eq(tok.start, src + 3);
    mi_lex_free(lx);
}

Test(lexer_tokens, source_need_not_be_nul_terminated)
{
    /* The lexer reads exactly len bytes: "1 + 2" followed by garbage. */
    const char buf[] = { '1', ' ', '+', ' ', '2', '\xff', '(', '"' };
    MiLexer *lx = mi_lex_new(buf, 5, "t.py", 0);
    MiToken tok;
    int kinds[6], n = 0;
    while (n < 6 && (kinds[n] = mi_lex_next(lx, &tok)) != MI_TK_ENDMARKER)
        n++;
    mi_lex_free(lx);
    cr_assert_eq(n, 4);
    cr_assert_eq(kinds[0], TK_NUMBER);
    cr_assert_eq(kinds[2], TK_NUMBER);
    cr_assert_eq(kinds[3], TK_NEWLINE);
}

Test(lexer_tokens, interactive_empty_line_ends_a_statement)
{
    char *names = token_names("if x:\n  y\n\n", MI_LEX_INTERACTIVE);
    cr_assert_str_eq(names, "NAME NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NEWLINE ENDMARKER");
    free(names);
    /* Without the empty line the REPL may still type more: no DEDENT. */
    names = token_names("if x:\n  y\n", MI_LEX_INTERACTIVE);
    cr_assert_str_eq(names, "NAME NAME COLON NEWLINE INDENT NAME NEWLINE ENDMARKER");
    free(names);
    names = token_names("# only a comment\n", MI_LEX_INTERACTIVE);
    cr_assert_str_eq(names, "NEWLINE ENDMARKER");
    free(names);
}

Test(lexer_tokens, kind_names_cover_special_tokens)
{
    cr_assert_str_eq(mi_lex_kind_name(MI_TK_ENDMARKER), "ENDMARKER");
    cr_assert_str_eq(mi_lex_kind_name(TK_NEWLINE), "NEWLINE");
    cr_assert_str_eq(mi_lex_kind_name(TK_INDENT), "INDENT");
    cr_assert_str_eq(mi_lex_kind_name(TK_DEDENT), "DEDENT");
    cr_assert_str_eq(mi_lex_kind_name(TK_COMMENT), "COMMENT");
    cr_assert_str_eq(mi_lex_kind_name(TK_NL), "NL");
    cr_assert_str_eq(mi_lex_kind_name(TK_NUMBER), "NUMBER");
    cr_assert_str_eq(mi_lex_kind_name(TK_STRING), "STRING");
    cr_assert_null(mi_lex_kind_text(TK_NAME));
}

Test(lexer_tokens, errors_are_final)
{
    MiLexer *lx = mi_lex_new("x = $ 'abc", 10, "t.py", 0);
    MiToken tok;
    cr_assert_eq(mi_lex_next(lx, &tok), TK_NAME);
    cr_assert_eq(mi_lex_next(lx, &tok), TK_EQUAL);
    cr_assert_eq(mi_lex_next(lx, &tok), TK_ERRORTOKEN);
    cr_assert_eq(mi_lex_next(lx, &tok), MI_TK_ERROR);
    cr_assert_eq(mi_lex_next(lx, &tok), MI_TK_ERROR);
    cr_assert_str_eq(mi_lex_error(lx)->msg, "unterminated string literal (detected at line 1)");
    mi_lex_free(lx);
}
