/* tests/unit/grammar/grammar_test.h: helpers shared by the parser's tests:
 * parsing a string into its AST dump or its error, printing errors into a
 * string, and finding test data through MINI_SOURCE_DIR. */
#ifndef MINI_TESTS_GRAMMAR_TEST_H
#define MINI_TESTS_GRAMMAR_TEST_H

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar/ast.h"
#include "grammar/frontend.h"
#include "grammar/syntax_error.h"

/* Runs check(&table[i]) for each row of a static table of cases; checks
 * use cr_expect so that every failing row is reported. */
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

/* Parses src[0..len) in `mode`; returns the AST dump (malloc'd) or NULL
 * with *err filled in. */
static inline char *
parse_dump_n(const char *src, size_t len, MiParseMode mode, MiSyntaxError *err)
{
    MiAstArena *arena = mi_arena_new();
    cr_assert_not_null(arena);
    MiSyntaxError scratch;
    MiAst *root = mi_parse(src, len, "t.py", mode, arena, err ? err : &scratch);
    char *out = NULL;
    if (root != NULL) {
        size_t n = 0;
        FILE *f = open_memstream(&out, &n);
        mi_ast_dump(root, f);
        fclose(f);
    }
    if (err != NULL && err->text != NULL)
        err->text = NULL;       /* it lived in the arena */
    mi_arena_free(arena);
    return out;
}

static inline char *
parse_dump(const char *src, MiParseMode mode, MiSyntaxError *err)
{
    return parse_dump_n(src, strlen(src), mode, err);
}

/* Parses `src` as a file and returns how CPython would print its error
 * (malloc'd), or NULL when it parses. */
static inline char *
error_text(const char *name, const char *src, size_t len)
{
    MiAstArena *arena = mi_arena_new();
    MiSyntaxError err;
    char *out = NULL;
    if (mi_parse(src, len, name, MI_PARSE_FILE, arena, &err) == NULL) {
        size_t n = 0;
        FILE *f = open_memstream(&out, &n);
        mi_syntax_error_print(f, name, &err);
        fclose(f);
    }
    mi_arena_free(arena);
    return out;
}

/* The names (without ".py") of the Python files of a folder of the source
 * tree, sorted, NULL-terminated; free with free_names(). */
static inline char **
python_files(const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", source_dir(), dir);
    DIR *d = opendir(path);
    size_t n = 0, cap = 16;
    char **names = malloc(cap * sizeof *names);
    struct dirent *ent;
    while (d != NULL && (ent = readdir(d)) != NULL) {
        size_t len = strlen(ent->d_name);
        if (len <= 3 || strcmp(ent->d_name + len - 3, ".py") != 0)
            continue;
        if (n + 1 >= cap)
            names = realloc(names, (cap *= 2) * sizeof *names);
        names[n] = strndup(ent->d_name, len - 3);
        n++;
    }
    if (d != NULL)
        closedir(d);
    names[n] = NULL;
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    return names;
}

static inline void
free_names(char **names)
{
    for (size_t i = 0; names[i] != NULL; i++)
        free(names[i]);
    free(names);
}

/* Reads source_dir()/dir/name+ext; NULL when missing. */
static inline char *
read_data(const char *dir, const char *name, const char *ext, size_t *len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s/%s%s", source_dir(), dir, name, ext);
    return mi_read_file(path, len);
}

#endif /* MINI_TESTS_GRAMMAR_TEST_H */
