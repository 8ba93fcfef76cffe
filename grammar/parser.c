/* grammar/parser.c: mi_parse(), the driver that feeds the lexer's tokens to
 * the lemon parser, and everything about syntax errors.
 *
 * A parse:
 *   1. feed a start token choosing the mode, then every token of the
 *      lexer, then lemon's end of input (0);
 *   2. a lexer error is final (CPython's tokenizer raises at once);
 *   3. a parser error (%syntax_error) gets CPython 3.10's message for its
 *      situation: unexpected indent, expected an indented block, expected
 *      ':', a missing comma, `print x`, ... (see syntax_error_message());
 *      some hints parse ahead (sub-parses over the following tokens) to
 *      find the extent of the next expression, as CPython's second pass;
 *   4. after a parser error the rest of the source is tokenized, and a
 *      tokenizer error there wins, as in CPython ("full source check").
 * In MI_PARSE_SINGLE mode, running out of input where more could follow is
 * MI_SYNERR_INCOMPLETE, which the REPL turns into a "... " prompt.
 *
 * F-string expressions are parsed here too (mi_parse_fstring_expr), as
 * nested parses of "(expr)" sharing the arena and the error slot.
 *
 * Lemon parser objects are kept in a small pool, one per nesting level
 * (main parse, f-string expressions, hint sub-parses). */
#include "grammar/ast.h"
#include "grammar/parser.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The lemon functions (generated; their prototypes are not exported). */
void mi_lemonInit(void *parser);
void mi_lemonFinalize(void *parser);
void mi_lemon(void *parser, int kind, MiToken minor, MiParser *ps);

/* Parser objects per nesting level: f-strings inside f-strings, plus one
 * level for the sub-parses of error hints. */
#define MI_LEMON_LEVELS (MI_FSTRING_MAX_NESTING + 3)

typedef struct MiParseCtx {
    void *lemons[MI_LEMON_LEVELS];
    int   final;                 /* the error may not be replaced */
} MiParseCtx;

/* Per-parse data that parser.h's MiParser has no room for. */
typedef struct MiSubInfo {
    MiParseCtx *ctx;
    MiLemonSnap snap;            /* the parser before ps->tok was fed */
    int         level;
    int         hint;            /* a hint sub-parse: errors are scratch */
    int         tok_level;       /* bracket depth before ps->tok */
    const char *fstring_line_start;
    MiToken     open[MI_LEX_MAX_LEVEL];  /* the open brackets by depth */
    char        open_call[MI_LEX_MAX_LEVEL];  /* ... and whether each is a call's */
    MiLexer    *eof_error;       /* the lexer, when its "'(' was never closed"
                                  * waits for the hints to pass */
    MiToken     rarrow;          /* the '->' of the current line, if any */
    MiToken     stmt_first;      /* the first token of the logical line */
    int         indent_depth;    /* INDENTs fed minus DEDENTs */
    int         nmatch;          /* open match blocks ... */
    int         match_depth[MI_LEX_MAX_INDENT + 1];  /* ... and their depths */
} MiSubInfo;

/* MiParser is shared with the builders; this file keeps its extra state
 * in a wrapper whose first member is the MiParser. */
typedef struct MiDriver {
    MiParser  ps;
    MiSubInfo info;
} MiDriver;

static MiSubInfo *
info_of(MiParser *ps)
{
    return &((MiDriver *)ps)->info;
}

/* Returns the parser object of `level`, initialized, or NULL when out of
 * memory; the caller finalizes it after use (which frees its stack). */
static void *
lemon_at(MiParser *ps, int level)
{
    MiParseCtx *ctx = info_of(ps)->ctx;
    if (level >= MI_LEMON_LEVELS)
        return NULL;
    if (ctx->lemons[level] == NULL)
        ctx->lemons[level] = malloc(mi_lemon_size());
    if (ctx->lemons[level] != NULL)
        mi_lemonInit(ctx->lemons[level]);
    return ctx->lemons[level];
}

/* ---- recording errors ---------------------------------------------------------- */

/* Finds the first byte of 1-based line `line` of the source. */
static const char *
line_start_of(const MiParser *ps, int line)
{
    const char *p = ps->src;
    if (ps->end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    for (int n = 1; n < line && p < ps->end; p++) {
        if (*p == '\n' || (*p == '\r' && (p + 1 >= ps->end || p[1] != '\n'))) {
            n++;
            if (n == line)
                return p + 1;
        }
    }
    return p;
}

static const char *
line_end_of(const MiParser *ps, const char *start)
{
    const char *p = start;
    while (p < ps->end && *p != '\n' && *p != '\r')
        p++;
    return p;
}

/* Marks ps failed, and the parses it is part of. */
static void
mark_failed(MiParser *ps)
{
    for (MiParser *p = ps; p != NULL; p = p->outer)
        p->failed = 1;
}

/* Rewrites an error found inside an f-string expression the way CPython
 * reports it: prefixed "f-string: ", against the text "(expr)". */
static void
fstring_error(MiParser *ps)
{
    MiSyntaxError *err = ps->err;
    char msg[sizeof err->msg];
    if (err->kind != MI_SYNERR_SYNTAX && err->kind != MI_SYNERR_INDENTATION
        && err->kind != MI_SYNERR_TAB)
        return;
    memcpy(msg, err->msg, sizeof msg);
    snprintf(err->msg, sizeof err->msg, "f-string: %.140s", msg);
    const char *ls = info_of(ps)->fstring_line_start;
    int expr_col = (int)mi_utf8_count(ls, (size_t)(ps->fstring_text - ls));
    if (err->line == ps->fstring_line) {
        err->col = err->col - expr_col + 1;
        if (err->end_col > 0)
            err->end_col = err->end_col - expr_col + 1;
    }
    const char *e = ps->fstring_text, *stop = e + ps->fstring_len;
    const char *nl = memchr(e, '\n', ps->fstring_len);
    if (nl != NULL && err->line == ps->fstring_line)
        stop = nl;
    size_t n = (size_t)(stop - e);
    char *text = mi_arena_alloc(ps->arena, n + 3);
    if (text != NULL) {
        text[0] = '(';
        memcpy(text + 1, e, n);
        text[n + 1] = nl != NULL && err->line == ps->fstring_line ? '\0' : ')';
        text[n + 2] = '\0';
    }
    err->text = text;
}

/* Fills in the error slot: `kind`, the message, and the location as
 * CPython's SyntaxError attributes (1-based character offsets). */
static void
record(MiParser *ps, MiSyntaxErrorKind kind, int line, int col, int end_line, int end_col,
       const char *text, size_t text_len, const char *fmt, va_list ap)
{
    MiSyntaxError *err = ps->err;
    if (ps->failed)
        return;
    memset(err, 0, sizeof *err);
    err->kind = kind;
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    err->line = line;
    err->col = col;
    err->end_line = end_line;
    err->end_col = end_col;
    if (text != NULL)
        err->text = mi_arena_strndup(ps->arena, text, text_len);
    if (ps->in_fstring)
        fstring_error(ps);
    mark_failed(ps);
}

static void
record_v(MiParser *ps, MiSyntaxErrorKind kind, int line, int col, int end_line, int end_col,
         const char *text, size_t text_len, const char *fmt, ...)
    __attribute__((format(printf, 9, 10)));

static void
record_v(MiParser *ps, MiSyntaxErrorKind kind, int line, int col, int end_line, int end_col,
         const char *text, size_t text_len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(ps, kind, line, col, end_line, end_col, text, text_len, fmt, ap);
    va_end(ap);
}

void
mi_error_nomemory(MiParser *ps)
{
    record_v(ps, MI_SYNERR_NOMEMORY, 0, 0, 0, 0, NULL, 0, "%s", "");
    info_of(ps)->ctx->final = 1;
}

/* Records an error between byte positions, converting columns to 1-based
 * character offsets on their lines. */
static void
error_at_v(MiParser *ps, MiSyntaxErrorKind kind, int line, int col, int end_line, int end_col,
           const char *fmt, va_list ap)
{
    if (ps->failed)
        return;
    if (line <= 0) {
        record(ps, kind, 0, 0, 0, 0, NULL, 0, fmt, ap);
        return;
    }
    const char *ls = line_start_of(ps, line);
    const char *le = line_end_of(ps, ls);
    /* CPython 3.10 counts characters, except in files, where the errors
     * its parser finds count bytes. */
    int bytes = ps->mode == MI_PARSE_FILE && !ps->in_fstring;
    int c = bytes ? col + 1 : (int)mi_utf8_count(ls, (size_t)col) + 1;
    int ec = end_col;
    if (end_line > 0 && end_col >= 0) {
        const char *els = end_line == line ? ls : line_start_of(ps, end_line);
        ec = bytes ? end_col + 1 : (int)mi_utf8_count(els, (size_t)end_col) + 1;
    }
    record(ps, kind, line, c, end_line, ec, ls, (size_t)(le - ls), fmt, ap);
}

void
mi_error_at(MiParser *ps, MiSyntaxErrorKind kind, int line, int col, int end_line, int end_col,
            const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (kind == MI_SYNERR_RECURSION)
        info_of(ps)->ctx->final = 1;
    error_at_v(ps, kind, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
}

void
mi_error_at_node(MiParser *ps, const MiAst *node, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_at_v(ps, MI_SYNERR_SYNTAX, node->line, node->col, node->end_line, node->end_col, fmt,
               ap);
    va_end(ap);
}

void
mi_error_range(MiParser *ps, const MiAst *from, const MiAst *to, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_at_v(ps, MI_SYNERR_SYNTAX, from->line, from->col, to->end_line, to->end_col, fmt, ap);
    va_end(ap);
}

/* The number of the last line of the source (the one a final newline
 * ends, or the unfinished one after it) and its first byte. */
static int
last_line(const MiParser *ps, const char **start)
{
    const char *p = ps->src, *ls;
    if (ps->end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    ls = p;
    int line = 1;
    for (; p < ps->end; p++) {
        int brk = *p == '\n' || (*p == '\r' && (p + 1 >= ps->end || p[1] != '\n'));
        if (brk && p + 1 < ps->end) {
            line++;
            ls = p + 1;
        }
    }
    *start = ls;
    return line;
}

/* Whether `tok` is one the lexer made up at the end of input. */
static int
at_eof(const MiParser *ps, const MiToken *tok)
{
    return tok->kind == MI_TK_ENDMARKER
           || (tok->kind == TK_DEDENT && tok->length == 0 && tok->start >= ps->end);
}

static void
error_at_token_v(MiParser *ps, MiSyntaxErrorKind kind, const MiToken *tok, const char *fmt,
                 va_list ap)
{
    if (at_eof(ps, tok) && ps->last_newline.kind == TK_NEWLINE) {
        /* CPython places errors at the end of input after the last line,
         * blank or comment lines included. */
        const char *ls;
        int line = last_line(ps, &ls);
        error_at_v(ps, kind, line, (int)(line_end_of(ps, ls) - ls), line, -1, fmt, ap);
        return;
    }
    if (tok->kind == TK_NEWLINE) {
        /* CPython's NEWLINE token has no width. */
        error_at_v(ps, kind, tok->line, tok->col, tok->line, tok->col, fmt, ap);
        return;
    }
    if (tok->kind == TK_DEDENT) {
        /* Nor has DEDENT a column: CPython counts the indentation read. */
        const char *ls = tok->start - tok->col;
        char msg[sizeof ps->err->msg];
        vsnprintf(msg, sizeof msg, fmt, ap);
        record_v(ps, kind, tok->line, tok->col, tok->line, -1, ls,
                 (size_t)(line_end_of(ps, ls) - ls), "%s", msg);
        return;
    }
    error_at_v(ps, kind, tok->line, tok->col, tok->end_line, tok->end_col, fmt, ap);
}

void
mi_error_at_token(MiParser *ps, const MiToken *tok, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_at_token_v(ps, MI_SYNERR_SYNTAX, tok, fmt, ap);
    va_end(ap);
}

static void
error_token(MiParser *ps, MiSyntaxErrorKind kind, const MiToken *tok, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
error_token(MiParser *ps, MiSyntaxErrorKind kind, const MiToken *tok, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_at_token_v(ps, kind, tok, fmt, ap);
    va_end(ap);
}

/* Copies a lexer error into the error slot; with `replace`, over an
 * error already recorded. */
static void
lexer_error(MiParser *ps, MiLexer *lx, int replace)
{
    const MiLexError *le = mi_lex_error(lx);
    if (replace)
        ps->failed = 0;
    if (le->kind == MI_LEX_ERR_NOMEMORY) {
        mi_error_nomemory(ps);
        return;
    }
    MiSyntaxErrorKind kind = le->kind == MI_LEX_ERR_INDENT ? MI_SYNERR_INDENTATION
                             : le->kind == MI_LEX_ERR_TAB ? MI_SYNERR_TAB : MI_SYNERR_SYNTAX;
    if (le->incomplete && ps->mode == MI_PARSE_SINGLE && !ps->in_fstring)
        kind = MI_SYNERR_INCOMPLETE;
    if (le->no_location)
        record_v(ps, kind, 0, 0, 0, 0, NULL, 0, "%s", le->msg);
    else
        record_v(ps, kind, le->line, le->col, le->end_line, le->end_col, le->text, le->text_len,
                 "%s", le->msg);
    info_of(ps)->ctx->final = 1;
}

/* ---- lemon callbacks -------------------------------------------------------------- */

void
mi_parser_stack_overflow(MiParser *ps)
{
    mi_error_nomemory(ps);
}

/* The descriptions of "expected an indented block after ...". */
static const char *
block_owner(int kind)
{
    switch (kind) {
    case TK_IF: return "'if' statement";
    case TK_ELIF: return "'elif' statement";
    case TK_ELSE: return "'else' statement";
    case TK_WHILE: return "'while' statement";
    case TK_FOR: return "'for' statement";
    case TK_WITH: return "'with' statement";
    case TK_TRY: return "'try' statement";
    case TK_EXCEPT: return "'except' statement";
    case TK_FINALLY: return "'finally' statement";
    case TK_DEF: return "function definition";
    case TK_CLASS: return "class definition";
    case TK_MATCH: return "'match' statement";
    case TK_CASE: return "'case' statement";
    default: return NULL;
    }
}

static int
is_word(const MiToken *tok, const char *word)
{
    size_t n = strlen(word);
    return tok->kind == TK_NAME && tok->length == n && memcmp(tok->start, word, n) == 0;
}

static int
starts_expression(int kind)
{
    switch (kind) {
    case TK_NAME: case TK_NUMBER: case TK_STRING: case TK_LPAR: case TK_LSQB:
    case TK_LBRACE: case TK_MINUS: case TK_PLUS: case TK_TILDE: case TK_NOT:
    case TK_LAMBDA: case TK_NONE: case TK_TRUE: case TK_FALSE: case TK_ELLIPSIS:
    case TK_AWAIT:
        return 1;
    default:
        return 0;
    }
}

/* The last expression built, if it ends where the token before the error
 * ends: the "a" of CPython's hints. */
static MiAst *
last_expression(MiParser *ps)
{
    if (ps->recent_count == 0)
        return NULL;
    MiAst *a = ps->recent[(ps->recent_count - 1) % MI_RECENT_NODES];
    int line, col, end_line, end_col;
    mi_ast_span(a, &line, &col, &end_line, &end_col);
    if (end_line != ps->prev.end_line || end_col != ps->prev.end_col)
        return NULL;
    return a;
}

/* Records an error from the start of `a` (its parentheses included) to
 * the end of token `last`. */
static void
error_from(MiParser *ps, const MiAst *a, const MiToken *last, const char *msg)
{
    int line, col, end_line, end_col;
    mi_ast_span(a, &line, &col, &end_line, &end_col);
    mi_error_at(ps, MI_SYNERR_SYNTAX, line, col, last->end_line, last->end_col, "%s", msg);
}

/* The expression built before `b` (ending before b starts), or NULL. */
static MiAst *
expression_before(MiParser *ps, const MiAst *b)
{
    unsigned n = ps->recent_count < MI_RECENT_NODES ? ps->recent_count : MI_RECENT_NODES;
    int bl, bc, bel, bec;
    mi_ast_span(b, &bl, &bc, &bel, &bec);
    for (unsigned i = 1; i <= n; i++) {
        MiAst *e = ps->recent[(ps->recent_count - i) % MI_RECENT_NODES];
        int el, ec, eel, eec;
        mi_ast_span(e, &el, &ec, &eel, &eec);
        if (el < bl || (el == bl && ec < bc)) {
            if (eel < bl || (eel == bl && eec <= bc))
                return e;
            return NULL;
        }
    }
    return NULL;
}

/* Whether the source at `node` starts with a soft keyword (match, case,
 * _), before which CPython gives no comma hint. */
static int
starts_with_soft_keyword(MiParser *ps, const MiAst *node)
{
    static const char *const words[] = { "_", "match", "case" };
    const char *p = line_start_of(ps, node->line) + node->col;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t n = strlen(words[i]);
        if ((size_t)(ps->end - p) >= n && memcmp(p, words[i], n) == 0
            && (p + n == ps->end || !(p[n] == '_' || (p[n] >= 'a' && p[n] <= 'z')
                                      || (p[n] >= 'A' && p[n] <= 'Z')
                                      || (p[n] >= '0' && p[n] <= '9')
                                      || (unsigned char)p[n] >= 0x80)))
            return 1;
    }
    return 0;
}

/* ---- hint sub-parses -------------------------------------------------------------- */

typedef struct MiTokenBuf {
    MiToken *items;
    int      len, cap;
} MiTokenBuf;

static int
buf_push(MiParser *ps, MiTokenBuf *buf, const MiToken *tok)
{
    if (buf->len == buf->cap) {
        int cap = buf->cap ? buf->cap * 2 : 16;
        MiToken *items = mi_arena_alloc(ps->arena, (size_t)cap * sizeof *items);
        if (items == NULL)
            return -1;
        if (buf->len > 0)
            memcpy(items, buf->items, (size_t)buf->len * sizeof *items);
        buf->items = items;
        buf->cap = cap;
    }
    buf->items[buf->len++] = *tok;
    return 0;
}

/* Feeds `count` tokens of `buf` (reading more from the lexer when the
 * buffer runs out and count < 0) to a fresh scratch parser for `start`;
 * with count >= 0 the end of input follows.  Returns the number of tokens
 * fed before the parser failed (or all of them), or -1 when the lexer
 * failed (recorded as the real error).  With count < 0, *complete is the
 * largest number of tokens after which the end of input would have been
 * accepted (0 when none). */
static int
run_hint_parse(MiParser *ps, int start, MiTokenBuf *buf, int count, int *accepted,
               int *complete)
{
    MiDriver sub;
    MiSyntaxError scratch;
    memset(&sub, 0, sizeof sub);
    sub.ps.arena = ps->arena;
    sub.ps.src = ps->src;
    sub.ps.end = ps->end;
    sub.ps.filename = ps->filename;
    sub.ps.mode = ps->mode;
    sub.ps.err = &scratch;
    sub.ps.in_fstring = ps->in_fstring;
    sub.info = *info_of(ps);
    sub.info.level++;
    sub.info.hint = 1;
    *accepted = 0;
    void *lemon = lemon_at(&sub.ps, sub.info.level);
    if (lemon == NULL)
        return 0;
    MiToken st;
    memset(&st, 0, sizeof st);
    st.kind = start;
    mi_lemon(lemon, start, st, &sub.ps);
    int fed = 0;
    for (;;) {
        MiToken tok;
        if (count >= 0 && fed == count) {
            memset(&tok, 0, sizeof tok);
            mi_lemon(lemon, 0, tok, &sub.ps);
            *accepted = !sub.ps.failed;
            break;
        }
        if (fed == buf->len) {
            int kind = mi_lex_next(ps->lx, &tok);
            if (kind == MI_TK_ERROR) {
                lexer_error(ps, ps->lx, 0);
                fed = -1;
                break;
            }
            if (tok.line > ps->furthest_line)
                ps->furthest_line = tok.line;
            if (buf_push(ps, buf, &tok) < 0)
                break;
        }
        tok = buf->items[fed];
        sub.ps.prev2 = sub.ps.prev;
        sub.ps.prev = sub.ps.tok;
        sub.ps.tok = tok;
        if (mi_lemon_depth(lemon) >= MI_LEMON_MAX_DEPTH)
            break;
        mi_lemon(lemon, tok.kind, tok, &sub.ps);
        if (sub.ps.failed)
            break;
        fed++;
        if (count < 0 && tok.kind != MI_TK_ENDMARKER && mi_lemon_accepts(lemon, NULL, 0))
            *complete = fed;
        if (tok.kind == MI_TK_ENDMARKER) {
            *accepted = 1;
            break;
        }
    }
    mi_lemonFinalize(lemon);
    return fed;
}

/* Finds the extent of the phrase `start` (an expression) that begins
 * with the tokens of `buf` and goes on as far as it can, as CPython's
 * second pass does: the longest run of tokens that is a whole phrase.
 * Returns its number of tokens (> 0), with the last token of the phrase
 * and the kind of the token after it (buf holds that token when it is
 * not the end of input); 0 when no phrase starts there; -1 when the lexer
 * failed on the way (that error is recorded). */
static int
phrase_extent(MiParser *ps, int start, MiTokenBuf *buf, MiToken *last, int *next_kind)
{
    int accepted, k = 0;
    if (run_hint_parse(ps, start, buf, -1, &accepted, &k) < 0)
        return -1;
    if (k > 0 && buf->items[k - 1].kind == MI_TK_ENDMARKER)
        k--;
    if (k <= 0)
        return 0;
    run_hint_parse(ps, start, buf, k, &accepted, NULL);
    if (!accepted)
        return 0;
    *last = buf->items[k - 1];
    *next_kind = k < buf->len ? buf->items[k].kind : MI_TK_ENDMARKER;
    return k;
}

/* The tokens from the one being fed (or the one after it) onwards. */
static int
tokens_from_here(MiParser *ps, MiTokenBuf *buf, int skip_current)
{
    memset(buf, 0, sizeof *buf);
    if (!skip_current)
        return buf_push(ps, buf, &ps->tok);
    return 0;
}

static int
is_named(const MiAst *a, const char *id)
{
    return a->kind == MI_AST_NAME && strcmp(a->u.name.id, id) == 0;
}

/* Reads again the tokens between `after` and the error token (on one
 * line or inside brackets) into a new buffer, then the error token, so
 * that a hint sub-parse can start at `after`.  Returns -1 when out of
 * memory (recorded). */
static int
tokens_after(MiParser *ps, const MiToken *after, MiTokenBuf *buf)
{
    const char *from = after->start + after->length;
    memset(buf, 0, sizeof *buf);
    MiLexer *lx = mi_lex_new_nested(from, (size_t)(ps->tok.start - from),
                                    after->start - after->col, after->line);
    if (lx == NULL) {
        mi_error_nomemory(ps);
        return -1;
    }
    for (;;) {
        MiToken t;
        int kind = mi_lex_next(lx, &t);
        if (kind == MI_TK_ERROR || kind == MI_TK_ENDMARKER)
            break;
        if (buf_push(ps, buf, &t) < 0) {
            mi_lex_free(lx);
            mi_error_nomemory(ps);
            return -1;
        }
    }
    mi_lex_free(lx);
    if (buf_push(ps, buf, &ps->tok) < 0) {
        mi_error_nomemory(ps);
        return -1;
    }
    return 0;
}

/* ---- dict displays ---------------------------------------------------------------- */

/* What dict_item_error() learns by reading a display again. */
typedef struct MiDisplay {
    int        items;         /* commas at depth 0 before the error token */
    int        is_dict;       /* the first item is `k: v` or `**m` */
    int        comprehension; /* a `for` at depth 0 */
    int        colon;         /* the current item has its ':' */
    int        equal;         /* index in `item` of its '=', or -1 */
    MiTokenBuf item;          /* the tokens of the current item */
} MiDisplay;

/* Reads the tokens of the display opened by `brace` up to the error token,
 * as items at depth 0.  Returns -1 when out of memory. */
static int
read_display(MiParser *ps, const MiToken *brace, MiDisplay *d)
{
    const char *from = brace->start + 1;
    memset(d, 0, sizeof *d);
    d->equal = -1;
    MiLexer *lx = mi_lex_new_nested(from, (size_t)(ps->tok.start - from),
                                    brace->start - brace->col, brace->line);
    if (lx == NULL)
        return -1;
    int depth = 0, lambdas = 0;
    for (;;) {
        MiToken t;
        int kind = mi_lex_next(lx, &t);
        if (kind == MI_TK_ERROR || kind == MI_TK_ENDMARKER)
            break;
        if (depth == 0) {
            if (kind == TK_COMMA && lambdas == 0) {
                d->items++;
                d->item.len = 0;
                d->colon = 0;
                d->equal = -1;
                continue;
            }
            if (kind == TK_EQUAL && lambdas == 0 && d->equal < 0)
                d->equal = d->item.len;
            if (kind == TK_FOR)
                d->comprehension = 1;
            else if (kind == TK_LAMBDA)
                lambdas++;
            else if (kind == TK_COLON && lambdas > 0)
                lambdas--;
            else if (kind == TK_COLON) {
                d->colon = 1;
                if (d->items == 0)
                    d->is_dict = 1;
            } else if (kind == TK_DOUBLESTAR && d->items == 0 && d->item.len == 0)
                d->is_dict = 1;
        }
        if (kind == TK_LPAR || kind == TK_LSQB || kind == TK_LBRACE)
            depth++;
        else if (kind == TK_RPAR || kind == TK_RSQB || kind == TK_RBRACE)
            depth--;
        if (buf_push(ps, &d->item, &t) < 0) {
            mi_lex_free(lx);
            return -1;
        }
    }
    mi_lex_free(lx);
    return 0;
}

/* At an error whose innermost open bracket is a '{', CPython's
 * invalid_double_starred_kvpairs and invalid_kvpair rules blame an item
 * of a dict display (the first one, or one after `k: v` items):
 *   {1: *a}         "cannot use a starred expression in a dictionary value"
 *   {1: }, {1:, 2}  "expression expected after dictionary key and ':'"
 *   {1: 2, 3}       "':' expected after dictionary key", at the end of the
 *                   longest expression of the item.
 * A '{' of a case line is taken for a mapping pattern, which those rules
 * do not cover ("case {1: *a}:" is plain invalid syntax).
 * Returns 1 when it recorded an error (or the lexer failed). */
static int
dict_item_error(MiParser *ps)
{
    MiSubInfo *info = info_of(ps);
    const MiToken *tok = &ps->tok;
    if (info->tok_level <= 0 || info->tok_level > MI_LEX_MAX_LEVEL
        || info->open[info->tok_level - 1].kind != TK_LBRACE || ps->stmt_kw_kind == TK_CASE)
        return 0;
    MiDisplay d;
    if (read_display(ps, &info->open[info->tok_level - 1], &d) < 0) {
        mi_error_nomemory(ps);
        return 1;
    }
    if (d.comprehension || (d.items > 0 && !d.is_dict))
        return 0;
    MiToken last;
    int next_kind, r;
    if (d.colon && d.item.len > 0 && d.item.items[d.item.len - 1].kind == TK_COLON) {
        if (tok->kind == TK_RBRACE || tok->kind == TK_COMMA) {
            mi_error_at_token(ps, &d.item.items[d.item.len - 1],
                              "expression expected after dictionary key and ':'");
            return 1;
        }
        if (tok->kind == TK_STAR) {
            MiTokenBuf buf;
            if (tokens_from_here(ps, &buf, 1) < 0)
                return 1;
            r = phrase_extent(ps, TK_START_BITOR, &buf, &last, &next_kind);
            if (r != 0) {
                if (r > 0)
                    mi_error_at(ps, MI_SYNERR_SYNTAX, tok->line, tok->col, last.end_line,
                                last.end_col, "cannot use a starred expression in a "
                                "dictionary value");
                return 1;
            }
        }
        return 0;
    }
    if (d.colon || d.items == 0)
        return 0;
    if (buf_push(ps, &d.item, tok) < 0)
        return 1;
    r = phrase_extent(ps, TK_START_TEST, &d.item, &last, &next_kind);
    if (r < 0)
        return 1;
    if (r == 0 || next_kind == TK_COLON)
        return 0;
    mi_error_at(ps, MI_SYNERR_SYNTAX, d.item.items[0].line, last.end_col - 1, last.end_line, -1,
                "':' expected after dictionary key");
    return 1;
}

/* At an error inside the parentheses of a call (or of class bases), CPython's
 * invalid_kwarg rule blames an argument that is an expression followed
 * by '=', whatever follows: "expression cannot contain assignment", or
 * "cannot assign to True" for True, False and None.  Returns 1 when it
 * recorded an error. */
static int
kwarg_error(MiParser *ps)
{
    MiSubInfo *info = info_of(ps);
    int level = info->tok_level;
    if (level <= 0 || level > MI_LEX_MAX_LEVEL || !info->open_call[level - 1])
        return 0;
    MiDisplay d;
    if (read_display(ps, &info->open[level - 1], &d) < 0) {
        mi_error_nomemory(ps);
        return 1;
    }
    if (d.comprehension || d.equal <= 0)
        return 0;
    const MiToken *first = &d.item.items[0], *eq = &d.item.items[d.equal];
    if (first->kind == TK_STAR || first->kind == TK_DOUBLESTAR
        || (d.equal == 1 && first->kind == TK_NAME))
        return 0;
    if (d.equal == 1 && (first->kind == TK_TRUE || first->kind == TK_FALSE
                         || first->kind == TK_NONE)) {
        mi_error_at(ps, MI_SYNERR_SYNTAX, first->line, first->col, eq->end_line, eq->end_col,
                    "cannot assign to %s", mi_lex_kind_text(first->kind));
        return 1;
    }
    d.item.len = d.equal + 1;             /* the expression and its '=' */
    MiToken last;
    int after;
    int n = phrase_extent(ps, TK_START_TEST, &d.item, &last, &after);
    if (n < 0)
        return 1;
    if (n != d.equal)
        return 0;
    mi_error_at(ps, MI_SYNERR_SYNTAX, first->line, first->col, eq->end_line, eq->end_col,
                "expression cannot contain assignment, perhaps you meant \"==\"?");
    return 1;
}

/* ---- the syntax error callback --------------------------------------------------- */

void
mi_parser_syntax_error(MiParser *ps, void *lemon, int kind, const MiToken *minor)
{
    MiSubInfo *info = info_of(ps);
    const MiToken *tok = &ps->tok;
    (void)minor;
    if (ps->failed)
        return;
    if (info->hint) {
        mark_failed(ps);
        return;
    }
    if (info->eof_error != NULL) {
        /* Only a hint that needs no token after the last one applies:
         * CPython's tokenizer fails when asked for one. */
        if (!kwarg_error(ps))
            lexer_error(ps, info->eof_error, 0);
        return;
    }
    if (ps->mode == MI_PARSE_SINGLE && !ps->in_fstring && kind == MI_TK_ENDMARKER) {
        record_v(ps, MI_SYNERR_INCOMPLETE, ps->prev.line, 0, ps->prev.line, 0, NULL, 0,
                 "unexpected EOF while parsing");
        return;
    }
    if (ps->mode == MI_PARSE_SINGLE && !ps->in_fstring
        && mi_lemon_accepts(lemon, &info->snap, 0)) {
        /* CPython blames the end of the first statement. */
        mi_error_at_token(ps, ps->prev.kind == TK_NEWLINE ? &ps->prev : tok,
                          "multiple statements found while compiling a single statement");
        return;
    }
    /* A block header's ':' and NEWLINE were accepted: INDENT must follow.
     * (DEDENT tokens do not start a logical line: the header's line is
     * still the current one then.) */
    if (ps->prev.kind == TK_NEWLINE && ps->prev2.kind == TK_COLON && kind != TK_INDENT) {
        int header = kind == TK_DEDENT ? ps->stmt_kw_kind : ps->prev_stmt_kw_kind;
        int line = kind == TK_DEDENT ? ps->stmt_kw_line : ps->prev_stmt_kw_line;
        if (block_owner(header) != NULL) {
            error_token(ps, MI_SYNERR_INDENTATION, tok,
                        "expected an indented block after %s on line %d",
                        block_owner(header), line);
            return;
        }
    }
    if (kind == TK_INDENT) {
        int col = (int)tok->length;
        record_v(ps, MI_SYNERR_INDENTATION, tok->line, col, tok->line, -1,
                 tok->start, (size_t)(line_end_of(ps, tok->start) - tok->start),
                 "unexpected indent");
        return;
    }
    if (kind == TK_DEDENT && !at_eof(ps, tok)) {
        error_token(ps, MI_SYNERR_INDENTATION, tok, "unexpected unindent");
        return;
    }
    if (is_word(&info->stmt_first, "match") && !ps->in_fstring) {
        /* CPython tries a line starting with `match` as a match statement
         * first (invalid_match_stmt): a subject not followed by ':'. */
        MiTokenBuf subject;
        MiToken end;
        int after;
        if (tokens_after(ps, &info->stmt_first, &subject) < 0)
            return;
        int n = phrase_extent(ps, TK_START_EXPRS, &subject, &end, &after);
        if (n < 0)
            return;
        if (n > 0 && after != TK_COLON) {
            mi_error_at_token(ps, n < subject.len ? &subject.items[n] : tok, "expected ':'");
            return;
        }
    }
    if (kind != TK_EXCEPT && kind != TK_FINALLY && mi_lemon_accepts(lemon, &info->snap, TK_EXCEPT)
        && mi_lemon_accepts(lemon, &info->snap, TK_FINALLY)) {
        mi_error_at_token(ps, tok, "expected 'except' or 'finally' block");
        return;
    }
    if (info->tok_level == 0 && !ps->in_fstring && kind != TK_COLON
        && mi_lemon_accepts(lemon, &info->snap, TK_COLON)) {
        /* CPython insists on the ':' of these (its "&&':'"); the other
         * headers only get the message at the end of the line. */
        int stmt = ps->stmt_kw_kind;
        int forced = stmt == TK_DEF || stmt == TK_TRY || stmt == TK_ELSE || stmt == TK_FINALLY;
        if (forced || (kind == TK_NEWLINE && block_owner(stmt) != NULL)) {
            mi_error_at_token(ps, tok, "expected ':'");
            return;
        }
    }
    if (ps->stmt_kw_kind == TK_DEF && info->rarrow.kind == TK_RARROW && !ps->in_fstring) {
        /* CPython's `['->' expression] &&':'`: the ':' is expected after
         * the longest annotation, or at the '->' when there is none. */
        MiTokenBuf ann;
        MiToken end;
        int after;
        if (tokens_after(ps, &info->rarrow, &ann) < 0)
            return;
        int n = phrase_extent(ps, TK_START_TEST, &ann, &end, &after);
        if (n < 0)
            return;
        if (n == 0 || after != TK_COLON) {
            mi_error_at_token(ps, n == 0 ? &info->rarrow : n < ann.len ? &ann.items[n] : tok,
                              "expected ':'");
            return;
        }
    }
    if (dict_item_error(ps) || kwarg_error(ps))
        return;
    MiAst *a = last_expression(ps);
    MiTokenBuf buf;
    MiToken last;
    int next_kind;
    if (kind == TK_EQUAL && a != NULL && mi_lemon_accepts(lemon, &info->snap, TK_COLONEQUAL)) {
        /* "if x = 1:" (CPython's invalid_named_expression). */
        if (tokens_from_here(ps, &buf, 1) < 0)
            return;
        int r = phrase_extent(ps, TK_START_BITOR, &buf, &last, &next_kind);
        if (r < 0)
            return;
        if (r > 0 && next_kind != TK_EQUAL && next_kind != TK_COLONEQUAL) {
            if (a->kind == MI_AST_NAME) {
                error_from(ps, a, &last,
                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return;
            }
            int plain = a->kind != MI_AST_LIST && a->kind != MI_AST_TUPLE
                        && a->kind != MI_AST_GENERATOREXP && a->kind != MI_AST_COMPARE
                        && a->kind != MI_AST_BOOLOP && a->kind != MI_AST_IFEXP
                        && a->kind != MI_AST_LAMBDA
                        && !(a->kind == MI_AST_UNARYOP && a->u.unaryop.op == MI_OP_NOT)
                        && !(a->kind == MI_AST_CONSTANT
                             && (a->u.constant.kind == MI_CONST_NONE
                                 || a->u.constant.kind == MI_CONST_TRUE
                                 || a->u.constant.kind == MI_CONST_FALSE));
            if (plain) {
                mi_error_at_node(ps, a, "cannot assign to %s here. Maybe you meant '==' "
                                 "instead of '='?", mi_ast_expr_name(a));
                return;
            }
        }
        mi_error_at_token(ps, tok, "invalid syntax");
        return;
    }
    if (kind == TK_COLONEQUAL && a != NULL) {
        /* "(a.b := 1)" was refused by ast.c; here ":=" came where it may
         * not, after an expression that is no name. */
        const MiAst *target = a->kind == MI_AST_KEYWORD ? a->u.keyword.value : a;
        if (target->kind != MI_AST_NAME) {
            mi_error_at_node(ps, target, "cannot use assignment expressions with %s",
                             mi_ast_expr_name(target));
            return;
        }
    }
    if (a != NULL && starts_expression(kind)
        && (is_named(a, "print") || is_named(a, "exec"))) {
        if (tokens_from_here(ps, &buf, 0) < 0)
            return;
        int r = phrase_extent(ps, TK_START_EXPRS, &buf, &last, &next_kind);
        if (r < 0)
            return;
        if (r > 0) {
            char msg[120];
            snprintf(msg, sizeof msg, "Missing parentheses in call to '%s'. Did you mean "
                     "%s(...)?", a->u.name.id, a->u.name.id);
            error_from(ps, a, &last, msg);
            return;
        }
    }
    if (a != NULL && kind != TK_ELSE && mi_lemon_accepts(lemon, &info->snap, TK_ELSE)) {
        MiAst *body = expression_before(ps, a);
        if (body != NULL) {
            int line, col, end_line, end_col, l2, c2;
            mi_ast_span(body, &line, &col, &l2, &c2);
            mi_ast_span(a, &l2, &c2, &end_line, &end_col);
            mi_error_at(ps, MI_SYNERR_SYNTAX, line, col, end_line, end_col,
                        "expected 'else' after 'if' expression");
            return;
        }
    }
    if (a != NULL && (info->tok_level > 0 || ps->in_fstring) && starts_expression(kind)
        && mi_lemon_accepts(lemon, &info->snap, TK_COMMA)) {
        /* "[1 2]": CPython's invalid_expression, a disjunction followed
         * by an expression inside brackets. */
        for (;;) {
            if (a->kind == MI_AST_LAMBDA)
                a = a->u.lambda.body;
            else if (a->kind == MI_AST_IFEXP)
                a = a->u.ifexp.orelse;
            else if (a->kind == MI_AST_NAMEDEXPR)
                a = a->u.namedexpr.value;
            else if (a->kind == MI_AST_KEYWORD)
                a = a->u.keyword.value;
            else if (a->kind == MI_AST_STARRED)
                a = a->u.starred.value;
            else
                break;
        }
        int excluded = (a->kind == MI_AST_NAME && kind == TK_STRING)
                       || starts_with_soft_keyword(ps, a)
                       || is_named(a, "print") || is_named(a, "exec");
        if (!excluded) {
            if (tokens_from_here(ps, &buf, 0) < 0)
                return;
            int r = phrase_extent(ps, TK_START_TEST, &buf, &last, &next_kind);
            if (r < 0)
                return;
            if (r > 0) {
                error_from(ps, a, &last, "invalid syntax. Perhaps you forgot a comma?");
                return;
            }
        }
    }
    if (at_eof(ps, tok) && ps->last_newline.kind == TK_NEWLINE) {
        const char *ls;
        int line = last_line(ps, &ls);
        record_v(ps, MI_SYNERR_SYNTAX, line, 0, line, 0, ls, (size_t)(line_end_of(ps, ls) - ls),
                 "invalid syntax");
        return;
    }
    mi_error_at_token(ps, tok, "invalid syntax");
}

/* ---- feeding tokens ----------------------------------------------------------------- */

static void
feed(MiParser *ps, void *lemon, const MiToken *tok, int level)
{
    int kind = tok->kind;
    MiSubInfo *info = info_of(ps);
    if (kind == TK_INDENT) {
        info->indent_depth++;
        if (ps->tok.kind == TK_NEWLINE && ps->prev.kind == TK_COLON
            && ps->stmt_kw_kind == TK_MATCH && info->nmatch <= MI_LEX_MAX_INDENT)
            info->match_depth[info->nmatch++] = info->indent_depth;
    } else if (kind == TK_DEDENT) {
        info->indent_depth--;
        while (info->nmatch > 0 && info->match_depth[info->nmatch - 1] > info->indent_depth)
            info->nmatch--;
    }
    int first_of_line = ps->tok.kind == TK_NEWLINE || ps->tok.kind == TK_INDENT
                        || ps->tok.kind == TK_DEDENT || ps->tok.kind >= TK_START_FILE;
    if (first_of_line && kind != TK_INDENT && kind != TK_DEDENT) {
        ps->prev_stmt_kw_kind = ps->stmt_kw_kind;
        ps->prev_stmt_kw_line = ps->stmt_kw_line;
        ps->stmt_kw_kind = kind;
        ps->stmt_kw_line = tok->line;
        info_of(ps)->rarrow.kind = 0;
        info_of(ps)->stmt_first = *tok;
    }
    if (kind == TK_RARROW && level == 0)
        info_of(ps)->rarrow = *tok;
    if (ps->tok.kind == TK_WITH && kind == TK_LPAR)
        ps->with_lpar = tok->start;
    if (ps->tok.kind == TK_NEWLINE)
        ps->last_newline = ps->tok;
    ps->prev2 = ps->prev;
    ps->prev = ps->tok;
    ps->tok = *tok;
    info_of(ps)->tok_level = level;
    if ((kind == TK_LPAR || kind == TK_LSQB || kind == TK_LBRACE) && level >= 0
        && level < MI_LEX_MAX_LEVEL) {
        int k = ps->prev.kind;
        info_of(ps)->open[level] = *tok;
        info_of(ps)->open_call[level] = kind == TK_LPAR
            && (k == TK_NAME || k == TK_RPAR || k == TK_RSQB || k == TK_STRING
                || k == TK_NUMBER || k == TK_NONE || k == TK_TRUE || k == TK_FALSE);
    }
    mi_lemon_snapshot(lemon, &info_of(ps)->snap);
    if (info_of(ps)->snap.depth >= MI_LEMON_MAX_DEPTH) {
        mi_parser_stack_overflow(ps);
        return;
    }
    mi_lemon(lemon, kind, *tok, ps);
}

/* Whether the logical line that `lx` is in goes on with an expression
 * and ends with a ':' (read on a copy of the lexer). */
static int
line_ends_with_colon(MiParser *ps, const MiLexer *lx)
{
    MiLexer *ahead = mi_lex_copy(lx);
    if (ahead == NULL) {
        mi_error_nomemory(ps);
        return 0;
    }
    int last = 0, count = 0;
    for (;;) {
        MiToken t;
        int kind = mi_lex_next(ahead, &t);
        if (kind == MI_TK_ERROR || kind == MI_TK_ENDMARKER || kind == TK_NEWLINE)
            break;
        if (count++ == 0 && !starts_expression(kind) && kind != TK_STAR)
            break;
        last = kind;
    }
    mi_lex_free(ahead);
    return count > 1 && last == TK_COLON;
}

/* The soft keywords: `match` starting a logical line that ends with ':'
 * (no other statement can), `case` starting a statement directly inside a
 * match block.  Changes tok->kind to TK_MATCH or TK_CASE there. */
static void
soft_keyword(MiParser *ps, const MiLexer *lx, MiToken *tok, int level)
{
    MiSubInfo *info = info_of(ps);
    int first_of_line = ps->tok.kind == TK_NEWLINE || ps->tok.kind == TK_INDENT
                        || ps->tok.kind == TK_DEDENT || ps->tok.kind >= TK_START_FILE;
    if (!first_of_line || level != 0 || ps->in_fstring)
        return;
    if (is_word(tok, "match") && line_ends_with_colon(ps, lx))
        tok->kind = TK_MATCH;
    else if (is_word(tok, "case") && info->nmatch > 0
             && info->match_depth[info->nmatch - 1] == info->indent_depth)
        tok->kind = TK_CASE;
}

/* The input ended inside brackets.  CPython's parser still makes its
 * second pass then, and an error hint found there ("Perhaps you forgot a
 * comma?", "expression cannot contain assignment") wins over the
 * tokenizer's "'(' was never closed": feed the end of input to see. */
static void
unclosed_at_eof(MiParser *ps, void *lemon, MiLexer *lx, int level)
{
    MiToken end;
    memset(&end, 0, sizeof end);
    end.kind = MI_TK_ENDMARKER;
    end.start = ps->end;
    end.line = end.end_line = ps->furthest_line;
    info_of(ps)->eof_error = lx;
    feed(ps, lemon, &end, level);
    info_of(ps)->eof_error = NULL;
    if (!ps->failed)
        lexer_error(ps, lx, 0);
    info_of(ps)->ctx->final = 1;
}

/* Feeds the lexer's tokens until the end of input was fed or an error
 * stopped the parse. */
static void
run(MiParser *ps, void *lemon, MiLexer *lx, const MiToken *close)
{
    for (;;) {
        MiToken tok;
        int level = mi_lex_open_bracket(lx, NULL, NULL, NULL);
        int kind = mi_lex_next(lx, &tok);
        if (kind == MI_TK_ERROR) {
            if (mi_lex_error(lx)->bracket_line > 0 && ps->mode != MI_PARSE_SINGLE)
                unclosed_at_eof(ps, lemon, lx, level);
            else
                lexer_error(ps, lx, 0);
            return;
        }
        if (tok.line > ps->furthest_line)
            ps->furthest_line = tok.line;
        if (kind == TK_NAME)
            soft_keyword(ps, lx, &tok, level);
        if (kind == MI_TK_ENDMARKER && close != NULL) {
            feed(ps, lemon, close, 1);
            if (ps->failed)
                return;
        }
        feed(ps, lemon, &tok, level);
        if (ps->failed || kind == MI_TK_ENDMARKER)
            return;
    }
}

/* CPython tokenizes the rest of the source after a parser error: an
 * error of its tokenizer there is reported instead. */
static void
check_rest_of_source(MiParser *ps, MiLexer *lx)
{
    for (;;) {
        MiToken tok;
        int kind = mi_lex_next(lx, &tok);
        if (kind == MI_TK_ENDMARKER)
            return;
        if (kind != MI_TK_ERROR)
            continue;
        const MiLexError *le = mi_lex_error(lx);
        if (le->bracket_line > 0 ? ps->furthest_line > le->bracket_line : le->eager)
            lexer_error(ps, lx, 1);
        return;
    }
}

MiAst *
mi_parse_fstring_expr(MiParser *ps, const char *src, size_t len, const char *line_start,
                      int line)
{
    if (ps->failed)
        return NULL;
    MiSubInfo *info = info_of(ps);
    if (info->level + 2 >= MI_LEMON_LEVELS) {
        mi_error_at_token(ps, &ps->tok, "f-string: expressions nested too deeply");
        return NULL;
    }
    MiDriver sub;
    memset(&sub, 0, sizeof sub);
    sub.ps.arena = ps->arena;
    sub.ps.src = ps->src;
    sub.ps.end = ps->end;
    sub.ps.filename = ps->filename;
    sub.ps.mode = MI_PARSE_EVAL;
    sub.ps.err = ps->err;
    sub.ps.outer = ps;
    sub.ps.in_fstring = 1;
    sub.ps.fstring_text = src;
    sub.ps.fstring_len = len;
    sub.ps.fstring_line = line;
    sub.ps.fstring_depth = ps->fstring_depth + 1;
    sub.info = *info;
    sub.info.level++;
    sub.info.fstring_line_start = line_start;
    MiLexer *lx = mi_lex_new_nested(src, len, line_start, line);
    void *lemon = lx != NULL ? lemon_at(&sub.ps, sub.info.level) : NULL;
    if (lemon == NULL) {
        mi_lex_free(lx);
        mi_error_nomemory(ps);
        return NULL;
    }
    sub.ps.lx = lx;
    MiToken st, lpar, rpar;
    memset(&st, 0, sizeof st);
    st.kind = TK_START_EXPRS;
    st.line = line;
    lpar = st;
    lpar.kind = TK_LPAR;
    lpar.start = src - 1;
    lpar.length = 1;
    lpar.col = (int)(src - 1 - line_start);
    lpar.end_line = line;
    lpar.end_col = lpar.col + 1;
    feed(&sub.ps, lemon, &st, 0);
    feed(&sub.ps, lemon, &lpar, 0);
    /* The ')' stands where the expression ends. */
    const char *ls = line_start;
    int rline = line;
    for (const char *p = src; p < src + len; p++) {
        if (*p == '\n' || (*p == '\r' && (p + 1 == src + len || p[1] != '\n'))) {
            rline++;
            ls = p + 1;
        }
    }
    rpar = lpar;
    rpar.kind = TK_RPAR;
    rpar.start = src + len;
    rpar.line = rpar.end_line = rline;
    rpar.col = (int)(src + len - ls);
    rpar.end_col = rpar.col + 1;
    if (!sub.ps.failed)
        run(&sub.ps, lemon, lx, &rpar);
    mi_lemonFinalize(lemon);
    mi_lex_free(lx);
    return sub.ps.failed ? NULL : sub.ps.root;
}

MiAst *
mi_parse(const char *src, size_t len, const char *filename, MiParseMode mode,
         MiAstArena *arena, MiSyntaxError *err)
{
    MiDriver d;
    MiParseCtx ctx;
    memset(&d, 0, sizeof d);
    memset(&ctx, 0, sizeof ctx);
    memset(err, 0, sizeof *err);
    MiParser *ps = &d.ps;
    ps->arena = arena;
    ps->src = src;
    ps->end = src + len;
    ps->filename = filename ? filename : "<string>";
    ps->mode = mode;
    ps->err = err;
    d.info.ctx = &ctx;
    if (len > INT_MAX) {
        mi_error_nomemory(ps);
        return NULL;
    }
    MiLexer *lx = mi_lex_new(src, len, ps->filename,
                             mode == MI_PARSE_SINGLE ? MI_LEX_INTERACTIVE
                             : mode == MI_PARSE_FILE ? MI_LEX_FILE : 0);
    void *lemon = lx ? lemon_at(ps, 0) : NULL;
    if (lemon != NULL) {
        ps->lx = lx;
        MiToken st;
        memset(&st, 0, sizeof st);
        st.kind = mode == MI_PARSE_FILE ? TK_START_FILE
                  : mode == MI_PARSE_SINGLE ? TK_START_SINGLE : TK_START_EVAL;
        st.start = src;
        st.line = st.end_line = 1;
        feed(ps, lemon, &st, 0);
        run(ps, lemon, lx, NULL);
        if (ps->failed && !ctx.final && mode != MI_PARSE_SINGLE)
            check_rest_of_source(ps, lx);
        if (!ps->failed && ps->root == NULL)
            mi_error_nomemory(ps);
    } else {
        mi_error_nomemory(ps);
    }
    /* The other levels were finalized after each use. */
    if (lemon != NULL)
        mi_lemonFinalize(lemon);
    for (int i = 0; i < MI_LEMON_LEVELS; i++)
        free(ctx.lemons[i]);
    mi_lex_free(lx);
    return ps->failed ? NULL : ps->root;
}
