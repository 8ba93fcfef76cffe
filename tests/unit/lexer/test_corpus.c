/* tests/unit/lexer/test_corpus.c: `mini --tokens` against CPython's
 * `python3.10 -m tokenize -e` for each file of tests/unit/lexer/corpus/
 * (NAME.py with its NAME.tokens, written by scripts/refresh-ast-expected.sh). */
#include "lexer_test.h"

#include <dirent.h>

#include "grammar/frontend.h"

typedef struct CorpusFile {
    char name[64];
} CorpusFile;

#define CORPUS "tests/unit/lexer/corpus"

ParameterizedTestParameters(lexer_corpus, tokens_match_cpython)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", source_dir(), CORPUS);
    DIR *dir = opendir(path);
    size_t n = 0;
    CorpusFile *files = cr_malloc(256 * sizeof *files);
    struct dirent *ent;
    while (dir != NULL && (ent = readdir(dir)) != NULL && n < 256) {
        size_t len = strlen(ent->d_name);
        if (len > 3 && len < sizeof files[0].name && strcmp(ent->d_name + len - 3, ".py") == 0) {
            memcpy(files[n].name, ent->d_name, len - 3);
            files[n].name[len - 3] = '\0';
            n++;
        }
    }
    if (dir != NULL)
        closedir(dir);
    return cr_make_param_array(CorpusFile, files, n);
}

ParameterizedTest(CorpusFile *f, lexer_corpus, tokens_match_cpython)
{
    char path[4096];
    size_t src_len, want_len;
    snprintf(path, sizeof path, "%s/%s/%s.py", source_dir(), CORPUS, f->name);
    char *src = mi_read_file(path, &src_len);
    cr_assert_not_null(src, "%s", path);
    snprintf(path, sizeof path, "%s/%s/%s.tokens", source_dir(), CORPUS, f->name);
    char *want = mi_read_file(path, &want_len);
    cr_assert_not_null(want, "%s: run scripts/refresh-ast-expected.sh", path);
    char *got = NULL, *errs = NULL;
    size_t got_len = 0, errs_len = 0;
    FILE *out = open_memstream(&got, &got_len);
    FILE *err = open_memstream(&errs, &errs_len);
    int status = mi_frontend_tokens(out, err, f->name, src, src_len);
    fclose(out);
    fclose(err);
    cr_assert_eq(status, 0, "%s: %s", f->name, errs);
    cr_assert_str_eq(got, want, "%s.py: tokens differ from CPython's", f->name);
    free(got);
    free(errs);
    free(want);
    free(src);
}

Test(lexer_corpus, corpus_is_present)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s/operators.tokens", source_dir(), CORPUS);
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f, "%s: set MINI_SOURCE_DIR to the source tree", path);
    fclose(f);
}
