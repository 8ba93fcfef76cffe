/* tests/unit/lexer/lexer_test.h: helpers shared by the lexer's tests:
 * lexing a whole source into a compact string of token names, and finding
 * the test data through MINI_SOURCE_DIR. */
#ifndef MINI_TESTS_LEXER_TEST_H
#define MINI_TESTS_LEXER_TEST_H

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/lexer.h"

/* Runs check(&table[i]) for each row of a static table of cases; the
 * checks use cr_expect so that every failing row is reported. */
#define FOR_EACH_CASE(table, check) \
    for (size_t i_ = 0; i_ < sizeof(table) / sizeof((table)[0]); i_++) \
        check(&(table)[i_])

/* The source tree: CMake sets MINI_SOURCE_DIR for the unit tests. */
static inline const char *
source_dir(void)
{
    const char *dir = getenv("MINI_SOURCE_DIR");
    return dir && *dir ? dir : ".";
}

/* Lexes `src` with `flags` and returns the names of its tokens separated
 * by spaces ("NAME EQUAL NUMBER NEWLINE ENDMARKER"), or "ERROR: message
 * line:col" at the first error.  The caller frees the result. */
static inline char *
token_names(const char *src, int flags)
{
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    MiLexer *lx = mi_lex_new(src, strlen(src), "t.py", flags);
    cr_assert_not_null(lx);
    for (int i = 0; i < 100000; i++) {
        MiToken tok;
        int kind = mi_lex_next(lx, &tok);
        if (kind == MI_TK_ERROR) {
            const MiLexError *e = mi_lex_error(lx);
            fprintf(f, "%sERROR: %s %d:%d", i ? " " : "", e->msg, e->line, e->col);
            break;
        }
        fprintf(f, "%s%s", i ? " " : "", mi_lex_kind_name(kind));
        if (kind == MI_TK_ENDMARKER)
            break;
    }
    mi_lex_free(lx);
    fclose(f);
    return out;
}

/* Lexes the first token of `src`: returns its kind and stores it. */
static inline int
first_token(const char *src, MiToken *tok, MiLexError *err)
{
    MiLexer *lx = mi_lex_new(src, strlen(src), "t.py", 0);
    cr_assert_not_null(lx);
    int kind = mi_lex_next(lx, tok);
    if (kind == MI_TK_ERROR && err != NULL)
        *err = *mi_lex_error(lx);
    mi_lex_free(lx);
    return kind;
}

#endif /* MINI_TESTS_LEXER_TEST_H */
