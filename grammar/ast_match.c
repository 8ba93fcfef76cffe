/* grammar/ast_match.c: the builders of the match statement (PEP 634) and
 * its patterns, called by the actions of parse.y.
 *
 * The nodes and spans are those of CPython 3.10's pegen actions:
 *   - a case's patterns without brackets ("case 1, 2:") are a
 *     MatchSequence spanning them, a trailing comma included;
 *   - "(p)" is p itself, marked parenthesized so that `(p) as x` starts
 *     at the '('; "()" and "(p,)" are sequences;
 *   - a plain name is a capture, MatchAs(name=...), and `_` the wildcard
 *     MatchAs(); a dotted name is a MatchValue of an Attribute;
 *   - numbers, strings and complex literals are MatchValue, None, True and
 *     False MatchSingleton.
 * The checks CPython's parser makes are made here (complex literals,
 * `as _`, positional patterns after keyword patterns); the others (one
 * binding per name, irrefutable patterns last) belong to the compiler.
 *
 * The driver (parser.c) turns the soft keywords `match` and `case` into
 * MATCH and CASE tokens where they start such a statement. */
#include "grammar/ast.h"
#include "grammar/parser.h"

#include <string.h>

static int
max_int(int a, int b)
{
    return a > b ? a : b;
}

static int
vec_depth(const MiVec *vec)
{
    int d = 0;
    if (vec != NULL)
        for (int i = 0; i < vec->len; i++)
            d = max_int(d, mi_ast_depth(vec->items[i]));
    return d;
}

static MiAstList
as_list(const MiVec *vec)
{
    MiAstList list = { 0, NULL };
    if (vec != NULL) {
        list.len = vec->len;
        list.items = (MiAst **)vec->items;
    }
    return list;
}

/* A node from the start of `a` to the end of `b`, parentheses included. */
static MiAst *
between(MiParser *ps, MiAstKind kind, int depth, const MiAst *a, const MiAst *b)
{
    int line, col, end_line, end_col, l2, c2;
    mi_ast_span(a, &line, &col, &l2, &c2);
    mi_ast_span(b, &l2, &c2, &end_line, &end_col);
    return mi_ast_node_at(ps, kind, depth, line, col, end_line, end_col);
}

static MiAst *
tokens_node(MiParser *ps, MiAstKind kind, int depth, const MiToken *first, const MiToken *last)
{
    return mi_ast_node_at(ps, kind, depth, first->line, first->col, last->end_line,
                          last->end_col);
}

static int
is_wildcard(const MiToken *name)
{
    return name->length == 1 && name->start[0] == '_';
}

/* ---- the statement ------------------------------------------------------------ */

MiAst *
mi_ast_match(MiParser *ps, const MiToken *kw, MiAst *subject, MiVec *cases)
{
    if (ps->failed || subject == NULL || cases == NULL)
        return NULL;
    const MiAst *last = cases->items[cases->len - 1];
    const MiAst *end = last->u.match_case.body.items[last->u.match_case.body.len - 1];
    int line, col, end_line, end_col;
    mi_ast_span(end, &line, &col, &end_line, &end_col);
    MiAst *node = mi_ast_node_at(ps, MI_AST_MATCH, max_int(mi_ast_depth(subject),
                                 vec_depth(cases)), kw->line, kw->col, end_line, end_col);
    if (node != NULL) {
        node->u.match.subject = subject;
        node->u.match.cases = as_list(cases);
    }
    return node;
}

MiAst *
mi_ast_match_case(MiParser *ps, MiAst *pattern, MiAst *guard, MiVec *body)
{
    if (ps->failed || pattern == NULL || body == NULL)
        return NULL;
    int depth = max_int(max_int(mi_ast_depth(pattern), mi_ast_depth(guard)), vec_depth(body));
    const MiAst *end = body->items[body->len - 1];
    MiAst *node = between(ps, MI_AST_MATCH_CASE, depth, pattern, end);
    if (node != NULL) {
        node->u.match_case.pattern = pattern;
        node->u.match_case.guard = guard;
        node->u.match_case.body = as_list(body);
    }
    return node;
}

/* ---- sequences ------------------------------------------------------------------ */

static MiAst *
sequence(MiParser *ps, MiSeq *items, int line, int col, int end_line, int end_col)
{
    MiAst *node = mi_ast_node_at(ps, MI_AST_MATCHSEQUENCE, items ? vec_depth(&items->items) : 0,
                                 line, col, end_line, end_col);
    if (node != NULL && items != NULL)
        node->u.matchseq.patterns = as_list(&items->items);
    return node;
}

MiAst *
mi_pattern_open(MiParser *ps, MiSeq *items)
{
    if (ps->failed || items == NULL)
        return NULL;
    MiAst *first = items->items.items[0];
    if (items->items.len == 1 && !items->trailing_comma) {
        if (first->kind == MI_AST_MATCHSTAR) {
            mi_error_at_token(ps, &ps->tok, "invalid syntax");
            return NULL;
        }
        return first;
    }
    int line, col, end_line, end_col;
    mi_ast_span(first, &line, &col, &end_line, &end_col);
    if (items->trailing_comma) {
        end_line = items->end_line;
        end_col = items->end_col;
    } else {
        int l, c;
        mi_ast_span(items->items.items[items->items.len - 1], &l, &c, &end_line, &end_col);
    }
    return sequence(ps, items, line, col, end_line, end_col);
}

MiAst *
mi_pattern_bracket(MiParser *ps, const MiToken *lpar, MiSeq *items, const MiToken *rpar)
{
    if (ps->failed)
        return NULL;
    if (lpar->kind == TK_LPAR && items != NULL && items->items.len == 1
        && !items->trailing_comma) {
        MiAst *inner = items->items.items[0];
        if (inner->kind == MI_AST_MATCHSTAR) {
            mi_error_at_token(ps, rpar, "invalid syntax");
            return NULL;
        }
        mi_ast_parenthesize(inner, lpar, rpar);
        return inner;
    }
    return sequence(ps, items, lpar->line, lpar->col, rpar->end_line, rpar->end_col);
}

MiAst *
mi_pattern_star(MiParser *ps, const MiToken *star, const MiToken *name)
{
    MiAst *node = tokens_node(ps, MI_AST_MATCHSTAR, 0, star, name);
    if (node != NULL && !is_wildcard(name)
        && (node->u.matchstar.name = mi_ast_identifier(ps, name)) == NULL)
        return NULL;
    return node;
}

/* ---- values, names, alternatives ------------------------------------------------ */

MiAst *
mi_pattern_value(MiParser *ps, MiAst *value)
{
    if (ps->failed || value == NULL)
        return NULL;
    MiAst *node = between(ps, MI_AST_MATCHVALUE, mi_ast_depth(value), value, value);
    if (node != NULL)
        node->u.matchvalue.value = value;
    return node;
}

MiAst *
mi_pattern_singleton(MiParser *ps, const MiToken *tok, MiConstKind kind)
{
    MiAst *value = mi_ast_constant(ps, tok, kind);
    if (value == NULL)
        return NULL;
    MiAst *node = tokens_node(ps, MI_AST_MATCHSINGLETON, 1, tok, tok);
    if (node != NULL)
        node->u.matchvalue.value = value;
    return node;
}

static int
is_imaginary(const MiAst *number)
{
    if (number->kind == MI_AST_UNARYOP)
        number = number->u.unaryop.operand;
    return number->kind == MI_AST_CONSTANT && number->u.constant.kind == MI_CONST_IMAG;
}

MiAst *
mi_complex_key(MiParser *ps, MiAst *real, const MiToken *op, MiAst *imag)
{
    if (ps->failed || real == NULL || imag == NULL)
        return NULL;
    if (is_imaginary(real)) {
        mi_error_at_node(ps, real, "real number required in complex literal");
        return NULL;
    }
    if (!is_imaginary(imag)) {
        mi_error_at_node(ps, imag, "imaginary number required in complex literal");
        return NULL;
    }
    return mi_ast_binop(ps, real, op, imag);
}

MiAst *
mi_pattern_complex(MiParser *ps, MiAst *real, const MiToken *op, MiAst *imag)
{
    return mi_pattern_value(ps, mi_complex_key(ps, real, op, imag));
}

MiAst *
mi_pattern_name(MiParser *ps, MiAst *name_or_attr)
{
    if (ps->failed || name_or_attr == NULL)
        return NULL;
    if (name_or_attr->kind != MI_AST_NAME)
        return mi_pattern_value(ps, name_or_attr);
    MiAst *node = between(ps, MI_AST_MATCHAS, 0, name_or_attr, name_or_attr);
    if (node != NULL && strcmp(name_or_attr->u.name.id, "_") != 0)
        node->u.matchas.name = name_or_attr->u.name.id;
    return node;
}

MiAst *
mi_pattern_as(MiParser *ps, MiAst *pattern, const MiToken *name)
{
    if (ps->failed || pattern == NULL)
        return NULL;
    if (is_wildcard(name)) {
        mi_error_at_token(ps, name, "cannot use '_' as a target");
        return NULL;
    }
    int line, col, l2, c2;
    mi_ast_span(pattern, &line, &col, &l2, &c2);
    MiAst *node = mi_ast_node_at(ps, MI_AST_MATCHAS, mi_ast_depth(pattern), line, col,
                                 name->end_line, name->end_col);
    if (node == NULL)
        return NULL;
    node->u.matchas.pattern = pattern;
    if ((node->u.matchas.name = mi_ast_identifier(ps, name)) == NULL)
        return NULL;
    return node;
}

MiAst *
mi_pattern_or(MiParser *ps, MiVec *alternatives)
{
    if (ps->failed || alternatives == NULL)
        return NULL;
    if (alternatives->len == 1)
        return alternatives->items[0];
    MiAst *node = between(ps, MI_AST_MATCHOR, vec_depth(alternatives), alternatives->items[0],
                          alternatives->items[alternatives->len - 1]);
    if (node != NULL)
        node->u.matchseq.patterns = as_list(alternatives);
    return node;
}

/* ---- class patterns --------------------------------------------------------------- */

MiClassB *
mi_class_args(MiParser *ps, MiClassB *b, const MiToken *kwd, MiAst *pattern)
{
    if (ps->failed || pattern == NULL)
        return NULL;
    if (b == NULL && (b = mi_parser_alloc(ps, sizeof *b)) == NULL)
        return NULL;
    if (kwd == NULL) {
        if (b->kwd_names.len > 0) {
            mi_error_at_node(ps, pattern, "positional patterns follow keyword patterns");
            return NULL;
        }
        return mi_vec_push(ps, &b->patterns, pattern) ? b : NULL;
    }
    MiToken *name = mi_token_copy(ps, kwd);
    if (name == NULL || !mi_vec_push(ps, &b->kwd_names, name)
        || !mi_vec_push(ps, &b->kwd_patterns, pattern))
        return NULL;
    return b;
}

MiAst *
mi_pattern_class(MiParser *ps, MiAst *cls, MiClassB *args, const MiToken *rpar)
{
    if (ps->failed || cls == NULL)
        return NULL;
    int depth = mi_ast_depth(cls);
    if (args != NULL)
        depth = max_int(depth, max_int(vec_depth(&args->patterns), vec_depth(&args->kwd_patterns)));
    int line, col, l2, c2;
    mi_ast_span(cls, &line, &col, &l2, &c2);
    MiAst *node = mi_ast_node_at(ps, MI_AST_MATCHCLASS, depth, line, col, rpar->end_line,
                                 rpar->end_col);
    if (node == NULL)
        return NULL;
    node->u.matchclass.cls = cls;
    if (args == NULL)
        return node;
    node->u.matchclass.patterns = as_list(&args->patterns);
    node->u.matchclass.kwd_patterns = as_list(&args->kwd_patterns);
    int n = args->kwd_names.len;
    if (n > 0) {
        const char **names = mi_parser_alloc(ps, (size_t)n * sizeof *names);
        if (names == NULL)
            return NULL;
        for (int i = 0; i < n; i++)
            if ((names[i] = mi_ast_identifier(ps, args->kwd_names.items[i])) == NULL)
                return NULL;
        node->u.matchclass.kwd_attrs.len = n;
        node->u.matchclass.kwd_attrs.items = names;
    }
    return node;
}

/* ---- mapping patterns ------------------------------------------------------------- */

MiMapB *
mi_map_item(MiParser *ps, MiMapB *b, MiAst *key, MiAst *pattern)
{
    if (ps->failed || key == NULL || pattern == NULL)
        return NULL;
    if (b == NULL && (b = mi_parser_alloc(ps, sizeof *b)) == NULL)
        return NULL;
    if (!mi_vec_push(ps, &b->keys, key) || !mi_vec_push(ps, &b->patterns, pattern))
        return NULL;
    return b;
}

MiAst *
mi_pattern_mapping(MiParser *ps, const MiToken *lbrace, MiMapB *items, const MiToken *rest,
                   const MiToken *rbrace)
{
    if (ps->failed)
        return NULL;
    if (rest != NULL && is_wildcard(rest)) {
        mi_error_at_token(ps, rest, "invalid syntax");
        return NULL;
    }
    int depth = items ? max_int(vec_depth(&items->keys), vec_depth(&items->patterns)) : 0;
    MiAst *node = tokens_node(ps, MI_AST_MATCHMAPPING, depth, lbrace, rbrace);
    if (node == NULL)
        return NULL;
    if (items != NULL) {
        node->u.matchmapping.keys = as_list(&items->keys);
        node->u.matchmapping.patterns = as_list(&items->patterns);
    }
    if (rest != NULL && (node->u.matchmapping.rest = mi_ast_identifier(ps, rest)) == NULL)
        return NULL;
    return node;
}
