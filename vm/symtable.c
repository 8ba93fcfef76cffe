/* vm/symtable.c: scope analysis (see vm/symtable.h).
 *
 * Pass 1 walks the AST and records, per scope, how each name is used.
 * Pass 2 (analyze_scope) resolves each name top-down with the set of names
 * bound by enclosing function scopes, then bottom-up turns the locals that
 * nested scopes read into cells and passes unresolved free names upward, as
 * CPython's analyze_block does.  Memory comes from the parse's arena except
 * for the growable tables, freed by mi_symtable_free(). */
#include "vm/symtable.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- name sets and symbol tables ------------------------------------------------ */

static unsigned
name_hash(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

typedef struct NameSet {
    const char **names;
    int          n, cap;
} NameSet;

static int
set_has(const NameSet *set, const char *name)
{
    for (int i = 0; i < set->n; i++) {
        if (strcmp(set->names[i], name) == 0)
            return 1;
    }
    return 0;
}

static int
set_add(NameSet *set, const char *name)
{
    if (set_has(set, name))
        return 0;
    if (set->n == set->cap) {
        int cap = set->cap ? set->cap * 2 : 8;
        const char **p = realloc(set->names, (size_t)cap * sizeof(char *));
        if (p == NULL)
            return -1;
        set->names = p;
        set->cap = cap;
    }
    set->names[set->n++] = name;
    return 0;
}

static void
set_free(NameSet *set)
{
    free(set->names);
    set->names = NULL;
    set->n = set->cap = 0;
}

static int
set_copy(NameSet *dst, const NameSet *src)
{
    for (int i = 0; i < src->n; i++) {
        if (set_add(dst, src->names[i]) < 0)
            return -1;
    }
    return 0;
}

MiSymbol *
mi_scope_lookup(MiScope *scope, const char *name)
{
    unsigned i;
    if (scope->cap == 0)
        return NULL;
    i = name_hash(name) & (unsigned)(scope->cap - 1);
    while (scope->syms[i].name != NULL) {
        if (strcmp(scope->syms[i].name, name) == 0)
            return &scope->syms[i];
        i = (i + 1) & (unsigned)(scope->cap - 1);
    }
    return NULL;
}

static int
grow_syms(MiScope *scope)
{
    int cap = scope->cap ? scope->cap * 2 : 16;
    MiSymbol *syms = calloc((size_t)cap, sizeof(MiSymbol));
    if (syms == NULL)
        return -1;
    for (int i = 0; i < scope->cap; i++) {
        if (scope->syms[i].name != NULL) {
            unsigned j = name_hash(scope->syms[i].name) & (unsigned)(cap - 1);
            while (syms[j].name != NULL)
                j = (j + 1) & (unsigned)(cap - 1);
            syms[j] = scope->syms[i];
        }
    }
    free(scope->syms);
    scope->syms = syms;
    scope->cap = cap;
    return 0;
}

/* Returns the symbol of `name` in `scope`, creating it. */
static MiSymbol *
get_symbol(MiScope *scope, const char *name)
{
    MiSymbol *sym = mi_scope_lookup(scope, name);
    unsigned i;
    if (sym != NULL)
        return sym;
    if ((scope->nsyms + 1) * 2 > scope->cap && grow_syms(scope) < 0)
        return NULL;
    if (scope->norder == scope->order_cap) {
        int cap = scope->order_cap ? scope->order_cap * 2 : 16;
        const char **p = realloc(scope->order, (size_t)cap * sizeof(char *));
        if (p == NULL)
            return NULL;
        scope->order = p;
        scope->order_cap = cap;
    }
    scope->order[scope->norder++] = name;
    i = name_hash(name) & (unsigned)(scope->cap - 1);
    while (scope->syms[i].name != NULL)
        i = (i + 1) & (unsigned)(scope->cap - 1);
    scope->syms[i].name = name;
    scope->syms[i].flags = 0;
    scope->syms[i].scope = 0;
    scope->nsyms++;
    return &scope->syms[i];
}

/* ---- pass 1: collecting uses ---------------------------------------------------- */

typedef struct Builder {
    MiSymtable *st;
    MiScope    *cur;
    int         failed;
    int         nomem;
} Builder;

static void
error_at(Builder *b, MiAst *node, const char *fmt, const char *name)
{
    MiSyntaxError *err = b->st->error;
    if (b->failed)
        return;
    b->failed = 1;
    err->kind = MI_SYNERR_SYNTAX;
    snprintf(err->msg, sizeof err->msg, fmt, name);
    err->line = node ? node->line : 0;
    err->col = node ? node->col + 1 : 0;
    err->end_line = node ? node->end_line : 0;
    err->end_col = node ? node->end_col + 1 : 0;
    err->text = NULL;
}

static void
nomem(Builder *b)
{
    if (!b->failed) {
        b->failed = 1;
        b->nomem = 1;
        b->st->error->kind = MI_SYNERR_NOMEMORY;
        snprintf(b->st->error->msg, sizeof b->st->error->msg, "out of memory");
    }
}

static const char *mangled(Builder *b, const char *name);

/* The symbol of `name` (as written in the source) in the current scope. */
static MiSymbol *
lookup(Builder *b, const char *name)
{
    name = mangled(b, name);
    return name ? mi_scope_lookup(b->cur, name) : NULL;
}

const char *
mi_mangle(MiAstArena *arena, const char *private_name, const char *name)
{
    size_t nlen = strlen(name), plen;
    char *out;
    if (private_name == NULL || nlen < 2 || name[0] != '_' || name[1] != '_')
        return name;
    if ((nlen >= 4 && name[nlen - 1] == '_' && name[nlen - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private_name == '_')
        private_name++;
    if (*private_name == '\0')
        return name;
    plen = strlen(private_name);
    out = mi_arena_alloc(arena, 1 + plen + nlen + 1);
    if (out == NULL)
        return NULL;
    out[0] = '_';
    memcpy(out + 1, private_name, plen);
    memcpy(out + 1 + plen, name, nlen + 1);
    return out;
}

static const char *
mangled(Builder *b, const char *name)
{
    const char *m = mi_mangle(b->st->arena, b->cur->private_name, name);
    if (m == NULL)
        nomem(b);
    return m;
}

static void
add_use(Builder *b, const char *name, int flag)
{
    MiSymbol *sym;
    name = mangled(b, name);
    if (name == NULL)
        return;
    sym = get_symbol(b->cur, name);
    if (sym == NULL) {
        nomem(b);
        return;
    }
    sym->flags |= flag;
}

static MiScope *
enter_scope(Builder *b, int kind, const char *name, MiAst *node)
{
    MiScope *s = calloc(1, sizeof(MiScope)), *parent = b->cur;
    if (s == NULL) {
        nomem(b);
        return NULL;
    }
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = parent;
    s->private_name = parent ? parent->private_name : NULL;
    s->lineno = node ? node->line : 1;
    if (parent != NULL) {
        if (parent->nchildren == parent->children_cap) {
            int cap = parent->children_cap ? parent->children_cap * 2 : 4;
            MiScope **p = realloc(parent->children, (size_t)cap * sizeof(MiScope *));
            if (p == NULL) {
                free(s);
                nomem(b);
                return NULL;
            }
            parent->children = p;
            parent->children_cap = cap;
        }
        parent->children[parent->nchildren++] = s;
    }
    b->cur = s;
    return s;
}

static void visit_stmts(Builder *b, MiAstList list);
static void visit_expr(Builder *b, MiAst *e);

static void
visit_exprs(Builder *b, MiAstList list)
{
    for (int i = 0; i < list.len && !b->failed; i++)
        visit_expr(b, list.items[i]);
}

static void
visit_params(Builder *b, MiAst *args)
{
    MiAstList lists[3] = {args->u.arguments.posonlyargs, args->u.arguments.args,
                          args->u.arguments.kwonlyargs};
    for (int l = 0; l < 3; l++) {
        for (int i = 0; i < lists[l].len; i++) {
            const char *name = lists[l].items[i]->u.arg.arg;
            MiSymbol *sym = lookup(b, name);
            if (sym != NULL && (sym->flags & MI_SYM_PARAM)) {
                error_at(b, lists[l].items[i], "duplicate argument '%s' in function definition",
                         name);
                return;
            }
            add_use(b, name, MI_SYM_PARAM);
        }
    }
    if (args->u.arguments.vararg != NULL)
        add_use(b, args->u.arguments.vararg->u.arg.arg, MI_SYM_PARAM);
    if (args->u.arguments.kwarg != NULL)
        add_use(b, args->u.arguments.kwarg->u.arg.arg, MI_SYM_PARAM);
}

/* Defaults and annotations are evaluated where the def stands. */
static void
visit_arg_defaults(Builder *b, MiAst *args)
{
    MiAstList kd = args->u.arguments.kw_defaults;
    visit_exprs(b, args->u.arguments.defaults);
    for (int i = 0; i < kd.len; i++) {
        if (kd.items[i] != NULL)
            visit_expr(b, kd.items[i]);
    }
}

static void
visit_annotations(Builder *b, MiAst *args, MiAst *returns)
{
    MiAstList lists[3] = {args->u.arguments.posonlyargs, args->u.arguments.args,
                          args->u.arguments.kwonlyargs};
    for (int l = 0; l < 3; l++) {
        for (int i = 0; i < lists[l].len; i++) {
            if (lists[l].items[i]->u.arg.annotation != NULL)
                visit_expr(b, lists[l].items[i]->u.arg.annotation);
        }
    }
    if (args->u.arguments.vararg && args->u.arguments.vararg->u.arg.annotation)
        visit_expr(b, args->u.arguments.vararg->u.arg.annotation);
    if (args->u.arguments.kwarg && args->u.arguments.kwarg->u.arg.annotation)
        visit_expr(b, args->u.arguments.kwarg->u.arg.annotation);
    if (returns != NULL)
        visit_expr(b, returns);
}

static void
visit_comprehension(Builder *b, MiAst *e)
{
    MiAstList gens = e->u.comp.generators;
    MiScope *outer = b->cur;
    const char *name;
    int is_genexp = e->kind == MI_AST_GENERATOREXP;
    switch (e->kind) {
    case MI_AST_LISTCOMP: name = "<listcomp>"; break;
    case MI_AST_SETCOMP: name = "<setcomp>"; break;
    case MI_AST_DICTCOMP: name = "<dictcomp>"; break;
    default: name = "<genexpr>"; break;
    }
    /* the outermost iterable is evaluated in the enclosing scope */
    visit_expr(b, gens.items[0]->u.comprehension.iter);
    if (b->failed || enter_scope(b, MI_SCOPE_FUNCTION, name, e) == NULL)
        return;
    b->cur->is_comprehension = 1;
    b->cur->is_generator = is_genexp;
    add_use(b, ".0", MI_SYM_PARAM);
    for (int i = 0; i < gens.len && !b->failed; i++) {
        MiAst *g = gens.items[i];
        if (i > 0)
            visit_expr(b, g->u.comprehension.iter);
        visit_expr(b, g->u.comprehension.target);
        visit_exprs(b, g->u.comprehension.ifs);
    }
    visit_expr(b, e->u.comp.elt);
    if (e->kind == MI_AST_DICTCOMP)
        visit_expr(b, e->u.comp.value);
    b->cur = outer;
}

/* x := v inside a comprehension binds x in the enclosing function or
 * module (PEP 572). */
static void
visit_named_target(Builder *b, MiAst *target)
{
    const char *name = target->u.name.id;
    MiScope *s = b->cur;
    if (!s->is_comprehension) {
        add_use(b, name, MI_SYM_BOUND);
        return;
    }
    for (MiScope *c = s; c != NULL; c = c->parent) {
        MiSymbol *it = mi_scope_lookup(c, name);
        if (c->is_comprehension && it != NULL && (it->flags & MI_SYM_COMP_ITER)) {
            error_at(b, target, "assignment expression cannot rebind comprehension iteration "
                     "variable '%s'", name);
            return;
        }
        if (!c->is_comprehension) {
            MiScope *saved = b->cur;
            if (c->kind == MI_SCOPE_CLASS) {
                error_at(b, target, "assignment expression within a comprehension cannot be "
                         "used in a class body%s", "");
                return;
            }
            b->cur = c;
            add_use(b, name, MI_SYM_BOUND);
            b->cur = saved;
            /* every comprehension in between refers to it */
            for (MiScope *d = s; d != c; d = d->parent) {
                MiSymbol *sym = get_symbol(d, name);
                if (sym == NULL) {
                    nomem(b);
                    return;
                }
                sym->flags |= c->kind == MI_SCOPE_MODULE ? MI_SYM_GLOBAL : MI_SYM_NONLOCAL;
            }
            return;
        }
    }
}

static void
visit_expr(Builder *b, MiAst *e)
{
    if (e == NULL || b->failed)
        return;
    switch (e->kind) {
    case MI_AST_NAME:
        if (e->u.name.ctx == MI_CTX_LOAD) {
            add_use(b, e->u.name.id, MI_SYM_USED);
            if (b->cur->kind == MI_SCOPE_FUNCTION && strcmp(e->u.name.id, "super") == 0) {
                add_use(b, "__class__", MI_SYM_USED);
            }
        } else {
            int flag = MI_SYM_BOUND;
            if (b->cur->is_comprehension && e->u.name.ctx == MI_CTX_STORE)
                flag |= MI_SYM_COMP_ITER;
            add_use(b, e->u.name.id, flag);
        }
        break;
    case MI_AST_BOOLOP:
        visit_exprs(b, e->u.boolop.values);
        break;
    case MI_AST_NAMEDEXPR:
        visit_expr(b, e->u.namedexpr.value);
        visit_named_target(b, e->u.namedexpr.target);
        break;
    case MI_AST_BINOP:
        visit_expr(b, e->u.binop.left);
        visit_expr(b, e->u.binop.right);
        break;
    case MI_AST_UNARYOP:
        visit_expr(b, e->u.unaryop.operand);
        break;
    case MI_AST_LAMBDA: {
        MiScope *outer = b->cur;
        visit_arg_defaults(b, e->u.lambda.args);
        if (b->failed || enter_scope(b, MI_SCOPE_FUNCTION, "<lambda>", e) == NULL)
            return;
        b->cur->is_lambda = 1;
        visit_params(b, e->u.lambda.args);
        visit_expr(b, e->u.lambda.body);
        b->cur = outer;
        break;
    }
    case MI_AST_IFEXP:
        visit_expr(b, e->u.ifexp.test);
        visit_expr(b, e->u.ifexp.body);
        visit_expr(b, e->u.ifexp.orelse);
        break;
    case MI_AST_DICT:
        for (int i = 0; i < e->u.dict.keys.len; i++) {
            visit_expr(b, e->u.dict.keys.items[i]);
            visit_expr(b, e->u.dict.values.items[i]);
        }
        break;
    case MI_AST_SET:
    case MI_AST_LIST:
    case MI_AST_TUPLE:
        visit_exprs(b, e->u.seq.elts);
        break;
    case MI_AST_LISTCOMP:
    case MI_AST_SETCOMP:
    case MI_AST_DICTCOMP:
    case MI_AST_GENERATOREXP:
        visit_comprehension(b, e);
        break;
    case MI_AST_YIELD:
    case MI_AST_YIELDFROM:
        if (b->cur->kind != MI_SCOPE_FUNCTION) {
            error_at(b, e, "'%s' outside function", e->kind == MI_AST_YIELD ? "yield"
                                                                              : "yield from");
            return;
        }
        if (b->cur->is_comprehension && !b->cur->is_generator) {
            const char *what = strcmp(b->cur->name, "<listcomp>") == 0 ? "list comprehension"
                             : strcmp(b->cur->name, "<setcomp>") == 0 ? "set comprehension"
                                                                       : "dict comprehension";
            error_at(b, e, "'yield' inside %s", what);
            return;
        }
        if (b->cur->is_comprehension) {
            error_at(b, e, "'yield' inside generator expression%s", "");
            return;
        }
        b->cur->is_generator = 1;
        visit_expr(b, e->u.yield.value);
        break;
    case MI_AST_COMPARE:
        visit_expr(b, e->u.compare.left);
        for (int i = 0; i < e->u.compare.count; i++)
            visit_expr(b, e->u.compare.comparators[i]);
        break;
    case MI_AST_CALL:
        visit_expr(b, e->u.call.func);
        visit_exprs(b, e->u.call.args);
        for (int i = 0; i < e->u.call.keywords.len; i++)
            visit_expr(b, e->u.call.keywords.items[i]->u.keyword.value);
        break;
    case MI_AST_FORMATTEDVALUE:
        visit_expr(b, e->u.formatted.value);
        visit_expr(b, e->u.formatted.format_spec);
        break;
    case MI_AST_JOINEDSTR:
        visit_exprs(b, e->u.joined.values);
        break;
    case MI_AST_ATTRIBUTE:
        visit_expr(b, e->u.attribute.value);
        break;
    case MI_AST_SUBSCRIPT:
        visit_expr(b, e->u.subscript.value);
        visit_expr(b, e->u.subscript.slice);
        break;
    case MI_AST_STARRED:
        visit_expr(b, e->u.starred.value);
        break;
    case MI_AST_SLICE:
        visit_expr(b, e->u.slice.lower);
        visit_expr(b, e->u.slice.upper);
        visit_expr(b, e->u.slice.step);
        break;
    default:
        break;
    }
}

static void
declare(Builder *b, MiAst *s, int flag)
{
    MiAstNames names = s->u.names;
    const char *what = flag == MI_SYM_GLOBAL ? "global" : "nonlocal";
    for (int i = 0; i < names.len && !b->failed; i++) {
        const char *name = names.items[i];
        MiSymbol *sym = lookup(b, name);
        if (flag == MI_SYM_NONLOCAL && b->cur->kind == MI_SCOPE_MODULE) {
            error_at(b, s, "nonlocal declaration not allowed at module level%s", "");
            return;
        }
        if (sym != NULL) {
            int other = flag == MI_SYM_GLOBAL ? MI_SYM_NONLOCAL : MI_SYM_GLOBAL;
            char msg[160];
            if (sym->flags & other) {
                snprintf(msg, sizeof msg, "name '%s' is nonlocal and global", name);
                error_at(b, s, "%s", msg);
                return;
            }
            if (flag == MI_SYM_NONLOCAL && (sym->flags & MI_SYM_PARAM)) {
                snprintf(msg, sizeof msg, "name '%s' is parameter and nonlocal", name);
                error_at(b, s, "%s", msg);
                return;
            }
            if (flag == MI_SYM_GLOBAL && (sym->flags & MI_SYM_PARAM)) {
                snprintf(msg, sizeof msg, "name '%s' is parameter and global", name);
                error_at(b, s, "%s", msg);
                return;
            }
            if (sym->flags & (MI_SYM_BOUND | MI_SYM_USED | MI_SYM_ANNOT)) {
                const char *how = (sym->flags & MI_SYM_ANNOT) ? "annotated"
                                : (sym->flags & MI_SYM_BOUND) ? "assigned to" : "used";
                snprintf(msg, sizeof msg, "name '%s' is %s before %s declaration", name, how,
                         what);
                error_at(b, s, "%s", msg);
                return;
            }
        }
        add_use(b, name, flag);
    }
}

/* The name an `import a.b.c` statement binds: "a". */
static const char *
import_bound_name(Builder *b, MiAst *alias)
{
    const char *name = alias->u.alias.asname ? alias->u.alias.asname : alias->u.alias.name;
    const char *dot = strchr(name, '.');
    if (dot == NULL || alias->u.alias.asname != NULL)
        return name;
    return mi_arena_strndup(b->st->arena, name, (size_t)(dot - name));
}

/* The names a pattern binds, and the expressions in it. */
static void
visit_pattern(Builder *b, MiAst *p)
{
    if (p == NULL || b->failed)
        return;
    switch (p->kind) {
    case MI_AST_MATCHVALUE:
    case MI_AST_MATCHSINGLETON:
        visit_expr(b, p->u.matchvalue.value);
        break;
    case MI_AST_MATCHSEQUENCE:
    case MI_AST_MATCHOR:
        for (int i = 0; i < p->u.matchseq.patterns.len; i++)
            visit_pattern(b, p->u.matchseq.patterns.items[i]);
        break;
    case MI_AST_MATCHMAPPING:
        visit_exprs(b, p->u.matchmapping.keys);
        for (int i = 0; i < p->u.matchmapping.patterns.len; i++)
            visit_pattern(b, p->u.matchmapping.patterns.items[i]);
        if (p->u.matchmapping.rest != NULL)
            add_use(b, p->u.matchmapping.rest, MI_SYM_BOUND);
        break;
    case MI_AST_MATCHCLASS:
        visit_expr(b, p->u.matchclass.cls);
        for (int i = 0; i < p->u.matchclass.patterns.len; i++)
            visit_pattern(b, p->u.matchclass.patterns.items[i]);
        for (int i = 0; i < p->u.matchclass.kwd_patterns.len; i++)
            visit_pattern(b, p->u.matchclass.kwd_patterns.items[i]);
        break;
    case MI_AST_MATCHSTAR:
        if (p->u.matchstar.name != NULL)
            add_use(b, p->u.matchstar.name, MI_SYM_BOUND);
        break;
    case MI_AST_MATCHAS:
        visit_pattern(b, p->u.matchas.pattern);
        if (p->u.matchas.name != NULL)
            add_use(b, p->u.matchas.name, MI_SYM_BOUND);
        break;
    default:
        break;
    }
}

static void
visit_stmt(Builder *b, MiAst *s)
{
    if (b->failed)
        return;
    switch (s->kind) {
    case MI_AST_FUNCTIONDEF: {
        MiScope *outer = b->cur;
        add_use(b, s->u.funcdef.name, MI_SYM_BOUND);
        visit_exprs(b, s->u.funcdef.decorators);
        visit_arg_defaults(b, s->u.funcdef.args);
        visit_annotations(b, s->u.funcdef.args, s->u.funcdef.returns);
        if (b->failed || enter_scope(b, MI_SCOPE_FUNCTION, s->u.funcdef.name, s) == NULL)
            return;
        visit_params(b, s->u.funcdef.args);
        visit_stmts(b, s->u.funcdef.body);
        b->cur = outer;
        break;
    }
    case MI_AST_CLASSDEF: {
        MiScope *outer = b->cur;
        add_use(b, s->u.classdef.name, MI_SYM_BOUND);
        visit_exprs(b, s->u.classdef.bases);
        for (int i = 0; i < s->u.classdef.keywords.len; i++)
            visit_expr(b, s->u.classdef.keywords.items[i]->u.keyword.value);
        visit_exprs(b, s->u.classdef.decorators);
        if (b->failed || enter_scope(b, MI_SCOPE_CLASS, s->u.classdef.name, s) == NULL)
            return;
        b->cur->private_name = s->u.classdef.name;
        visit_stmts(b, s->u.classdef.body);
        b->cur = outer;
        break;
    }
    case MI_AST_RETURN:
    case MI_AST_EXPR:
        visit_expr(b, s->u.ret.value);
        break;
    case MI_AST_DELETE:
        visit_exprs(b, s->u.del.targets);
        break;
    case MI_AST_ASSIGN:
        visit_expr(b, s->u.assign.value);
        visit_exprs(b, s->u.assign.targets);
        break;
    case MI_AST_AUGASSIGN:
        visit_expr(b, s->u.augassign.value);
        if (s->u.augassign.target->kind == MI_AST_NAME) {
            add_use(b, s->u.augassign.target->u.name.id, MI_SYM_USED | MI_SYM_BOUND);
        } else {
            visit_expr(b, s->u.augassign.target);
        }
        break;
    case MI_AST_ANNASSIGN: {
        MiAst *t = s->u.annassign.target;
        if (t->kind == MI_AST_NAME) {
            MiSymbol *sym = lookup(b, t->u.name.id);
            if (sym != NULL && (sym->flags & (MI_SYM_GLOBAL | MI_SYM_NONLOCAL)) &&
                s->u.annassign.simple) {
                error_at(b, s, (sym->flags & MI_SYM_GLOBAL) ? "annotated name '%s' can't be global"
                                                             : "annotated name '%s' can't be nonlocal",
                         t->u.name.id);
                return;
            }
            add_use(b, t->u.name.id, MI_SYM_ANNOT | (s->u.annassign.value ? MI_SYM_BOUND : 0));
            if (s->u.annassign.value == NULL && s->u.annassign.simple &&
                b->cur->kind == MI_SCOPE_FUNCTION)
                add_use(b, t->u.name.id, MI_SYM_BOUND);
        } else {
            visit_expr(b, t);
        }
        if (b->cur->kind != MI_SCOPE_FUNCTION)
            visit_expr(b, s->u.annassign.annotation);
        visit_expr(b, s->u.annassign.value);
        break;
    }
    case MI_AST_FOR:
        visit_expr(b, s->u.for_.target);
        visit_expr(b, s->u.for_.iter);
        visit_stmts(b, s->u.for_.body);
        visit_stmts(b, s->u.for_.orelse);
        break;
    case MI_AST_WHILE:
    case MI_AST_IF:
        visit_expr(b, s->u.while_.test);
        visit_stmts(b, s->u.while_.body);
        visit_stmts(b, s->u.while_.orelse);
        break;
    case MI_AST_WITH:
        for (int i = 0; i < s->u.with.items.len; i++) {
            visit_expr(b, s->u.with.items.items[i]->u.withitem.context_expr);
            visit_expr(b, s->u.with.items.items[i]->u.withitem.optional_vars);
        }
        visit_stmts(b, s->u.with.body);
        break;
    case MI_AST_RAISE:
        visit_expr(b, s->u.raise.exc);
        visit_expr(b, s->u.raise.cause);
        break;
    case MI_AST_TRY:
        visit_stmts(b, s->u.try_.body);
        for (int i = 0; i < s->u.try_.handlers.len; i++) {
            MiAst *h = s->u.try_.handlers.items[i];
            visit_expr(b, h->u.handler.type);
            if (h->u.handler.name != NULL)
                add_use(b, h->u.handler.name, MI_SYM_BOUND);
            visit_stmts(b, h->u.handler.body);
        }
        visit_stmts(b, s->u.try_.orelse);
        visit_stmts(b, s->u.try_.finalbody);
        break;
    case MI_AST_ASSERT:
        visit_expr(b, s->u.assert_.test);
        visit_expr(b, s->u.assert_.msg);
        break;
    case MI_AST_IMPORT:
        for (int i = 0; i < s->u.import.names.len; i++) {
            const char *name = import_bound_name(b, s->u.import.names.items[i]);
            if (name == NULL) {
                nomem(b);
                return;
            }
            add_use(b, name, MI_SYM_BOUND);
        }
        break;
    case MI_AST_IMPORTFROM:
        for (int i = 0; i < s->u.importfrom.names.len; i++) {
            MiAst *a = s->u.importfrom.names.items[i];
            if (strcmp(a->u.alias.name, "*") == 0) {
                if (b->cur->kind != MI_SCOPE_MODULE) {
                    error_at(b, s, "import * only allowed at module level%s", "");
                    return;
                }
                continue;
            }
            add_use(b, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, MI_SYM_BOUND);
        }
        break;
    case MI_AST_MATCH:
        visit_expr(b, s->u.match.subject);
        for (int i = 0; i < s->u.match.cases.len && !b->failed; i++) {
            MiAst *mc = s->u.match.cases.items[i];
            visit_pattern(b, mc->u.match_case.pattern);
            visit_expr(b, mc->u.match_case.guard);
            visit_stmts(b, mc->u.match_case.body);
        }
        break;
    case MI_AST_GLOBAL:
        declare(b, s, MI_SYM_GLOBAL);
        break;
    case MI_AST_NONLOCAL:
        declare(b, s, MI_SYM_NONLOCAL);
        break;
    default:
        break;
    }
}

static void
visit_stmts(Builder *b, MiAstList list)
{
    for (int i = 0; i < list.len && !b->failed; i++)
        visit_stmt(b, list.items[i]);
}

/* ---- pass 2: resolving ------------------------------------------------------------- */

typedef struct Analyzer {
    Builder *b;
} Analyzer;

/* Resolves the names of `scope`.  `bound`: names bound by enclosing
 * function scopes.  On return `free_out` gains the names free in `scope`
 * or its children that an enclosing scope must provide. */
static int
analyze_scope(Builder *b, MiScope *scope, const NameSet *bound, NameSet *free_out)
{
    NameSet newbound = {0}, child_free = {0}, local = {0};
    int rc = -1;

    for (int i = 0; i < scope->norder; i++) {
        MiSymbol *sym = mi_scope_lookup(scope, scope->order[i]);
        int flags = sym->flags;
        if (flags & MI_SYM_GLOBAL) {
            sym->scope = MI_GLOBAL_EXPLICIT;
        } else if (flags & MI_SYM_NONLOCAL) {
            if (!set_has(bound, sym->name)) {
                error_at(b, scope->node, "no binding for nonlocal '%s' found", sym->name);
                goto done;
            }
            sym->scope = MI_FREE;
            if (set_add(free_out, sym->name) < 0)
                goto nomemory;
        } else if (flags & (MI_SYM_BOUND | MI_SYM_PARAM)) {
            sym->scope = MI_LOCAL;
            if (set_add(&local, sym->name) < 0)
                goto nomemory;
        } else if (scope->kind != MI_SCOPE_MODULE && set_has(bound, sym->name)) {
            sym->scope = MI_FREE;
            if (set_add(free_out, sym->name) < 0)
                goto nomemory;
        } else {
            sym->scope = MI_GLOBAL_IMPLICIT;
        }
    }
    /* what the children may see: our locals when we are a function */
    if (set_copy(&newbound, bound) < 0)
        goto nomemory;
    if (scope->kind == MI_SCOPE_FUNCTION && set_copy(&newbound, &local) < 0)
        goto nomemory;
    if (scope->kind == MI_SCOPE_CLASS && set_add(&newbound, "__class__") < 0)
        goto nomemory;
    for (int i = 0; i < scope->nchildren; i++) {
        if (analyze_scope(b, scope->children[i], &newbound, &child_free) < 0)
            goto done;
    }
    /* the children's free names: cells here, or free here too */
    for (int i = 0; i < child_free.n; i++) {
        const char *name = child_free.names[i];
        MiSymbol *sym = mi_scope_lookup(scope, name);
        if (scope->kind == MI_SCOPE_CLASS && strcmp(name, "__class__") == 0) {
            scope->needs_class_cell = 1;
            continue;
        }
        if (sym != NULL && scope->kind == MI_SCOPE_FUNCTION &&
            (sym->scope == MI_LOCAL || sym->scope == MI_CELL)) {
            sym->scope = MI_CELL;
            continue;
        }
        if (sym != NULL && sym->scope == MI_FREE) {
            /* already free here: passed up already */
            continue;
        }
        if (sym != NULL && scope->kind == MI_SCOPE_CLASS && sym->scope == MI_LOCAL) {
            /* a class's own binding is not visible to its methods: the
             * name comes from further out; the class both binds it and
             * passes the enclosing cell through (CPython's DEF_FREE_CLASS) */
            sym->flags |= MI_SYM_FREE_CLASS;
            if (set_add(free_out, name) < 0)
                goto nomemory;
            continue;
        }
        if (sym == NULL) {
            sym = get_symbol(scope, name);
            if (sym == NULL)
                goto nomemory;
        }
        if (sym->scope == MI_GLOBAL_EXPLICIT)
            continue;
        if (sym->scope != MI_LOCAL)
            sym->scope = MI_FREE;
        if (set_add(free_out, name) < 0)
            goto nomemory;
    }
    rc = 0;
    goto done;
nomemory:
    nomem(b);
done:
    set_free(&newbound);
    set_free(&child_free);
    set_free(&local);
    return b->failed ? -1 : rc;
}

/* ---- entry points -------------------------------------------------------------------- */

int
mi_symtable_build(MiSymtable *st, MiAst *root)
{
    Builder b = {st, NULL, 0, 0};
    NameSet bound = {0}, free = {0};
    if (enter_scope(&b, MI_SCOPE_MODULE, "top", root) == NULL)
        return -1;
    st->top = b.cur;
    if (root->kind == MI_AST_EXPRESSION)
        visit_expr(&b, root->u.root.expr);
    else
        visit_stmts(&b, root->u.root.body);
    if (!b.failed)
        analyze_scope(&b, st->top, &bound, &free);
    set_free(&bound);
    set_free(&free);
    return b.failed ? -1 : 0;
}

static void
free_scope(MiScope *s)
{
    for (int i = 0; i < s->nchildren; i++)
        free_scope(s->children[i]);
    free(s->children);
    free(s->syms);
    free(s->order);
    free(s);
}

void
mi_symtable_free(MiSymtable *st)
{
    if (st != NULL && st->top != NULL) {
        free_scope(st->top);
        st->top = NULL;
    }
}
