/* grammar/frontend.c: `mini --tokens FILE` and `mini --ast FILE`.
 *
 * --tokens prints what `python3.10 -m tokenize -e FILE` prints for a valid
 * file: an ENCODING line, then one line per token with its start and end
 * as line,column (columns in characters), its exact type name and the
 * repr() of its text, in tokenize's padded columns.  Comments and NL tokens
 * (newlines that end no statement) are included, as tokenize shows them.
 * --ast prints the module as `ast.dump(ast.parse(src), indent=2)`. */
#include "grammar/frontend.h"
#include "grammar/ast.h"
#include "grammar/front_internal.h"
#include "grammar/syntax_error.h"
#include "lexer/lexer.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *
mi_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) {
                int saved = errno ? errno : EIO;
                free(buf);
                fclose(f);
                errno = saved;
                return NULL;
            }
            break;
        }
        if (n + 1 == cap) {
            char *bigger = realloc(buf, cap * 2);
            if (bigger == NULL) {
                free(buf);
                buf = NULL;
                errno = ENOMEM;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf == NULL)
        return NULL;
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Prints `s` left-aligned in a field of `width` characters. */
static void
print_padded(FILE *out, const char *s, size_t n, int width)
{
    fwrite(s, 1, n, out);
    for (int i = (int)mi_utf8_count(s, n); i < width; i++)
        fputc(' ', out);
}

/* The 0-based character column of byte `col` of the line holding p. */
static int
char_col(const char *line_start, int col)
{
    return (int)mi_utf8_count(line_start, (size_t)col);
}

static void
print_token(FILE *out, const MiToken *tok)
{
    char range[64];
    const char *end = tok->start + tok->length;
    int col = char_col(tok->start - tok->col, tok->col);
    int end_col = char_col(end - tok->end_col, tok->end_col);
    /* tokenize gives a NEWLINE (or NL) it made up a width of one. */
    if ((tok->kind == TK_NEWLINE || tok->kind == TK_NL) && tok->length == 0)
        end_col++;
    snprintf(range, sizeof range, "%d,%d-%d,%d:", tok->line, col, tok->end_line, end_col);
    print_padded(out, range, strlen(range), 20);
    const char *name = mi_lex_kind_name(tok->kind);
    if (mi_lex_is_keyword(tok->kind))
        name = "NAME";
    print_padded(out, name, strlen(name), 15);
    char *repr = NULL;
    size_t repr_len = 0;
    FILE *mem = open_memstream(&repr, &repr_len);
    if (mem != NULL) {
        const char *text = tok->kind == TK_DEDENT || tok->kind == MI_TK_ENDMARKER ? ""
                           : tok->start;
        size_t n = text[0] == '\0' && tok->kind != TK_INDENT ? 0 : tok->length;
        mi_repr_str(mem, text, n);
        fclose(mem);
        print_padded(out, repr, repr_len, 15);
        free(repr);
    }
    fputc('\n', out);
}

static int
print_error(FILE *out, FILE *errout, const char *path, const MiSyntaxError *err)
{
    fflush(out);
    mi_syntax_error_print(errout, path, err);
    return 1;
}

int
mi_frontend_tokens(void *outp, void *errp, const char *path, const char *src, size_t len)
{
    FILE *out = outp, *errout = errp;
    MiLexer *lx = mi_lex_new(src, len, path, MI_LEX_COMMENTS | MI_LEX_FILE);
    if (lx == NULL) {
        fprintf(errout, "MemoryError\n");
        return 1;
    }
    fprintf(out, "%-20s%-15s%-15s\n", "0,0-0,0:", "ENCODING", "'utf-8'");
    int status = 0;
    for (;;) {
        MiToken tok;
        int kind = mi_lex_next(lx, &tok);
        if (kind == MI_TK_ERROR) {
            /* Let the parser turn the lexer's error into a SyntaxError
             * with its text and offsets. */
            MiAstArena *arena = mi_arena_new();
            MiSyntaxError err;
            if (arena != NULL && mi_parse(src, len, path, MI_PARSE_FILE, arena, &err) == NULL)
                status = print_error(out, errout, path, &err);
            else
                status = 1;
            mi_arena_free(arena);
            break;
        }
        print_token(out, &tok);
        if (kind == MI_TK_ENDMARKER)
            break;
    }
    mi_lex_free(lx);
    return status;
}

int
mi_frontend_ast(void *outp, void *errp, const char *path, const char *src, size_t len)
{
    FILE *out = outp, *errout = errp;
    MiAstArena *arena = mi_arena_new();
    MiSyntaxError err;
    if (arena == NULL) {
        fprintf(errout, "MemoryError\n");
        return 1;
    }
    MiAst *root = mi_parse(src, len, path, MI_PARSE_FILE, arena, &err);
    int status = 0;
    if (root == NULL)
        status = print_error(out, errout, path, &err);
    else
        mi_ast_dump(root, out);
    mi_arena_free(arena);
    return status;
}

int
mi_frontend_tool(const char *flag, const char *path)
{
    int tokens = strcmp(flag, "--tokens") == 0;
    if (!tokens && strcmp(flag, "--ast") != 0) {
        fprintf(stderr, "mini: unknown option %s\n", flag);
        return 2;
    }
    size_t len;
    char *src = mi_read_file(path, &len);
    if (src == NULL) {
        int e = errno;
        fprintf(stderr, "mini: can't open file '%s': [Errno %d] %s\n", path, e, strerror(e));
        return 2;
    }
    int status = tokens ? mi_frontend_tokens(stdout, stderr, path, src, len)
                        : mi_frontend_ast(stdout, stderr, path, src, len);
    free(src);
    return status;
}
