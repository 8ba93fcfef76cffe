/* tests/unit/vm/test_showrefcount.c: `mini -X showrefcount` prints the
 * references and objects left after shutdown as its last line of stderr,
 * "[N refs, M blocks]" (debug builds; "[M blocks]" otherwise), and both
 * are zero after any program: plain data, cycles, finalizers, uncaught
 * exceptions, classes, generators.  Runs the mini executable that CTest
 * names in $MINI (skipped without it). */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Runs `mini -X showrefcount -c code` and returns the last line of its
 * stderr in `line` (static storage, without the newline). */
static const char *
last_stderr_line(const char *code)
{
    static char line[512];
    char cmd[4096], buf[512];
    const char *mini = getenv("MINI");
    FILE *p;
    if (mini == NULL)
        cr_skip_test("$MINI is not set (run through ctest)");
    snprintf(cmd, sizeof cmd, "'%s' -X showrefcount -c \"%s\" 2>&1 >/dev/null", mini, code);
    p = popen(cmd, "r");
    cr_assert_not_null(p);
    line[0] = '\0';
    while (fgets(buf, sizeof buf, p) != NULL)
        strcpy(line, buf);
    pclose(p);
    line[strcspn(line, "\n")] = '\0';
    return line;
}

#ifdef MI_DEBUG_REFS
#define CLEAN "[0 refs, 0 blocks]"
#else
#define CLEAN "[0 blocks]"
#endif

/* Parameters are copied into each test process: text, not pointers. */
typedef struct Program {
    char code[200];
} Program;

static Program programs[] = {
    {"x = [1, 2]; y = {'a': x, 'b': (x, 'c')}"},
    {"x = []; x.append(x); d = {}; d['d'] = d"},
    {"class A:\n    def __del__(self):\n        keep.append(self)\nkeep = []\na = A(); a.me = a"},
    {"class A:\n    pass\nclass B(A):\n    pass\nb = B(); b.cls = B"},
    {"def g():\n    yield 1\n    yield 2\nit = g(); next(it)"},
    {"import weakref\nclass A:\n    pass\na = A(); r = weakref.ref(a, print); a.r = r"},
    {"raise ValueError('uncaught')"},
    {"import gc\ngc.disable()\nx = [[] for i in range(1000)]\nfor l in x:\n    l.append(x)"},
};

ParameterizedTestParameters(vm_showrefcount, program_leaves_nothing)
{
    return cr_make_param_array(Program, programs, sizeof programs / sizeof programs[0]);
}

ParameterizedTest(Program *p, vm_showrefcount, program_leaves_nothing)
{
    const char *line = last_stderr_line(p->code);
    cr_assert_str_eq(line, CLEAN, "after:\n%s", p->code);
}
