/* tests/unit/grammar/test_errors.c: syntax errors: kind, message and
 * location (SyntaxError's lineno, offset, end_lineno, end_offset) of each
 * message the front end produces, as CPython 3.10 reports them; and the
 * printer, which lays them out as CPython's print_exception. */
#include "grammar_test.h"

typedef struct ErrCase {
    char              src[72];
    MiSyntaxErrorKind kind;
    char              msg[104];
    int               line, col, end_line, end_col;
} ErrCase;

#define SYN MI_SYNERR_SYNTAX
#define IND MI_SYNERR_INDENTATION

static const ErrCase messages[] = {
    { "x = 1 2\n", SYN, "invalid syntax", 1, 7, 1, 8 },
    { "if x\n  pass\n", SYN, "expected ':'", 1, 5, 1, 5 },
    { "def f() x:\n  pass\n", SYN, "expected ':'", 1, 9, 1, 10 },
    { "[1 2]\n", SYN, "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5 },
    { "f(a, b c, d)\n", SYN, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9 },
    { "print 'hello'\n", SYN, "Missing parentheses in call to 'print'. Did you mean print(...)?",
      1, 1, 1, 14 },
    { "(\n", SYN, "'(' was never closed", 1, 1, 1, 0 },
    { "x = (1,\n2", SYN, "'(' was never closed", 1, 5, 1, 0 },
    { ")\n", SYN, "unmatched ')'", 1, 1, 1, 1 },
    { "x = [1)\n", SYN, "closing parenthesis ')' does not match opening parenthesis '['",
      1, 7, 1, 7 },
    { "x = (1,\n2]\n", SYN, "closing parenthesis ']' does not match opening parenthesis '(' "
      "on line 1", 2, 2, 2, 2 },
    { "\"abc", SYN, "unterminated string literal (detected at line 1)", 1, 1, 1, 1 },
    { "'''abc\n\nd", SYN, "unterminated triple-quoted string literal (detected at line 3)",
      1, 1, 1, 1 },
    { "if x:\npass\n", IND, "expected an indented block after 'if' statement on line 1",
      2, 1, 2, 5 },
    { "while x:", IND, "expected an indented block after 'while' statement on line 1",
      1, 9, 1, -1 },
    { "class A:", IND, "expected an indented block after class definition on line 1",
      1, 9, 1, -1 },
    { "def f():", IND, "expected an indented block after function definition on line 1",
      1, 9, 1, -1 },
    { "for x in y:\npass\n", IND, "expected an indented block after 'for' statement on line 1",
      2, 1, 2, 5 },
    { "try:\n  x\nexcept:\npass\n", IND, "expected an indented block after 'except' statement "
      "on line 3", 4, 1, 4, 5 },
    { "if a:\n  if b:\nc\n", IND, "expected an indented block after 'if' statement on line 2",
      3, 0, 3, -1 },
    { "try:\n  pass\n", SYN, "expected 'except' or 'finally' block", 2, 7, 2, -1 },
    { "if x:\n  pass\n    y\n", IND, "unexpected indent", 3, 4, 3, -1 },
    { "if x:\n    pass\n  y\n", IND, "unindent does not match any outer indentation level",
      3, 4, 3, -1 },
    { "if x:\n\tpass\n        y\n", MI_SYNERR_TAB, "inconsistent use of tabs and spaces in "
      "indentation", 3, 1, 3, 0 },
    { "1 = x\n", SYN, "cannot assign to literal here. Maybe you meant '==' instead of '='?",
      1, 1, 1, 2 },
    { "f() = 1\n", SYN, "cannot assign to function call here. Maybe you meant '==' instead "
      "of '='?", 1, 1, 1, 4 },
    { "(a, 1) = 2\n", SYN, "cannot assign to literal", 1, 5, 1, 6 },
    { "x = y = f() = 3\n", SYN, "cannot assign to function call", 1, 9, 1, 12 },
    { "True = 1\n", SYN, "cannot assign to True", 1, 1, 1, 5 },
    { "a < b = 1\n", SYN, "cannot assign to comparison", 1, 1, 1, 6 },
    { "del 1\n", SYN, "cannot delete literal", 1, 5, 1, 6 },
    { "del *a\n", SYN, "cannot delete starred", 1, 5, 1, 7 },
    { "for 1 in x: pass\n", SYN, "cannot assign to literal", 1, 5, 1, 6 },
    { "with a as f(): pass\n", SYN, "cannot assign to function call", 1, 11, 1, 14 },
    { "x = yield = 1\n", SYN, "assignment to yield expression not possible", 1, 5, 1, 10 },
    { "None += 1\n", SYN, "'None' is an illegal expression for augmented assignment",
      1, 1, 1, 5 },
    { "a, b += 1\n", SYN, "'tuple' is an illegal expression for augmented assignment",
      1, 1, 1, 5 },
    { "[a]: int\n", SYN, "only single target (not list) can be annotated", 1, 1, 1, 4 },
    { "x, y: int\n", SYN, "only single target (not tuple) can be annotated", 1, 1, 1, 2 },
    { "f(): int\n", SYN, "illegal target for annotation", 1, 1, 1, 4 },
    { "a := 1\n", SYN, "invalid syntax", 1, 3, 1, 5 },
    { "(a.b := 1)\n", SYN, "cannot use assignment expressions with attribute", 1, 2, 1, 5 },
    { "if x = 1:\n  pass\n", SYN, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      1, 4, 1, 9 },
    { "x = 1 if 2\n", SYN, "expected 'else' after 'if' expression", 1, 5, 1, 11 },
    { "f(a=1, b)\n", SYN, "positional argument follows keyword argument", 1, 9, 1, 10 },
    { "f(**d, e)\n", SYN, "positional argument follows keyword argument unpacking", 1, 9, 1, 10 },
    { "f(**a, *b)\n", SYN, "iterable argument unpacking follows keyword argument unpacking",
      1, 3, 1, 6 },
    { "f(x for x in y, 1)\n", SYN, "Generator expression must be parenthesized", 1, 3, 1, 15 },
    { "f(a.b=1)\n", SYN, "expression cannot contain assignment, perhaps you meant \"==\"?",
      1, 3, 1, 7 },
    { "f(True=1)\n", SYN, "cannot assign to True", 1, 3, 1, 8 },
    { "[*a for a in b]\n", SYN, "iterable unpacking cannot be used in comprehension",
      1, 2, 1, 4 },
    { "{**a for a in b}\n", SYN, "dict unpacking cannot be used in dict comprehension",
      1, 2, 1, 4 },
    { "x = (*a)\n", SYN, "cannot use starred expression here", 1, 6, 1, 8 },
    { "def f(a=1, b): pass\n", SYN, "non-default argument follows default argument",
      1, 12, 1, 13 },
    { "def f(*): pass\n", SYN, "named arguments must follow bare *", 1, 7, 1, 8 },
    { "lambda *: 0\n", SYN, "named arguments must follow bare *", 1, 9, 1, 10 },
    { "def f(a, /, b, /): pass\n", SYN, "invalid syntax", 1, 16, 1, 17 },
    { "from a import b,\n", SYN, "trailing comma not allowed without surrounding parentheses",
      1, 17, 1, 17 },
    { "try:\n  x\nexcept A, B:\n  y\n", SYN, "multiple exception types must be parenthesized",
      3, 8, 3, 12 },
    { "x = \\ 1\n", SYN, "unexpected character after line continuation character", 1, 6, 1, 0 },
    { "x = \\", SYN, "unexpected EOF while parsing", 1, 6, 1, -1 },
    { "1 <> 2\n", SYN, "invalid syntax", 1, 3, 1, 5 },
    { "x = $\n", SYN, "invalid syntax", 1, 5, 1, 6 },
    { "\xe2\x82\xac = 1\n", SYN, "invalid character '\xe2\x82\xac' (U+20AC)", 1, 1, 1, 1 },
    { "a\xe2\x80\x8b = 1\n", SYN, "invalid non-printable character U+200B", 1, 2, 1, 2 },
    { "x = 012\n", SYN, "leading zeros in decimal integer literals are not permitted; use an "
      "0o prefix for octal integers", 1, 5, 1, 6 },
    { "u'x' b'y'\n", SYN, "cannot mix bytes and nonbytes literals", 1, 10, 1, 10 },
    { "x = '\\x4'\n", SYN, "(unicode error) 'unicodeescape' codec can't decode bytes in "
      "position 0-2: truncated \\xXX escape", 1, 10, 1, 10 },
    { "f'{}'\n", SYN, "f-string: empty expression not allowed", 1, 6, 1, 6 },
    { "f'{x!z}'\n", SYN, "f-string: invalid conversion character: expected 's', 'r', or 'a'",
      1, 9, 1, 9 },
    { "f'{x'\n", SYN, "f-string: expecting '}'", 1, 6, 1, 6 },
    { "f'}'\n", SYN, "f-string: single '}' is not allowed", 1, 5, 1, 5 },
    { "f'{x:{y:{z}}}'\n", SYN, "f-string: expressions nested too deeply", 1, 15, 1, 15 },
    { "f'{1 +}'\n", SYN, "f-string: invalid syntax", 1, 5, 1, 6 },
    { "f'{*x}'\n", SYN, "f-string: cannot use starred expression here", 1, 2, 1, 4 },
    { "x = 1\ny = f'{lambda x: 1}'\n", SYN, "f-string: invalid syntax", 2, 10, 2, 11 },
};

static void
check_message(const ErrCase *c)
{
    MiSyntaxError err;
    char *dump = parse_dump(c->src, MI_PARSE_FILE, &err);
    cr_expect_null(dump, "%s: parses", c->src);
    free(dump);
    cr_expect_eq(err.kind, c->kind, "%s: kind %d", c->src, err.kind);
    cr_expect_str_eq(err.msg, c->msg, "%s", c->src);
    cr_expect_eq(err.line, c->line, "%s: line %d", c->src, err.line);
    cr_expect_eq(err.col, c->col, "%s: offset %d", c->src, err.col);
    cr_expect_eq(err.end_line, c->end_line, "%s: end line %d", c->src, err.end_line);
    cr_expect_eq(err.end_col, c->end_col, "%s: end offset %d", c->src, err.end_col);
}

Test(grammar_errors, every_message_with_its_location)
{
    FOR_EACH_CASE(messages, check_message);
}

Test(grammar_errors, nul_bytes_are_refused)
{
    MiSyntaxError err;
    const char src[] = "x = 1\ny\0 = 2\n";
    char *dump = parse_dump_n(src, sizeof src - 1, MI_PARSE_FILE, &err);
    cr_assert_null(dump);
    cr_assert_eq(err.kind, MI_SYNERR_SYNTAX);
    cr_assert_str_eq(err.msg, "source code cannot contain null bytes");
    cr_assert_eq(err.line, 2);
    cr_assert_eq(err.col, 2);
}

Test(grammar_errors, invalid_utf8_names_the_file_and_next_line)
{
    MiSyntaxError err;
    const char *src = "x = 1\ny = '\xff'\n";
    MiAstArena *arena = mi_arena_new();
    cr_assert_null(mi_parse(src, strlen(src), "bad.py", MI_PARSE_FILE, arena, &err));
    cr_assert_eq(err.kind, MI_SYNERR_SYNTAX);
    cr_assert_str_eq(err.msg, "Non-UTF-8 code starting with '\\xff' in file bad.py on line 3, "
                     "but no encoding declared; see https://python.org/dev/peps/pep-0263/ "
                     "for details");
    cr_assert_eq(err.line, 0, "printed without a location, as CPython");
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    mi_syntax_error_print(f, "bad.py", &err);
    fclose(f);
    cr_assert_str_eq(out, "SyntaxError: Non-UTF-8 code starting with '\\xff' in file bad.py on "
                     "line 3, but no encoding declared; see "
                     "https://python.org/dev/peps/pep-0263/ for details\n");
    free(out);
    mi_arena_free(arena);
}

Test(grammar_errors, overlong_and_surrogate_utf8_are_rejected)
{
    MiSyntaxError err;
    const char *srcs[] = { "x = '\xc0\x80'\n", "x = '\xed\xa0\x80'\n", "x = '\xf4\x90\x80\x80'\n",
                           "x = '\xe2\x82'\n", "\x80" };
    for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
        char *dump = parse_dump(srcs[i], MI_PARSE_FILE, &err);
        cr_expect_null(dump, "case %zu", i);
        cr_expect(strncmp(err.msg, "Non-UTF-8 code", 14) == 0, "case %zu: %s", i, err.msg);
        free(dump);
    }
}

Test(grammar_errors, errors_carry_the_source_line)
{
    MiAstArena *arena = mi_arena_new();
    MiSyntaxError err;
    const char *src = "x = 1\n    y = (1 2)\nz = 3\n";
    cr_assert_null(mi_parse(src, strlen(src), "t.py", MI_PARSE_FILE, arena, &err));
    cr_assert_str_eq(err.text, "    y = (1 2)", "without its newline");
    mi_arena_free(arena);
}

Test(grammar_errors, tokenizer_errors_later_in_the_file_win)
{
    /* CPython tokenizes the rest of the file after a parser error. */
    MiSyntaxError err;
    free(parse_dump("x = 1 2\ny = 'abc\n", MI_PARSE_FILE, &err));
    cr_expect_str_eq(err.msg, "unterminated string literal (detected at line 2)");
    cr_expect_eq(err.line, 2);
    free(parse_dump("x = 1 2\ny = (\n", MI_PARSE_FILE, &err));
    cr_expect_str_eq(err.msg, "invalid syntax", "the bracket opened after the error");
    free(parse_dump("x = (1 2\ny = 3\n", MI_PARSE_FILE, &err));
    cr_expect_str_eq(err.msg, "'(' was never closed");
    free(parse_dump("x = 1 2\n  y\n", MI_PARSE_FILE, &err));
    cr_expect_str_eq(err.msg, "invalid syntax", "indentation errors are not the tokenizer's");
}

Test(grammar_errors, file_mode_counts_bytes_for_parser_errors)
{
    /* As `python3.10 file.py` reports: byte offsets from its parser,
     * characters from its tokenizer; strings count characters. */
    MiSyntaxError err;
    free(parse_dump("\xc3\xa9 = 1 2\n", MI_PARSE_FILE, &err));
    cr_expect_eq(err.col, 8);
    free(parse_dump("\xc3\xa9 = 1 2\n", MI_PARSE_EVAL, &err));
    cr_expect_str_eq(err.msg, "invalid syntax");
    free(parse_dump("\xc3\xa9 = 1 2\n", MI_PARSE_SINGLE, &err));
    cr_expect_eq(err.col, 7);
    free(parse_dump("\xc3\xa9 = 1 $ 0x\n", MI_PARSE_FILE, &err));
    cr_expect_str_eq(err.msg, "invalid hexadecimal literal");
    cr_expect_eq(err.col, 10, "the tokenizer's errors count characters");
}

/* ---- the printer ---------------------------------------------------------------- */

typedef struct PrintCase {
    int  line, offset;
    char text[32];
    int  end_line, end_offset;
    char type[24];
    char want[96];
} PrintCase;

/* Each row was printed by CPython 3.10's own print_exception. */
static const PrintCase prints[] = {
    { 1, 5, "x = (1 2)\n", 1, 9, "SyntaxError", "    x = (1 2)\n        ^^^^\n" },
    { 1, 5, "    abc def\n", 1, 8, "SyntaxError", "    abc def\n    ^^^\n" },
    { 1, 1, "    abc def\n", 1, 3, "SyntaxError", "    abc def\n" },
    { 1, 7, "abc\n", 1, 9, "SyntaxError", "    abc\n       ^\n" },
    { 1, 2, "abc", 1, 0, "SyntaxError", "    abc\n     ^\n" },
    { 1, 2, "abc", 1, -1, "SyntaxError", "    abc\n     ^\n" },
    { 1, 2, "abc", 2, 5, "SyntaxError", "    abc\n     ^\n" },
    { 1, 3, "abc\n", 1, 2, "SyntaxError", "    abc\n      ^\n" },
    { 1, 0, "abc\n", 1, 0, "SyntaxError", "    abc\n" },
    { 1, 3, "\t a\tbc\n", 1, 6, "SyntaxError", "    a\tbc\n    ^^^\n" },
    { 1, 2, "ab\ncd\n", 1, 5, "SyntaxError", "    ab\ncd\n     ^^^\n" },
    { 1, 5, "ab\ncd\n", 1, 6, "SyntaxError", "    cd\n     ^\n" },
    { 1, 3, "   \n", 1, 4, "SyntaxError", "    \n" },
    { 1, 3, "", 1, 4, "SyntaxError", "    \n    ^\n" },
    { 1, 1, "\f  x\n", 1, 2, "SyntaxError", "    x\n" },
    { 1, 10, "a", 1, 12, "SyntaxError", "    a\n     ^\n" },
    { 2, 1, "pass\n", 2, 5, "IndentationError", "    pass\n    ^\n" },
    { 2, 2, "pass\n", 2, 5, "TabError", "    pass\n     ^\n" },
};

static void
check_print(const PrintCase *c)
{
    char *out = NULL;
    size_t n = 0;
    char want[160];
    FILE *f = open_memstream(&out, &n);
    mi_syntax_error_print_exception(f, c->type, "x.py", c->line, c->offset, c->end_line,
                                    c->end_offset, c->text, "m");
    fclose(f);
    snprintf(want, sizeof want, "  File \"x.py\", line %d\n%s%s: m\n", c->line, c->want,
             c->type);
    cr_expect_str_eq(out, want, "(%d, %d, %d, %d)", c->line, c->offset, c->end_line,
                     c->end_offset);
    free(out);
}

Test(grammar_errors, printer_lays_out_like_cpython)
{
    FOR_EACH_CASE(prints, check_print);
}

Test(grammar_errors, printer_without_text_or_location)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    mi_syntax_error_print_exception(f, "SyntaxError", "x.py", 3, 1, 3, 2, NULL, "m");
    MiSyntaxError mem = { .kind = MI_SYNERR_NOMEMORY };
    mi_syntax_error_print(f, "x.py", &mem);
    MiSyntaxError rec = { .kind = MI_SYNERR_RECURSION,
                          .msg = "maximum recursion depth exceeded during compilation" };
    mi_syntax_error_print(f, "x.py", &rec);
    fclose(f);
    cr_assert_str_eq(out, "  File \"x.py\", line 3\nSyntaxError: m\nMemoryError\n"
                     "RecursionError: maximum recursion depth exceeded during compilation\n");
    free(out);
}

Test(grammar_errors, print_text_alone)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    mi_syntax_error_print_text(f, "  return x +\n", 13, 14);
    fclose(f);
    cr_assert_str_eq(out, "    return x +\n              ^\n");
    free(out);
}
