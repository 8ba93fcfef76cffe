/* grammar/ast_dump.c: mi_ast_dump(), the text of CPython 3.10's
 * `ast.dump(tree, indent=2)`, byte for byte.
 *
 * ast.dump's rules, which this file follows:
 *   - a node prints as Name(field=value, ...) with its fields in ASDL
 *     order; an optional field that is None is left out (`Return()`);
 *   - a node fits on one line when it has at most 3 fields and each value
 *     is "simple": a scalar, an empty list, or a node with no fields shown
 *     (`Load()`, `Add()`); otherwise each field goes on its own line,
 *     indented two spaces per level;
 *   - a non-empty list prints one item per line;
 *   - scalars print as repr() does (strings, bytes, ints in decimal,
 *     floats shortest, None/True/False/Ellipsis).
 * Recursion follows the tree, whose depth mi_parse() bounds. */
#include "grammar/ast.h"
#include "grammar/front_internal.h"

#include <stdio.h>
#include <string.h>

typedef enum FieldType {
    F_NODE,        /* MiAst *, left out when NULL (optional) */
    F_LIST,        /* MiAstList; NULL items print as None */
    F_NAMES,       /* MiAstNames: a list of identifiers */
    F_STR,         /* identifier, left out when NULL */
    F_INT,         /* int */
    F_CONST,       /* the value of a Constant */
    F_KIND,        /* Constant.kind: 'u' or left out */
    F_OP,          /* an operator or context name: prints Name() */
    F_CMPOPS       /* Compare.ops */
} FieldType;

typedef struct Field {
    const char *name;
    FieldType   type;
    const void *ptr;
    int         value;
    const char *op;
} Field;

#define MAX_FIELDS 8

/* attrs: also print source positions (ast.dump's include_attributes). */
static void print_node(FILE *out, const MiAst *node, int level, int attrs);

static void
indent(FILE *out, int level)
{
    fputc('\n', out);
    for (int i = 0; i < level; i++)
        fputs("  ", out);
}

static const char *
ctx_name(MiExprCtx ctx)
{
    return ctx == MI_CTX_STORE ? "Store" : ctx == MI_CTX_DEL ? "Del" : "Load";
}

/* Whether a node prints as Name() with nothing inside. */
static int
node_is_empty(const MiAst *node)
{
    switch (node->kind) {
    case MI_AST_PASS: case MI_AST_BREAK: case MI_AST_CONTINUE:
        return 1;
    case MI_AST_RETURN:
        return node->u.ret.value == NULL;
    case MI_AST_YIELD:
        return node->u.yield.value == NULL;
    case MI_AST_RAISE:
        return node->u.raise.exc == NULL && node->u.raise.cause == NULL;
    case MI_AST_SLICE:
        return !node->u.slice.lower && !node->u.slice.upper && !node->u.slice.step;
    case MI_AST_MATCHSTAR:
        return node->u.matchstar.name == NULL;
    case MI_AST_MATCHAS:
        return node->u.matchas.pattern == NULL && node->u.matchas.name == NULL;
    default:
        return 0;
    }
}

static int
field_is_simple(const Field *f)
{
    switch (f->type) {
    case F_NODE:
        return node_is_empty(f->ptr);
    case F_LIST:
        return ((const MiAstList *)f->ptr)->len == 0;
    case F_NAMES:
        return ((const MiAstNames *)f->ptr)->len == 0;
    case F_CMPOPS:
        return f->value == 0;
    default:
        return 1;
    }
}

static void
print_constant(FILE *out, const MiAst *c)
{
    switch (c->u.constant.kind) {
    case MI_CONST_NONE:
        fputs("None", out);
        break;
    case MI_CONST_TRUE:
        fputs("True", out);
        break;
    case MI_CONST_FALSE:
        fputs("False", out);
        break;
    case MI_CONST_ELLIPSIS:
        fputs("Ellipsis", out);
        break;
    case MI_CONST_INT:
        mi_repr_int(out, c->u.constant.text);
        break;
    case MI_CONST_FLOAT:
        mi_repr_float(out, c->u.constant.number);
        break;
    case MI_CONST_IMAG:
        mi_repr_imag(out, c->u.constant.number);
        break;
    case MI_CONST_STR:
        mi_repr_str(out, c->u.constant.text, c->u.constant.len);
        break;
    case MI_CONST_BYTES:
        mi_repr_bytes(out, c->u.constant.text, c->u.constant.len);
        break;
    }
}

static void
print_field_value(FILE *out, const Field *f, int level, int attrs)
{
    switch (f->type) {
    case F_NODE:
        print_node(out, f->ptr, level, attrs);
        break;
    case F_LIST: {
        const MiAstList *list = f->ptr;
        if (list->len == 0) {
            fputs("[]", out);
            break;
        }
        fputc('[', out);
        for (int i = 0; i < list->len; i++) {
            if (i > 0)
                fputc(',', out);
            indent(out, level + 1);
            if (list->items[i] == NULL)
                fputs("None", out);
            else
                print_node(out, list->items[i], level + 1, attrs);
        }
        fputc(']', out);
        break;
    }
    case F_NAMES: {
        const MiAstNames *names = f->ptr;
        if (names->len == 0) {
            fputs("[]", out);
            break;
        }
        fputc('[', out);
        for (int i = 0; i < names->len; i++) {
            if (i > 0)
                fputc(',', out);
            indent(out, level + 1);
            mi_repr_str(out, names->items[i], strlen(names->items[i]));
        }
        fputc(']', out);
        break;
    }
    case F_STR:
        mi_repr_str(out, f->ptr, strlen(f->ptr));
        break;
    case F_INT:
        fprintf(out, "%d", f->value);
        break;
    case F_CONST:
        print_constant(out, f->ptr);
        break;
    case F_KIND:
        fputs("'u'", out);
        break;
    case F_OP:
        fprintf(out, "%s()", f->op);
        break;
    case F_CMPOPS: {
        const MiCmpOp *ops = f->ptr;
        if (f->value == 0) {
            fputs("[]", out);
            break;
        }
        fputc('[', out);
        for (int i = 0; i < f->value; i++) {
            if (i > 0)
                fputc(',', out);
            indent(out, level + 1);
            fprintf(out, "%s()", mi_ast_cmpop_name(ops[i]));
        }
        fputc(']', out);
        break;
    }
    }
}

static const MiAstList no_items = { 0, NULL };

/* Collects the fields ast.dump shows for `node`, in ASDL order;
 * `scratch` holds Compare's comparators as a list. */
static int
collect_fields(const MiAst *n, Field *f, MiAstList *scratch)
{
    int k = 0;
#define NODE(nm, p)   do { if ((p) != NULL) f[k++] = (Field){ nm, F_NODE, (p), 0, NULL }; } while (0)
#define LIST(nm, l)   (f[k++] = (Field){ nm, F_LIST, &(l), 0, NULL })
#define STR(nm, s)    do { if ((s) != NULL) f[k++] = (Field){ nm, F_STR, (s), 0, NULL }; } while (0)
#define INT(nm, v)    (f[k++] = (Field){ nm, F_INT, NULL, (v), NULL })
#define OP(nm, s)     (f[k++] = (Field){ nm, F_OP, NULL, 0, (s) })
    switch (n->kind) {
    case MI_AST_MODULE:
        LIST("body", n->u.root.body);
        LIST("type_ignores", no_items);
        break;
    case MI_AST_INTERACTIVE:
        LIST("body", n->u.root.body);
        break;
    case MI_AST_EXPRESSION:
        NODE("body", n->u.root.expr);
        break;
    case MI_AST_FUNCTIONDEF:
        STR("name", n->u.funcdef.name);
        NODE("args", n->u.funcdef.args);
        LIST("body", n->u.funcdef.body);
        LIST("decorator_list", n->u.funcdef.decorators);
        NODE("returns", n->u.funcdef.returns);
        break;
    case MI_AST_CLASSDEF:
        STR("name", n->u.classdef.name);
        LIST("bases", n->u.classdef.bases);
        LIST("keywords", n->u.classdef.keywords);
        LIST("body", n->u.classdef.body);
        LIST("decorator_list", n->u.classdef.decorators);
        break;
    case MI_AST_RETURN:
    case MI_AST_EXPR:
        NODE("value", n->u.ret.value);
        break;
    case MI_AST_DELETE:
        LIST("targets", n->u.del.targets);
        break;
    case MI_AST_ASSIGN:
        LIST("targets", n->u.assign.targets);
        NODE("value", n->u.assign.value);
        break;
    case MI_AST_AUGASSIGN:
        NODE("target", n->u.augassign.target);
        OP("op", mi_ast_binop_name(n->u.augassign.op));
        NODE("value", n->u.augassign.value);
        break;
    case MI_AST_ANNASSIGN:
        NODE("target", n->u.annassign.target);
        NODE("annotation", n->u.annassign.annotation);
        NODE("value", n->u.annassign.value);
        INT("simple", n->u.annassign.simple);
        break;
    case MI_AST_FOR:
        NODE("target", n->u.for_.target);
        NODE("iter", n->u.for_.iter);
        LIST("body", n->u.for_.body);
        LIST("orelse", n->u.for_.orelse);
        break;
    case MI_AST_WHILE:
    case MI_AST_IF:
        NODE("test", n->u.while_.test);
        LIST("body", n->u.while_.body);
        LIST("orelse", n->u.while_.orelse);
        break;
    case MI_AST_WITH:
        LIST("items", n->u.with.items);
        LIST("body", n->u.with.body);
        break;
    case MI_AST_RAISE:
        NODE("exc", n->u.raise.exc);
        NODE("cause", n->u.raise.cause);
        break;
    case MI_AST_TRY:
        LIST("body", n->u.try_.body);
        LIST("handlers", n->u.try_.handlers);
        LIST("orelse", n->u.try_.orelse);
        LIST("finalbody", n->u.try_.finalbody);
        break;
    case MI_AST_ASSERT:
        NODE("test", n->u.assert_.test);
        NODE("msg", n->u.assert_.msg);
        break;
    case MI_AST_IMPORT:
        LIST("names", n->u.import.names);
        break;
    case MI_AST_IMPORTFROM:
        STR("module", n->u.importfrom.module);
        LIST("names", n->u.importfrom.names);
        INT("level", n->u.importfrom.level);
        break;
    case MI_AST_GLOBAL:
    case MI_AST_NONLOCAL:
        f[k++] = (Field){ "names", F_NAMES, &n->u.names, 0, NULL };
        break;
    case MI_AST_PASS:
    case MI_AST_BREAK:
    case MI_AST_CONTINUE:
        break;
    case MI_AST_BOOLOP:
        OP("op", n->u.boolop.op == MI_OP_AND ? "And" : "Or");
        LIST("values", n->u.boolop.values);
        break;
    case MI_AST_NAMEDEXPR:
        NODE("target", n->u.namedexpr.target);
        NODE("value", n->u.namedexpr.value);
        break;
    case MI_AST_BINOP:
        NODE("left", n->u.binop.left);
        OP("op", mi_ast_binop_name(n->u.binop.op));
        NODE("right", n->u.binop.right);
        break;
    case MI_AST_UNARYOP:
        OP("op", mi_ast_unaryop_name(n->u.unaryop.op));
        NODE("operand", n->u.unaryop.operand);
        break;
    case MI_AST_LAMBDA:
        NODE("args", n->u.lambda.args);
        NODE("body", n->u.lambda.body);
        break;
    case MI_AST_IFEXP:
        NODE("test", n->u.ifexp.test);
        NODE("body", n->u.ifexp.body);
        NODE("orelse", n->u.ifexp.orelse);
        break;
    case MI_AST_DICT:
        LIST("keys", n->u.dict.keys);
        LIST("values", n->u.dict.values);
        break;
    case MI_AST_SET:
        LIST("elts", n->u.seq.elts);
        break;
    case MI_AST_LISTCOMP:
    case MI_AST_SETCOMP:
    case MI_AST_GENERATOREXP:
        NODE("elt", n->u.comp.elt);
        LIST("generators", n->u.comp.generators);
        break;
    case MI_AST_DICTCOMP:
        NODE("key", n->u.comp.elt);
        NODE("value", n->u.comp.value);
        LIST("generators", n->u.comp.generators);
        break;
    case MI_AST_YIELD:
    case MI_AST_YIELDFROM:
        NODE("value", n->u.yield.value);
        break;
    case MI_AST_COMPARE:
        NODE("left", n->u.compare.left);
        f[k++] = (Field){ "ops", F_CMPOPS, n->u.compare.ops, n->u.compare.count, NULL };
        scratch->len = n->u.compare.count;
        scratch->items = n->u.compare.comparators;
        LIST("comparators", *scratch);
        break;
    case MI_AST_CALL:
        NODE("func", n->u.call.func);
        LIST("args", n->u.call.args);
        LIST("keywords", n->u.call.keywords);
        break;
    case MI_AST_FORMATTEDVALUE:
        NODE("value", n->u.formatted.value);
        INT("conversion", n->u.formatted.conversion);
        NODE("format_spec", n->u.formatted.format_spec);
        break;
    case MI_AST_JOINEDSTR:
        LIST("values", n->u.joined.values);
        break;
    case MI_AST_CONSTANT:
        f[k++] = (Field){ "value", F_CONST, n, 0, NULL };
        if (n->u.constant.is_unicode_prefix)
            f[k++] = (Field){ "kind", F_KIND, NULL, 0, NULL };
        break;
    case MI_AST_ATTRIBUTE:
        NODE("value", n->u.attribute.value);
        STR("attr", n->u.attribute.attr);
        OP("ctx", ctx_name(n->u.attribute.ctx));
        break;
    case MI_AST_SUBSCRIPT:
        NODE("value", n->u.subscript.value);
        NODE("slice", n->u.subscript.slice);
        OP("ctx", ctx_name(n->u.subscript.ctx));
        break;
    case MI_AST_STARRED:
        NODE("value", n->u.starred.value);
        OP("ctx", ctx_name(n->u.starred.ctx));
        break;
    case MI_AST_NAME:
        STR("id", n->u.name.id);
        OP("ctx", ctx_name(n->u.name.ctx));
        break;
    case MI_AST_LIST:
    case MI_AST_TUPLE:
        LIST("elts", n->u.seq.elts);
        OP("ctx", ctx_name(n->u.seq.ctx));
        break;
    case MI_AST_SLICE:
        NODE("lower", n->u.slice.lower);
        NODE("upper", n->u.slice.upper);
        NODE("step", n->u.slice.step);
        break;
    case MI_AST_COMPREHENSION:
        NODE("target", n->u.comprehension.target);
        NODE("iter", n->u.comprehension.iter);
        LIST("ifs", n->u.comprehension.ifs);
        INT("is_async", n->u.comprehension.is_async);
        break;
    case MI_AST_EXCEPTHANDLER:
        NODE("type", n->u.handler.type);
        STR("name", n->u.handler.name);
        LIST("body", n->u.handler.body);
        break;
    case MI_AST_ARGUMENTS:
        LIST("posonlyargs", n->u.arguments.posonlyargs);
        LIST("args", n->u.arguments.args);
        NODE("vararg", n->u.arguments.vararg);
        LIST("kwonlyargs", n->u.arguments.kwonlyargs);
        LIST("kw_defaults", n->u.arguments.kw_defaults);
        NODE("kwarg", n->u.arguments.kwarg);
        LIST("defaults", n->u.arguments.defaults);
        break;
    case MI_AST_ARG:
        STR("arg", n->u.arg.arg);
        NODE("annotation", n->u.arg.annotation);
        break;
    case MI_AST_KEYWORD:
        STR("arg", n->u.keyword.arg);
        NODE("value", n->u.keyword.value);
        break;
    case MI_AST_ALIAS:
        STR("name", n->u.alias.name);
        STR("asname", n->u.alias.asname);
        break;
    case MI_AST_WITHITEM:
        NODE("context_expr", n->u.withitem.context_expr);
        NODE("optional_vars", n->u.withitem.optional_vars);
        break;
    case MI_AST_MATCH:
        NODE("subject", n->u.match.subject);
        LIST("cases", n->u.match.cases);
        break;
    case MI_AST_MATCH_CASE:
        NODE("pattern", n->u.match_case.pattern);
        NODE("guard", n->u.match_case.guard);
        LIST("body", n->u.match_case.body);
        break;
    case MI_AST_MATCHVALUE:
        NODE("value", n->u.matchvalue.value);
        break;
    case MI_AST_MATCHSINGLETON:
        f[k++] = (Field){ "value", F_CONST, n->u.matchvalue.value, 0, NULL };
        break;
    case MI_AST_MATCHSEQUENCE:
    case MI_AST_MATCHOR:
        LIST("patterns", n->u.matchseq.patterns);
        break;
    case MI_AST_MATCHMAPPING:
        LIST("keys", n->u.matchmapping.keys);
        LIST("patterns", n->u.matchmapping.patterns);
        STR("rest", n->u.matchmapping.rest);
        break;
    case MI_AST_MATCHCLASS:
        NODE("cls", n->u.matchclass.cls);
        LIST("patterns", n->u.matchclass.patterns);
        f[k++] = (Field){ "kwd_attrs", F_NAMES, &n->u.matchclass.kwd_attrs, 0, NULL };
        LIST("kwd_patterns", n->u.matchclass.kwd_patterns);
        break;
    case MI_AST_MATCHSTAR:
        STR("name", n->u.matchstar.name);
        break;
    case MI_AST_MATCHAS:
        NODE("pattern", n->u.matchas.pattern);
        STR("name", n->u.matchas.name);
        break;
    default:
        break;
    }
#undef NODE
#undef LIST
#undef STR
#undef INT
#undef OP
    return k;
}

/* Whether CPython's node class has position attributes: statements,
 * expressions, handlers, args, keywords and aliases. */
static int
has_attributes(MiAstKind kind)
{
    switch (kind) {
    case MI_AST_MODULE: case MI_AST_INTERACTIVE: case MI_AST_EXPRESSION:
    case MI_AST_COMPREHENSION: case MI_AST_ARGUMENTS: case MI_AST_WITHITEM:
    case MI_AST_MATCH_CASE:
        return 0;
    default:
        return 1;
    }
}

static void
print_node(FILE *out, const MiAst *node, int level, int attrs)
{
    Field fields[MAX_FIELDS + 4];
    MiAstList scratch;
    int n = collect_fields(node, fields, &scratch);
    if (attrs && has_attributes(node->kind)) {
        fields[n++] = (Field){ "lineno", F_INT, NULL, node->line, NULL };
        fields[n++] = (Field){ "col_offset", F_INT, NULL, node->col, NULL };
        fields[n++] = (Field){ "end_lineno", F_INT, NULL, node->end_line, NULL };
        fields[n++] = (Field){ "end_col_offset", F_INT, NULL, node->end_col, NULL };
    }
    int lvl = level + 1;
    int one_line = n <= 3;
    for (int i = 0; i < n && one_line; i++)
        one_line = field_is_simple(&fields[i]);
    fprintf(out, "%s(", mi_ast_kind_name(node->kind));
    for (int i = 0; i < n; i++) {
        if (one_line) {
            if (i > 0)
                fputs(", ", out);
        } else {
            if (i > 0)
                fputc(',', out);
            indent(out, lvl);
        }
        fprintf(out, "%s=", fields[i].name);
        print_field_value(out, &fields[i], lvl, attrs);
    }
    fputc(')', out);
}

void
mi_ast_dump(const MiAst *root, void *out)
{
    print_node(out, root, 0, 0);
    fputc('\n', out);
}

void
mi_ast_dump_positions(const void *root, void *out)
{
    print_node(out, root, 0, 1);
    fputc('\n', out);
}
