/* lexer/lexer_internal.h: what lexer.c and the re2c scanner (lexer.re)
 * share: the MiLexer structure and the scanner's entry point.  Private to
 * lexer/. */
#ifndef MINI_LEXER_LEXER_INTERNAL_H
#define MINI_LEXER_LEXER_INTERNAL_H

#include "lexer/lexer.h"

/* Columns of indentation per tab, as CPython (tabs go to the next multiple
 * of 8); the alternate column counts a tab as 1 to detect inconsistent
 * mixes of tabs and spaces (TabError). */
#define MI_LEX_TABSIZE 8

/* Results of mi_lex_scan() besides TK_* kinds and MI_TK_ERROR. */
#define MI_SCAN_NEWLINE (-2)    /* a newline; the token is its text */
#define MI_SCAN_EOF     (-3)    /* end of input */

typedef struct MiBracket {
    char        ch;             /* '(', '[' or '{' */
    int         line;           /* where it was opened */
    int         col;            /* byte column */
    const char *line_start;
} MiBracket;

struct MiLexer {
    const char *src, *end;      /* the input; bytes at end and after are
                                 * never read */
    const char *cur;            /* next byte to scan */
    const char *tok;            /* start of the token being scanned */
    const char *marker;         /* re2c's backtracking position */
    const char *line_start;     /* first byte of the current physical line */
    int         line;           /* current physical line, 1-based */
    int         flags;          /* MI_LEX_* */
    const char *filename;

    int atbol;                  /* at the start of a line: measure indentation */
    int blankline;              /* the current line has only blanks/comments */
    int line_has_token;         /* a token other than INDENT/DEDENT was
                                 * returned on the current logical line */
    int pending;                /* > 0: INDENTs to return, < 0: DEDENTs */
    int indent_col;             /* column of the line that set `pending` */
    int indent;                 /* top of the indentation stacks */
    int indstack[MI_LEX_MAX_INDENT + 1];
    int altindstack[MI_LEX_MAX_INDENT + 1];
    int level;                  /* bracket depth */
    MiBracket brackets[MI_LEX_MAX_LEVEL];
    int nested;                 /* scanning an f-string expression */
    int done;                   /* the end marker was returned */
    int checked;                /* the source was checked for NUL/UTF-8 */
    MiLexError err;
};

/* Scans one raw token starting at lx->cur, skipping blanks and backslash
 * continuations first; sets tok->start/length.  Returns a TK_* kind,
 * TK_COMMENT, MI_SCAN_NEWLINE, MI_SCAN_EOF or MI_TK_ERROR (lx->err set).
 * Brackets, strings and numbers are returned as their kinds; the caller
 * (lexer.c) keeps the bracket stack. */
int mi_lex_scan(MiLexer *lx, MiToken *tok);

/* Helpers lexer.c provides to the scanner. */
int mi_lex_scan_string(MiLexer *lx, MiToken *tok);
int mi_lex_scan_number(MiLexer *lx, MiToken *tok);
int mi_lex_check_name(MiLexer *lx, MiToken *tok);
/* "unexpected EOF while parsing" after a backslash at the end. */
int mi_lex_fail_continuation_eof(MiLexer *lx);
/* "unexpected character after line continuation character". */
int mi_lex_fail_continuation(MiLexer *lx);
int mi_lex_fail(MiLexer *lx, MiLexErrorKind kind, int col, int end_col,
                const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Returns the length of the longest valid UTF-8 prefix of s[0..n) (strict:
 * no overlong forms, surrogates or code points above U+10FFFF). */
size_t mi_utf8_check(const char *s, size_t n);
/* Returns the code point named `name` (case-insensitive, "\N{...}"), or -1
 * when the name is not in the table. */
int64_t mi_unicode_lookup(const char *name, size_t len);

/* Number of characters from the start of the current line up to byte `p`
 * (CPython's 1-based offset of an error that it reports "after" p-1). */
int mi_lex_char_offset(const MiLexer *lx, const char *p);

#endif /* MINI_LEXER_LEXER_INTERNAL_H */
