/* tests/unit/grammar/test_corpus.c: the parser against CPython 3.10 on
 * the files of tests/unit/grammar/:
 *   corpus/NAME.py  parses, and mini's dump equals NAME.ast, which is
 *                   ast.dump(ast.parse(src), indent=2) from CPython, and
 *                   with positions, NAME.pos (include_attributes=True);
 *   errors/NAME.py  fails, and the error prints as NAME.err, which is
 *                   what CPython prints for the file's SyntaxError.
 * scripts/refresh-ast-expected.sh writes the expected files. */
#include "grammar_test.h"

#include "grammar/front_internal.h"

Test(grammar_corpus, every_ast_matches_cpython)
{
    char **names = python_files("tests/unit/grammar/corpus");
    int n = 0;
    for (; names[n] != NULL; n++) {
        size_t src_len, want_len;
        char *src = read_data("tests/unit/grammar/corpus", names[n], ".py", &src_len);
        char *want = read_data("tests/unit/grammar/corpus", names[n], ".ast", &want_len);
        cr_expect_not_null(want, "%s.ast is missing", names[n]);
        MiSyntaxError err;
        char *got = parse_dump_n(src, src_len, MI_PARSE_FILE, &err);
        cr_expect_not_null(got, "%s.py: %s at %d:%d", names[n], err.msg, err.line, err.col);
        if (got != NULL && want != NULL)
            cr_expect_str_eq(got, want, "%s.py: the dump differs from CPython's", names[n]);
        free(got);
        free(want);
        free(src);
    }
    free_names(names);
    cr_assert_gt(n, 10, "the corpus is missing: set MINI_SOURCE_DIR");
}

Test(grammar_corpus, every_position_matches_cpython)
{
    char **names = python_files("tests/unit/grammar/corpus");
    int n = 0;
    for (; names[n] != NULL; n++) {
        size_t src_len, want_len;
        char *src = read_data("tests/unit/grammar/corpus", names[n], ".py", &src_len);
        char *want = read_data("tests/unit/grammar/corpus", names[n], ".pos", &want_len);
        cr_expect_not_null(want, "%s.pos is missing", names[n]);
        MiAstArena *arena = mi_arena_new();
        MiSyntaxError err;
        MiAst *root = mi_parse(src, src_len, names[n], MI_PARSE_FILE, arena, &err);
        cr_expect_not_null(root, "%s.py: %s", names[n], err.msg);
        if (root != NULL && want != NULL) {
            char *got = NULL;
            size_t got_len = 0;
            FILE *f = open_memstream(&got, &got_len);
            mi_ast_dump_positions(root, f);
            fclose(f);
            cr_expect_str_eq(got, want, "%s.py: positions differ from CPython's", names[n]);
            free(got);
        }
        mi_arena_free(arena);
        free(want);
        free(src);
    }
    free_names(names);
    cr_assert_gt(n, 10);
}

Test(grammar_corpus, every_error_matches_cpython)
{
    char **names = python_files("tests/unit/grammar/errors");
    int n = 0;
    for (; names[n] != NULL; n++) {
        size_t src_len, want_len;
        char *src = read_data("tests/unit/grammar/errors", names[n], ".py", &src_len);
        char *want = read_data("tests/unit/grammar/errors", names[n], ".err", &want_len);
        char file[128];
        snprintf(file, sizeof file, "%s.py", names[n]);
        char *got = error_text(file, src, src_len);
        cr_expect_not_null(want, "%s.err is missing", names[n]);
        cr_expect_not_null(got, "%s parses, but CPython rejects it", file);
        if (got != NULL && want != NULL)
            cr_expect_str_eq(got, want, "%s: mini prints\n%s", file, got);
        free(got);
        free(want);
        free(src);
    }
    free_names(names);
    cr_assert_gt(n, 100, "the error corpus is missing: set MINI_SOURCE_DIR");
}
