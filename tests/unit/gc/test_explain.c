/* tests/unit/gc/test_explain.c: gc.DEBUG_EXPLAIN prints the articles'
 * walk-through on the program's own objects, and gc._explain() reaches the
 * same verdicts without freeing anything.  Each test freezes what start-up
 * made (gc.freeze()), builds the articles' objects, and collects once from
 * C with DEBUG_EXPLAIN on and the output captured, so that the table holds
 * exactly those objects; stress mode is switched off for the tests that
 * compare the listing, whose order follows the generation lists. */
#include <stdio.h>
#include <stdlib.h>

#include "interp_helpers.h"

/* Collects generation 2 with DEBUG_EXPLAIN, returning what it printed
 * (free() it). */
static char *
collect_explained(void)
{
    MiGcState *gc = &mi_state->gc;
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    cr_assert_not_null(out);
    gc->debug_out = out;
    gc->debug = MI_GC_DEBUG_EXPLAIN;
    mi_gc_collect(gc, 2);
    gc->debug = 0;
    gc->debug_out = stderr;
    fclose(out);
    return text;
}

static void
assert_text(const char *got, const char *want)
{
    cr_assert_str_eq(got, want, "DEBUG_EXPLAIN printed:\n%s\nexpected:\n%s", got, want);
}

/* The two lists that refer to each other, after `del a, b` (scenario A):
 * each keeps the other's refcount at 1, subtracting the internal references
 * leaves gc_refs 0 for both, nothing reaches them, both are freed. */
INTERP_TEST(gc_explain, two_list_cycle_is_unreachable_and_freed)
{
    char *text;
    mi_state->gc.stress = 0;
    run_py("import gc\n"
           "gc.collect()\n"
           "gc.freeze()\n"
           "a = [1, 3]\n"
           "b = [2, 4]\n"
           "a.append(b)\n"
           "b.append(a)\n"
           "del a, b\n");
    text = collect_explained();
    assert_text(text,
                "gc: explain: generation 2, 2 objects\n"
                "gc:   refcount  gc_refs  verdict                            object\n"
                "gc:          1        0  unreachable                        list [1, 3, [...]]\n"
                "gc:          1        0  unreachable                        list [2, 4, [...]]\n"
                "gc: explain: freeing 2 unreachable objects:\n"
                "gc:   list [1, 3, [...]]\n"
                "gc:   list [2, 4, [...]]\n"
                "gc: explain: freed 2\n");
    free(text);
    run_py("gc.unfreeze()\n");
}

/* Scenario B: only `del a`.  b keeps gc_refs 1 (the global name b is a
 * reference from outside the two lists... through the module's dict, which
 * is frozen, so outside the collected set); a has gc_refs 0 but b reaches
 * it: nothing is freed. */
INTERP_TEST(gc_explain, scenario_b_keeps_the_list_reached_through_b)
{
    char *text;
    mi_state->gc.stress = 0;
    run_py("import gc\n"
           "gc.collect()\n"
           "gc.freeze()\n"
           "a = [1, 3]\n"
           "b = [2, 4]\n"
           "a.append(b)\n"
           "b.append(a)\n"
           "del a\n");
    text = collect_explained();
    assert_text(text,
                "gc: explain: generation 2, 2 objects\n"
                "gc:   refcount  gc_refs  verdict                            object\n"
                "gc:          1        0  reachable through another object   list [1, 3, [...]]\n"
                "gc:          2        1  reachable from outside             list [2, 4, [...]]\n"
                "gc: explain: nothing to free\n");
    free(text);
    assert_py("len(b) == 3 and b[2][2] is b");
    run_py("gc.unfreeze()\n");
}

/* gc._explain() is a dry run: same verdicts, nothing freed, every object
 * back in its generation; the objects list it is given does not count. */
INTERP_TEST(gc_explain, dry_run_frees_nothing_and_restores_generations)
{
    run_py("import gc\n"
           "gc.collect()\n"
           "gc.freeze()\n"
           "a = [1, 3]\n"
           "b = [2, 4]\n"
           "a.append(b)\n"
           "b.append(a)\n"
           "objs = [a]\n"
           "del a, b\n"
           "def where(o):\n"
           "    return [i for i in range(3) if any(x is o for x in gc.get_objects(i))]\n"
           "before = where(objs[0]) + where(objs[0][2])\n"
           "found = gc._explain(objs[0] + objs, ignore=[objs])\n"
           "after = where(objs[0]) + where(objs[0][2])\n");
    assert_py("[f[1:] for f in found[:2]] == [(None, 'not examined')] * 2");
    assert_py("found[2:] == [(1, 0, 'unreachable')] * 2");
    assert_py("before == after");
    assert_py("len(objs[0]) == 3");
    run_py("found = gc._explain([objs[0]])\n");
    assert_py("found == [(2, 0, 'reachable through another object')]");
    run_py("del found, objs, where\ngc.unfreeze()\n");
}
