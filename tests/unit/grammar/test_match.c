/* tests/unit/grammar/test_match.c: the match statement (PEP 634).
 *
 * `match` and `case` are soft keywords: the driver makes them keywords
 * only where they start such a statement, and names everywhere else.  The
 * node shapes and spans of patterns are checked against CPython in the
 * corpus (corpus/match.py with its .ast and .pos); here: which lines are
 * match statements, the REPL's view of them, and the errors of patterns
 * as CPython 3.10 reports them. */
#include "grammar_test.h"

typedef struct SoftCase {
    char src[80];
    char first[16];      /* the kind of the first statement */
} SoftCase;

static const SoftCase soft_cases[] = {
    { "match x:\n    case 1: pass\n", "Match" },
    { "match (x):\n    case 1: pass\n", "Match" },
    { "match [x]:\n    case 1: pass\n", "Match" },
    { "match -x:\n    case 1: pass\n", "Match" },
    { "match *a, b:\n    case 1: pass\n", "Match" },
    { "match x, y:  # comment\n    case 1: pass\n", "Match" },
    { "match (x,\n       y):\n    case 1: pass\n", "Match" },
    { "match = 1\n", "Assign" },
    { "match.x = 1\n", "Assign" },
    { "match(x)\n", "Expr" },
    { "match[x]\n", "Expr" },
    { "match - x\n", "Expr" },
    { "match: int = 1\n", "AnnAssign" },
    { "case = 1\n", "Assign" },
    { "case(x)\n", "Expr" },
    { "_ = 1\n", "Assign" },
    { "if x:\n    match = 2\n", "If" },
    { "match x:\n    case case: pass\n", "Match" },
    { "match match:\n    case match: pass\n", "Match" },
};

static void
check_soft(const SoftCase *c)
{
    MiAstArena *arena = mi_arena_new();
    MiSyntaxError err;
    MiAst *root = mi_parse(c->src, strlen(c->src), "t.py", MI_PARSE_FILE, arena, &err);
    cr_expect_not_null(root, "%s: %s", c->src, err.msg);
    if (root != NULL) {
        const char *kind = mi_ast_kind_name(root->u.root.body.items[0]->kind);
        cr_expect_str_eq(kind, c->first, "%s", c->src);
    }
    mi_arena_free(arena);
}

Test(grammar_match, soft_keywords_only_where_they_start_a_match)
{
    FOR_EACH_CASE(soft_cases, check_soft);
}

Test(grammar_match, case_is_a_name_outside_match_blocks)
{
    /* After the match block ends, and in a case body, `case` is a name. */
    const char *src = "match x:\n    case 1:\n        case = 2\n        print(case)\n"
                      "case = 3\n";
    MiSyntaxError err;
    char *dump = parse_dump(src, MI_PARSE_FILE, &err);
    cr_assert_not_null(dump, "%s", err.msg);
    cr_expect(strstr(dump, "Name(id='case', ctx=Store())") != NULL);
    free(dump);
}

Test(grammar_match, nested_match_blocks)
{
    const char *src = "match x:\n  case 1:\n    match y:\n      case 2:\n        pass\n"
                      "  case 3:\n    pass\n";
    MiSyntaxError err;
    char *dump = parse_dump(src, MI_PARSE_FILE, &err);
    cr_assert_not_null(dump, "%s", err.msg);
    free(dump);
}

Test(grammar_match, repl_waits_for_the_end_of_the_block)
{
    MiSyntaxError err;
    const char *open = "match x:\n    case 1:\n        pass\n";
    char *dump = parse_dump(open, MI_PARSE_SINGLE, &err);
    cr_expect_null(dump);
    cr_expect_eq(err.kind, MI_SYNERR_INCOMPLETE, "%s", err.msg);
    free(dump);
    dump = parse_dump("match x:\n    case 1:\n        pass\n\n", MI_PARSE_SINGLE, &err);
    cr_expect_not_null(dump, "%s", err.msg);
    free(dump);
}

typedef struct MatchErr {
    char              src[64];
    MiSyntaxErrorKind kind;
    char              msg[80];
    int               line, col, end_line, end_col;
} MatchErr;

/* Kinds, messages and locations from CPython 3.10. */
static const MatchErr match_errors[] = {
    { "match x\n    case 1: pass\n", MI_SYNERR_SYNTAX, "expected ':'", 1, 8, 1, 8 },
    { "match x:\ncase 1: pass\n", MI_SYNERR_INDENTATION,
      "expected an indented block after 'match' statement on line 1", 2, 1, 2, 5 },
    { "match x:\n    case 1:\n    pass\n", MI_SYNERR_INDENTATION,
      "expected an indented block after 'case' statement on line 2", 3, 5, 3, 9 },
    { "match x:\n    pass\n", MI_SYNERR_SYNTAX, "invalid syntax", 2, 5, 2, 9 },
    { "match x:\n    case 1 + 2: pass\n", MI_SYNERR_SYNTAX,
      "imaginary number required in complex literal", 2, 14, 2, 15 },
    { "match x:\n    case 1j + 2: pass\n", MI_SYNERR_SYNTAX,
      "real number required in complex literal", 2, 10, 2, 12 },
    { "match x:\n    case a as _: pass\n", MI_SYNERR_SYNTAX,
      "cannot use '_' as a target", 2, 15, 2, 16 },
    { "match x:\n    case C(a=1, 2): pass\n", MI_SYNERR_SYNTAX,
      "positional patterns follow keyword patterns", 2, 17, 2, 18 },
    { "match x:\n    case {**a, 'b': 1}: pass\n", MI_SYNERR_SYNTAX, "invalid syntax",
      2, 16, 2, 19 },
    { "match x:\n    case {y: 1}: pass\n", MI_SYNERR_SYNTAX, "invalid syntax", 2, 12, 2, 13 },
    { "match x:\n    case *a: pass\n", MI_SYNERR_SYNTAX, "invalid syntax", 2, 12, 2, 13 },
    { "match x:\n    case (*a): pass\n", MI_SYNERR_SYNTAX, "invalid syntax", 2, 13, 2, 14 },
    { "match x:\n    case {**_}: pass\n", MI_SYNERR_SYNTAX, "invalid syntax", 2, 13, 2, 14 },
};

static void
check_match_error(const MatchErr *c)
{
    MiSyntaxError err;
    char *dump = parse_dump(c->src, MI_PARSE_FILE, &err);
    cr_expect_null(dump, "%s parses", c->src);
    free(dump);
    cr_expect_eq(err.kind, c->kind, "%s: kind %d", c->src, err.kind);
    cr_expect_str_eq(err.msg, c->msg, "%s", c->src);
    cr_expect(err.line == c->line && err.col == c->col && err.end_line == c->end_line
              && err.end_col == c->end_col, "%s: at %d,%d-%d,%d, CPython says %d,%d-%d,%d",
              c->src, err.line, err.col, err.end_line, err.end_col, c->line, c->col,
              c->end_line, c->end_col);
}

Test(grammar_match, errors_as_cpython)
{
    FOR_EACH_CASE(match_errors, check_match_error);
}
