/* tests/unit/grammar/test_fuzz.c: thousands of mutated sources through the
 * lexer, the parser, the AST printer and the error printer, under the
 * sanitizers of the Debug build: no crash, no leak, no undefined
 * behaviour, whatever the input.
 *
 * The seeds are the corpus and error files of tests/unit/grammar; each is
 * mutated by a fixed-seed generator, by tokens (delete, duplicate, swap
 * neighbours, insert a bracket, colon or newline) and by bytes (delete,
 * duplicate, swap, replace with an interesting byte, truncate). */
#include "grammar_test.h"

#include "lexer/lexer.h"

/* A tiny deterministic generator (xorshift32). */
static unsigned
next_random(unsigned *state)
{
    unsigned x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *state = x;
}

typedef struct Span {
    size_t start, len;
} Span;

/* The byte spans of the tokens of src, or 0 when it does not lex. */
static size_t
token_spans(const char *src, size_t len, Span *spans, size_t cap)
{
    MiLexer *lx = mi_lex_new(src, len, "f.py", 0);
    size_t n = 0;
    MiToken tok;
    int kind;
    while (n < cap && (kind = mi_lex_next(lx, &tok)) > 0) {
        if (tok.length > 0 && tok.start >= src && tok.start < src + len) {
            spans[n].start = (size_t)(tok.start - src);
            spans[n].len = tok.length;
            n++;
        }
    }
    mi_lex_free(lx);
    return n;
}

/* Writes a mutation of src into out (capacity len * 2 + 16); returns its
 * length. */
static size_t
mutate(const char *src, size_t len, const Span *spans, size_t nspans, unsigned *rng, char *out)
{
    static const char interesting[] = "()[]{}:,\n\t \\'\"#@*=.f0\x01\x80\xff";
    unsigned op = next_random(rng) % 10;
    size_t n = 0;
    if (op < 5 && nspans >= 2) {
        size_t i = next_random(rng) % (nspans - 1);
        Span a = spans[i], b = spans[i + 1];
        switch (op) {
        case 0:                                   /* delete token i */
            memcpy(out, src, a.start);
            n = a.start;
            memcpy(out + n, src + a.start + a.len, len - a.start - a.len);
            return n + len - a.start - a.len;
        case 1:                                   /* duplicate token i */
            memcpy(out, src, a.start + a.len);
            n = a.start + a.len;
            out[n++] = ' ';
            memcpy(out + n, src + a.start, len - a.start);
            return n + len - a.start;
        case 2:                                   /* swap tokens i and i+1 */
            if (b.start < a.start + a.len)
                break;
            memcpy(out, src, a.start);
            n = a.start;
            memcpy(out + n, src + b.start, b.len);
            n += b.len;
            memcpy(out + n, src + a.start + a.len, b.start - a.start - a.len);
            n += b.start - a.start - a.len;
            memcpy(out + n, src + a.start, a.len);
            n += a.len;
            memcpy(out + n, src + b.start + b.len, len - b.start - b.len);
            return n + len - b.start - b.len;
        default: {                                /* insert before token i */
            static const char *const pieces[] = { "(", ")", "[", "]", ":", "\n", "lambda",
                                                  "*", "**", "=", "if", "f'{", "'''" };
            const char *p = pieces[next_random(rng) % (sizeof pieces / sizeof pieces[0])];
            memcpy(out, src, a.start);
            n = a.start;
            memcpy(out + n, p, strlen(p));
            n += strlen(p);
            memcpy(out + n, src + a.start, len - a.start);
            return n + len - a.start;
        }
        }
    }
    if (len == 0) {
        out[0] = interesting[next_random(rng) % (sizeof interesting - 1)];
        return 1;
    }
    size_t i = next_random(rng) % len;
    memcpy(out, src, len);
    switch (op % 5) {
    case 0:                                       /* delete a byte */
        memmove(out + i, out + i + 1, len - i - 1);
        return len - 1;
    case 1:                                       /* duplicate a byte */
        memmove(out + i + 1, out + i, len - i);
        return len + 1;
    case 2:                                       /* swap two bytes */
        if (i + 1 < len) {
            char t = out[i];
            out[i] = out[i + 1];
            out[i + 1] = t;
        }
        return len;
    case 3:                                       /* an interesting byte */
        out[i] = interesting[next_random(rng) % (sizeof interesting - 1)];
        return len;
    default:                                      /* truncate */
        return i;
    }
}

/* Runs everything the front end does on one source. */
static void
exercise(const char *src, size_t len, MiParseMode mode)
{
    MiAstArena *arena = mi_arena_new();
    MiSyntaxError err;
    FILE *null = fopen("/dev/null", "w");
    MiAst *root = mi_parse(src, len, "f.py", mode, arena, &err);
    if (root != NULL) {
        mi_ast_dump(root, null);
    } else {
        cr_assert_neq(err.kind, MI_SYNERR_NONE);
        mi_syntax_error_print(null, "f.py", &err);
    }
    if (mode == MI_PARSE_FILE)
        mi_frontend_tokens(null, null, "f.py", src, len);
    fclose(null);
    mi_arena_free(arena);
}

static void
fuzz_folder(const char *folder, int rounds, unsigned *rng, int *count)
{
    char **names = python_files(folder);
    Span *spans = malloc(100000 * sizeof *spans);
    for (size_t f = 0; names[f] != NULL; f++) {
        size_t len;
        char *src = read_data(folder, names[f], ".py", &len);
        if (src == NULL)
            continue;
        size_t nspans = token_spans(src, len, spans, 100000);
        char *a = malloc(len * 4 + 64), *b = malloc(len * 4 + 64);
        for (int r = 0; r < rounds; r++) {
            /* One to three mutations on top of each other. */
            size_t n = mutate(src, len, spans, nspans, rng, a);
            int more = (int)(next_random(rng) % 3);
            for (int k = 0; k < more && n < len * 2; k++) {
                size_t m = mutate(a, n, spans, 0, rng, b);
                memcpy(a, b, m);
                n = m;
            }
            MiParseMode mode = r % 7 == 3 ? MI_PARSE_SINGLE : r % 7 == 5 ? MI_PARSE_EVAL
                               : MI_PARSE_FILE;
            exercise(a, n, mode);
            (*count)++;
        }
        free(a);
        free(b);
        free(src);
    }
    free(spans);
    free_names(names);
}

Test(grammar_fuzz, mutated_sources_never_crash, .timeout = 600)
{
    unsigned rng = 20260101u;
    int count = 0;
    fuzz_folder("tests/unit/grammar/corpus", 250, &rng, &count);
    fuzz_folder("tests/unit/grammar/errors", 12, &rng, &count);
    fuzz_folder("tests/unit/lexer/corpus", 60, &rng, &count);
    cr_assert_gt(count, 5000, "%d mutated sources: set MINI_SOURCE_DIR", count);
}
