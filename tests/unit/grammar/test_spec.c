/* tests/unit/grammar/test_spec.c: every script of the spec's seeds
 * (MINI_SPEC_DIR, default /work/shared/spec/seeds) and of the benchmark
 * programs (MINI_BENCH_DIR, default /work/shared/bench/programs) parses.
 * Machines without those folders skip the test. */
#include "grammar_test.h"

#include <sys/stat.h>

static void
parse_folder(const char *env, const char *fallback)
{
    const char *dir = getenv(env);
    if (dir == NULL || *dir == '\0')
        dir = fallback;
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        cr_skip_test("%s not found (set %s)", dir, env);
    DIR *d = opendir(dir);
    cr_assert_not_null(d);
    struct dirent *ent;
    int parsed = 0;
    while ((ent = readdir(d)) != NULL) {
        size_t n = strlen(ent->d_name);
        if (n <= 3 || strcmp(ent->d_name + n - 3, ".py") != 0)
            continue;
        char path[4096];
        size_t len;
        snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
        char *src = mi_read_file(path, &len);
        cr_expect_not_null(src, "%s", path);
        if (src == NULL)
            continue;
        MiSyntaxError err;
        char *dump = parse_dump_n(src, len, MI_PARSE_FILE, &err);
        cr_expect_not_null(dump, "%s:%d:%d: %s", path, err.line, err.col, err.msg);
        parsed += dump != NULL;
        free(dump);
        free(src);
    }
    closedir(d);
    cr_expect_gt(parsed, 0, "no scripts in %s", dir);
}

Test(grammar_spec, every_seed_parses)
{
    parse_folder("MINI_SPEC_DIR", "/work/shared/spec/seeds");
}

Test(grammar_spec, every_bench_program_parses)
{
    parse_folder("MINI_BENCH_DIR", "/work/shared/bench/programs");
}
