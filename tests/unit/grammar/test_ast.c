/* tests/unit/grammar/test_ast.c: the AST contract of grammar/ast.h as the
 * compiler sees it: raw constants, contexts, lists, positions and the
 * arena.  (The corpus tests check the shapes against CPython.) */
#include "grammar_test.h"

/* Parses `src` and returns the first statement; the arena is kept in
 * *arena for the caller to free. */
static MiAst *
first_stmt(const char *src, MiAstArena **arena)
{
    MiSyntaxError err;
    *arena = mi_arena_new();
    MiAst *root = mi_parse(src, strlen(src), "t.py", MI_PARSE_FILE, *arena, &err);
    cr_assert_not_null(root, "%s: %s", src, err.msg);
    cr_assert_eq(root->kind, MI_AST_MODULE);
    cr_assert_gt(root->u.root.body.len, 0);
    return root->u.root.body.items[0];
}

static MiAst *
first_expr(const char *src, MiAstArena **arena)
{
    MiAst *s = first_stmt(src, arena);
    cr_assert_eq(s->kind, MI_AST_EXPR);
    return s->u.ret.value;
}

Test(grammar_ast, integer_constants_keep_digits_and_prefix)
{
    static const struct { const char *src, *text; } cases[] = {
        { "123", "123" }, { "1_000", "1000" }, { "0x_1F", "0x1F" }, { "0X1f", "0x1f" },
        { "0o17", "0o17" }, { "0B101", "0b101" }, { "00", "00" },
        { "79228162514264337593543950336", "79228162514264337593543950336" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        MiAstArena *arena;
        MiAst *c = first_expr(cases[i].src, &arena);
        cr_expect_eq(c->kind, MI_AST_CONSTANT);
        cr_expect_eq(c->u.constant.kind, MI_CONST_INT, "%s", cases[i].src);
        cr_expect_str_eq(c->u.constant.text, cases[i].text);
        mi_arena_free(arena);
    }
}

Test(grammar_ast, float_and_imaginary_constants)
{
    static const struct { const char *src; MiConstKind kind; double value; } cases[] = {
        { "1.5", MI_CONST_FLOAT, 1.5 }, { "1_0.2_5", MI_CONST_FLOAT, 10.25 },
        { "1e3", MI_CONST_FLOAT, 1000.0 }, { ".5", MI_CONST_FLOAT, 0.5 },
        { "3j", MI_CONST_IMAG, 3.0 }, { "1.5e1J", MI_CONST_IMAG, 15.0 },
        { "00.5", MI_CONST_FLOAT, 0.5 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        MiAstArena *arena;
        MiAst *c = first_expr(cases[i].src, &arena);
        cr_expect_eq(c->u.constant.kind, cases[i].kind, "%s", cases[i].src);
        cr_expect_eq(c->u.constant.number, cases[i].value, "%s", cases[i].src);
        mi_arena_free(arena);
    }
}

Test(grammar_ast, string_constants_are_decoded_utf8)
{
    MiAstArena *arena;
    MiAst *c = first_expr("'a\\0b\\xe9' 'c'", &arena);
    cr_assert_eq(c->u.constant.kind, MI_CONST_STR);
    cr_assert_eq(c->u.constant.len, 6);
    cr_assert(memcmp(c->u.constant.text, "a\0b\xc3\xa9" "c", 6) == 0);
    cr_assert_not(c->u.constant.is_unicode_prefix);
    mi_arena_free(arena);
    c = first_expr("b'\\x00\\xff' B'z'", &arena);
    cr_assert_eq(c->u.constant.kind, MI_CONST_BYTES);
    cr_assert_eq(c->u.constant.len, 3);
    cr_assert(memcmp(c->u.constant.text, "\0\xffz", 3) == 0);
    mi_arena_free(arena);
    c = first_expr("u'x' 'y'", &arena);
    cr_assert(c->u.constant.is_unicode_prefix);
    mi_arena_free(arena);
    c = first_expr("None, True, False, ...", &arena);
    cr_assert_eq(c->kind, MI_AST_TUPLE);
    cr_assert_eq(c->u.seq.elts.items[0]->u.constant.kind, MI_CONST_NONE);
    cr_assert_eq(c->u.seq.elts.items[1]->u.constant.kind, MI_CONST_TRUE);
    cr_assert_eq(c->u.seq.elts.items[2]->u.constant.kind, MI_CONST_FALSE);
    cr_assert_eq(c->u.seq.elts.items[3]->u.constant.kind, MI_CONST_ELLIPSIS);
    mi_arena_free(arena);
}

Test(grammar_ast, fstrings_are_joined_strings)
{
    MiAstArena *arena;
    MiAst *j = first_expr("f'a{x!r:>{w}}b' 'c'", &arena);
    cr_assert_eq(j->kind, MI_AST_JOINEDSTR);
    cr_assert_eq(j->u.joined.values.len, 3);
    MiAst *fv = j->u.joined.values.items[1];
    cr_assert_eq(fv->kind, MI_AST_FORMATTEDVALUE);
    cr_assert_eq(fv->u.formatted.conversion, 'r');
    cr_assert_eq(fv->u.formatted.value->kind, MI_AST_NAME);
    cr_assert_eq(fv->u.formatted.value->col, 4, "real source position");
    MiAst *spec = fv->u.formatted.format_spec;
    cr_assert_eq(spec->kind, MI_AST_JOINEDSTR);
    cr_assert_eq(spec->u.joined.values.len, 2);
    MiAst *last = j->u.joined.values.items[2];
    cr_assert_eq(last->u.constant.len, 2);
    cr_assert(memcmp(last->u.constant.text, "bc", 2) == 0);
    mi_arena_free(arena);
}

Test(grammar_ast, names_are_nfkc_normalized)
{
    MiAstArena *arena;
    MiAst *n = first_expr("\xef\xac\x81x + \xe2\x84\x8c", &arena);   /* ﬁx + ℌ */
    cr_assert_str_eq(n->u.binop.left->u.name.id, "fix");
    cr_assert_str_eq(n->u.binop.right->u.name.id, "H");
    cr_assert_eq(n->u.binop.left->end_col, 4, "positions stay in source bytes");
    mi_arena_free(arena);
}

Test(grammar_ast, targets_get_store_and_del_contexts)
{
    MiAstArena *arena;
    MiAst *s = first_stmt("a, [b.c, *d[0]] = e", &arena);
    cr_assert_eq(s->kind, MI_AST_ASSIGN);
    MiAst *t = s->u.assign.targets.items[0];
    cr_assert_eq(t->u.seq.ctx, MI_CTX_STORE);
    cr_assert_eq(t->u.seq.elts.items[0]->u.name.ctx, MI_CTX_STORE);
    MiAst *inner = t->u.seq.elts.items[1];
    cr_assert_eq(inner->kind, MI_AST_LIST);
    cr_assert_eq(inner->u.seq.ctx, MI_CTX_STORE);
    cr_assert_eq(inner->u.seq.elts.items[0]->u.attribute.ctx, MI_CTX_STORE);
    cr_assert_eq(inner->u.seq.elts.items[0]->u.attribute.value->u.name.ctx, MI_CTX_LOAD);
    MiAst *star = inner->u.seq.elts.items[1];
    cr_assert_eq(star->u.starred.ctx, MI_CTX_STORE);
    cr_assert_eq(star->u.starred.value->u.subscript.ctx, MI_CTX_STORE);
    cr_assert_eq(s->u.assign.value->u.name.ctx, MI_CTX_LOAD);
    mi_arena_free(arena);
    s = first_stmt("del a, (b, c[0])", &arena);
    cr_assert_eq(s->kind, MI_AST_DELETE);
    cr_assert_eq(s->u.del.targets.len, 2);
    cr_assert_eq(s->u.del.targets.items[0]->u.name.ctx, MI_CTX_DEL);
    cr_assert_eq(s->u.del.targets.items[1]->u.seq.elts.items[1]->u.subscript.ctx, MI_CTX_DEL);
    mi_arena_free(arena);
    s = first_stmt("for i, (j, k) in x: pass", &arena);
    cr_assert_eq(s->u.for_.target->u.seq.ctx, MI_CTX_STORE);
    cr_assert_eq(s->u.for_.target->u.seq.elts.items[1]->u.seq.elts.items[0]->u.name.ctx,
                 MI_CTX_STORE);
    mi_arena_free(arena);
}

Test(grammar_ast, compare_chains_and_boolops_flatten)
{
    MiAstArena *arena;
    MiAst *c = first_expr("a < b <= c is not d", &arena);
    cr_assert_eq(c->kind, MI_AST_COMPARE);
    cr_assert_eq(c->u.compare.count, 3);
    cr_assert_eq(c->u.compare.ops[0], MI_CMP_LT);
    cr_assert_eq(c->u.compare.ops[1], MI_CMP_LTE);
    cr_assert_eq(c->u.compare.ops[2], MI_CMP_ISNOT);
    cr_assert_str_eq(c->u.compare.comparators[2]->u.name.id, "d");
    mi_arena_free(arena);
    c = first_expr("(a < b) < c", &arena);
    cr_assert_eq(c->u.compare.count, 1);
    cr_assert_eq(c->u.compare.left->kind, MI_AST_COMPARE);
    mi_arena_free(arena);
    c = first_expr("a or b or c and d and e", &arena);
    cr_assert_eq(c->u.boolop.op, MI_OP_OR);
    cr_assert_eq(c->u.boolop.values.len, 3);
    cr_assert_eq(c->u.boolop.values.items[2]->u.boolop.values.len, 3);
    mi_arena_free(arena);
}

Test(grammar_ast, function_arguments_in_order)
{
    MiAstArena *arena;
    MiAst *f = first_stmt("@d\ndef f(a, /, b=1, *c, d, e=2, **g) -> int: pass", &arena);
    cr_assert_eq(f->kind, MI_AST_FUNCTIONDEF);
    cr_assert_eq(f->line, 2, "the def line, not the decorator's");
    cr_assert_eq(f->u.funcdef.decorators.len, 1);
    cr_assert_not_null(f->u.funcdef.returns);
    MiAst *a = f->u.funcdef.args;
    cr_assert_eq(a->u.arguments.posonlyargs.len, 1);
    cr_assert_eq(a->u.arguments.args.len, 1);
    cr_assert_str_eq(a->u.arguments.vararg->u.arg.arg, "c");
    cr_assert_eq(a->u.arguments.kwonlyargs.len, 2);
    cr_assert_eq(a->u.arguments.kw_defaults.len, 2);
    cr_assert_null(a->u.arguments.kw_defaults.items[0]);
    cr_assert_not_null(a->u.arguments.kw_defaults.items[1]);
    cr_assert_str_eq(a->u.arguments.kwarg->u.arg.arg, "g");
    cr_assert_eq(a->u.arguments.defaults.len, 1);
    mi_arena_free(arena);
}

Test(grammar_ast, imports)
{
    MiAstArena *arena;
    MiAst *s = first_stmt("from ... import (a as b, c)", &arena);
    cr_assert_eq(s->kind, MI_AST_IMPORTFROM);
    cr_assert_null(s->u.importfrom.module);
    cr_assert_eq(s->u.importfrom.level, 3);
    cr_assert_eq(s->u.importfrom.names.len, 2);
    cr_assert_str_eq(s->u.importfrom.names.items[0]->u.alias.asname, "b");
    mi_arena_free(arena);
    s = first_stmt("import os.path as p, sys", &arena);
    cr_assert_str_eq(s->u.import.names.items[0]->u.alias.name, "os.path");
    cr_assert_null(s->u.import.names.items[1]->u.alias.asname);
    mi_arena_free(arena);
    s = first_stmt("from m import *", &arena);
    cr_assert_str_eq(s->u.importfrom.names.items[0]->u.alias.name, "*");
    cr_assert_str_eq(s->u.importfrom.module, "m");
    mi_arena_free(arena);
}

Test(grammar_ast, positions_span_the_source)
{
    MiAstArena *arena;
    MiAst *s = first_stmt("x = [\n  1,\n  (2 + 3)]\n", &arena);
    cr_assert_eq(s->line, 1);
    cr_assert_eq(s->col, 0);
    cr_assert_eq(s->end_line, 3);
    cr_assert_eq(s->end_col, 10);
    MiAst *binop = s->u.assign.value->u.seq.elts.items[1];
    cr_assert_eq(binop->line, 3);
    cr_assert_eq(binop->col, 3, "a parenthesized node keeps its own span");
    cr_assert_eq(binop->end_col, 8);
    mi_arena_free(arena);
    s = first_stmt("if a:\n    b\nelif c:\n    d\nelse:\n    e\n", &arena);
    cr_assert_eq(s->end_line, 6);
    MiAst *elif = s->u.while_.orelse.items[0];
    cr_assert_eq(elif->kind, MI_AST_IF);
    cr_assert_eq(elif->line, 3);
    cr_assert_eq(elif->end_line, 6);
    mi_arena_free(arena);
}

Test(grammar_ast, names_of_kinds_and_operators)
{
    cr_assert_str_eq(mi_ast_kind_name(MI_AST_MODULE), "Module");
    cr_assert_str_eq(mi_ast_kind_name(MI_AST_GENERATOREXP), "GeneratorExp");
    cr_assert_str_eq(mi_ast_kind_name(MI_AST_COMPREHENSION), "comprehension");
    cr_assert_str_eq(mi_ast_kind_name(MI_AST_WITHITEM), "withitem");
    cr_assert_str_eq(mi_ast_binop_name(MI_OP_FLOORDIV), "FloorDiv");
    cr_assert_str_eq(mi_ast_binop_name(MI_OP_MATMULT), "MatMult");
    cr_assert_str_eq(mi_ast_unaryop_name(MI_OP_USUB), "USub");
    cr_assert_str_eq(mi_ast_cmpop_name(MI_CMP_NOTIN), "NotIn");
}

Test(grammar_ast, arena_gives_zeroed_aligned_memory)
{
    MiAstArena *arena = mi_arena_new();
    for (size_t size = 1; size < 200000; size = size * 3 + 1) {
        unsigned char *p = mi_arena_alloc(arena, size);
        cr_assert_not_null(p);
        cr_assert_eq((uintptr_t)p % 16, 0);
        for (size_t i = 0; i < size; i++)
            cr_assert_eq(p[i], 0);
        memset(p, 0xAB, size);
    }
    char *s = mi_arena_strndup(arena, "hello world", 5);
    cr_assert_str_eq(s, "hello");
    mi_arena_free(arena);
    mi_arena_free(NULL);
}

Test(grammar_ast, dump_of_empty_module)
{
    char *dump = parse_dump("", MI_PARSE_FILE, NULL);
    cr_assert_str_eq(dump, "Module(body=[], type_ignores=[])\n");
    free(dump);
    dump = parse_dump("pass\n", MI_PARSE_FILE, NULL);
    cr_assert_str_eq(dump, "Module(\n  body=[\n    Pass()],\n  type_ignores=[])\n");
    free(dump);
}
