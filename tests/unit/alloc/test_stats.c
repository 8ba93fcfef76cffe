/* tests/unit/alloc/test_stats.c: the statistics, the report laid out like
 * CPython 3.10's sys._debugmallocstats(), the one-line summary, the
 * MINI_MALLOC switch and the MINI_ALLOC_TRACE trace. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"

/* What `print` writes for allocator `a`, as a malloc'ed string. */
static char *
capture(MiAllocator *a, void (*print)(MiAllocator *, void *))
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    cr_assert_not_null(f);
    print(a, f);
    fclose(f);
    return text;
}

/* The line of `text` that starts with `prefix`, copied into line[256]. */
static int
find_line(const char *text, const char *prefix, char *line)
{
    for (const char *at = text; at != NULL && *at; at = strchr(at, '\n')) {
        if (*at == '\n')
            at++;
        if (strncmp(at, prefix, strlen(prefix)) == 0) {
            size_t n = strcspn(at, "\n");
            cr_assert_lt(n, 256);
            memcpy(line, at, n);
            line[n] = '\0';
            return 1;
        }
    }
    return 0;
}

/* Checks a "label = value" line: '=' in column 35, value right-aligned in
 * 21 columns with thousands separators, as CPython prints them. */
static void
assert_value_line(const char *text, const char *label, const char *value)
{
    char line[256], want[256];
    cr_assert(find_line(text, label, line), "no line starting with \"%s\" in:\n%s", label, text);
    snprintf(want, sizeof want, "%-35s=%21s", label, value);
    cr_assert_str_eq(line, want);
}

Test(alloc_stats, class_counts_and_byte_totals_add_up)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    void *p[100];
    for (int i = 0; i < 100; i++)
        p[i] = mi_mem_alloc(a, i < 60 ? 24 : i < 90 ? 100 : 2000);
    MiAllocStats s = stats_of(a);
    cr_assert_eq(s.classes[1].blocks_used, 60);      /* 24 -> class 1 (32 bytes) */
    cr_assert_eq(s.classes[6].blocks_used, 30);      /* 100 -> class 6 (112 bytes) */
    cr_assert_eq(s.classes[1].pools, 1);
    cr_assert_eq(s.classes[1].blocks_free, blocks_per_pool(32) - 60);
    cr_assert_eq(s.small_blocks, 90);
    cr_assert_eq(s.small_bytes, 60 * 32 + 30 * 112);
    cr_assert_eq(s.large_blocks, 10);
    cr_assert_eq(s.large_bytes, 20000);
    cr_assert_eq(s.pools_used, 2);
    cr_assert_eq(s.pools_free, MI_POOLS_PER_ARENA - 2);
    cr_assert_eq(s.pool_header_bytes, 0);
    cr_assert_eq(s.quantization_bytes, MI_POOL_SIZE % 32 + MI_POOL_SIZE % 112);
    cr_assert_eq(s.small_bytes + s.small_free_bytes + s.pools_free * MI_POOL_SIZE
                 + s.pool_header_bytes + s.quantization_bytes, MI_ARENA_SIZE);
    cr_assert_eq(s.map_nodes, 1);
    cr_assert_eq(s.allocs, 100);
    p[0] = mi_mem_realloc(a, p[0], 30);
    for (int i = 0; i < 100; i++)
        mi_mem_free(a, p[i]);
    s = stats_of(a);
    cr_assert_eq(s.reallocs, 1);
    cr_assert_eq(s.frees, 100);
    cr_assert_eq(s.small_blocks + s.large_blocks + s.large_bytes, 0);
    mi_alloc_destroy(a);
}

Test(alloc_stats, report_is_laid_out_like_cpython)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    void *p[300];
    for (int i = 0; i < 300; i++)
        p[i] = mi_mem_alloc(a, i < 290 ? 64 : 700);
    char *text = capture(a, mi_alloc_print_stats);
    const char *head =
        "Small block threshold = 512, in 32 size classes.\n"
        "\n"
        "class   size   num pools   blocks in use  avail blocks\n"
        "-----   ----   ---------   -------------  ------------\n"
        "    3     64           2             290           222\n"
        "\n";
    cr_assert(strncmp(text, head, strlen(head)) == 0, "report starts:\n%s", text);
    assert_value_line(text, "# arenas allocated total", "1");
    assert_value_line(text, "# arenas reclaimed", "0");
    assert_value_line(text, "# arenas highwater mark", "1");
    assert_value_line(text, "# arenas allocated current", "1");
    assert_value_line(text, "1 arenas * 1048576 bytes/arena", "1,048,576");
    assert_value_line(text, "# bytes in allocated blocks", "18,560");
    assert_value_line(text, "# bytes in available blocks", "14,208");
    assert_value_line(text, "62 unused pools * 16384 bytes", "1,015,808");
    assert_value_line(text, "# bytes lost to pool headers", "0");
    assert_value_line(text, "# bytes lost to quantization", "0");
    assert_value_line(text, "Total", "1,048,576");
    cr_assert(strstr(text, "\narena map counts\n") != NULL);
    assert_value_line(text, "# large blocks (system malloc)", "10");
    assert_value_line(text, "# bytes in large blocks", "7,000");
    assert_value_line(text, "# allocations", "300");
    assert_value_line(text, "# frees", "0");
    free(text);
    for (int i = 0; i < 300; i++)
        mi_mem_free(a, p[i]);
    mi_alloc_destroy(a);
}

Test(alloc_stats, report_in_system_malloc_mode)
{
    MiAllocator *a = mi_alloc_create_mode(1);
    void *p = mi_mem_alloc(a, 100);
    char *text = capture(a, mi_alloc_print_stats);
    cr_assert(strstr(text, "MINI_MALLOC=malloc") != NULL, "%s", text);
    cr_assert(strstr(text, "class   size") == NULL, "no size-class table without pools");
    assert_value_line(text, "# system blocks in use", "1");
    assert_value_line(text, "# allocations", "1");
    free(text);
    mi_mem_free(a, p);
    mi_alloc_destroy(a);
}

Test(alloc_stats, summary_is_one_line_of_totals)
{
    MiAllocator *a = mi_alloc_create_mode(0);
    void *p = mi_mem_alloc(a, 10), *q = mi_mem_alloc(a, 1000);
    for (int i = 0; i < 1500; i++)
        mi_mem_free(a, mi_mem_alloc(a, 50));
    p = mi_mem_realloc(a, p, 12);
    char *text = capture(a, mi_alloc_print_summary);
    cr_assert_str_eq(text, "alloc: 1,502 allocations, 1 reallocations, 1,500 frees; "
                     "2 blocks in use (16 bytes in pools, 1,000 in 1 large); "
                     "arenas: 1 allocated, 0 reclaimed, 1 held, highwater 1\n");
    free(text);
    mi_mem_free(a, p);
    mi_mem_free(a, q);
    mi_alloc_destroy(a);

    a = mi_alloc_create_mode(1);
    text = capture(a, mi_alloc_print_summary);
    cr_assert_str_eq(text, "alloc: 0 allocations, 0 reallocations, 0 frees; "
                     "system malloc: 0 blocks in use (0 bytes)\n");
    free(text);
    mi_alloc_destroy(a);
}

/* The mode mi_alloc_create() picks with MINI_MALLOC set to `value` (NULL:
 * unset): 1 for system malloc. */
static int
mode_for(const char *value)
{
    if (value != NULL)
        setenv("MINI_MALLOC", value, 1);
    else
        unsetenv("MINI_MALLOC");
    MiAllocator *a = mi_alloc_create();
    cr_assert_not_null(a);
    void *p = mi_mem_alloc(a, 32);
    int system = stats_of(a).system_malloc;
    cr_assert_eq(mi_alloc_is_pooled(a, p), !system);
    mi_mem_free(a, p);
    mi_alloc_destroy(a);
    return system;
}

Test(alloc_stats, mini_malloc_selects_the_system_allocator)
{
    cr_assert_eq(mode_for("malloc"), 1);
    cr_assert_eq(mode_for(NULL), 0);
    cr_assert_eq(mode_for(""), 0);
    cr_assert_eq(mode_for("pymalloc"), 0);
    cr_assert_eq(mode_for("MALLOC"), 0);
    cr_assert_eq(mode_for("malloc "), 0);
}

Test(alloc_stats, trace_records_every_operation)
{
    char path[] = "/tmp/mini-alloc-trace-XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    close(fd);
    setenv("MINI_ALLOC_TRACE", path, 1);
    MiAllocator *a = mi_alloc_create_mode(0);
    unsetenv("MINI_ALLOC_TRACE");
    void *p = mi_mem_alloc(a, 40);
    void *q = mi_mem_calloc(a, 10, 100);
    void *r = mi_mem_realloc(a, p, 300);
    mi_mem_free(a, q);
    mi_mem_free(a, r);
    mi_mem_free(a, NULL);
    mi_alloc_destroy(a);

    char want[512];
    snprintf(want, sizeof want,
             "# mini alloc trace 1\n"
             "a 40 %lx\n"
             "a 1000 %lx\n"
             "r 300 %lx %lx\n"
             "f %lx\n"
             "f %lx\n"
             "# end\n",
             (unsigned long)(uintptr_t)p, (unsigned long)(uintptr_t)q,
             (unsigned long)(uintptr_t)p, (unsigned long)(uintptr_t)r,
             (unsigned long)(uintptr_t)q, (unsigned long)(uintptr_t)r);
    char got[512] = "";
    FILE *f = fopen(path, "r");
    size_t n = fread(got, 1, sizeof got - 1, f);
    got[n] = '\0';
    fclose(f);
    unlink(path);
    cr_assert_str_eq(got, want);
}

Test(alloc_stats, an_unopenable_trace_path_does_not_stop_the_allocator)
{
    setenv("MINI_ALLOC_TRACE", "/nonexistent-dir/trace", 1);
    MiAllocator *a = mi_alloc_create_mode(0);
    cr_assert_not_null(a);
    void *p = mi_mem_alloc(a, 10);
    cr_assert(mi_alloc_is_pooled(a, p));
    mi_mem_free(a, p);
    mi_alloc_destroy(a);
}
