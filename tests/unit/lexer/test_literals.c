/* tests/unit/lexer/test_literals.c: number and string literals: the forms
 * that are one token, CPython 3.10's errors for the invalid ones, escape
 * decoding and the splitting of f-strings. */
#include "lexer_test.h"

#include <ctype.h>

typedef struct LitCase {
    char src[40];
} LitCase;

static const LitCase valid_forms_are_one_token_cases[] = {
    { "0" }, { "7" }, { "00" }, { "0_0" }, { "1_000_000" }, { "0x1F" }, { "0X_ab_CD" },
    { "0o17" }, { "0O_7" }, { "0b101" }, { "0B_1_0" }, { "1.5" }, { "1." }, { ".5" },
    { "1e5" }, { "1E-5" }, { "1e+5" }, { "1_0.0_1e1_0" }, { "5j" }, { "5J" }, { ".5j" },
    { "1.e5j" }, { "00.5" }, { "09.5" }, { "09e1" }, { "09j" }, { "0e0" },
    { "79228162514264337593543950336" }, { "1.0e-1_0" },
};


static void
check_valid_number(const LitCase *c)
{
    MiToken tok;
    char src[sizeof c->src + 2];
    size_t n = strnlen(c->src, sizeof c->src);
    memcpy(src, c->src, n);
    memcpy(src + n, "\n", 2);
    cr_expect_eq(first_token(src, &tok, NULL), TK_NUMBER, "%s", c->src);
    cr_expect_eq(tok.length, strlen(c->src), "%s", c->src);
}

Test(lexer_numbers, valid_forms_are_one_token)
{
    FOR_EACH_CASE(valid_forms_are_one_token_cases, check_valid_number);
}

/* CPython still accepts these (with a deprecation warning). */
static const LitCase keywords_may_follow_a_number_cases[] = {
    { "1if" }, { "1else" }, { "1and" }, { "1or" }, { "1in" }, { "1is" }, { "1for" },
    { "1not" }, { "0x1for" }, { "1.5else" }, { "1jif" },
};


static void
check_keyword_after_number(const LitCase *c)
{
    MiToken tok;
    cr_expect_eq(first_token(c->src, &tok, NULL), TK_NUMBER, "%s", c->src);
    cr_expect(isalpha((unsigned char)tok.start[tok.length]) && tok.start[tok.length] != 'j',
              "%s: the number stops before the keyword", c->src);
}

Test(lexer_numbers, keywords_may_follow_a_number)
{
    FOR_EACH_CASE(keywords_may_follow_a_number_cases, check_keyword_after_number);
}

typedef struct BadCase {
    char src[24];
    char msg[120];
    int  col, end_col;
} BadCase;

/* Offsets as CPython 3.10 reports them for "x = <literal>". */
static const BadCase invalid_forms_give_cpython_errors_cases[] = {
    { "x = 1abc", "invalid decimal literal", 5, 5 },
    { "x = 1_", "invalid decimal literal", 6, 6 },
    { "x = 1_000_", "invalid decimal literal", 10, 10 },
    { "x = 1__0", "invalid decimal literal", 6, 6 },
    { "x = 1e", "invalid decimal literal", 5, 5 },
    { "x = 1e+x", "invalid decimal literal", 7, 7 },
    { "x = 1e-", "invalid decimal literal", 7, 7 },
    { "x = .5e", "invalid decimal literal", 6, 6 },
    { "x = 1.e", "invalid decimal literal", 6, 6 },
    { "x = 1.5_", "invalid decimal literal", 8, 8 },
    { "x = 1._5", "invalid decimal literal", 6, 6 },
    { "x = 1e_5", "invalid decimal literal", 5, 5 },
    { "x = 1e5_", "invalid decimal literal", 8, 8 },
    { "x = 1.5a", "invalid decimal literal", 7, 7 },
    { "x = 1\xc3\xa9", "invalid decimal literal", 5, 5 },
    { "x = 0_", "invalid decimal literal", 6, 6 },
    { "x = 00_", "invalid decimal literal", 7, 7 },
    { "x = 1.5j_", "invalid imaginary literal", 8, 8 },
    { "x = 1jj", "invalid imaginary literal", 6, 6 },
    { "x = 0x", "invalid hexadecimal literal", 6, 6 },
    { "x = 0x_", "invalid hexadecimal literal", 7, 7 },
    { "x = 0x1_", "invalid hexadecimal literal", 8, 8 },
    { "x = 0x1g", "invalid hexadecimal literal", 7, 7 },
    { "x = 0xFFj", "invalid hexadecimal literal", 8, 8 },
    { "x = 0x\xc3\xa9", "invalid hexadecimal literal", 6, 6 },
    { "x = 0o", "invalid octal literal", 6, 6 },
    { "x = 0o1_", "invalid octal literal", 8, 8 },
    { "x = 0o7x", "invalid octal literal", 7, 7 },
    { "x = 0o8", "invalid digit '8' in octal literal", 7, 7 },
    { "x = 0o_8", "invalid digit '8' in octal literal", 8, 8 },
    { "x = 0b", "invalid binary literal", 6, 6 },
    { "x = 0b_", "invalid binary literal", 7, 7 },
    { "x = 0b1e", "invalid binary literal", 7, 7 },
    { "x = 0b2", "invalid digit '2' in binary literal", 7, 7 },
    { "x = 0b12", "invalid digit '2' in binary literal", 8, 8 },
    { "x = 012", "leading zeros in decimal integer literals are not permitted; use an 0o "
      "prefix for octal integers", 5, 6 },
    { "x = 09", "leading zeros in decimal integer literals are not permitted; use an 0o "
      "prefix for octal integers", 5, 6 },
    { "x = 0_7", "leading zeros in decimal integer literals are not permitted; use an 0o "
      "prefix for octal integers", 5, 7 },
};


static void
check_invalid_number(const BadCase *c)
{
    MiLexer *lx = mi_lex_new(c->src, strlen(c->src), "t.py", 0);
    MiToken tok;
    int kind;
    while ((kind = mi_lex_next(lx, &tok)) != MI_TK_ERROR && kind != MI_TK_ENDMARKER) {
    }
    cr_expect_eq(kind, MI_TK_ERROR, "%s", c->src);
    const MiLexError *e = mi_lex_error(lx);
    if (e == NULL) {
        mi_lex_free(lx);
        return;
    }
    cr_expect_str_eq(e->msg, c->msg, "%s", c->src);
    cr_expect_eq(e->line, 1);
    cr_expect_eq(e->col, c->col, "%s: offset %d", c->src, e->col);
    cr_expect_eq(e->end_col, c->end_col, "%s: end offset %d", c->src, e->end_col);
    cr_expect(e->eager, "the tokenizer raises these itself");
    mi_lex_free(lx);
}

Test(lexer_numbers, invalid_forms_give_cpython_errors)
{
    FOR_EACH_CASE(invalid_forms_give_cpython_errors_cases, check_invalid_number);
}

static const LitCase string_forms_cases[] = {
    { "'a'" }, { "\"a\"" }, { "'''a'''" }, { "\"\"\"a\"\"\"" }, { "''" }, { "\"\"" },
    { "''''''" }, { "r'\\'x'" }, { "R'a'" }, { "u'a'" }, { "U'a'" }, { "b'a'" },
    { "B'a'" }, { "f'{x}'" }, { "F'a'" }, { "br'a'" }, { "bR'a'" }, { "Br'a'" },
    { "BR'a'" }, { "rb'a'" }, { "rB'a'" }, { "Rb'a'" }, { "RB'a'" }, { "fr'a'" },
    { "fR'a'" }, { "Fr'a'" }, { "FR'a'" }, { "rf'a'" }, { "rF'a'" }, { "Rf'a'" },
    { "RF'a'" }, { "'it\\'s'" }, { "\"\\\"\"" }, { "'a\\\nb'" }, { "'''a\nb'''" },
    { "\"\"\"'\"'\"\"\"" }, { "f'{a[\"b\"]}'" }, { "'\\\\'" }, { "'\xc3\xa9'" },
};


static void
check_valid_string(const LitCase *c)
{
    MiToken tok;
    char src[sizeof c->src + 2];
    size_t n = strnlen(c->src, sizeof c->src);
    memcpy(src, c->src, n);
    memcpy(src + n, "\n", 2);
    cr_expect_eq(first_token(src, &tok, NULL), TK_STRING, "%s", c->src);
    cr_expect_eq(tok.length, strlen(c->src), "%s", c->src);
}

Test(lexer_strings, valid_forms_are_one_token)
{
    FOR_EACH_CASE(string_forms_cases, check_valid_string);
}

/* Not prefixes: a name, then a string. */
static const LitCase bad_prefixes_are_names_cases[] = {
    { "ub'a'" }, { "bu'a'" }, { "fb'a'" }, { "rr'a'" }, { "ff'a'" }, { "x'a'" },
};


static void
check_bad_prefix(const LitCase *c)
{
    MiToken tok;
    cr_expect_eq(first_token(c->src, &tok, NULL), TK_NAME, "%s", c->src);
}

Test(lexer_strings, bad_prefixes_are_names)
{
    FOR_EACH_CASE(bad_prefixes_are_names_cases, check_bad_prefix);
}

static const BadCase unterminated_strings_cases[] = {
    { "x = 'abc", "unterminated string literal (detected at line 1)", 5, 5 },
    { "x = \"abc\n", "unterminated string literal (detected at line 1)", 5, 5 },
    { "x = 'a' 'b", "unterminated string literal (detected at line 1)", 9, 9 },
    { "x = r'\\'", "unterminated string literal (detected at line 1)", 5, 5 },
    { "x = '\\'", "unterminated string literal (detected at line 1)", 5, 5 },
    { "x = b'a\\\nb", "unterminated string literal (detected at line 2)", 5, 5 },
    { "x = 'a\\\n", "unterminated string literal (detected at line 1)", 5, 5 },
    { "'''abc\n", "unterminated triple-quoted string literal (detected at line 1)", 1, 1 },
    { "'''abc\n\n", "unterminated triple-quoted string literal (detected at line 2)", 1, 1 },
    { "'''abc\n\nd", "unterminated triple-quoted string literal (detected at line 3)",
      1, 1 },
    { "x = f\"\"\"a\"\"", "unterminated triple-quoted string literal (detected at line 1)",
      5, 5 },
};


static void
check_unterminated(const BadCase *c)
{
    MiLexer *lx = mi_lex_new(c->src, strlen(c->src), "t.py", 0);
    MiToken tok;
    int kind;
    while ((kind = mi_lex_next(lx, &tok)) != MI_TK_ERROR && kind != MI_TK_ENDMARKER) {
    }
    cr_expect_eq(kind, MI_TK_ERROR, "%s", c->src);
    const MiLexError *e = mi_lex_error(lx);
    if (e == NULL) {
        mi_lex_free(lx);
        return;
    }
    cr_expect_str_eq(e->msg, c->msg, "%s", c->src);
    cr_expect_eq(e->line, 1, "reported where the string starts");
    cr_expect_eq(e->col, c->col, "%s", c->src);
    mi_lex_free(lx);
}

Test(lexer_strings, unterminated_strings)
{
    FOR_EACH_CASE(unterminated_strings_cases, check_unterminated);
}

Test(lexer_strings, string_prefix_is_decoded)
{
    MiToken tok;
    MiStrPrefix p;
    first_token("Rb'''x'''", &tok, NULL);
    mi_lex_string_prefix(&tok, &p);
    cr_expect(p.is_bytes && p.is_raw && !p.is_fstring && !p.is_unicode);
    cr_expect_eq(p.prefix_len, 2);
    cr_expect_eq(p.quote_len, 3);
    first_token("f''", &tok, NULL);
    mi_lex_string_prefix(&tok, &p);
    cr_expect(p.is_fstring && !p.is_raw);
    cr_expect_eq(p.quote_len, 1, "an empty string is not a triple quote");
    first_token("u'x'", &tok, NULL);
    mi_lex_string_prefix(&tok, &p);
    cr_expect(p.is_unicode);
}

/* ---- decoding ---------------------------------------------------------------- */

static void *
plain_alloc(void *ctx, size_t size)
{
    (void)ctx;
    return malloc(size);
}

typedef struct DecodeCase {
    char body[40];
    int  is_bytes, raw;
    char want[24];
    int  want_len;
} DecodeCase;

static const DecodeCase escapes_cases[] = {
    { "a\\nb", 0, 0, "a\nb", 3 },
    { "\\t\\r\\\\\\'\\\"", 0, 0, "\t\r\\'\"", 5 },
    { "\\a\\b\\f\\v", 0, 0, "\a\b\f\v", 4 },
    { "\\0", 0, 0, "\0", 1 },
    { "\\101\\7", 0, 0, "A\a", 2 },
    { "\\777", 0, 0, "\xc7\xbf", 2 },
    { "\\x41\\x7e", 0, 0, "A~", 2 },
    { "\\u20ac", 0, 0, "\xe2\x82\xac", 3 },
    { "\\U0001F600", 0, 0, "\xf0\x9f\x98\x80", 4 },
    { "\\ud800", 0, 0, "\xed\xa0\x80", 3 },
    { "\\N{EM DASH}", 0, 0, "\xe2\x80\x94", 3 },
    { "\\N{bullet}", 0, 0, "\xe2\x80\xa2", 3 },
    { "\\q\\{", 0, 0, "\\q\\{", 4 },
    { "a\\\nb", 0, 0, "ab", 2 },
    { "a\r\nb\rc", 0, 0, "a\nb\nc", 5 },
    { "\\n\\x41", 0, 1, "\\n\\x41", 6 },
    { "\\x41\\xff\\u1234\\N{X}", 1, 0, "A\xff\\u1234\\N{X}", 13 },
    { "\\777", 1, 0, "\xff", 1 },
    { "\\n", 1, 1, "\\n", 2 },
    { "\xc3\xa9", 0, 0, "\xc3\xa9", 2 },
};


static void
check_decode(const DecodeCase *c)
{
    char *out;
    size_t len;
    MiLitError err;
    int r = mi_lex_decode(c->body, strlen(c->body), c->is_bytes, c->raw, plain_alloc, NULL,
                          &out, &len, &err);
    cr_expect_eq(r, 0, "%s: %s", c->body, err.msg);
    cr_expect_eq(len, (size_t)c->want_len, "%s: length %zu", c->body, len);
    cr_expect(memcmp(out, c->want, len) == 0, "%s", c->body);
    free(out);
}

Test(lexer_decode, escapes)
{
    FOR_EACH_CASE(escapes_cases, check_decode);
}

typedef struct DecodeError {
    char body[24];
    int  is_bytes;
    char msg[120];
} DecodeError;

static const DecodeError errors_as_cpython_cases[] = {
    { "\\x4", 0, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
      "0-2: truncated \\xXX escape" },
    { "\\uzz", 0, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
      "0-1: truncated \\uXXXX escape" },
    { "\\U00110000", 0, "(unicode error) 'unicodeescape' codec can't decode bytes in "
      "position 0-9: illegal Unicode character" },
    { "\\N", 0, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
      "0-1: malformed \\N character escape" },
    { "\\N{}", 0, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
      "0-2: malformed \\N character escape" },
    { "\\N{NO SUCH NAME}", 0, "(unicode error) 'unicodeescape' codec can't decode bytes "
      "in position 0-15: unknown Unicode character name" },
    { "\xc3\xa9\\x4", 0, "(unicode error) 'unicodeescape' codec can't decode bytes in "
      "position 10-12: truncated \\xXX escape" },
    { "\\x4", 1, "(value error) invalid \\x escape at position 0" },
    { "ab\\xzz", 1, "(value error) invalid \\x escape at position 2" },
    { "\xc3\xa9", 1, "bytes can only contain ASCII literal characters" },
};


static void
check_decode_error(const DecodeError *c)
{
    char *out = NULL;
    size_t len;
    MiLitError err;
    int r = mi_lex_decode(c->body, strlen(c->body), c->is_bytes, 0, plain_alloc, NULL, &out,
                          &len, &err);
    cr_expect_eq(r, -1, "%s", c->body);
    cr_expect_str_eq(err.msg, c->msg);
    cr_expect(err.end_of_token);
    free(out);              /* on error, the buffer or NULL */
}

Test(lexer_decode, errors_as_cpython)
{
    FOR_EACH_CASE(errors_as_cpython_cases, check_decode_error);
}

/* ---- f-strings ----------------------------------------------------------------- */

/* Writes the parts of an f-string body (or format spec) as "L<text>|" and
 * "E<expr>[=][!c][:<spec parts>]|"; returns -1 on error. */
static int
split_body(FILE *f, MiFScan *sc, MiLitError *err)
{
    for (;;) {
        const char *text;
        size_t len;
        int r = mi_fscan_literal(sc, &text, &len, err);
        if (r < 0)
            return -1;
        if (len > 0)
            fprintf(f, "L%.*s|", (int)len, text);
        if (r == 1)
            continue;
        int c = mi_fscan_peek(sc);
        if (c == -1 || c == '}')
            return 0;
        MiFPart part;
        if (mi_fscan_expr(sc, &part, err) < 0 || mi_fscan_expr_tail(sc, &part, err) < 0)
            return -1;
        fprintf(f, "E%.*s", (int)part.len, part.text);
        if (part.debug_text)
            fputc('=', f);
        if (part.conversion != -1)
            fprintf(f, "!%c", part.conversion);
        if (part.spec != NULL) {
            MiFScan inner;
            mi_fscan_init(&inner, part.spec, (size_t)(sc->end - part.spec), sc->raw,
                          sc->depth + 1);
            fputc(':', f);
            if (split_body(f, &inner, err) < 0)
                return -1;
            sc->s = inner.s;
        }
        if (mi_fscan_close(sc, err) < 0)
            return -1;
        fputc('|', f);
    }
}

static char *
split_fstring(const char *body)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    MiFScan sc;
    MiLitError err;
    mi_fscan_init(&sc, body, strlen(body), 0, 0);
    if (split_body(f, &sc, &err) < 0)
        fprintf(f, "ERR %s", err.msg);
    fclose(f);
    return out;
}

typedef struct FCase {
    char body[32];
    char want[80];
} FCase;

static const FCase split_into_parts_cases[] = {
    { "abc", "Labc|" },
    { "a{x}b", "La|Ex|Lb|" },
    { "{x!r}", "Ex!r|" },
    { "{x:>10}", "Ex:L>10||" },
    { "{x=}", "Ex=|" },
    { "{x = !s:^5}", "Ex =!s:L^5||" },
    { "{x:{w}.{p}}", "Ex:Ew|L.|Ep||" },
    { "{{}}", "L{|L}|" },
    { "a{{b}}c", "La{|Lb}|Lc|" },
    { "{a['}']}", "Ea['}']|" },
    { "{x!=y}", "Ex!=y|" },
    { "{x<=y}{a>b}", "Ex<=y|Ea>b|" },
    { "{(a:=1)}", "E(a:=1)|" },
    { "\\N{BULLET}{x}", "L\\N{BULLET}|Ex|" },
    { "{f'{1}'}", "Ef'{1}'|" },
    { "{}", "ERR f-string: empty expression not allowed" },
    { "{ }", "ERR f-string: empty expression not allowed" },
    { "}", "ERR f-string: single '}' is not allowed" },
    { "{x}}", "Ex|ERR f-string: single '}' is not allowed" },
    { "{x", "ERR f-string: expecting '}'" },
    { "{x!z}", "ERR f-string: invalid conversion character: expected 's', 'r', or 'a'" },
    { "{x!}", "ERR f-string: invalid conversion character: expected 's', 'r', or 'a'" },
    { "{x!r }", "ERR f-string: expecting '}'" },
    { "{a)}", "ERR f-string: unmatched ')'" },
    { "{(a]}", "ERR f-string: closing parenthesis ']' does not match opening "
      "parenthesis '('" },
    { "{(a}", "ERR f-string: closing parenthesis '}' does not match opening "
      "parenthesis '('" },
    { "{'a}", "ERR f-string: unterminated string" },
    { "{#}", "ERR f-string expression part cannot include '#'" },
    { "{x\\n}", "ERR f-string expression part cannot include a backslash" },
    { "{x:{y:{z}}}", "Ex:Ey:ERR f-string: expressions nested too deeply" },
};


static void
check_split(const FCase *c)
{
    char *got = split_fstring(c->body);
    cr_expect_str_eq(got, c->want, "f'%s'", c->body);
    free(got);
}

Test(lexer_fstrings, split_into_parts)
{
    FOR_EACH_CASE(split_into_parts_cases, check_split);
}
