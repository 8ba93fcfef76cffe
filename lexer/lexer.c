/* lexer/lexer.c: everything of the tokenizer that is not a re2c rule.
 *
 * mi_lex_next() turns the raw tokens of mi_lex_scan() (lexer.re) into
 * Python's token stream, as CPython 3.10's tokenizer does:
 *   1. at the start of a line, measure its indentation (a tab goes to the
 *      next multiple of 8; a second count with tabs as 1 detects
 *      inconsistent mixes, TabError); lines holding only blanks and
 *      comments, and lines inside brackets, do not count;
 *   2. compare with the indentation stack: one INDENT for a deeper line, a
 *      DEDENT per level left for a shallower one, IndentationError when the
 *      column matches no outer level;
 *   3. return the pending INDENT/DEDENTs, then the line's tokens, keeping a
 *      stack of open brackets (NEWLINE inside brackets is skipped, closing
 *      brackets must match);
 *   4. at the end of input: a NEWLINE if the last line lacks one, DEDENTs
 *      down to column 0, then the end marker; an open bracket is an error.
 * Strings and numbers are scanned here by hand, following CPython's order
 * of checks so that invalid literals get its messages and offsets.
 *
 * Invariant: once lx->err is set, every call returns MI_TK_ERROR.
 * Start reading at mi_lex_next(). */
#include "lexer/lexer_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- token kinds ------------------------------------------------------------ */

#define MI_LEX_OPERATORS(X)                                                    \
    X(TK_LPAR, "(", "LPAR") X(TK_RPAR, ")", "RPAR") X(TK_LSQB, "[", "LSQB")    \
    X(TK_RSQB, "]", "RSQB") X(TK_LBRACE, "{", "LBRACE")                        \
    X(TK_RBRACE, "}", "RBRACE") X(TK_COLON, ":", "COLON")                      \
    X(TK_COMMA, ",", "COMMA") X(TK_SEMI, ";", "SEMI") X(TK_PLUS, "+", "PLUS")  \
    X(TK_MINUS, "-", "MINUS") X(TK_STAR, "*", "STAR") X(TK_SLASH, "/", "SLASH") \
    X(TK_VBAR, "|", "VBAR") X(TK_AMPER, "&", "AMPER") X(TK_LESS, "<", "LESS")  \
    X(TK_GREATER, ">", "GREATER") X(TK_EQUAL, "=", "EQUAL") X(TK_DOT, ".", "DOT") \
    X(TK_PERCENT, "%", "PERCENT") X(TK_EQEQUAL, "==", "EQEQUAL")               \
    X(TK_NOTEQUAL, "!=", "NOTEQUAL") X(TK_LESSEQUAL, "<=", "LESSEQUAL")        \
    X(TK_GREATEREQUAL, ">=", "GREATEREQUAL") X(TK_TILDE, "~", "TILDE")         \
    X(TK_CIRCUMFLEX, "^", "CIRCUMFLEX") X(TK_LEFTSHIFT, "<<", "LEFTSHIFT")     \
    X(TK_RIGHTSHIFT, ">>", "RIGHTSHIFT") X(TK_DOUBLESTAR, "**", "DOUBLESTAR")  \
    X(TK_PLUSEQUAL, "+=", "PLUSEQUAL") X(TK_MINEQUAL, "-=", "MINEQUAL")        \
    X(TK_STAREQUAL, "*=", "STAREQUAL") X(TK_SLASHEQUAL, "/=", "SLASHEQUAL")    \
    X(TK_PERCENTEQUAL, "%=", "PERCENTEQUAL") X(TK_AMPEREQUAL, "&=", "AMPEREQUAL") \
    X(TK_VBAREQUAL, "|=", "VBAREQUAL") X(TK_CIRCUMFLEXEQUAL, "^=", "CIRCUMFLEXEQUAL") \
    X(TK_LEFTSHIFTEQUAL, "<<=", "LEFTSHIFTEQUAL")                              \
    X(TK_RIGHTSHIFTEQUAL, ">>=", "RIGHTSHIFTEQUAL")                            \
    X(TK_DOUBLESTAREQUAL, "**=", "DOUBLESTAREQUAL")                            \
    X(TK_DOUBLESLASH, "//", "DOUBLESLASH")                                     \
    X(TK_DOUBLESLASHEQUAL, "//=", "DOUBLESLASHEQUAL") X(TK_AT, "@", "AT")      \
    X(TK_ATEQUAL, "@=", "ATEQUAL") X(TK_RARROW, "->", "RARROW")                \
    X(TK_ELLIPSIS, "...", "ELLIPSIS") X(TK_COLONEQUAL, ":=", "COLONEQUAL")

#define MI_LEX_KEYWORDS(X)                                                     \
    X(TK_FALSE, "False") X(TK_NONE, "None") X(TK_TRUE, "True") X(TK_AND, "and") \
    X(TK_AS, "as") X(TK_ASSERT, "assert") X(TK_ASYNC, "async")                 \
    X(TK_AWAIT, "await") X(TK_BREAK, "break") X(TK_CLASS, "class")             \
    X(TK_CONTINUE, "continue") X(TK_DEF, "def") X(TK_DEL, "del")               \
    X(TK_ELIF, "elif") X(TK_ELSE, "else") X(TK_EXCEPT, "except")               \
    X(TK_FINALLY, "finally") X(TK_FOR, "for") X(TK_FROM, "from")               \
    X(TK_GLOBAL, "global") X(TK_IF, "if") X(TK_IMPORT, "import") X(TK_IN, "in") \
    X(TK_IS, "is") X(TK_LAMBDA, "lambda") X(TK_NONLOCAL, "nonlocal")           \
    X(TK_NOT, "not") X(TK_OR, "or") X(TK_PASS, "pass") X(TK_RAISE, "raise")    \
    X(TK_RETURN, "return") X(TK_TRY, "try") X(TK_WHILE, "while")               \
    X(TK_WITH, "with") X(TK_YIELD, "yield")

const char *
mi_lex_kind_name(int kind)
{
    switch (kind) {
#define OP_NAME(k, text, name) case k: return name;
        MI_LEX_OPERATORS(OP_NAME)
#undef OP_NAME
#define KW_NAME(k, text) case k:
        MI_LEX_KEYWORDS(KW_NAME)
#undef KW_NAME
    case TK_NAME:
        return "NAME";
    case TK_NUMBER:
        return "NUMBER";
    case TK_STRING:
        return "STRING";
    case TK_NEWLINE:
        return "NEWLINE";
    case TK_INDENT:
        return "INDENT";
    case TK_DEDENT:
        return "DEDENT";
    case TK_COMMENT:
        return "COMMENT";
    case TK_NL:
        return "NL";
    case MI_TK_ENDMARKER:
        return "ENDMARKER";
    default:
        return "ERRORTOKEN";
    }
}

int
mi_lex_is_keyword(int kind)
{
    switch (kind) {
#define KW_CASE(k, text) case k:
        MI_LEX_KEYWORDS(KW_CASE)
#undef KW_CASE
        return 1;
    default:
        return 0;
    }
}

const char *
mi_lex_kind_text(int kind)
{
    switch (kind) {
#define OP_TEXT(k, text, name) case k: return text;
        MI_LEX_OPERATORS(OP_TEXT)
#undef OP_TEXT
#define KW_TEXT(k, text) case k: return text;
        MI_LEX_KEYWORDS(KW_TEXT)
#undef KW_TEXT
    default:
        return NULL;
    }
}

/* ---- errors ----------------------------------------------------------------- */

int
mi_lex_char_offset(const MiLexer *lx, const char *p)
{
    return (int)mi_utf8_count(lx->line_start, (size_t)(p - lx->line_start));
}

/* The offset of p from line_start for an error CPython raises through its
 * parser: in bytes for files, else in characters. */
static int
parser_offset(const MiLexer *lx, const char *line_start, const char *p)
{
    if (lx->flags & MI_LEX_FILE)
        return (int)(p - line_start);
    return (int)mi_utf8_count(line_start, (size_t)(p - line_start));
}

/* Points err->text at the line starting at `line_start`, up to its newline
 * or the end of input. */
static void
set_error_text(MiLexer *lx, const char *line_start)
{
    const char *p = line_start;
    while (p < lx->end && *p != '\n' && *p != '\r')
        p++;
    lx->err.text = line_start;
    lx->err.text_len = (size_t)(p - line_start);
}

int
mi_lex_fail(MiLexer *lx, MiLexErrorKind kind, int col, int end_col, const char *fmt, ...)
{
    va_list ap;
    memset(&lx->err, 0, sizeof lx->err);
    lx->err.kind = kind;
    va_start(ap, fmt);
    vsnprintf(lx->err.msg, sizeof lx->err.msg, fmt, ap);
    va_end(ap);
    lx->err.line = lx->err.end_line = lx->line;
    lx->err.col = col;
    lx->err.end_col = end_col;
    lx->err.eager = kind == MI_LEX_ERR_SYNTAX;
    set_error_text(lx, lx->line_start);
    return MI_TK_ERROR;
}

int
mi_lex_fail_continuation_eof(MiLexer *lx)
{
    mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, parser_offset(lx, lx->line_start, lx->tok) + 2, -1,
                "unexpected EOF while parsing");
    lx->err.eager = 0;
    lx->err.incomplete = 1;
    return MI_TK_ERROR;
}

int
mi_lex_fail_continuation(MiLexer *lx)
{
    mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, parser_offset(lx, lx->line_start, lx->cur), 0,
                "unexpected character after line continuation character");
    lx->err.eager = 0;
    return MI_TK_ERROR;
}

const MiLexError *
mi_lex_error(const MiLexer *lx)
{
    return lx->err.kind == MI_LEX_ERR_NONE ? NULL : &lx->err;
}

int
mi_lex_open_bracket(const MiLexer *lx, char *ch, int *line, int *col)
{
    if (lx->level == 0)
        return 0;
    const MiBracket *b = &lx->brackets[lx->level - 1];
    if (ch)
        *ch = b->ch;
    if (line)
        *line = b->line;
    if (col)
        *col = b->col;
    return lx->level;
}

/* ---- creation ----------------------------------------------------------------- */

MiLexer *
mi_lex_new(const char *src, size_t len, const char *filename, int flags)
{
    MiLexer *lx = calloc(1, sizeof *lx);
    if (lx == NULL)
        return NULL;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;             /* a UTF-8 byte order mark, as CPython skips */
        len -= 3;
    }
    lx->src = lx->cur = lx->line_start = src;
    lx->end = src + len;
    lx->line = 1;
    lx->flags = flags;
    lx->filename = filename ? filename : "<string>";
    lx->atbol = 1;
    return lx;
}

MiLexer *
mi_lex_new_nested(const char *src, size_t len, const char *line_start, int line)
{
    MiLexer *lx = calloc(1, sizeof *lx);
    if (lx == NULL)
        return NULL;
    lx->src = lx->cur = src;
    lx->end = src + len;
    lx->line_start = line_start;
    lx->line = line;
    lx->filename = "<fstring>";
    lx->nested = 1;
    lx->checked = 1;
    return lx;
}

MiLexer *
mi_lex_copy(const MiLexer *lx)
{
    MiLexer *copy = malloc(sizeof *copy);
    if (copy != NULL)
        *copy = *lx;                  /* it owns nothing but itself */
    return copy;
}

void
mi_lex_free(MiLexer *lx)
{
    free(lx);
}

/* Rejects NUL bytes and invalid UTF-8 before anything is scanned. */
static int
check_source(MiLexer *lx)
{
    size_t len = (size_t)(lx->end - lx->src);
    const char *nul = memchr(lx->src, '\0', len);
    size_t valid = mi_utf8_check(lx->src, nul ? (size_t)(nul - lx->src) : len);
    const char *bad = lx->src + valid;
    lx->checked = 1;
    if (nul == NULL && bad == lx->end)
        return 0;
    for (const char *p = lx->src; p < bad; p++) {
        if (*p == '\n' || (*p == '\r' && (p + 1 == bad || p[1] != '\n'))) {
            lx->line++;
            lx->line_start = p + 1;
        }
    }
    if (nul != NULL && nul == bad) {
        int col = mi_lex_char_offset(lx, nul) + 1;
        return mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, col, col,
                           "source code cannot contain null bytes");
    }
    /* CPython 3.10 names the line after the offending one. */
    mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, 0, 0,
                "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                "but no encoding declared; see https://python.org/dev/peps/pep-0263/"
                " for details", (unsigned char)*bad, lx->filename, lx->line + 1);
    lx->err.no_location = 1;
    return MI_TK_ERROR;
}

/* ---- indentation ----------------------------------------------------------------- */

static int
tab_error(MiLexer *lx)
{
    mi_lex_fail(lx, MI_LEX_ERR_TAB, 1, 0, "inconsistent use of tabs and spaces in indentation");
    lx->err.eager = 0;
    return MI_TK_ERROR;
}

/* Measures the indentation of the line at lx->cur and leaves lx->cur after
 * it.  Sets lx->blankline, and lx->pending when the line opens or closes
 * blocks.  Returns 0, or MI_TK_ERROR for inconsistent indentation. */
static int
measure_indentation(MiLexer *lx)
{
    int col = 0, altcol = 0, cont_col = -1;
    int interactive = (lx->flags & MI_LEX_INTERACTIVE) != 0;
    const char *p = lx->cur;
    while (p < lx->end) {
        char c = *p;
        if (c == ' ') {
            col++;
            altcol++;
            p++;
        } else if (c == '\t') {
            col = (col / MI_LEX_TABSIZE + 1) * MI_LEX_TABSIZE;
            altcol++;
            p++;
        } else if (c == '\f') {
            col = altcol = 0;
            p++;
        } else if (c == '\\' && p + 1 < lx->end && (p[1] == '\n' || p[1] == '\r')) {
            /* Indentation cannot be split by a backslash: the column of the
             * first physical line counts. */
            if (cont_col < 0)
                cont_col = col;
            p += (p[1] == '\r' && p + 2 < lx->end && p[2] == '\n') ? 3 : 2;
            lx->line++;
            lx->line_start = p;
        } else {
            break;
        }
    }
    lx->cur = p;
    if (p >= lx->end) {
        lx->blankline = interactive;     /* the REPL may type more */
    } else if (*p == '#' || *p == '\n' || *p == '\r') {
        if (interactive && col == 0 && *p != '#') {
            lx->blankline = 0;           /* an empty line ends a statement */
        } else if (interactive && lx->line == 1) {
            lx->blankline = 0;
            col = altcol = 0;
        } else {
            lx->blankline = 1;
        }
    } else {
        lx->blankline = 0;
    }
    if (lx->blankline || lx->level > 0)
        return 0;
    if (cont_col >= 0)
        col = altcol = cont_col;
    lx->indent_col = col;
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent])
            return tab_error(lx);
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= MI_LEX_MAX_INDENT) {
            mi_lex_fail(lx, MI_LEX_ERR_INDENT, 1, 0, "too many levels of indentation");
            lx->err.eager = 0;
            return MI_TK_ERROR;
        }
        if (altcol <= lx->altindstack[lx->indent])
            return tab_error(lx);
        lx->pending++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pending--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            /* CPython points after the whole line, newline included. */
            const char *e = p;
            while (e < lx->end && *e != '\n' && *e != '\r')
                e++;
            mi_lex_fail(lx, MI_LEX_ERR_INDENT, parser_offset(lx, lx->line_start, e) + 1, -1,
                        "unindent does not match any outer indentation level");
            lx->err.eager = 0;
            return MI_TK_ERROR;
        }
        if (altcol != lx->altindstack[lx->indent])
            return tab_error(lx);
    }
    return 0;
}

/* ---- brackets ------------------------------------------------------------------ */

static int
open_bracket(MiLexer *lx, const MiToken *tok)
{
    if (lx->level >= MI_LEX_MAX_LEVEL) {
        int col = mi_lex_char_offset(lx, lx->cur);
        return mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, col, col, "too many nested parentheses");
    }
    MiBracket *b = &lx->brackets[lx->level++];
    b->ch = *tok->start;
    b->line = tok->line;
    b->col = tok->col;
    b->line_start = lx->line_start;
    return 0;
}

static int
close_bracket(MiLexer *lx, const MiToken *tok)
{
    char ch = *tok->start;
    int col = mi_lex_char_offset(lx, lx->cur);
    if (lx->level == 0)
        return mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, col, col, "unmatched '%c'", ch);
    const MiBracket *b = &lx->brackets[lx->level - 1];
    char want = b->ch == '(' ? ')' : b->ch == '[' ? ']' : '}';
    if (ch != want) {
        if (b->line != lx->line)
            return mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, col, col,
                               "closing parenthesis '%c' does not match opening "
                               "parenthesis '%c' on line %d", ch, b->ch, b->line);
        return mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, col, col,
                           "closing parenthesis '%c' does not match opening "
                           "parenthesis '%c'", ch, b->ch);
    }
    lx->level--;
    return 0;
}

/* The error for input that ends inside brackets: CPython names the
 * innermost open bracket. */
static int
unclosed_bracket(MiLexer *lx)
{
    const MiBracket *b = &lx->brackets[lx->level - 1];
    memset(&lx->err, 0, sizeof lx->err);
    lx->err.kind = MI_LEX_ERR_SYNTAX;
    snprintf(lx->err.msg, sizeof lx->err.msg, "'%c' was never closed", b->ch);
    lx->err.line = lx->err.end_line = b->line;
    lx->err.col = parser_offset(lx, b->line_start, b->line_start + b->col) + 1;
    lx->err.end_col = 0;
    lx->err.incomplete = 1;
    lx->err.bracket_line = b->line;
    set_error_text(lx, b->line_start);
    return MI_TK_ERROR;
}

/* ---- the token stream ---------------------------------------------------------- */

static void
finish_token(MiLexer *lx, MiToken *tok, int kind)
{
    tok->kind = kind;
    tok->end_line = lx->line;
    tok->end_col = (int)(lx->cur - lx->line_start);
}

int
mi_lex_next(MiLexer *lx, MiToken *tok)
{
    if (lx->err.kind != MI_LEX_ERR_NONE)
        return tok->kind = MI_TK_ERROR;
    if (!lx->checked && check_source(lx) < 0)
        return tok->kind = MI_TK_ERROR;
    for (;;) {
        if (lx->atbol && !lx->nested) {
            lx->atbol = 0;
            if (measure_indentation(lx) < 0)
                return tok->kind = MI_TK_ERROR;
        }
        if (lx->pending != 0) {
            tok->line = tok->end_line = lx->line;
            tok->end_col = (int)(lx->cur - lx->line_start);
            if (lx->pending > 0) {
                lx->pending--;
                tok->start = lx->line_start;
                tok->col = 0;
                tok->length = (size_t)tok->end_col;
                return tok->kind = TK_INDENT;
            }
            lx->pending++;
            tok->start = lx->cur;
            tok->col = tok->end_col;
            tok->length = 0;
            return tok->kind = TK_DEDENT;
        }
        int kind = mi_lex_scan(lx, tok);
        switch (kind) {
        case MI_TK_ERROR:
            return tok->kind = MI_TK_ERROR;
        case TK_COMMENT:
            if (lx->flags & MI_LEX_COMMENTS) {
                finish_token(lx, tok, TK_COMMENT);
                return TK_COMMENT;
            }
            continue;
        case MI_SCAN_NEWLINE: {
            int is_nl = lx->blankline || lx->level > 0 || lx->nested;
            finish_token(lx, tok, is_nl ? TK_NL : TK_NEWLINE);
            lx->line++;
            lx->line_start = lx->cur;
            lx->atbol = 1;
            if (is_nl) {
                if (lx->flags & MI_LEX_COMMENTS)
                    return TK_NL;
                continue;
            }
            lx->line_has_token = 0;
            return TK_NEWLINE;
        }
        case MI_SCAN_EOF:
            if (lx->nested) {
                finish_token(lx, tok, MI_TK_ENDMARKER);
                return MI_TK_ENDMARKER;
            }
            if (lx->level > 0)
                return tok->kind = unclosed_bracket(lx);
            if (lx->line_has_token) {
                /* The last line lacks its newline: CPython supplies one. */
                finish_token(lx, tok, TK_NEWLINE);
                lx->line_has_token = 0;
                lx->line++;
                lx->line_start = lx->cur;
                lx->atbol = 1;
                return TK_NEWLINE;
            }
            finish_token(lx, tok, MI_TK_ENDMARKER);
            lx->done = 1;
            return MI_TK_ENDMARKER;
        default:
            break;
        }
        finish_token(lx, tok, kind);
        if (kind == TK_LPAR || kind == TK_LSQB || kind == TK_LBRACE) {
            if (open_bracket(lx, tok) < 0)
                return tok->kind = MI_TK_ERROR;
        } else if (kind == TK_RPAR || kind == TK_RSQB || kind == TK_RBRACE) {
            if (close_bracket(lx, tok) < 0)
                return tok->kind = MI_TK_ERROR;
        }
        lx->line_has_token = 1;
        return kind;
    }
}

/* ---- names ------------------------------------------------------------------- */

int
mi_lex_check_name(MiLexer *lx, MiToken *tok)
{
    const char *s = tok->start, *e = tok->start + tok->length;
    int ascii = 1;
    for (const char *p = s; p < e; p++)
        if ((unsigned char)*p >= 0x80)
            ascii = 0;
    if (ascii)
        return TK_NAME;
    for (const char *p = s; p < e;) {
        int n;
        uint32_t cp = mi_utf8_decode(p, (size_t)(e - p), &n);
        int ok = p == s ? mi_unicode_is_id_start(cp) : mi_unicode_is_id_continue(cp);
        if (!ok) {
            lx->cur = p + n;
            int col = mi_lex_char_offset(lx, lx->cur);
            if (mi_unicode_is_printable(cp))
                return mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, col, col,
                                   "invalid character '%.*s' (U+%04X)", n, p, (unsigned)cp);
            return mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, col, col,
                               "invalid non-printable character U+%04X", (unsigned)cp);
        }
        p += n;
    }
    return TK_NAME;
}

/* ---- strings ------------------------------------------------------------------ */

/* Reports a string literal that the end of its line or of the input cut
 * short, at its first character, as CPython. */
static int
unterminated_string(MiLexer *lx, MiToken *tok, int quote_len, int first_line,
                    const char *first_line_start, const char *p, int at_eof)
{
    int detected = lx->line;
    if (at_eof && lx->line > first_line && (p[-1] == '\n' || p[-1] == '\r'))
        detected--;
    lx->line = first_line;
    lx->line_start = first_line_start;
    int col = mi_lex_char_offset(lx, tok->start) + 1;
    if (quote_len == 3)
        mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, col, col,
                    "unterminated triple-quoted string literal (detected at line %d)",
                    detected);
    else
        mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, col, col,
                    "unterminated string literal (detected at line %d)", detected);
    lx->err.incomplete = at_eof;
    return MI_TK_ERROR;
}

int
mi_lex_scan_string(MiLexer *lx, MiToken *tok)
{
    const char *p = lx->cur, *end = lx->end;
    while (*p != '\'' && *p != '"')
        p++;                          /* the prefix letters */
    char quote = *p;
    int quote_len = (end - p >= 3 && p[1] == quote && p[2] == quote) ? 3 : 1;
    int first_line = lx->line;
    const char *first_line_start = lx->line_start;
    p += quote_len;
    for (;;) {
        if (p >= end)
            return unterminated_string(lx, tok, quote_len, first_line, first_line_start,
                                       p, 1);
        char c = *p;
        if (c == quote) {
            if (quote_len == 1) {
                p++;
                break;
            }
            if (end - p >= 3 && p[1] == quote && p[2] == quote) {
                p += 3;
                break;
            }
            p++;
        } else if (c == '\\') {
            p++;
            if (p < end && (*p == '\n' || *p == '\r')) {
                p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
                lx->line++;
                lx->line_start = p;
            } else if (p < end) {
                p++;
            }
        } else if (c == '\n' || c == '\r') {
            if (quote_len == 1)
                return unterminated_string(lx, tok, quote_len, first_line,
                                           first_line_start, p, 0);
            p += (c == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
            lx->line++;
            lx->line_start = p;
        } else {
            p++;
        }
    }
    lx->cur = p;
    tok->length = (size_t)(p - tok->start);
    return TK_STRING;
}

void
mi_lex_string_prefix(const MiToken *tok, MiStrPrefix *prefix)
{
    memset(prefix, 0, sizeof *prefix);
    const char *p = tok->start;
    for (; *p != '\'' && *p != '"'; p++) {
        switch (*p) {
        case 'b': case 'B':
            prefix->is_bytes = 1;
            break;
        case 'r': case 'R':
            prefix->is_raw = 1;
            break;
        case 'f': case 'F':
            prefix->is_fstring = 1;
            break;
        default:
            prefix->is_unicode = 1;
            break;
        }
    }
    prefix->prefix_len = (int)(p - tok->start);
    prefix->quote_len = (tok->length - (size_t)prefix->prefix_len >= 6
                         && p[1] == p[0] && p[2] == p[0]) ? 3 : 1;
}

/* ---- numbers ------------------------------------------------------------------ */

/* A cursor with CPython's tok_nextc/tok_backup behaviour: EOF is -1 and
 * does not advance. */
static int
nextc(MiLexer *lx)
{
    if (lx->cur >= lx->end)
        return -1;
    return (unsigned char)*lx->cur++;
}

static void
backup(MiLexer *lx, int c)
{
    if (c != -1)
        lx->cur--;
}

static int
is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static int
is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int
is_name_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_'
           || c >= 128;
}

/* "invalid <kind> literal" at the current position. */
static int
number_error(MiLexer *lx, const char *kind)
{
    int col = mi_lex_char_offset(lx, lx->cur);
    return mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, col, col, "invalid %s literal", kind);
}

/* "invalid digit 'c' in <kind> literal" after the digit. */
static int
digit_error(MiLexer *lx, int c, const char *kind)
{
    int col = mi_lex_char_offset(lx, lx->cur);
    return mi_lex_fail(lx, MI_LEX_ERR_SYNTAX, col, col, "invalid digit '%c' in %s literal",
                       c, kind);
}

/* Reads the rest of a keyword after a number if one follows ("1if"):
 * CPython accepts the number and lets the keyword be its own token. */
static int
keyword_follows(MiLexer *lx, int c)
{
    const char *p = lx->cur;     /* just after c */
    size_t left = (size_t)(lx->end - p);
#define REST(s) (left >= sizeof(s) - 1 && memcmp(p, s, sizeof(s) - 1) == 0)
    switch (c) {
    case 'a':
        return REST("nd");
    case 'e':
        return REST("lse");
    case 'f':
        return REST("or");
    case 'i':
        return left >= 1 && (p[0] == 'f' || p[0] == 'n' || p[0] == 's');
    case 'o':
        return REST("r");
    case 'n':
        return REST("ot");
    default:
        return 0;
    }
#undef REST
}

/* Checks what follows a number whose next character c was just read:
 * a letter glued to a number is an "invalid <kind> literal", except the
 * keywords CPython still accepts there.  Returns 0 or MI_TK_ERROR. */
static int
verify_end_of_number(MiLexer *lx, int c, const char *kind)
{
    if (c != -1 && keyword_follows(lx, c))
        return 0;
    if (c != -1 && is_name_char(c)) {
        backup(lx, c);
        return number_error(lx, kind);
    }
    return 0;
}

/* Reads digits with single underscores between them; returns the first
 * character after them, or -2 after an error. */
static int
decimal_tail(MiLexer *lx)
{
    for (;;) {
        int c;
        do {
            c = nextc(lx);
        } while (is_digit(c));
        if (c != '_')
            return c;
        c = nextc(lx);
        if (!is_digit(c)) {
            backup(lx, c);
            number_error(lx, "decimal");
            return -2;
        }
    }
}

/* Reads the digits of a 0x/0o/0b literal after its prefix; `valid` tells
 * the digits of the base.  Returns the character after them or -2. */
static int
radix_digits(MiLexer *lx, int (*valid)(int), const char *kind)
{
    int c = nextc(lx);
    do {
        if (c == '_')
            c = nextc(lx);
        if (!valid(c)) {
            if (is_digit(c) && valid != is_xdigit) {
                digit_error(lx, c, kind);
                return -2;
            }
            backup(lx, c);
            number_error(lx, kind);
            return -2;
        }
        do {
            c = nextc(lx);
        } while (valid(c));
    } while (c == '_');
    if (is_digit(c) && valid != is_xdigit) {
        digit_error(lx, c, kind);
        return -2;
    }
    return c;
}

static int
is_octal(int c)
{
    return c >= '0' && c <= '7';
}

static int
is_binary(int c)
{
    return c == '0' || c == '1';
}

/* After the integer part (and c, the character following it): an optional
 * fraction, exponent and imaginary suffix.  `fraction` says the '.' was
 * already read. */
static int
float_rest(MiLexer *lx, int c, int fraction)
{
    if (fraction || c == '.') {
        if (!fraction)
            c = nextc(lx);
        if (is_digit(c)) {
            c = decimal_tail(lx);
            if (c == -2)
                return MI_TK_ERROR;
        }
    }
    if (c == 'e' || c == 'E') {
        int e = c;
        c = nextc(lx);
        if (c == '+' || c == '-') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx, c);
                return number_error(lx, "decimal");
            }
        } else if (!is_digit(c)) {
            backup(lx, c);
            if (verify_end_of_number(lx, e, "decimal") < 0)
                return MI_TK_ERROR;
            backup(lx, e);    /* "1else": the number is "1" */
            return TK_NUMBER;
        }
        c = decimal_tail(lx);
        if (c == -2)
            return MI_TK_ERROR;
    }
    if (c == 'j' || c == 'J') {
        c = nextc(lx);
        if (verify_end_of_number(lx, c, "imaginary") < 0)
            return MI_TK_ERROR;
    } else if (verify_end_of_number(lx, c, "decimal") < 0) {
        return MI_TK_ERROR;
    }
    backup(lx, c);
    return TK_NUMBER;
}

int
mi_lex_scan_number(MiLexer *lx, MiToken *tok)
{
    int kind;
    int c = nextc(lx);
    if (c == '.') {
        kind = float_rest(lx, nextc(lx), 1);
    } else if (c == '0') {
        c = nextc(lx);
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int lower = c | 0x20;
            const char *name = lower == 'x' ? "hexadecimal" : lower == 'o' ? "octal" : "binary";
            c = radix_digits(lx, lower == 'x' ? is_xdigit : lower == 'o' ? is_octal : is_binary,
                             name);
            if (c == -2)
                return MI_TK_ERROR;
            if (verify_end_of_number(lx, c, name) < 0)
                return MI_TK_ERROR;
            backup(lx, c);
            kind = TK_NUMBER;
        } else {
            int nonzero = 0;
            for (;;) {         /* "0", "00", "0_0": zeros only */
                if (c == '_') {
                    c = nextc(lx);
                    if (!is_digit(c)) {
                        backup(lx, c);
                        return number_error(lx, "decimal");
                    }
                }
                if (c != '0')
                    break;
                c = nextc(lx);
            }
            const char *zeros_end = lx->cur;
            if (is_digit(c)) {
                nonzero = 1;
                c = decimal_tail(lx);
                if (c == -2)
                    return MI_TK_ERROR;
            }
            if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
                kind = float_rest(lx, c == '.' ? nextc(lx) : c, c == '.');
            } else if (nonzero) {
                backup(lx, c);
                /* CPython gives this range in bytes. */
                return mi_lex_fail(lx, MI_LEX_ERR_SYNTAX,
                                   (int)(tok->start - lx->line_start) + 1,
                                   (int)(zeros_end - lx->line_start),
                                   "leading zeros in decimal integer literals are not "
                                   "permitted; use an 0o prefix for octal integers");
            } else {
                if (verify_end_of_number(lx, c, "decimal") < 0)
                    return MI_TK_ERROR;
                backup(lx, c);
                kind = TK_NUMBER;
            }
        }
    } else {
        c = decimal_tail(lx);
        if (c == -2)
            return MI_TK_ERROR;
        kind = float_rest(lx, c, 0);
    }
    if (kind == TK_NUMBER)
        tok->length = (size_t)(lx->cur - tok->start);
    return kind;
}
