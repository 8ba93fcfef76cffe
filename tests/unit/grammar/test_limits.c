/* tests/unit/grammar/test_limits.c: pathological input gets an error (or
 * parses), never a crash, a hang or unbounded recursion: deep nesting of
 * every kind, huge lines, NUL bytes, invalid UTF-8, binary garbage. */
#include "grammar_test.h"

/* A string of `count` copies of `piece` between `head` and `tail`. */
static char *
repeat(const char *head, const char *piece, size_t count, const char *tail)
{
    size_t h = strlen(head), p = strlen(piece), t = strlen(tail);
    char *s = malloc(h + p * count + t + 1);
    cr_assert_not_null(s);
    memcpy(s, head, h);
    for (size_t i = 0; i < count; i++)
        memcpy(s + h + i * p, piece, p);
    memcpy(s + h + p * count, tail, t + 1);
    return s;
}

/* Parses `src` in file mode and returns the error kind (NONE on success),
 * dumping the tree when it parses (the dump recurses over it). */
static MiSyntaxErrorKind
outcome(const char *src, size_t len, MiSyntaxError *err)
{
    MiAstArena *arena = mi_arena_new();
    MiAst *root = mi_parse(src, len, "t.py", MI_PARSE_FILE, arena, err);
    MiSyntaxErrorKind kind = root ? MI_SYNERR_NONE : err->kind;
    if (root != NULL) {
        FILE *null = fopen("/dev/null", "w");
        mi_ast_dump(root, null);
        fclose(null);
    }
    mi_arena_free(arena);
    return kind;
}

typedef struct DeepCase {
    char              head[16], piece[16], tail[24];
    size_t            count;
    MiSyntaxErrorKind want;
    char              msg[64];
} DeepCase;

static const DeepCase deep_cases[] = {
    { "x = ", "(", "1", 10000, MI_SYNERR_SYNTAX, "too many nested parentheses" },
    { "x = ", "[{(", "1", 3000, MI_SYNERR_SYNTAX, "too many nested parentheses" },
    { "x = ", "(", "1", 199, MI_SYNERR_SYNTAX, "'(' was never closed" },
    { "x = ", "-", "1", 100000, MI_SYNERR_NOMEMORY, "" },
    { "x = ", "not ", "x", 10000, MI_SYNERR_RECURSION, "" },
    { "x = ", "-", "1", 2900, MI_SYNERR_NONE, "" },
    { "x = 1", "+1", "", 2900, MI_SYNERR_NONE, "" },
    { "x = 1", "+1", "", 100000, MI_SYNERR_RECURSION, "" },
    { "x = a", ".b", "", 100000, MI_SYNERR_RECURSION, "" },
    { "x = f", "()", "", 100000, MI_SYNERR_RECURSION, "" },
    { "x = a", "[0]", "", 100000, MI_SYNERR_RECURSION, "" },
    { "x = x", "**x", "", 10000, MI_SYNERR_NOMEMORY, "" },
    { "x = ", "lambda: ", "1", 10000, MI_SYNERR_NOMEMORY, "" },
    { "x = ", "1 if x else ", "1", 5000, MI_SYNERR_NOMEMORY, "" },
    { "x = ", "1 if x else ", "1", 2000, MI_SYNERR_NONE, "" },
    { "x = ", "await ", "1", 100, MI_SYNERR_SYNTAX, "invalid syntax" },
    { "x", " = x", "\n", 200000, MI_SYNERR_NONE, "" },
    { "x = 1", " < 1", "\n", 100000, MI_SYNERR_NONE, "" },
    { "x = 1", " or 1", "\n", 100000, MI_SYNERR_NONE, "" },
    { "x = [1", ", 1", "]\n", 100000, MI_SYNERR_NONE, "" },
    { "x = 'a'", " 'b'", "\n", 100000, MI_SYNERR_NONE, "" },
    { "x = f'{", "f'{", "", 50, MI_SYNERR_SYNTAX, "" },
    { "", "@d\n", "def f(): pass\n", 50000, MI_SYNERR_NONE, "" },
    { "", "if x:\n", "", 1000, MI_SYNERR_INDENTATION, "" },
    { "", "x; ", "\n", 100000, MI_SYNERR_NONE, "" },
    { "if x: pass\n", "elif x: pass\n", "", 2900, MI_SYNERR_NONE, "" },
    { "if x: pass\n", "elif x: pass\n", "", 10000, MI_SYNERR_RECURSION, "" },
};

static void
check_deep(const DeepCase *c)
{
    MiSyntaxError err;
    char *src = repeat(c->head, c->piece, c->count, c->tail);
    MiSyntaxErrorKind kind = outcome(src, strlen(src), &err);
    cr_expect_eq(kind, c->want, "%s%s * %zu: kind %d (%s)", c->head, c->piece, c->count, kind,
                 err.msg);
    if (kind == c->want && c->msg[0] != '\0')
        cr_expect_str_eq(err.msg, c->msg, "%s%s * %zu", c->head, c->piece, c->count);
    free(src);
}

Test(grammar_limits, deep_nesting_of_every_kind)
{
    FOR_EACH_CASE(deep_cases, check_deep);
}

Test(grammar_limits, nested_indentation_up_to_the_limit)
{
    /* 99 nested blocks parse; the 100th is CPython's IndentationError. */
    for (int depth = 98; depth <= 101; depth++) {
        size_t cap = (size_t)depth * (size_t)depth + 1000, n = 0;
        char *src = malloc(cap);
        for (int i = 0; i < depth; i++) {
            memset(src + n, ' ', (size_t)i);
            n += (size_t)i;
            n += (size_t)sprintf(src + n, "if x:\n");
        }
        memset(src + n, ' ', (size_t)depth);
        n += (size_t)depth;
        n += (size_t)sprintf(src + n, "pass\n");
        MiSyntaxError err;
        MiSyntaxErrorKind kind = outcome(src, n, &err);
        if (depth < 100) {
            cr_expect_eq(kind, MI_SYNERR_NONE, "depth %d: %s", depth, err.msg);
        } else {
            cr_expect_eq(kind, MI_SYNERR_INDENTATION, "depth %d", depth);
            cr_expect_str_eq(err.msg, "too many levels of indentation");
        }
        free(src);
    }
}

Test(grammar_limits, a_100_megabyte_line)
{
    /* One string literal of 100 MB: parsed in linear time. */
    size_t n = 100u << 20;
    char *src = malloc(n + 16);
    memcpy(src, "x = '", 5);
    memset(src + 5, 'a', n);
    memcpy(src + 5 + n, "'\n", 2);
    MiAstArena *arena = mi_arena_new();
    MiSyntaxError err;
    MiAst *root = mi_parse(src, n + 7, "t.py", MI_PARSE_FILE, arena, &err);
    cr_assert_not_null(root, "%s", err.msg);
    MiAst *value = root->u.root.body.items[0]->u.assign.value;
    cr_assert_eq(value->u.constant.len, n);
    mi_arena_free(arena);
    /* The same line as a comment, and as an unterminated string. */
    memcpy(src, "#####", 5);
    cr_assert_eq(outcome(src, n + 7, &err), MI_SYNERR_NONE);
    src[n + 5] = ' ';
    memcpy(src, "x = '", 5);
    cr_assert_eq(outcome(src, n + 7, &err), MI_SYNERR_SYNTAX);
    cr_assert_str_eq(err.msg, "unterminated string literal (detected at line 1)");
    free(src);
}

Test(grammar_limits, long_lines_of_tokens)
{
    MiSyntaxError err;
    char *src = repeat("x = (", "a,", 200000, ")\n");
    cr_expect_eq(outcome(src, strlen(src), &err), MI_SYNERR_NONE, "%s", err.msg);
    free(src);
    src = repeat("x = ", "a", 10u << 20, "\n");
    cr_expect_eq(outcome(src, strlen(src), &err), MI_SYNERR_NONE, "a 10 MB name");
    free(src);
    src = repeat("", "x = 1\n", 200000, "");
    cr_expect_eq(outcome(src, strlen(src), &err), MI_SYNERR_NONE, "200000 lines");
    free(src);
}

Test(grammar_limits, nul_bytes_anywhere)
{
    const char *srcs[] = { "\0x = 1\n", "x = 1\0\n", "x = '\0'\n", "# \0\n", "x = 1\n\0" };
    const size_t lens[] = { 7, 7, 8, 4, 7 };
    for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
        MiSyntaxError err;
        cr_expect_eq(outcome(srcs[i], lens[i], &err), MI_SYNERR_SYNTAX, "case %zu", i);
        cr_expect_str_eq(err.msg, "source code cannot contain null bytes");
    }
}

Test(grammar_limits, binary_garbage)
{
    /* Random bytes from a fixed seed: always an error, never a crash. */
    unsigned x = 12345;
    size_t n = 1u << 20;
    char *src = malloc(n);
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        src[i] = (char)(x >> 16);
    }
    MiSyntaxError err;
    cr_expect_eq(outcome(src, n, &err), MI_SYNERR_SYNTAX);
    for (size_t i = 0; i < n; i++)        /* now valid ASCII, still garbage */
        src[i] = (char)(32 + ((unsigned char)src[i] % 95));
    cr_expect_neq(outcome(src, n, &err), MI_SYNERR_NONE);
    free(src);
}

Test(grammar_limits, unsupported_syntax_is_an_error)
{
    /* The spec needs no async or await: they are SyntaxErrors.  (match
     * statements parse: grammar_match covers them.) */
    const char *srcs[] = {
        "async def f():\n    pass\n", "await x\n", "async with a:\n    pass\n",
    };
    for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) {
        MiSyntaxError err;
        cr_expect_eq(outcome(srcs[i], strlen(srcs[i]), &err), MI_SYNERR_SYNTAX, "%s", srcs[i]);
    }
    /* but `match` and `case` remain names */
    MiSyntaxError err;
    const char *ok = "match = case = 1\nmatch(case)\n";
    cr_expect_eq(outcome(ok, strlen(ok), &err), MI_SYNERR_NONE, "%s", err.msg);
}

/* A bug this guards against: the line of each f-string expression was
 * found by scanning from the start of the string, quadratic in the number
 * of expressions. */
Test(grammar_limits, many_fstring_expressions_in_linear_time, .timeout = 120)
{
    MiSyntaxError err;
    char *src = repeat("x = f'''", "{a}\n", 200000, "'''\n");
    cr_expect_eq(outcome(src, strlen(src), &err), MI_SYNERR_NONE, "%s", err.msg);
    free(src);
}
