/* tests/unit/alloc/test_asan.c: in AddressSanitizer builds the pool
 * allocator poisons what is not a live block, so that a sanitizer run with
 * the pools (not only with MINI_MALLOC=malloc) reports misuse.  Each test
 * commits one error; ASan must stop the process, which the death callback
 * turns into exit status 42.  The report goes to /dev/null. */
#include <fcntl.h>
#include <unistd.h>

#include "helpers.h"

#if defined(__SANITIZE_ADDRESS__)
#define ASAN_TESTS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ASAN_TESTS 1
#endif
#endif

#ifdef ASAN_TESTS
#include <sanitizer/common_interface_defs.h>

static void
die_quietly(void)
{
    _exit(42);
}

static MiAllocator *alloc;

static void
expect_report(void)
{
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 2);
    __sanitizer_set_death_callback(die_quietly);
    alloc = mi_alloc_create_mode(0);
}

TestSuite(alloc_asan, .init = expect_report);

Test(alloc_asan, use_after_free_of_a_pool_block_is_reported, .exit_code = 42)
{
    volatile char *p = mi_mem_alloc(alloc, 40);
    void *keep = mi_mem_alloc(alloc, 40);
    p[0] = 1;
    mi_mem_free(alloc, (void *)p);
    p[10] = 2;
    cr_assert_fail("writing to a freed block was not reported");
    mi_mem_free(alloc, keep);
}

Test(alloc_asan, writing_past_the_requested_size_is_reported, .exit_code = 42)
{
    volatile char *p = mi_mem_alloc(alloc, 20);     /* a 32-byte block */
    p[19] = 1;
    p[20] = 2;
    cr_assert_fail("writing past 20 bytes was not reported");
}

Test(alloc_asan, realloc_in_place_moves_the_limit, .exit_code = 42)
{
    volatile char *p = mi_mem_alloc(alloc, 20);
    p = mi_mem_realloc(alloc, (void *)p, 30);
    p[29] = 1;
    p = mi_mem_realloc(alloc, (void *)p, 18);
    p[17] = 1;
    p[18] = 2;
    cr_assert_fail("writing past 18 bytes after a shrink was not reported");
}

Test(alloc_asan, double_free_is_reported, .exit_code = 42)
{
    void *p = mi_mem_alloc(alloc, 64), *keep = mi_mem_alloc(alloc, 64);
    mi_mem_free(alloc, p);
    mi_mem_free(alloc, p);
    cr_assert_fail("a double free was not reported");
    mi_mem_free(alloc, keep);
}

#endif
