/* grammar/strings.c: string literals become Constant and JoinedStr nodes.
 *
 * A run of adjacent STRING tokens is one atom, as CPython 3.10's
 * _PyPegen_concatenate_strings() builds it:
 *   - all bytes, or none (else "cannot mix bytes and nonbytes literals");
 *   - without f-strings: one Constant holding the concatenated value;
 *   - with f-strings: a JoinedStr whose values alternate Constant text
 *     (adjacent literal parts merged, empty ones dropped) and
 *     FormattedValue nodes; a format spec is itself a JoinedStr;
 *   - every node spans the whole run, and every Constant gets kind 'u'
 *     when the first token starts with a lowercase u.
 * The lexer splits f-string bodies (mi_fscan_*); each expression is parsed
 * by mi_parse_fstring_expr() before its conversion and spec are read, so
 * errors come in CPython's order.  Errors about the text itself are
 * reported at the token after the run, as CPython does. */
#include "grammar/parser.h"

#include <string.h>

/* The parts of a JoinedStr being built, and its pending literal text. */
typedef struct StrBuilder {
    MiVec  values;
    char  *text;
    size_t len, cap;
    int    depth;                /* deepest value */
} StrBuilder;

/* What every node of the run shares. */
typedef struct StrRun {
    const MiToken *first, *last;
    int            unicode_kind;
} StrRun;

static void *
arena_alloc(void *ctx, size_t size)
{
    return mi_parser_alloc(ctx, size);
}

static int
lit_error(MiParser *ps, const MiLitError *le)
{
    if (le->msg[0] == '\0')
        mi_error_nomemory(ps);
    else
        mi_error_at_token(ps, &ps->tok, "%s", le->msg);
    return -1;
}

static int
append_text(MiParser *ps, StrBuilder *b, const char *s, size_t n)
{
    if (n == 0)
        return 0;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *text = mi_parser_alloc(ps, cap);
        if (text == NULL)
            return -1;
        if (b->len > 0)
            memcpy(text, b->text, b->len);
        b->text = text;
        b->cap = cap;
    }
    memcpy(b->text + b->len, s, n);
    b->len += n;
    b->text[b->len] = '\0';
    return 0;
}

static MiAst *
run_node(MiParser *ps, const StrRun *run, MiAstKind kind, int depth)
{
    return mi_ast_node(ps, kind, depth, run->first, run->last);
}

/* A str Constant of the run holding s[0..n). */
static MiAst *
str_constant(MiParser *ps, const StrRun *run, const char *s, size_t n)
{
    MiAst *node = run_node(ps, run, MI_AST_CONSTANT, 0);
    if (node == NULL)
        return NULL;
    node->u.constant.kind = MI_CONST_STR;
    node->u.constant.text = s ? s : "";
    node->u.constant.len = n;
    node->u.constant.is_unicode_prefix = run->unicode_kind;
    return node;
}

/* Moves the pending literal text into a Constant value. */
static int
flush_text(MiParser *ps, StrBuilder *b, const StrRun *run)
{
    if (b->len == 0)
        return 0;
    MiAst *c = str_constant(ps, run, b->text, b->len);
    if (c == NULL || mi_vec_push(ps, &b->values, c) == NULL)
        return -1;
    b->text = NULL;
    b->len = b->cap = 0;
    return 0;
}

static MiAst *
finish_joined(MiParser *ps, StrBuilder *b, const StrRun *run)
{
    if (flush_text(ps, b, run) < 0)
        return NULL;
    MiAst *node = run_node(ps, run, MI_AST_JOINEDSTR, b->depth);
    if (node != NULL) {
        node->u.joined.values.len = b->values.len;
        node->u.joined.values.items = (MiAst **)b->values.items;
    }
    return node;
}

static int
decode_into(MiParser *ps, StrBuilder *b, const char *s, size_t n, int raw)
{
    char *out;
    size_t out_len;
    MiLitError le;
    if (mi_lex_decode(s, n, 0, raw, arena_alloc, ps, &out, &out_len, &le) < 0)
        return lit_error(ps, &le);
    return append_text(ps, b, out, out_len);
}

/* The line of a position in a string token, found by moving forward
 * only: the expressions of an f-string come in source order, so the
 * token is scanned once however many expressions it holds. */
typedef struct LineCursor {
    const char *pos, *line_start;
    int         line;
} LineCursor;

static void
advance_to(LineCursor *lc, const char *target)
{
    for (const char *p = lc->pos; p < target; p++) {
        if (*p == '\n' || (*p == '\r' && p[1] != '\n')) {
            lc->line++;
            lc->line_start = p + 1;
        }
    }
    if (target > lc->pos)
        lc->pos = target;
}

/* Parses an f-string body (or format spec) from `sc` into `b`. */
static int
fstring_body(MiParser *ps, StrBuilder *b, MiFScan *sc, const StrRun *run, LineCursor *lc)
{
    for (;;) {
        const char *text;
        size_t len;
        MiLitError le;
        int r = mi_fscan_literal(sc, &text, &len, &le);
        if (r < 0)
            return lit_error(ps, &le);
        if (len > 0 && decode_into(ps, b, text, len, sc->raw) < 0)
            return -1;
        if (r == 1)
            continue;
        int c = mi_fscan_peek(sc);
        if (c == -1 || c == '}')
            return 0;
        MiFPart part;
        if (mi_fscan_expr(sc, &part, &le) < 0)
            return lit_error(ps, &le);
        advance_to(lc, part.text);
        MiAst *expr = mi_parse_fstring_expr(ps, part.text, part.len, lc->line_start, lc->line);
        if (expr == NULL)
            return -1;
        if (mi_fscan_expr_tail(sc, &part, &le) < 0)
            return lit_error(ps, &le);
        if (part.debug_text != NULL
            && append_text(ps, b, part.debug_text, part.debug_len) < 0)
            return -1;
        MiAst *spec = NULL;
        if (part.spec != NULL) {
            MiFScan inner;
            StrBuilder sb;
            memset(&sb, 0, sizeof sb);
            mi_fscan_init(&inner, part.spec, (size_t)(sc->end - part.spec), sc->raw,
                          sc->depth + 1);
            if (fstring_body(ps, &sb, &inner, run, lc) < 0)
                return -1;
            if ((spec = finish_joined(ps, &sb, run)) == NULL)
                return -1;
            sc->s = inner.s;
        }
        if (mi_fscan_close(sc, &le) < 0)
            return lit_error(ps, &le);
        int conversion = part.conversion;
        if (part.debug_text != NULL && spec == NULL && conversion == -1)
            conversion = 'r';
        if (flush_text(ps, b, run) < 0)
            return -1;
        int depth = mi_ast_depth(expr) > mi_ast_depth(spec) ? mi_ast_depth(expr)
                                                             : mi_ast_depth(spec);
        MiAst *fv = run_node(ps, run, MI_AST_FORMATTEDVALUE, depth);
        if (fv == NULL)
            return -1;
        fv->u.formatted.value = expr;
        fv->u.formatted.conversion = conversion;
        fv->u.formatted.format_spec = spec;
        if (mi_vec_push(ps, &b->values, fv) == NULL)
            return -1;
        if (depth + 1 > b->depth)
            b->depth = depth + 1;
    }
}

MiAst *
mi_ast_strings(MiParser *ps, MiVec *tokens)
{
    if (ps->failed || tokens == NULL)
        return NULL;
    StrRun run;
    run.first = tokens->items[0];
    run.last = tokens->items[tokens->len - 1];
    run.unicode_kind = run.first->start[0] == 'u';
    MiStrPrefix first;
    mi_lex_string_prefix(run.first, &first);
    int fmode = 0;
    for (int i = 0; i < tokens->len; i++) {
        MiStrPrefix p;
        mi_lex_string_prefix(tokens->items[i], &p);
        if (p.is_bytes != first.is_bytes) {
            mi_error_at_token(ps, &ps->tok, "cannot mix bytes and nonbytes literals");
            return NULL;
        }
        fmode |= p.is_fstring;
    }
    StrBuilder b;
    memset(&b, 0, sizeof b);
    for (int i = 0; i < tokens->len; i++) {
        const MiToken *tok = tokens->items[i];
        MiStrPrefix p;
        mi_lex_string_prefix(tok, &p);
        const char *body = tok->start + p.prefix_len + p.quote_len;
        size_t n = tok->length - (size_t)p.prefix_len - 2 * (size_t)p.quote_len;
        if (p.is_fstring) {
            MiFScan sc;
            LineCursor lc = { tok->start, tok->start - tok->col, tok->line };
            mi_fscan_init(&sc, body, n, p.is_raw, 0);
            if (fstring_body(ps, &b, &sc, &run, &lc) < 0)
                return NULL;
        } else if (p.is_bytes) {
            char *out;
            size_t out_len;
            MiLitError le;
            if (mi_lex_decode(body, n, 1, p.is_raw, arena_alloc, ps, &out, &out_len, &le) < 0) {
                lit_error(ps, &le);
                return NULL;
            }
            if (append_text(ps, &b, out, out_len) < 0)
                return NULL;
        } else if (decode_into(ps, &b, body, n, p.is_raw) < 0) {
            return NULL;
        }
    }
    MiAst *node;
    if (fmode) {
        node = finish_joined(ps, &b, &run);
    } else if (first.is_bytes) {
        node = run_node(ps, &run, MI_AST_CONSTANT, 0);
        if (node != NULL) {
            node->u.constant.kind = MI_CONST_BYTES;
            node->u.constant.text = b.text ? b.text : "";
            node->u.constant.len = b.len;
        }
    } else {
        node = str_constant(ps, &run, b.text, b.len);
    }
    return mi_ast_remember(ps, node);
}
