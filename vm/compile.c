/* vm/compile.c: code generation, AST -> instructions, one MiUnit per code
 * object (module, class body, function, lambda, comprehension).
 *
 *   - Names compile by scope (vm/symtable.c): fast locals, cells
 *     (LOAD_DEREF), globals (LOAD_GLOBAL) and, in module and class bodies,
 *     LOAD_NAME.
 *   - Exceptions use a table of protected ranges: every instruction is
 *     tagged with the innermost active handler (u->cur_handler); a handler
 *     records the stack depth to unwind to.  break/continue/return inside
 *     try/with/except unwind the enclosing blocks first (unwind_fblock),
 *     running finally bodies inline, as CPython 3.11 does.
 *   - Calls push [NULL, callable, args] or, through LOAD_METHOD,
 *     [method, self, args], so method calls need no bound-method object.
 *   - Constants are deduplicated per code object (two equal string
 *     constants of one script are one object); identifier-like strings are
 *     interned.
 * Start reading at mi_compile_ast(). */
#include "vm/compile.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/bytes.h"
#include "vm/compile_internal.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/tuple.h"

typedef struct Compiler {
    MiUnit       *u;
    MiSymtable    st;
    MiObject     *filename;
    const char   *src;          /* for the text of syntax errors, may be NULL */
    size_t        srclen;
    MiSyntaxError err;
    int           failed;       /* an exception (or err) is set */
    int           interactive;
    MiObject     *merged;       /* const_key -> the one constant of that
                                 * value in the whole compilation */
    /* The value of each constant node and of each folded node, made once
     * (see node_value): what CPython's AST arena holds. */
    struct NodeValue { MiAst *node; MiObject *value; } *values;
    size_t        nvalues, values_cap;   /* entries, slots (a power of 2) */
} Compiler;

/* Marks a node whose folding failed in Compiler.values. */
static MiObject not_foldable;

#define CHECK(x)                                                              \
    do {                                                                      \
        if (!(x))                                                             \
            return 0;                                                         \
    } while (0)

/* ---- errors -------------------------------------------------------------------- */

/* The text of source line `line` (1-based), copied into the arena. */
static const char *
source_line(Compiler *c, int line)
{
    const char *p = c->src, *end, *start;
    if (p == NULL || line < 1)
        return NULL;
    end = p + c->srclen;
    for (int l = 1; l < line && p < end; p++) {
        if (*p == '\n')
            l++;
    }
    start = p;
    while (p < end && *p != '\n')
        p++;
    return mi_arena_strndup(c->st.arena, start, (size_t)(p - start));
}

/* Byte column -> 1-based character column in `text`. */
static int
char_col(const char *text, int bytecol)
{
    int col = 1;
    if (text == NULL)
        return bytecol + 1;
    for (int i = 0; i < bytecol && text[i]; i++) {
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            col++;
    }
    return col;
}

static int
syntax_error(Compiler *c, MiAst *node, const char *fmt, ...)
{
    va_list ap;
    if (c->failed)
        return 0;
    c->failed = 1;
    c->err.kind = MI_SYNERR_SYNTAX;
    va_start(ap, fmt);
    vsnprintf(c->err.msg, sizeof c->err.msg, fmt, ap);
    va_end(ap);
    c->err.line = node ? node->line : 0;
    c->err.text = source_line(c, c->err.line);
    c->err.col = node ? char_col(c->err.text, node->col) : 0;
    c->err.end_line = node ? node->end_line : 0;
    c->err.end_col = node && node->end_line == node->line ? char_col(c->err.text, node->end_col)
                                                          : 0;
    return 0;
}

/* An exception is already raised (MemoryError mostly). */
static int
failed(Compiler *c)
{
    c->failed = 1;
    c->err.kind = MI_SYNERR_NONE;
    return 0;
}

/* ---- units ------------------------------------------------------------------------- */

static void
unit_free(MiUnit *u)
{
    mi_free(u->code);
    mi_free(u->labels);
    mi_free(u->handlers);
    MI_XDECREF(u->consts);
    MI_XDECREF(u->const_index);
    MI_XDECREF(u->names);
    MI_XDECREF(u->name_index);
    MI_XDECREF(u->varnames);
    MI_XDECREF(u->cellvars);
    MI_XDECREF(u->freevars);
    MI_XDECREF(u->name);
    MI_XDECREF(u->qualname);
    mi_free(u);
}

static int
add_name_to(MiObject *list, const char *name)
{
    MiObject *s = mi_str_intern_cstr(name);
    int rc;
    if (s == NULL)
        return -1;
    rc = mi_list_append(list, s);
    MI_DECREF(s);
    return rc;
}

/* `name` as written in the current unit, mangled if private (see
 * mi_mangle); NULL with MemoryError set when out of memory. */
static const char *
mangle(Compiler *c, const char *name)
{
    const char *m = mi_mangle(c->st.arena, c->u->scope->private_name, name);
    if (m == NULL) {
        mi_err_nomemory();
        c->failed = 1;
    }
    return m;
}

/* Appends a parameter name (mangled) to the current unit's varnames. */
static int
add_param(Compiler *c, const char *name)
{
    if ((name = mangle(c, name)) == NULL)
        return -1;
    return add_name_to(c->u->varnames, name);
}

static intptr_t
list_index_of(MiObject *list, const char *name)
{
    for (intptr_t i = 0; i < MI_LIST_SIZE(list); i++) {
        if (mi_str_eq_cstr(MI_LIST_ITEMS(list)[i], name))
            return i;
    }
    return -1;
}

/* Opens a new unit for `scope`, with the fast locals (parameters first),
 * cells and free variables laid out. */
static int
enter_unit(Compiler *c, MiScope *scope, const char *name, MiObject *qualname, MiAst *args,
           int firstlineno)
{
    MiUnit *u = mi_calloc(1, sizeof(MiUnit));
    if (u == NULL) {
        mi_err_nomemory();
        return failed(c);
    }
    u->parent = c->u;
    u->scope = scope;
    u->cur_handler = -1;
    u->firstlineno = firstlineno;
    u->lineno = firstlineno;
    c->u = u;
    u->consts = mi_list_new(0);
    u->const_index = mi_dict_new();
    u->names = mi_list_new(0);
    u->name_index = mi_dict_new();
    u->varnames = mi_list_new(0);
    u->cellvars = mi_list_new(0);
    u->freevars = mi_list_new(0);
    u->name = mi_str_intern_cstr(name);
    u->qualname = qualname ? mi_newref(qualname) : mi_newref(u->name ? u->name : MI_NONE);
    if (u->consts == NULL || u->const_index == NULL || u->names == NULL ||
        u->name_index == NULL || u->varnames == NULL || u->cellvars == NULL ||
        u->freevars == NULL || u->name == NULL)
        return failed(c);
    if (scope->kind == MI_SCOPE_MODULE)
        u->flags |= MI_CO_MODULE;
    if (scope->kind == MI_SCOPE_CLASS)
        u->flags |= MI_CO_MODULE | MI_CO_CLASS_BODY;
    if (scope->is_generator)
        u->flags |= MI_CO_GENERATOR;
    if (scope->is_comprehension)
        u->flags |= MI_CO_COMPREHENSION;
    if (scope->parent != NULL && scope->parent->kind == MI_SCOPE_FUNCTION)
        u->flags |= MI_CO_NESTED;
    /* parameters first, in order: posonly, args, *args, kwonly, **kwargs */
    if (args != NULL) {
        MiAstList groups[2] = {args->u.arguments.posonlyargs, args->u.arguments.args};
        for (int g = 0; g < 2; g++) {
            for (int i = 0; i < groups[g].len; i++) {
                if (add_param(c, groups[g].items[i]->u.arg.arg) < 0)
                    return failed(c);
            }
        }
        u->posonlyargcount = args->u.arguments.posonlyargs.len;
        u->argcount = args->u.arguments.posonlyargs.len + args->u.arguments.args.len;
        u->kwonlyargcount = args->u.arguments.kwonlyargs.len;
        for (int i = 0; i < args->u.arguments.kwonlyargs.len; i++) {
            if (add_param(c, args->u.arguments.kwonlyargs.items[i]->u.arg.arg) < 0)
                return failed(c);
        }
        if (args->u.arguments.vararg != NULL) {
            u->flags |= MI_CO_VARARGS;
            if (add_param(c, args->u.arguments.vararg->u.arg.arg) < 0)
                return failed(c);
        }
        if (args->u.arguments.kwarg != NULL) {
            u->flags |= MI_CO_VARKEYWORDS;
            if (add_param(c, args->u.arguments.kwarg->u.arg.arg) < 0)
                return failed(c);
        }
    } else if (scope->is_comprehension) {
        if (add_name_to(u->varnames, ".0") < 0)
            return failed(c);
        u->argcount = 1;
    }
    if (args != NULL && !(u->flags & (MI_CO_VARARGS | MI_CO_VARKEYWORDS)) &&
        u->kwonlyargcount == 0)
        u->flags |= MI_CO_SIMPLE_ARGS;
    if (scope->is_comprehension)
        u->flags |= MI_CO_SIMPLE_ARGS;
    /* locals in first-use order, then cells and frees */
    for (int i = 0; i < scope->norder; i++) {
        MiSymbol *sym = mi_scope_lookup(scope, scope->order[i]);
        if (scope->kind == MI_SCOPE_FUNCTION && sym->scope == MI_LOCAL &&
            list_index_of(u->varnames, sym->name) < 0 && add_name_to(u->varnames, sym->name) < 0)
            return failed(c);
    }
    for (int i = 0; i < scope->norder; i++) {
        MiSymbol *sym = mi_scope_lookup(scope, scope->order[i]);
        if (sym->scope == MI_CELL && add_name_to(u->cellvars, sym->name) < 0)
            return failed(c);
    }
    if (scope->kind == MI_SCOPE_CLASS && scope->needs_class_cell &&
        add_name_to(u->cellvars, "__class__") < 0)
        return failed(c);
    for (int i = 0; i < scope->norder; i++) {
        MiSymbol *sym = mi_scope_lookup(scope, scope->order[i]);
        if ((sym->scope == MI_FREE || (sym->flags & MI_SYM_FREE_CLASS)) &&
            add_name_to(u->freevars, sym->name) < 0)
            return failed(c);
    }
    return 1;
}

static MiCode *
leave_unit(Compiler *c)
{
    MiUnit *u = c->u;
    MiCode *co = NULL;
    if (!c->failed) {
        co = mi_assemble(u, c->filename);
        if (co == NULL)
            failed(c);
    }
    c->u = u->parent;
    unit_free(u);
    return co;
}

/* ---- emitting ----------------------------------------------------------------------- */

static int
new_label(Compiler *c)
{
    MiUnit *u = c->u;
    if (u->nlabels == u->labels_cap) {
        int cap = u->labels_cap ? u->labels_cap * 2 : 16;
        int *p = mi_realloc(u->labels, (size_t)cap * sizeof(int));
        if (p == NULL) {
            mi_err_nomemory();
            failed(c);
            return 0;
        }
        u->labels = p;
        u->labels_cap = cap;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void
place_label(Compiler *c, int label)
{
    c->u->labels[label] = c->u->ncode;
}

static int
emit(Compiler *c, MiOpcode op, uint32_t arg)
{
    MiUnit *u = c->u;
    MiInstr *in;
    if (c->failed)
        return 0;
    if (arg > MI_MAX_ARG) {
        mi_err_format(MI_EXC(SystemError), "compiler: argument too large");
        return failed(c);
    }
    if (u->ncode == u->code_cap) {
        int cap = u->code_cap ? u->code_cap * 2 : 64;
        MiInstr *p = mi_realloc(u->code, (size_t)cap * sizeof(MiInstr));
        if (p == NULL) {
            mi_err_nomemory();
            return failed(c);
        }
        u->code = p;
        u->code_cap = cap;
    }
    in = &u->code[u->ncode++];
    in->op = (uint8_t)op;
    in->arg = arg;
    in->line = u->lineno;
    in->handler = u->cur_handler;
    return 1;
}

#define EMIT(op, arg) CHECK(emit(c, MI_OP_##op, (uint32_t)(arg)))
#define EMIT0(op) CHECK(emit(c, MI_OP_##op, 0))

static int
new_handler(Compiler *c, int label, int depth)
{
    MiUnit *u = c->u;
    if (u->nhandlers == u->handlers_cap) {
        int cap = u->handlers_cap ? u->handlers_cap * 2 : 8;
        MiHandler *p = mi_realloc(u->handlers, (size_t)cap * sizeof(MiHandler));
        if (p == NULL) {
            mi_err_nomemory();
            failed(c);
            return -1;
        }
        u->handlers = p;
        u->handlers_cap = cap;
    }
    u->handlers[u->nhandlers].label = label;
    u->handlers[u->nhandlers].depth = depth;
    return u->nhandlers++;
}

/* The dict key that makes equal-looking constants of different types (1,
 * 1.0, True, -0.0) distinct, as CPython's _PyCode_ConstantKey. */
static MiObject *
const_key(MiObject *o)
{
    if (o->type == &mi_float_type || o->type == &mi_complex_type) {
        MiObject *r = mi_obj_repr(o), *k;
        if (r == NULL)
            return NULL;
        k = mi_tuple_pack(2, (MiObject *)o->type, r);
        MI_DECREF(r);
        return k;
    }
    if (o->type == &mi_tuple_type) {
        MiObject *t = mi_tuple_new(MI_TUPLE_SIZE(o)), *k;
        if (t == NULL)
            return NULL;
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(o); i++) {
            MiObject *ik = const_key(MI_TUPLE_GET(o, i));
            if (ik == NULL) {
                MI_DECREF(t);
                return NULL;
            }
            MI_TUPLE_ITEMS(t)[i] = ik;
        }
        k = mi_tuple_pack(2, (MiObject *)o->type, t);
        MI_DECREF(t);
        return k;
    }
    if (o->type == &mi_code_type) {
        MiObject *id = mi_int_from_u64((uintptr_t)o), *k;
        if (id == NULL)
            return NULL;
        k = mi_tuple_pack(2, (MiObject *)o->type, id);
        MI_DECREF(id);
        return k;
    }
    return mi_tuple_pack(2, (MiObject *)o->type, o);
}

/* The constant equal to `o` (same type and value) that the compilation
 * already uses, else `o` itself, now registered: CPython merges equal
 * constants across every code object of a compilation and inside constant
 * tuples, so `'s' is f()` holds when f returns the literal 's' too.  New
 * reference; *key receives o's key (new reference).  NULL on error. */
static MiObject *
merge_const(Compiler *c, MiObject *o, MiObject **key)
{
    MiObject *k, *found;
    *key = NULL;
    if (o->type == &mi_tuple_type && MI_TUPLE_SIZE(o) > 0) {
        /* the items first, replaced in place by the canonical ones (as
         * CPython does: the tuple is the compiler's own) */
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(o); i++) {
            MiObject *ik, *item = merge_const(c, MI_TUPLE_GET(o, i), &ik);
            if (item == NULL)
                return NULL;
            MI_DECREF(ik);
            MI_SETREF(MI_TUPLE_ITEMS(o)[i], item);
        }
        MI_INCREF(o);
    } else if (o->type == &mi_frozenset_type) {
        /* rebuilt from its merged items, as CPython does */
        MiObject *items = mi_seq_to_tuple(o), *merged, *ik;
        if (items == NULL)
            return NULL;
        merged = merge_const(c, items, &ik);
        MI_DECREF(items);
        if (merged == NULL)
            return NULL;
        MI_DECREF(ik);
        o = mi_frozenset_new(merged);
        MI_DECREF(merged);
        if (o == NULL)
            return NULL;
    } else {
        MI_INCREF(o);
    }
    k = const_key(o);
    if (k == NULL) {
        MI_DECREF(o);
        return NULL;
    }
    found = mi_dict_get(c->merged, k);
    if (found != NULL) {
        MI_SETREF(o, mi_newref(found));
    } else if (mi_err_occurred() || mi_dict_set(c->merged, k, o) < 0) {
        MI_DECREF(k);
        MI_DECREF(o);
        return NULL;
    }
    *key = k;
    return o;
}

/* Index of constant `o` (borrowed) in the unit's constants. */
static intptr_t
add_const(Compiler *c, MiObject *o)
{
    MiUnit *u = c->u;
    MiObject *key, *idx;
    intptr_t i;
    if (c->failed)
        return -1;
    if (o->type != &mi_code_type) {
        o = merge_const(c, o, &key);
        if (o == NULL) {
            failed(c);
            return -1;
        }
        MI_DECREF(o);           /* c->merged keeps it alive */
    } else {
        key = const_key(o);
    }
    if (key == NULL) {
        failed(c);
        return -1;
    }
    idx = mi_dict_get(u->const_index, key);
    if (idx != NULL) {
        MI_DECREF(key);
        return mi_int_as_ssize(idx);
    }
    i = MI_LIST_SIZE(u->consts);
    idx = mi_int_from_i64(i);
    if (idx == NULL || mi_dict_set(u->const_index, key, idx) < 0 ||
        mi_list_append(u->consts, o) < 0) {
        MI_XDECREF(idx);
        MI_DECREF(key);
        failed(c);
        return -1;
    }
    MI_DECREF(idx);
    MI_DECREF(key);
    return i;
}

static int
emit_const(Compiler *c, MiObject *o)
{
    intptr_t i = add_const(c, o);
    if (i < 0)
        return 0;
    return emit(c, MI_OP_LOAD_CONST, (uint32_t)i);
}

/* Emits LOAD_CONST of a new reference `o` (consumed). */
static int
emit_const_new(Compiler *c, MiObject *o)
{
    int rc;
    if (o == NULL)
        return failed(c);
    rc = emit_const(c, o);
    MI_DECREF(o);
    return rc;
}

static intptr_t
add_name(Compiler *c, const char *name)
{
    MiUnit *u = c->u;
    MiObject *s, *idx;
    intptr_t i;
    s = mi_str_intern_cstr(name);
    if (s == NULL) {
        failed(c);
        return -1;
    }
    idx = mi_dict_get(u->name_index, s);
    if (idx != NULL) {
        MI_DECREF(s);
        return mi_int_as_ssize(idx);
    }
    i = MI_LIST_SIZE(u->names);
    idx = mi_int_from_i64(i);
    if (idx == NULL || mi_dict_set(u->name_index, s, idx) < 0 || mi_list_append(u->names, s) < 0) {
        MI_XDECREF(idx);
        MI_DECREF(s);
        failed(c);
        return -1;
    }
    MI_DECREF(idx);
    MI_DECREF(s);
    return i;
}

static int
emit_name_op(Compiler *c, MiOpcode op, const char *name)
{
    intptr_t i;
    if ((name = mangle(c, name)) == NULL)
        return 0;
    i = add_name(c, name);
    if (i < 0)
        return 0;
    return emit(c, op, (uint32_t)i);
}

static int
emit_jump(Compiler *c, MiOpcode op, int label)
{
    return emit(c, op, (uint32_t)label);
}

#define JUMP(op, label) CHECK(emit_jump(c, MI_OP_##op, label))

/* ---- constants from the AST ----------------------------------------------------------- */

static int
is_identifier_like(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') ||
              (ch >= 'A' && ch <= 'Z')))
            return 0;
    }
    return 1;
}

/* A new reference to the value of a Constant node. */
/* ---- the values of constant nodes -------------------------------------------------
 *
 * CPython's parser makes one object per literal and its AST optimiser one
 * per folded expression, all owned by the AST arena, which lives while a
 * script's module (or a REPL statement) runs.  Those references show in
 * sys.getrefcount (`a = 1000` at module level counts 4: a, the argument,
 * co_consts and the arena), so mini keeps the same objects the same while:
 * each node's value is made once, cached here, and handed to the caller of
 * the compilation (see mi_compile_source's `keep`). */

static size_t
node_slot(Compiler *c, MiAst *node)
{
    size_t mask = c->values_cap - 1, i = ((uintptr_t)node >> 4) * 0x9E3779B97F4A7C15ull >> 7;
    for (i &= mask; c->values[i].node != NULL && c->values[i].node != node; i = (i + 1) & mask)
        ;
    return i;
}

/* The cached value of node (borrowed; &not_foldable when it does not
 * fold), or NULL when not computed yet. */
static MiObject *
node_cached(Compiler *c, MiAst *node)
{
    if (c->values_cap == 0)
        return NULL;
    return c->values[node_slot(c, node)].value;
}

/* Caches value (a new reference, or &not_foldable) for node. */
static void
node_remember(Compiler *c, MiAst *node, MiObject *value)
{
    size_t i;
    if ((c->nvalues + 1) * 2 > c->values_cap) {
        size_t cap = c->values_cap ? c->values_cap * 2 : 64;
        struct NodeValue *old = c->values, *nv = mi_malloc(cap * sizeof *nv);
        size_t oldcap = c->values_cap;
        if (nv == NULL) {
            if (value != &not_foldable)
                MI_DECREF(value);       /* not cached: only the arena effect is lost */
            return;
        }
        memset(nv, 0, cap * sizeof *nv);
        c->values = nv;
        c->values_cap = cap;
        for (size_t k = 0; k < oldcap; k++) {
            if (old[k].node != NULL)
                c->values[node_slot(c, old[k].node)] = old[k];
        }
        mi_free(old);
    }
    i = node_slot(c, node);
    c->values[i].node = node;
    c->values[i].value = value;
    c->nvalues++;
}

/* Drops the cache; with keep != NULL, *keep receives a list of the values
 * (new reference, or NULL when out of memory). */
static void
node_values_release(Compiler *c, MiObject **keep)
{
    MiObject *list = keep != NULL ? mi_list_new(0) : NULL;
    for (size_t k = 0; k < c->values_cap; k++) {
        MiObject *v = c->values[k].value;
        if (c->values[k].node == NULL || v == &not_foldable)
            continue;
        if (list != NULL && mi_list_append(list, v) < 0)
            MI_CLEAR(list);
        MI_DECREF(v);
    }
    mi_free(c->values);
    c->values = NULL;
    c->nvalues = c->values_cap = 0;
    if (keep != NULL) {
        if (list == NULL)
            mi_err_clear();
        *keep = list;
    }
}

static MiObject *
constant_value(MiAst *e)
{
    switch (e->u.constant.kind) {
    case MI_CONST_NONE: return mi_newref(MI_NONE);
    case MI_CONST_TRUE: return mi_newref(MI_TRUE);
    case MI_CONST_FALSE: return mi_newref(MI_FALSE);
    case MI_CONST_ELLIPSIS: return mi_newref(MI_ELLIPSIS);
    case MI_CONST_INT:
        return mi_int_from_string(e->u.constant.text, strlen(e->u.constant.text), 0);
    case MI_CONST_FLOAT: return mi_float_new(e->u.constant.number);
    case MI_CONST_IMAG: return mi_complex_new(0.0, e->u.constant.number);
    case MI_CONST_STR: {
        MiObject *s = mi_str_new(e->u.constant.text, (intptr_t)e->u.constant.len);
        if (s != NULL && is_identifier_like(e->u.constant.text, e->u.constant.len))
            s = mi_str_intern(s);
        return s;
    }
    case MI_CONST_BYTES:
        return mi_bytes_new(e->u.constant.text, (intptr_t)e->u.constant.len);
    }
    return mi_newref(MI_NONE);
}

/* ---- names -------------------------------------------------------------------------------- */

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } NameCtx;

static int
compile_name(Compiler *c, const char *name, NameCtx ctx, MiAst *node)
{
    MiUnit *u = c->u;
    MiScope *scope = u->scope;
    MiSymbol *sym;
    MiSymScope where;
    intptr_t idx;
    if ((name = mangle(c, name)) == NULL)
        return 0;
    sym = mi_scope_lookup(scope, name);
    where = sym ? sym->scope : MI_GLOBAL_IMPLICIT;
    if (strcmp(name, "__debug__") == 0) {
        if (ctx != CTX_LOAD)
            return syntax_error(c, node, "cannot assign to __debug__");
        return emit_const(c, MI_TRUE);
    }
    if (scope->kind == MI_SCOPE_CLASS && strcmp(name, "__class__") == 0 && ctx == CTX_LOAD &&
        scope->needs_class_cell && (sym == NULL || sym->scope != MI_LOCAL))
        where = MI_CELL;
    switch (where) {
    case MI_CELL:
    case MI_FREE:
        if (where == MI_CELL) {
            idx = list_index_of(u->cellvars, name);
            idx += MI_LIST_SIZE(u->varnames);
        } else {
            idx = list_index_of(u->freevars, name);
            idx += MI_LIST_SIZE(u->varnames) + MI_LIST_SIZE(u->cellvars);
        }
        if (scope->kind == MI_SCOPE_CLASS && ctx == CTX_LOAD && where == MI_FREE) {
            /* class body: its own dict first, then the enclosing cell */
            CHECK(add_name(c, name) >= 0);
            return emit(c, MI_OP_LOAD_CLASSDEREF, (uint32_t)idx);
        }
        if (scope->kind == MI_SCOPE_CLASS && where == MI_FREE && ctx != CTX_LOAD)
            break;          /* nonlocal x in a class body: the cell */
        return emit(c, ctx == CTX_LOAD ? MI_OP_LOAD_DEREF
                       : ctx == CTX_STORE ? MI_OP_STORE_DEREF : MI_OP_DELETE_DEREF,
                    (uint32_t)idx);
    case MI_LOCAL:
        if (scope->kind == MI_SCOPE_FUNCTION) {
            idx = list_index_of(u->varnames, name);
            return emit(c, ctx == CTX_LOAD ? MI_OP_LOAD_FAST
                           : ctx == CTX_STORE ? MI_OP_STORE_FAST : MI_OP_DELETE_FAST,
                        (uint32_t)idx);
        }
        return emit_name_op(c, ctx == CTX_LOAD ? MI_OP_LOAD_NAME
                               : ctx == CTX_STORE ? MI_OP_STORE_NAME : MI_OP_DELETE_NAME, name);
    case MI_GLOBAL_EXPLICIT:
        return emit_name_op(c, ctx == CTX_LOAD ? MI_OP_LOAD_GLOBAL
                               : ctx == CTX_STORE ? MI_OP_STORE_GLOBAL : MI_OP_DELETE_GLOBAL,
                            name);
    case MI_GLOBAL_IMPLICIT:
    default:
        if (scope->kind == MI_SCOPE_FUNCTION)
            return emit_name_op(c, ctx == CTX_LOAD ? MI_OP_LOAD_GLOBAL
                                   : ctx == CTX_STORE ? MI_OP_STORE_GLOBAL : MI_OP_DELETE_GLOBAL,
                                name);
        return emit_name_op(c, ctx == CTX_LOAD ? MI_OP_LOAD_NAME
                               : ctx == CTX_STORE ? MI_OP_STORE_NAME : MI_OP_DELETE_NAME, name);
    }
    /* class body storing to a free variable */
    idx = list_index_of(u->freevars, name) + MI_LIST_SIZE(u->varnames) + MI_LIST_SIZE(u->cellvars);
    return emit(c, ctx == CTX_STORE ? MI_OP_STORE_DEREF : MI_OP_DELETE_DEREF, (uint32_t)idx);
}

/* ---- expressions -------------------------------------------------------------------------- */

static int expr(Compiler *c, MiAst *e);
static int stmts(Compiler *c, MiAstList list);
static int store_target(Compiler *c, MiAst *t);

static int
exprs(Compiler *c, MiAstList list)
{
    for (int i = 0; i < list.len; i++)
        CHECK(expr(c, list.items[i]));
    return 1;
}

static int
has_starred(MiAstList elts)
{
    for (int i = 0; i < elts.len; i++) {
        if (elts.items[i]->kind == MI_AST_STARRED)
            return 1;
    }
    return 0;
}

static MiObject *fold(Compiler *c, MiAst *e);
static int foldable(Compiler *c, MiAst *e);

/* Do all items fold to constants (for a constant tuple)? */
static int
all_constant(Compiler *c, MiAstList elts)
{
    for (int i = 0; i < elts.len; i++) {
        if (!foldable(c, elts.items[i]))
            return 0;
    }
    return 1;
}

/* The tuple of the constant items of elts (new reference), or NULL. */
static MiObject *
constant_tuple(Compiler *c, MiAstList elts)
{
    MiObject *t = mi_tuple_new(elts.len);
    if (t == NULL) {
        failed(c);
        return NULL;
    }
    for (int i = 0; i < elts.len; i++) {
        MiObject *v = fold(c, elts.items[i]);
        if (v == NULL) {
            MI_DECREF(t);
            failed(c);
            return NULL;
        }
        MI_TUPLE_ITEMS(t)[i] = v;
    }
    return t;
}

/* A constant list or set display folded as CPython 3.10 folds it: a tuple,
 * or a frozenset (which merge_const then rebuilds from its iteration, as
 * CPython's constant merging does: that fixes the order in which the set
 * is iterated).  New reference, or NULL. */
static MiObject *
folded_display(Compiler *c, MiAst *e)
{
    MiObject *t = constant_tuple(c, e->u.seq.elts), *fs;
    if (t == NULL || e->kind != MI_AST_SET)
        return t;
    fs = mi_frozenset_new(t);
    MI_DECREF(t);
    if (fs == NULL)
        failed(c);
    return fs;
}

/* The operand of `in` or the iterable of `for`: a list or set display of
 * constants becomes a constant tuple or frozenset (CPython's AST
 * optimiser does the same). */
static int
compile_iterable(Compiler *c, MiAst *e)
{
    if ((e->kind == MI_AST_LIST || e->kind == MI_AST_SET) && e->u.seq.ctx != MI_CTX_STORE &&
        all_constant(c, e->u.seq.elts) && !has_starred(e->u.seq.elts))
        return emit_const_new(c, folded_display(c, e));
    return expr(c, e);
}

/* [a, *b, c] / (a, *b) / {a, *b}: BUILD_LIST then LIST_EXTEND per run. */
static int
starred_sequence(Compiler *c, MiAstList elts, MiOpcode build, MiOpcode extend, MiOpcode append)
{
    int i = 0, n = 0;
    while (i < elts.len && elts.items[i]->kind != MI_AST_STARRED) {
        CHECK(expr(c, elts.items[i]));
        i++;
        n++;
    }
    CHECK(emit(c, build, (uint32_t)n));
    for (; i < elts.len; i++) {
        MiAst *e = elts.items[i];
        if (e->kind == MI_AST_STARRED) {
            CHECK(expr(c, e->u.starred.value));
            CHECK(emit(c, extend, 1));
        } else {
            CHECK(expr(c, e));
            CHECK(emit(c, append, 1));
        }
    }
    return 1;
}

static int
compile_sequence(Compiler *c, MiAst *e)
{
    MiAstList elts = e->u.seq.elts;
    if (e->u.seq.ctx == MI_CTX_STORE)
        return syntax_error(c, e, "internal error: store context in load");
    if (e->kind == MI_AST_TUPLE && elts.len > 0 && all_constant(c, elts))
        return emit_const_new(c, fold(c, e));
    if (e->kind != MI_AST_TUPLE && elts.len > 2 && all_constant(c, elts)) {
        /* BUILD_LIST 0 + a constant tuple, BUILD_SET 0 + a constant
         * frozenset (CPython 3.10's code, and its set iteration order) */
        int is_set = e->kind == MI_AST_SET;
        CHECK(emit(c, is_set ? MI_OP_BUILD_SET : MI_OP_BUILD_LIST, 0));
        CHECK(emit_const_new(c, folded_display(c, e)));
        return emit(c, is_set ? MI_OP_SET_UPDATE : MI_OP_LIST_EXTEND, 1);
    }
    if (has_starred(elts)) {
        if (e->kind == MI_AST_SET)
            return starred_sequence(c, elts, MI_OP_BUILD_SET, MI_OP_SET_UPDATE, MI_OP_SET_ADD);
        CHECK(starred_sequence(c, elts, MI_OP_BUILD_LIST, MI_OP_LIST_EXTEND, MI_OP_LIST_APPEND));
        if (e->kind == MI_AST_TUPLE)
            EMIT0(LIST_TO_TUPLE);
        return 1;
    }
    CHECK(exprs(c, elts));
    switch (e->kind) {
    case MI_AST_TUPLE: EMIT(BUILD_TUPLE, elts.len); break;
    case MI_AST_LIST: EMIT(BUILD_LIST, elts.len); break;
    default: EMIT(BUILD_SET, elts.len); break;
    }
    return 1;
}

static int
compile_dict(Compiler *c, MiAst *e)
{
    MiAstList keys = e->u.dict.keys, values = e->u.dict.values;
    int n = keys.len, has_unpack = 0, all_str = n > 0;
    for (int i = 0; i < n; i++) {
        if (keys.items[i] == NULL)
            has_unpack = 1;
        else if (keys.items[i]->kind != MI_AST_CONSTANT ||
                 keys.items[i]->u.constant.kind != MI_CONST_STR)
            all_str = 0;
    }
    if (!has_unpack && all_str && n > 1) {
        MiObject *t = mi_tuple_new(n);
        if (t == NULL)
            return failed(c);
        for (int i = 0; i < n; i++) {
            MiObject *k = fold(c, keys.items[i]);
            if (k == NULL) {
                MI_DECREF(t);
                return failed(c);
            }
            MI_TUPLE_ITEMS(t)[i] = k;
        }
        for (int i = 0; i < n; i++) {
            if (!expr(c, values.items[i])) {
                MI_DECREF(t);
                return 0;
            }
        }
        CHECK(emit_const_new(c, t));
        EMIT(BUILD_CONST_KEY_MAP, n);
        return 1;
    }
    if (!has_unpack) {
        for (int i = 0; i < n; i++) {
            CHECK(expr(c, keys.items[i]));
            CHECK(expr(c, values.items[i]));
        }
        EMIT(BUILD_MAP, n);
        return 1;
    }
    /* {a: b, **d, c: e}: runs of pairs, merged with DICT_UPDATE */
    {
        int run = 0, built = 0;
        for (int i = 0; i < n; i++) {
            if (keys.items[i] == NULL) {
                if (run > 0 || !built) {
                    EMIT(BUILD_MAP, run);
                    if (built)
                        EMIT(DICT_UPDATE, 1);
                    built = 1;
                    run = 0;
                }
                CHECK(expr(c, values.items[i]));
                EMIT(DICT_UPDATE, 1);
            } else {
                CHECK(expr(c, keys.items[i]));
                CHECK(expr(c, values.items[i]));
                run++;
            }
        }
        if (run > 0) {
            EMIT(BUILD_MAP, run);
            EMIT(DICT_UPDATE, 1);
        }
    }
    return 1;
}

static int
compile_compare(Compiler *c, MiAst *e)
{
    int n = e->u.compare.count;
    CHECK(expr(c, e->u.compare.left));
    if (n == 1) {
        if (e->u.compare.ops[0] == MI_CMP_IN || e->u.compare.ops[0] == MI_CMP_NOTIN)   /* last */
            CHECK(compile_iterable(c, e->u.compare.comparators[0]));
        else
            CHECK(expr(c, e->u.compare.comparators[0]));
        switch (e->u.compare.ops[0]) {
        case MI_CMP_EQ: EMIT(COMPARE_OP, MI_EQ); break;
        case MI_CMP_NOTEQ: EMIT(COMPARE_OP, MI_NE); break;
        case MI_CMP_LT: EMIT(COMPARE_OP, MI_LT); break;
        case MI_CMP_LTE: EMIT(COMPARE_OP, MI_LE); break;
        case MI_CMP_GT: EMIT(COMPARE_OP, MI_GT); break;
        case MI_CMP_GTE: EMIT(COMPARE_OP, MI_GE); break;
        case MI_CMP_IS: EMIT(IS_OP, 0); break;
        case MI_CMP_ISNOT: EMIT(IS_OP, 1); break;
        case MI_CMP_IN: EMIT(CONTAINS_OP, 0); break;
        case MI_CMP_NOTIN: EMIT(CONTAINS_OP, 1); break;
        }
        return 1;
    }
    {
        int cleanup = new_label(c), end = new_label(c);
        for (int i = 0; i < n; i++) {
            MiOpcode op;
            uint32_t arg;
            if (i == n - 1 &&
                (e->u.compare.ops[i] == MI_CMP_IN || e->u.compare.ops[i] == MI_CMP_NOTIN))
                CHECK(compile_iterable(c, e->u.compare.comparators[i]));
            else
                CHECK(expr(c, e->u.compare.comparators[i]));
            if (i < n - 1) {
                EMIT0(DUP_TOP);
                EMIT0(ROT_THREE);
            }
            switch (e->u.compare.ops[i]) {
            case MI_CMP_EQ: op = MI_OP_COMPARE_OP; arg = MI_EQ; break;
            case MI_CMP_NOTEQ: op = MI_OP_COMPARE_OP; arg = MI_NE; break;
            case MI_CMP_LT: op = MI_OP_COMPARE_OP; arg = MI_LT; break;
            case MI_CMP_LTE: op = MI_OP_COMPARE_OP; arg = MI_LE; break;
            case MI_CMP_GT: op = MI_OP_COMPARE_OP; arg = MI_GT; break;
            case MI_CMP_GTE: op = MI_OP_COMPARE_OP; arg = MI_GE; break;
            case MI_CMP_IS: op = MI_OP_IS_OP; arg = 0; break;
            case MI_CMP_ISNOT: op = MI_OP_IS_OP; arg = 1; break;
            case MI_CMP_IN: op = MI_OP_CONTAINS_OP; arg = 0; break;
            default: op = MI_OP_CONTAINS_OP; arg = 1; break;
            }
            CHECK(emit(c, op, arg));
            if (i < n - 1)
                JUMP(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        JUMP(JUMP_FORWARD, end);
        place_label(c, cleanup);
        EMIT0(ROT_TWO);
        EMIT0(POP_TOP);
        place_label(c, end);
    }
    return 1;
}

/* Is `e` a simple call argument list (no *args, no **kwargs)? */
static int
simple_call(MiAst *e)
{
    if (has_starred(e->u.call.args))
        return 0;
    for (int i = 0; i < e->u.call.keywords.len; i++) {
        if (e->u.call.keywords.items[i]->u.keyword.arg == NULL)
            return 0;
    }
    return 1;
}

static int
check_repeated_keywords(Compiler *c, MiAstList kws)
{
    for (int i = 0; i < kws.len; i++) {
        const char *a = kws.items[i]->u.keyword.arg;
        if (a == NULL)
            continue;
        for (int j = i + 1; j < kws.len; j++) {
            const char *b = kws.items[j]->u.keyword.arg;
            if (b != NULL && strcmp(a, b) == 0)
                return syntax_error(c, kws.items[j], "keyword argument repeated: %s", a);
        }
    }
    return 1;
}

/* The arguments of a call site after [A, B] are on the stack: the
 * positional arguments, keyword values and the CALL/CALL_KW. */
static int
call_args(Compiler *c, MiAst *e, int extra)
{
    MiAstList args = e->u.call.args, kws = e->u.call.keywords;
    CHECK(check_repeated_keywords(c, kws));
    CHECK(exprs(c, args));
    if (kws.len == 0) {
        EMIT(CALL, args.len + extra);
        return 1;
    }
    {
        MiObject *names = mi_tuple_new(kws.len);
        if (names == NULL)
            return failed(c);
        for (int i = 0; i < kws.len; i++) {
            MiObject *s = mi_str_intern_cstr(kws.items[i]->u.keyword.arg);
            if (s == NULL) {
                MI_DECREF(names);
                return failed(c);
            }
            MI_TUPLE_ITEMS(names)[i] = s;
        }
        for (int i = 0; i < kws.len; i++) {
            if (!expr(c, kws.items[i]->u.keyword.value)) {
                MI_DECREF(names);
                return 0;
            }
        }
        CHECK(emit_const_new(c, names));
        EMIT(CALL_KW, args.len + kws.len + extra);
    }
    return 1;
}

/* f(*a, x, **k): the callable is on the stack; builds the tuple and dict. */
static int
call_ex(Compiler *c, MiAst *e)
{
    MiAstList args = e->u.call.args, kws = e->u.call.keywords;
    int nkw = kws.len;
    CHECK(check_repeated_keywords(c, kws));
    if (args.len == 1 && args.items[0]->kind == MI_AST_STARRED) {
        /* f(*x): CALL_FUNCTION_EX makes the tuple (and names f if x is no
         * iterable), as CPython */
        CHECK(expr(c, args.items[0]->u.starred.value));
    } else {
        CHECK(starred_sequence(c, args, MI_OP_BUILD_LIST, MI_OP_LIST_EXTEND,
                               MI_OP_LIST_APPEND));
        EMIT0(LIST_TO_TUPLE);
    }
    if (nkw > 0) {
        int run = 0, built = 0;
        for (int i = 0; i < nkw; i++) {
            MiAst *kw = kws.items[i];
            if (kw->u.keyword.arg == NULL) {
                if (run > 0 || !built) {
                    EMIT(BUILD_MAP, run);
                    if (built)
                        EMIT(DICT_MERGE, 1);
                    built = 1;
                    run = 0;
                }
                CHECK(expr(c, kw->u.keyword.value));
                EMIT(DICT_MERGE, 1);
            } else {
                CHECK(emit_const_new(c, mi_str_intern_cstr(kw->u.keyword.arg)));
                CHECK(expr(c, kw->u.keyword.value));
                run++;
            }
        }
        if (run > 0) {
            EMIT(BUILD_MAP, run);
            if (built)
                EMIT(DICT_MERGE, 1);
        }
        EMIT(CALL_FUNCTION_EX, 1);
    } else {
        EMIT(CALL_FUNCTION_EX, 0);
    }
    return 1;
}

static int
compile_call(Compiler *c, MiAst *e)
{
    MiAst *f = e->u.call.func;
    if (!simple_call(e)) {
        CHECK(expr(c, f));
        return call_ex(c, e);
    }
    if (f->kind == MI_AST_ATTRIBUTE && f->u.attribute.ctx == MI_CTX_LOAD) {
        int old = c->u->lineno;
        CHECK(expr(c, f->u.attribute.value));
        c->u->lineno = f->end_line;
        CHECK(emit_name_op(c, MI_OP_LOAD_METHOD, f->u.attribute.attr));
        c->u->lineno = old;
        return call_args(c, e, 0);
    }
    EMIT0(PUSH_NULL);
    CHECK(expr(c, f));
    return call_args(c, e, 0);
}

static int
compile_joinedstr(Compiler *c, MiAst *e)
{
    MiAstList values = e->u.joined.values;
    if (values.len == 0)
        return emit_const(c, mi_state->empty_str);
    CHECK(exprs(c, values));
    if (values.len > 1 || values.items[0]->kind != MI_AST_FORMATTEDVALUE)
        EMIT(BUILD_STRING, values.len);
    return 1;
}

static int
compile_formatted(Compiler *c, MiAst *e)
{
    int conv = e->u.formatted.conversion, flags;
    CHECK(expr(c, e->u.formatted.value));
    flags = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->u.formatted.format_spec != NULL) {
        CHECK(expr(c, e->u.formatted.format_spec));
        flags |= 4;
    }
    EMIT(FORMAT_VALUE, flags);
    return 1;
}

static int make_closure(Compiler *c, MiCode *co, int flags, MiObject *qualname);
static MiObject *make_qualname(Compiler *c, const char *name);
static int compile_function_body(Compiler *c, MiAst *node, MiAst *args, MiAstList body,
                                 MiAst *lambda_body, const char *name);

static int
compile_lambda(Compiler *c, MiAst *e)
{
    return compile_function_body(c, e, e->u.lambda.args, (MiAstList){0, NULL},
                                 e->u.lambda.body, "<lambda>");
}

/* The nested scope the symbol table made for `node` (a def, lambda, class
 * or comprehension of the current unit).  The compiler meets them mostly in
 * source order, so the search starts after the last one found; it differs
 * where the compiler emits a comprehension's body before its outermost
 * iterable, which may hold lambdas or comprehensions of its own. */
static MiScope *
child_scope(Compiler *c, MiAst *node)
{
    MiScope *s = c->u->scope;
    for (int k = 0; k < s->nchildren; k++) {
        int i = (s->child_index + k) % s->nchildren;
        if (s->children[i]->node == node) {
            s->child_index = i + 1;
            return s->children[i];
        }
    }
    return NULL;
}

static int
comprehension_generator(Compiler *c, MiAst *e, int gen_index, int depth)
{
    MiAstList gens = e->u.comp.generators;
    MiAst *gen = gens.items[gen_index];
    int start = new_label(c), anchor = new_label(c), ifcleanup = new_label(c);
    if (gen_index == 0) {
        EMIT(LOAD_FAST, 0);                       /* .0: the outermost iterator */
    } else {
        CHECK(compile_iterable(c, gen->u.comprehension.iter));
        EMIT0(GET_ITER);
    }
    place_label(c, start);
    JUMP(FOR_ITER, anchor);
    CHECK(store_target(c, gen->u.comprehension.target));
    for (int i = 0; i < gen->u.comprehension.ifs.len; i++) {
        CHECK(expr(c, gen->u.comprehension.ifs.items[i]));
        JUMP(POP_JUMP_IF_FALSE, ifcleanup);
    }
    if (gen_index + 1 < gens.len) {
        CHECK(comprehension_generator(c, e, gen_index + 1, depth + 1));
    } else {
        switch (e->kind) {
        case MI_AST_GENERATOREXP:
            CHECK(expr(c, e->u.comp.elt));
            EMIT0(YIELD_VALUE);
            EMIT0(POP_TOP);
            break;
        /* the result sits below one iterator per generator */
        case MI_AST_LISTCOMP:
            CHECK(expr(c, e->u.comp.elt));
            EMIT(LIST_APPEND, depth + 2);
            break;
        case MI_AST_SETCOMP:
            CHECK(expr(c, e->u.comp.elt));
            EMIT(SET_ADD, depth + 2);
            break;
        default:
            CHECK(expr(c, e->u.comp.elt));
            CHECK(expr(c, e->u.comp.value));
            EMIT(MAP_ADD, depth + 2);
            break;
        }
    }
    place_label(c, ifcleanup);
    JUMP(JUMP_BACKWARD, start);
    place_label(c, anchor);
    return 1;
}

static int
compile_comprehension(Compiler *c, MiAst *e)
{
    MiScope *scope = child_scope(c, e);
    MiObject *qualname;
    MiCode *co;
    const char *name = scope ? scope->name : "<comp>";
    int flags = 0, ok = 1;
    if (scope == NULL)
        return syntax_error(c, e, "internal error: comprehension scope missing");
    qualname = make_qualname(c, name);
    if (qualname == NULL)
        return failed(c);
    if (!enter_unit(c, scope, name, qualname, NULL, e->line)) {
        MI_DECREF(qualname);
        return 0;
    }
    c->u->lineno = e->line;
    if (e->kind == MI_AST_LISTCOMP)
        ok = emit(c, MI_OP_BUILD_LIST, 0);
    else if (e->kind == MI_AST_SETCOMP)
        ok = emit(c, MI_OP_BUILD_SET, 0);
    else if (e->kind == MI_AST_DICTCOMP)
        ok = emit(c, MI_OP_BUILD_MAP, 0);
    ok = ok && comprehension_generator(c, e, 0, e->kind == MI_AST_GENERATOREXP ? -1 : 0);
    if (ok && e->kind == MI_AST_GENERATOREXP)
        ok = emit_const(c, MI_NONE);
    ok = ok && emit(c, MI_OP_RETURN_VALUE, 0);
    if (!ok) {
        MI_DECREF(qualname);
        MI_XDECREF(leave_unit(c));
        return 0;
    }
    co = leave_unit(c);
    if (co == NULL) {
        MI_DECREF(qualname);
        return 0;
    }
    flags = co->nfrees > 0 ? 8 : 0;
    if (!emit(c, MI_OP_PUSH_NULL, 0) || !make_closure(c, co, flags, qualname)) {
        MI_DECREF(co);
        MI_DECREF(qualname);
        return 0;
    }
    MI_DECREF(co);
    MI_DECREF(qualname);
    CHECK(compile_iterable(c, e->u.comp.generators.items[0]->u.comprehension.iter));
    EMIT0(GET_ITER);
    EMIT(CALL, 1);
    return 1;
}

static int
compile_slice(Compiler *c, MiAst *s)
{
    int n = 2;
    if (s->u.slice.lower)
        CHECK(expr(c, s->u.slice.lower));
    else
        CHECK(emit_const(c, MI_NONE));
    if (s->u.slice.upper)
        CHECK(expr(c, s->u.slice.upper));
    else
        CHECK(emit_const(c, MI_NONE));
    if (s->u.slice.step) {
        CHECK(expr(c, s->u.slice.step));
        n = 3;
    }
    EMIT(BUILD_SLICE, n);
    return 1;
}

static int
compile_yield_from(Compiler *c)
{
    int loop = new_label(c), exit = new_label(c);
    EMIT0(GET_YIELD_FROM_ITER);
    CHECK(emit_const(c, MI_NONE));
    place_label(c, loop);
    JUMP(SEND, exit);
    EMIT0(YIELD_VALUE);
    JUMP(JUMP_BACKWARD, loop);
    place_label(c, exit);
    return 1;
}

/* Folds -<number>: the compiler keeps negative literals constant. */
/* ---- constant folding (CPython 3.10's AST optimiser) ----------------------------
 *
 * Operations on constants become constants, with CPython's limits so that
 * folding never builds something huge: ints of at most MAX_INT_BITS bits
 * from *, ** and <<, sequences of at most MAX_COLLECTION items (and
 * MAX_TOTAL_ITEMS nested) or MAX_STR characters from *, no str % args.
 * What is folded shows (constants are shared: sys.getrefcount and `is`),
 * so the rules are CPython's exactly.  An operation that raises is left
 * for run time. */

#define MAX_INT_BITS 128
#define MAX_COLLECTION 256
#define MAX_STR 4096
#define MAX_TOTAL_ITEMS 1024

/* Items of tuple t, nested tuples and frozensets counted too, within limit? */
static int
within_complexity(MiObject *t, intptr_t limit)
{
    intptr_t n;
    if (t->type == &mi_tuple_type) {
        n = MI_TUPLE_SIZE(t);
        limit -= n;
        for (intptr_t i = 0; i < n && limit >= 0; i++) {
            if (!within_complexity(MI_TUPLE_GET(t, i), limit))
                return 0;
        }
        return limit >= 0;
    }
    if (t->type == &mi_frozenset_type)
        return limit - mi_set_size(t) >= 0;
    return 1;
}

static int
is_int(MiObject *o)
{
    return o->type == &mi_int_type || o->type == &mi_bool_type;
}

/* n * seq within the limits, seq a tuple, frozenset, str or bytes? */
static int
safe_repeat(MiObject *n, MiObject *seq)
{
    intptr_t size, count;
    int is_collection = seq->type == &mi_tuple_type || seq->type == &mi_frozenset_type;
    if (!is_collection && seq->type != &mi_str_type && seq->type != &mi_bytes_type)
        return 1;
    size = seq->type == &mi_tuple_type ? MI_TUPLE_SIZE(seq)
         : seq->type == &mi_frozenset_type ? mi_set_size(seq)
         : seq->type == &mi_str_type ? MI_STR_LEN(seq) : MI_BYTES_SIZE(seq);
    if (size == 0)
        return 1;
    count = mi_int_as_ssize(n);
    if (count == -1 && mi_err_occurred()) {
        mi_err_clear();
        return 0;
    }
    if (count < 0 || count > (is_collection ? MAX_COLLECTION : MAX_STR) / size)
        return 0;
    return !is_collection || count == 0 || within_complexity(seq, MAX_TOTAL_ITEMS / count);
}

/* May a op b be folded (CPython's safe_multiply / safe_power /
 * safe_lshift / safe_mod)? */
static int
safe_binop(int op, MiObject *a, MiObject *b)
{
    switch (op) {
    case MI_OP_MULT:
        if (is_int(a) && is_int(b)) {
            if (!mi_obj_is_true(a) || !mi_obj_is_true(b))
                return 1;
            return mi_int_bit_length(a) + mi_int_bit_length(b) <= MAX_INT_BITS;
        }
        if (is_int(a))
            return safe_repeat(a, b);
        if (is_int(b))
            return safe_repeat(b, a);
        return 1;
    case MI_OP_POW:
        if (is_int(a) && is_int(b) && mi_obj_is_true(a) && mi_int_sign(b) > 0) {
            uint64_t abits = mi_int_bit_length(a), bbits;
            if (mi_int_bit_length(b) > 63)
                return 0;
            bbits = (uint64_t)mi_int_as_ssize(b);
            return abits <= MAX_INT_BITS / bbits;
        }
        return 1;
    case MI_OP_LSHIFT:
        if (is_int(a) && is_int(b) && mi_obj_is_true(a) && mi_obj_is_true(b)) {
            uint64_t abits = mi_int_bit_length(a), bbits;
            if (mi_int_sign(b) < 0 || mi_int_bit_length(b) > 63)
                return mi_int_sign(b) < 0;     /* a negative count raises */
            bbits = (uint64_t)mi_int_as_ssize(b);
            return bbits <= MAX_INT_BITS && abits <= MAX_INT_BITS - bbits;
        }
        return 1;
    case MI_OP_MOD:
        return a->type != &mi_str_type && !mi_obj_type_check(a, &mi_str_type) &&
               a->type != &mi_bytes_type;
    case MI_OP_MATMULT:
        return 0;
    default:
        return 1;
    }
}

/* A folded value as a constant of the code: identifier-like strs are
 * interned as literal ones are. */
static MiObject *
folded(MiObject *v)
{
    if (v == NULL) {
        mi_err_clear();          /* left for run time, which will raise */
        return NULL;
    }
    if (v->type == &mi_str_type && MI_STR_SIZE(v) > 0 &&
        is_identifier_like(MI_STR_DATA(v), (size_t)MI_STR_SIZE(v)))
        v = mi_str_intern(v);
    return v;
}

static MiObject *fold_node(Compiler *c, MiAst *e);

/* The constant value of e if it folds (new reference), else NULL with no
 * exception set.  Each node is folded once (see node_value). */
static MiObject *
fold(Compiler *c, MiAst *e)
{
    MiObject *v;
    if (e->kind != MI_AST_CONSTANT && e->kind != MI_AST_UNARYOP && e->kind != MI_AST_BINOP &&
        e->kind != MI_AST_TUPLE && e->kind != MI_AST_SUBSCRIPT)
        return NULL;
    v = node_cached(c, e);
    if (v != NULL)
        return v == &not_foldable ? NULL : mi_newref(v);
    v = fold_node(c, e);
    if (v == NULL && mi_err_occurred())
        return NULL;                    /* out of memory making a literal */
    node_remember(c, e, v != NULL ? mi_newref(v) : &not_foldable);
    return v;
}

static MiObject *
fold_node(Compiler *c, MiAst *e)
{
    MiObject *a, *b, *r;
    switch (e->kind) {
    case MI_AST_CONSTANT:
        return constant_value(e);
    case MI_AST_UNARYOP:
        a = fold(c, e->u.unaryop.operand);
        if (a == NULL)
            return NULL;
        switch (e->u.unaryop.op) {
        case MI_OP_USUB: r = mi_num_neg(a); break;
        case MI_OP_UADD: r = mi_num_pos(a); break;
        case MI_OP_INVERT: r = mi_num_invert(a); break;
        default: {
            int t = mi_obj_is_true(a);
            r = t < 0 ? NULL : mi_bool_from(!t);
            break;
        }
        }
        MI_DECREF(a);
        return folded(r);
    case MI_AST_BINOP:
        a = fold(c, e->u.binop.left);
        if (a == NULL)
            return NULL;
        b = fold(c, e->u.binop.right);
        if (b == NULL) {
            MI_DECREF(a);
            return NULL;
        }
        r = safe_binop(e->u.binop.op, a, b) ? mi_num_binop(a, b, e->u.binop.op) : NULL;
        MI_DECREF(a);
        MI_DECREF(b);
        if (r == NULL) {
            mi_err_clear();
            return NULL;
        }
        return folded(r);
    case MI_AST_TUPLE:
        if (e->u.seq.ctx != MI_CTX_LOAD || has_starred(e->u.seq.elts))
            return NULL;
        r = mi_tuple_new(e->u.seq.elts.len);
        if (r == NULL) {
            mi_err_clear();
            return NULL;
        }
        for (int i = 0; i < e->u.seq.elts.len; i++) {
            MiObject *v = fold(c, e->u.seq.elts.items[i]);
            if (v == NULL) {
                MI_DECREF(r);
                return NULL;
            }
            MI_TUPLE_ITEMS(r)[i] = v;
        }
        return r;
    case MI_AST_SUBSCRIPT:
        if (e->u.subscript.ctx != MI_CTX_LOAD || e->u.subscript.slice->kind == MI_AST_SLICE)
            return NULL;
        a = fold(c, e->u.subscript.value);
        if (a == NULL)
            return NULL;
        b = fold(c, e->u.subscript.slice);
        if (b == NULL) {
            MI_DECREF(a);
            return NULL;
        }
        r = mi_obj_getitem(a, b);
        MI_DECREF(a);
        MI_DECREF(b);
        return folded(r);
    default:
        return NULL;
    }
}

/* Does e fold to a constant? (Nodes that never fold answer at once.) */
static int
foldable(Compiler *c, MiAst *e)
{
    MiObject *v;
    if (e->kind == MI_AST_CONSTANT)
        return 1;
    if (e->kind != MI_AST_UNARYOP && e->kind != MI_AST_BINOP && e->kind != MI_AST_TUPLE &&
        e->kind != MI_AST_SUBSCRIPT)
        return 0;
    v = fold(c, e);
    MI_XDECREF(v);
    return v != NULL;
}

static int
expr_inner(Compiler *c, MiAst *e)
{
    switch (e->kind) {
    case MI_AST_CONSTANT:
        return emit_const_new(c, fold(c, e));
    case MI_AST_NAME:
        return compile_name(c, e->u.name.id, CTX_LOAD, e);
    case MI_AST_BOOLOP: {
        int end = new_label(c);
        MiOpcode op = e->u.boolop.op == MI_OP_AND ? MI_OP_JUMP_IF_FALSE_OR_POP
                                                  : MI_OP_JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < e->u.boolop.values.len; i++) {
            CHECK(expr(c, e->u.boolop.values.items[i]));
            if (i < e->u.boolop.values.len - 1)
                CHECK(emit_jump(c, op, end));
        }
        place_label(c, end);
        return 1;
    }
    case MI_AST_NAMEDEXPR:
        CHECK(expr(c, e->u.namedexpr.value));
        EMIT0(DUP_TOP);
        return compile_name(c, e->u.namedexpr.target->u.name.id, CTX_STORE, e);
    case MI_AST_BINOP: {
        MiObject *v = fold(c, e);
        if (v != NULL)
            return emit_const_new(c, v);
        CHECK(expr(c, e->u.binop.left));
        CHECK(expr(c, e->u.binop.right));
        switch (e->u.binop.op) {
        case MI_OP_ADD: EMIT0(BINARY_ADD); break;
        case MI_OP_SUB: EMIT0(BINARY_SUB); break;
        case MI_OP_MULT: EMIT0(BINARY_MUL); break;
        default: EMIT(BINARY_OP, e->u.binop.op); break;
        }
        return 1;
    }
    case MI_AST_UNARYOP: {
        MiObject *v = fold(c, e);
        if (v != NULL)
            return emit_const_new(c, v);
        CHECK(expr(c, e->u.unaryop.operand));
        switch (e->u.unaryop.op) {
        case MI_OP_INVERT: EMIT0(UNARY_INVERT); break;
        case MI_OP_NOT: EMIT0(UNARY_NOT); break;
        case MI_OP_UADD: EMIT0(UNARY_POSITIVE); break;
        default: EMIT0(UNARY_NEGATIVE); break;
        }
        return 1;
    }
    case MI_AST_LAMBDA:
        return compile_lambda(c, e);
    case MI_AST_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        CHECK(expr(c, e->u.ifexp.test));
        JUMP(POP_JUMP_IF_FALSE, orelse);
        CHECK(expr(c, e->u.ifexp.body));
        JUMP(JUMP_FORWARD, end);
        place_label(c, orelse);
        CHECK(expr(c, e->u.ifexp.orelse));
        place_label(c, end);
        return 1;
    }
    case MI_AST_DICT:
        return compile_dict(c, e);
    case MI_AST_SET:
    case MI_AST_LIST:
    case MI_AST_TUPLE:
        return compile_sequence(c, e);
    case MI_AST_LISTCOMP:
    case MI_AST_SETCOMP:
    case MI_AST_DICTCOMP:
    case MI_AST_GENERATOREXP:
        return compile_comprehension(c, e);
    case MI_AST_YIELD:
        if (c->u->scope->kind != MI_SCOPE_FUNCTION)
            return syntax_error(c, e, "'yield' outside function");
        if (e->u.yield.value)
            CHECK(expr(c, e->u.yield.value));
        else
            CHECK(emit_const(c, MI_NONE));
        EMIT0(YIELD_VALUE);
        return 1;
    case MI_AST_YIELDFROM:
        if (c->u->scope->kind != MI_SCOPE_FUNCTION)
            return syntax_error(c, e, "'yield from' outside function");
        CHECK(expr(c, e->u.yield.value));
        return compile_yield_from(c);
    case MI_AST_COMPARE:
        return compile_compare(c, e);
    case MI_AST_CALL:
        return compile_call(c, e);
    case MI_AST_FORMATTEDVALUE:
        return compile_formatted(c, e);
    case MI_AST_JOINEDSTR:
        return compile_joinedstr(c, e);
    case MI_AST_ATTRIBUTE:
        CHECK(expr(c, e->u.attribute.value));
        c->u->lineno = e->end_line;
        return emit_name_op(c, MI_OP_LOAD_ATTR, e->u.attribute.attr);
    case MI_AST_SUBSCRIPT:
        CHECK(expr(c, e->u.subscript.value));
        CHECK(expr(c, e->u.subscript.slice));
        EMIT0(BINARY_SUBSCR);
        return 1;
    case MI_AST_SLICE:
        return compile_slice(c, e);
    case MI_AST_STARRED:
        return syntax_error(c, e, "can't use starred expression here");
    default:
        return syntax_error(c, e, "internal error: unexpected expression");
    }
}

static int
expr(Compiler *c, MiAst *e)
{
    int old = c->u->lineno, rc;
    if (c->failed)
        return 0;
    c->u->lineno = e->line;
    rc = expr_inner(c, e);
    c->u->lineno = old;
    return rc;
}

/* ---- assignment targets -------------------------------------------------------------- */

static int
unpack_target(Compiler *c, MiAst *t)
{
    MiAstList elts = t->u.seq.elts;
    int star = -1;
    for (int i = 0; i < elts.len; i++) {
        if (elts.items[i]->kind == MI_AST_STARRED) {
            if (star >= 0)
                return syntax_error(c, elts.items[i], "multiple starred expressions in "
                                    "assignment");
            star = i;
        }
    }
    if (star >= 0) {
        int after = elts.len - star - 1;
        if (star >= 256 || after >= (1 << 16))
            return syntax_error(c, t, "too many expressions in star-unpacking assignment");
        EMIT(UNPACK_EX, star | (after << 8));
    } else {
        EMIT(UNPACK_SEQUENCE, elts.len);
    }
    for (int i = 0; i < elts.len; i++) {
        MiAst *el = elts.items[i];
        CHECK(store_target(c, el->kind == MI_AST_STARRED ? el->u.starred.value : el));
    }
    return 1;
}

static int
store_target(Compiler *c, MiAst *t)
{
    int old = c->u->lineno, rc = 1;
    c->u->lineno = t->line;
    switch (t->kind) {
    case MI_AST_NAME:
        rc = compile_name(c, t->u.name.id, CTX_STORE, t);
        break;
    case MI_AST_ATTRIBUTE:
        rc = expr(c, t->u.attribute.value) &&
             emit_name_op(c, MI_OP_STORE_ATTR, t->u.attribute.attr);
        break;
    case MI_AST_SUBSCRIPT:
        rc = expr(c, t->u.subscript.value) && expr(c, t->u.subscript.slice) &&
             emit(c, MI_OP_STORE_SUBSCR, 0);
        break;
    case MI_AST_TUPLE:
    case MI_AST_LIST:
        rc = unpack_target(c, t);
        break;
    case MI_AST_STARRED:
        rc = syntax_error(c, t, "starred assignment target must be in a list or tuple");
        break;
    default:
        rc = syntax_error(c, t, "cannot assign to expression");
        break;
    }
    c->u->lineno = old;
    return rc;
}

static int
delete_target(Compiler *c, MiAst *t)
{
    switch (t->kind) {
    case MI_AST_NAME:
        return compile_name(c, t->u.name.id, CTX_DEL, t);
    case MI_AST_ATTRIBUTE:
        CHECK(expr(c, t->u.attribute.value));
        return emit_name_op(c, MI_OP_DELETE_ATTR, t->u.attribute.attr);
    case MI_AST_SUBSCRIPT:
        CHECK(expr(c, t->u.subscript.value));
        CHECK(expr(c, t->u.subscript.slice));
        EMIT0(DELETE_SUBSCR);
        return 1;
    case MI_AST_TUPLE:
    case MI_AST_LIST:
        for (int i = 0; i < t->u.seq.elts.len; i++)
            CHECK(delete_target(c, t->u.seq.elts.items[i]));
        return 1;
    default:
        return syntax_error(c, t, "cannot delete expression");
    }
}

/* ---- functions and classes ------------------------------------------------------------------ */

static MiObject *
make_qualname(Compiler *c, const char *name)
{
    MiUnit *u = c->u;
    MiScope *scope = u->scope;
    if (scope->kind == MI_SCOPE_MODULE)
        return mi_str_from_cstr(name);
    if (scope->kind == MI_SCOPE_FUNCTION)
        return mi_str_format("%U.<locals>.%s", u->qualname, name);
    return mi_str_format("%U.%s", u->qualname, name);
}

/* Pushes the function for code `co`: closure cells, then MAKE_FUNCTION. */
static int
make_closure(Compiler *c, MiCode *co, int flags, MiObject *qualname)
{
    MiUnit *u = c->u;
    (void)qualname;
    if (co->nfrees > 0) {
        intptr_t nv = MI_LIST_SIZE(u->varnames), nc = MI_LIST_SIZE(u->cellvars);
        for (int i = 0; i < co->nfrees; i++) {
            MiObject *name = MI_TUPLE_GET(co->localsplusnames, co->nlocals + co->ncells + i);
            intptr_t idx = list_index_of(u->cellvars, mi_str_cstr(name));
            if (idx >= 0) {
                idx += nv;
            } else {
                idx = list_index_of(u->freevars, mi_str_cstr(name));
                if (idx < 0)
                    return syntax_error(c, NULL, "internal error: free variable %s not found",
                                        mi_str_cstr(name));
                idx += nv + nc;
            }
            EMIT(LOAD_CLOSURE, idx);
        }
        EMIT(BUILD_TUPLE, co->nfrees);
        flags |= 8;
    }
    CHECK(emit_const(c, (MiObject *)co));
    EMIT(MAKE_FUNCTION, flags);
    return 1;
}

/* Pushes defaults and keyword defaults; returns the MAKE_FUNCTION flags. */
static int
compile_defaults(Compiler *c, MiAst *args, int *flags)
{
    MiAstList defaults = args->u.arguments.defaults;
    MiAstList kwonly = args->u.arguments.kwonlyargs, kwdefaults = args->u.arguments.kw_defaults;
    int nkw = 0;
    if (defaults.len > 0) {
        CHECK(exprs(c, defaults));
        EMIT(BUILD_TUPLE, defaults.len);
        *flags |= 1;
    }
    for (int i = 0; i < kwdefaults.len; i++) {
        if (kwdefaults.items[i] != NULL) {
            const char *name = mangle(c, kwonly.items[i]->u.arg.arg);
            CHECK(name != NULL);
            CHECK(emit_const_new(c, mi_str_intern_cstr(name)));
            CHECK(expr(c, kwdefaults.items[i]));
            nkw++;
        }
    }
    if (nkw > 0) {
        EMIT(BUILD_MAP, nkw);
        *flags |= 2;
    }
    return 1;
}

static int
annotation_item(Compiler *c, const char *name, MiAst *ann, int *n)
{
    if (ann == NULL)
        return 1;
    CHECK(emit_const_new(c, mi_str_intern_cstr(name)));
    CHECK(expr(c, ann));
    (*n)++;
    return 1;
}

static int
compile_annotations(Compiler *c, MiAst *args, MiAst *returns, int *flags)
{
    MiAstList lists[3] = {args->u.arguments.posonlyargs, args->u.arguments.args,
                          args->u.arguments.kwonlyargs};
    int n = 0;
    for (int l = 0; l < 3; l++) {
        for (int i = 0; i < lists[l].len; i++) {
            MiAst *a = lists[l].items[i];
            if (l == 2 && i == 0 && args->u.arguments.vararg)
                CHECK(annotation_item(c, args->u.arguments.vararg->u.arg.arg,
                                      args->u.arguments.vararg->u.arg.annotation, &n));
            CHECK(annotation_item(c, a->u.arg.arg, a->u.arg.annotation, &n));
        }
    }
    if (args->u.arguments.vararg && lists[2].len == 0)
        CHECK(annotation_item(c, args->u.arguments.vararg->u.arg.arg,
                              args->u.arguments.vararg->u.arg.annotation, &n));
    if (args->u.arguments.kwarg)
        CHECK(annotation_item(c, args->u.arguments.kwarg->u.arg.arg,
                              args->u.arguments.kwarg->u.arg.annotation, &n));
    if (returns != NULL)
        CHECK(annotation_item(c, "return", returns, &n));
    if (n > 0) {
        EMIT(BUILD_MAP, n);
        *flags |= 4;
    }
    return 1;
}

static int stmt(Compiler *c, MiAst *s);

/* Compiles a def or lambda: pushes the new function. */
static int
compile_function_body(Compiler *c, MiAst *node, MiAst *args, MiAstList body, MiAst *lambda_body,
                      const char *name)
{
    MiScope *scope;
    MiObject *qualname, *doc = NULL;
    MiCode *co;
    int flags = 0, start = 0;
    MiAst *returns = node->kind == MI_AST_FUNCTIONDEF ? node->u.funcdef.returns : NULL;

    CHECK(compile_defaults(c, args, &flags));
    if (node->kind == MI_AST_FUNCTIONDEF)
        CHECK(compile_annotations(c, args, returns, &flags));
    scope = child_scope(c, node);
    if (scope == NULL)
        return syntax_error(c, node, "internal error: function scope missing");
    qualname = make_qualname(c, name);
    if (qualname == NULL)
        return failed(c);
    if (!enter_unit(c, scope, name, qualname, args, node->line)) {
        MI_DECREF(qualname);
        return 0;
    }
    if (lambda_body != NULL) {
        /* as CPython: a lambda's first constant is None, so no docstring */
        if (add_const(c, MI_NONE) < 0) {
            leave_unit(c);
            MI_DECREF(qualname);
            return 0;
        }
        c->u->lineno = lambda_body->line;
        if (!expr(c, lambda_body) || !emit(c, MI_OP_RETURN_VALUE, 0)) {
            leave_unit(c);
            MI_DECREF(qualname);
            return 0;
        }
    } else {
        if (body.len > 0 && body.items[0]->kind == MI_AST_EXPR &&
            body.items[0]->u.ret.value->kind == MI_AST_CONSTANT &&
            body.items[0]->u.ret.value->u.constant.kind == MI_CONST_STR) {
            doc = fold(c, body.items[0]->u.ret.value);
            start = 1;
        }
        if (add_const(c, doc ? doc : MI_NONE) < 0) {
            MI_XDECREF(doc);
            leave_unit(c);
            MI_DECREF(qualname);
            return 0;
        }
        MI_XDECREF(doc);
        for (int i = start; i < body.len; i++) {
            if (!stmt(c, body.items[i])) {
                leave_unit(c);
                MI_DECREF(qualname);
                return 0;
            }
        }
        c->u->lineno = body.len > 0 ? body.items[body.len - 1]->end_line : node->line;
        if (!emit_const(c, MI_NONE) || !emit(c, MI_OP_RETURN_VALUE, 0)) {
            leave_unit(c);
            MI_DECREF(qualname);
            return 0;
        }
    }
    co = leave_unit(c);
    if (co == NULL) {
        MI_DECREF(qualname);
        return 0;
    }
    if (!make_closure(c, co, flags, qualname)) {
        MI_DECREF(co);
        MI_DECREF(qualname);
        return 0;
    }
    MI_DECREF(co);
    MI_DECREF(qualname);
    return 1;
}

static int
compile_funcdef(Compiler *c, MiAst *s)
{
    MiAstList decos = s->u.funcdef.decorators;
    for (int i = 0; i < decos.len; i++) {
        EMIT0(PUSH_NULL);
        CHECK(expr(c, decos.items[i]));
    }
    c->u->lineno = s->line;
    CHECK(compile_function_body(c, s, s->u.funcdef.args, s->u.funcdef.body, NULL,
                                s->u.funcdef.name));
    for (int i = 0; i < decos.len; i++)
        EMIT(CALL, 1);
    return compile_name(c, s->u.funcdef.name, CTX_STORE, s);
}

static int
compile_classdef(Compiler *c, MiAst *s)
{
    MiAstList decos = s->u.classdef.decorators, body = s->u.classdef.body;
    MiScope *scope;
    MiObject *qualname;
    MiCode *co;
    int start = 0, needs_cell;

    for (int i = 0; i < decos.len; i++) {
        EMIT0(PUSH_NULL);
        CHECK(expr(c, decos.items[i]));
    }
    c->u->lineno = s->line;
    scope = child_scope(c, s);
    if (scope == NULL)
        return syntax_error(c, s, "internal error: class scope missing");
    qualname = make_qualname(c, s->u.classdef.name);
    if (qualname == NULL)
        return failed(c);
    if (!enter_unit(c, scope, s->u.classdef.name, qualname, NULL, s->line)) {
        MI_DECREF(qualname);
        return 0;
    }
    c->u->in_class_body = 1;
    c->u->lineno = s->line;
    needs_cell = scope->needs_class_cell;
    {
        int ok = emit_name_op(c, MI_OP_LOAD_NAME, "__name__") &&
                 emit_name_op(c, MI_OP_STORE_NAME, "__module__") &&
                 emit_const(c, qualname) && emit_name_op(c, MI_OP_STORE_NAME, "__qualname__");
        if (ok && body.len > 0 && body.items[0]->kind == MI_AST_EXPR &&
            body.items[0]->u.ret.value->kind == MI_AST_CONSTANT &&
            body.items[0]->u.ret.value->u.constant.kind == MI_CONST_STR) {
            c->u->lineno = body.items[0]->line;
            ok = emit_const_new(c, fold(c, body.items[0]->u.ret.value)) &&
                 emit_name_op(c, MI_OP_STORE_NAME, "__doc__");
            start = 1;
        }
        for (int i = 0; i < body.len && ok; i++) {
            if (body.items[i]->kind == MI_AST_ANNASSIGN) {
                ok = emit(c, MI_OP_SETUP_ANNOTATIONS, 0);
                break;
            }
        }
        for (int i = start; i < body.len && ok; i++)
            ok = stmt(c, body.items[i]);
        if (ok && needs_cell) {
            intptr_t idx = MI_LIST_SIZE(c->u->varnames) + list_index_of(c->u->cellvars, "__class__");
            ok = emit(c, MI_OP_LOAD_CLOSURE, (uint32_t)idx) && emit(c, MI_OP_DUP_TOP, 0) &&
                 emit_name_op(c, MI_OP_STORE_NAME, "__classcell__") &&
                 emit(c, MI_OP_RETURN_VALUE, 0);
        } else if (ok) {
            ok = emit_const(c, MI_NONE) && emit(c, MI_OP_RETURN_VALUE, 0);
        }
        if (!ok) {
            leave_unit(c);
            MI_DECREF(qualname);
            return 0;
        }
    }
    co = leave_unit(c);
    if (co == NULL) {
        MI_DECREF(qualname);
        return 0;
    }
    c->u->lineno = s->line;
    if (!emit(c, MI_OP_PUSH_NULL, 0) || !emit(c, MI_OP_LOAD_BUILD_CLASS, 0) ||
        !make_closure(c, co, 0, qualname) ||
        !emit_const_new(c, mi_str_intern_cstr(s->u.classdef.name))) {
        MI_DECREF(co);
        MI_DECREF(qualname);
        return 0;
    }
    MI_DECREF(co);
    MI_DECREF(qualname);
    {
        /* __build_class__(func, name, *bases, **keywords) as a call */
        MiAst call;
        memset(&call, 0, sizeof call);
        call.kind = MI_AST_CALL;
        call.line = s->line;
        call.u.call.args = s->u.classdef.bases;
        call.u.call.keywords = s->u.classdef.keywords;
        if (simple_call(&call)) {
            CHECK(call_args(c, &call, 2));
        } else {
            /* bases with *args or **kw: build the call as f(*(...)) */
            MiAstList args = s->u.classdef.bases;
            EMIT(BUILD_LIST, 2);
            for (int i = 0; i < args.len; i++) {
                if (args.items[i]->kind == MI_AST_STARRED) {
                    CHECK(expr(c, args.items[i]->u.starred.value));
                    EMIT(LIST_EXTEND, 1);
                } else {
                    CHECK(expr(c, args.items[i]));
                    EMIT(LIST_APPEND, 1);
                }
            }
            EMIT0(LIST_TO_TUPLE);
            {
                MiAstList kws = s->u.classdef.keywords;
                int run = 0, built = 0;
                for (int i = 0; i < kws.len; i++) {
                    MiAst *kw = kws.items[i];
                    if (kw->u.keyword.arg == NULL) {
                        if (run > 0 || !built) {
                            EMIT(BUILD_MAP, run);
                            if (built)
                                EMIT(DICT_MERGE, 1);
                            built = 1;
                            run = 0;
                        }
                        CHECK(expr(c, kw->u.keyword.value));
                        EMIT(DICT_MERGE, 1);
                    } else {
                        CHECK(emit_const_new(c, mi_str_intern_cstr(kw->u.keyword.arg)));
                        CHECK(expr(c, kw->u.keyword.value));
                        run++;
                    }
                }
                if (run > 0 || !built) {
                    EMIT(BUILD_MAP, run);
                    if (built)
                        EMIT(DICT_MERGE, 1);
                }
            }
            /* stack: NULL, build_class, args tuple, kwargs: drop the NULL */
            EMIT(CALL_FUNCTION_EX, 1 | 2);
        }
    }
    for (int i = 0; i < decos.len; i++)
        EMIT(CALL, 1);
    return compile_name(c, s->u.classdef.name, CTX_STORE, s);
}

/* ---- control flow ---------------------------------------------------------------------------- */

static MiFBlock *
push_fblock(Compiler *c, MiAst *node, int kind)
{
    MiUnit *u = c->u;
    MiFBlock *fb;
    if (u->nfblocks >= MI_MAX_FBLOCKS) {
        syntax_error(c, node, "too many statically nested blocks");
        return NULL;
    }
    fb = &u->fblocks[u->nfblocks++];
    memset(fb, 0, sizeof *fb);
    fb->kind = kind;
    fb->outer_handler = u->cur_handler;
    return fb;
}

static void
pop_fblock(Compiler *c)
{
    c->u->nfblocks--;
}

/* Emits what leaving block `fb` early needs.  `preserve_tos`: a return
 * value is on top of the stack and must stay there. */
/* exit(None, None, None) on a `with` block's [exit] slot, leaving the
 * result: the three Nones sit where CALL looks for the self slot and two
 * arguments, so exit is called as a "method" with three arguments. */
static int
emit_exit_call(Compiler *c)
{
    CHECK(emit_const(c, MI_NONE));
    CHECK(emit_const(c, MI_NONE));
    CHECK(emit_const(c, MI_NONE));
    EMIT(CALL, 2);
    return 1;
}

static int
unwind_fblock(Compiler *c, MiFBlock *fb, int preserve_tos)
{
    MiUnit *u = c->u;
    switch (fb->kind) {
    case FB_WHILE:
        return 1;
    case FB_FOR:
        if (preserve_tos)
            EMIT0(ROT_TWO);
        EMIT0(POP_TOP);
        return 1;
    case FB_TRY_EXCEPT:
        u->cur_handler = fb->outer_handler;
        return 1;
    case FB_FINALLY_TRY: {
        /* run the finally body inline, outside its own protection (the
         * block itself is already popped) */
        int ok;
        u->cur_handler = fb->outer_handler;
        if (preserve_tos && !push_fblock(c, NULL, FB_POP_VALUE))
            return 0;
        ok = stmts(c, fb->finalbody);
        if (preserve_tos)
            pop_fblock(c);
        return ok;
    }
    case FB_FINALLY_END:
        u->cur_handler = fb->outer_handler;
        if (preserve_tos)
            EMIT0(ROT_THREE);
        EMIT0(POP_TOP);
        EMIT0(POP_EXCEPT);
        return 1;
    case FB_WITH:
        u->cur_handler = fb->outer_handler;
        if (preserve_tos)
            EMIT0(ROT_TWO);
        CHECK(emit_exit_call(c));
        EMIT0(POP_TOP);
        return 1;
    case FB_HANDLER_CLEANUP:
        u->cur_handler = fb->outer_handler;
        if (preserve_tos)
            EMIT0(ROT_TWO);
        EMIT0(POP_EXCEPT);
        if (fb->name != NULL) {
            CHECK(emit_const(c, MI_NONE));
            CHECK(compile_name(c, fb->name, CTX_STORE, NULL));
            CHECK(compile_name(c, fb->name, CTX_DEL, NULL));
        }
        return 1;
    case FB_POP_VALUE:
        if (preserve_tos)
            EMIT0(ROT_TWO);
        EMIT0(POP_TOP);
        return 1;
    }
    return 1;
}

/* Unwinds the block stack from the top: every block (return), or down to
 * the innermost loop, which is returned in *loop (break/continue).  Each
 * block is popped while its unwinding code is emitted, so that a finally
 * body run inline sees only the blocks outside it (CPython's
 * compiler_unwind_fblock_stack). */
static int
unwind_fblock_stack(Compiler *c, int preserve_tos, MiFBlock **loop)
{
    MiUnit *u = c->u;
    MiFBlock copy;
    int ok;
    if (u->nfblocks == 0)
        return 1;
    if (loop != NULL && (u->fblocks[u->nfblocks - 1].kind == FB_WHILE ||
                         u->fblocks[u->nfblocks - 1].kind == FB_FOR)) {
        *loop = &u->fblocks[u->nfblocks - 1];
        return 1;
    }
    copy = u->fblocks[u->nfblocks - 1];
    u->nfblocks--;
    ok = unwind_fblock(c, &copy, preserve_tos) && unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
    return ok;
}

static int
compile_return(Compiler *c, MiAst *s)
{
    MiFBlock *loop;
    int saved = c->u->cur_handler;
    if (c->u->scope->kind != MI_SCOPE_FUNCTION)
        return syntax_error(c, s, "'return' outside function");
    if (s->u.ret.value != NULL)
        CHECK(expr(c, s->u.ret.value));
    else
        CHECK(emit_const(c, MI_NONE));
    (void)loop;
    CHECK(unwind_fblock_stack(c, 1, NULL));
    EMIT0(RETURN_VALUE);
    c->u->cur_handler = saved;
    return 1;
}

static int
compile_break_continue(Compiler *c, MiAst *s, int is_break)
{
    MiFBlock *loop = NULL;
    int saved = c->u->cur_handler;
    int have_loop = 0;
    for (int i = c->u->nfblocks - 1; i >= 0; i--) {
        if (c->u->fblocks[i].kind == FB_WHILE || c->u->fblocks[i].kind == FB_FOR) {
            have_loop = 1;
            break;
        }
    }
    if (!have_loop) {
        return syntax_error(c, s, is_break ? "'break' outside loop"
                                           : "'continue' not properly in loop");
    }
    CHECK(unwind_fblock_stack(c, 0, &loop));
    if (is_break) {
        int exit_label = loop->exit_label;
        CHECK(unwind_fblock(c, loop, 0));
        JUMP(JUMP_FORWARD, exit_label);
    } else {
        JUMP(JUMP_BACKWARD, loop->continue_label);
    }
    c->u->cur_handler = saved;
    return 1;
}

/* Constant truth of a test, for `while True:` and `if 0:`: 1, 0, or -1
 * when unknown. */
static int
constant_truth(MiAst *e)
{
    if (e->kind != MI_AST_CONSTANT)
        return -1;
    switch (e->u.constant.kind) {
    case MI_CONST_TRUE: case MI_CONST_ELLIPSIS: return 1;
    case MI_CONST_FALSE: case MI_CONST_NONE: return 0;
    case MI_CONST_INT: {
        const char *t = e->u.constant.text;
        for (; *t; t++) {
            if (*t != '0' && *t != 'x' && *t != 'X' && *t != 'o' && *t != 'O' && *t != 'b' &&
                *t != 'B')
                return 1;
        }
        return 0;
    }
    case MI_CONST_STR: return e->u.constant.len > 0;
    default: return -1;
    }
}

/* Compiles a test jumping to `label` when it is `cond` (and falling
 * through otherwise), without materialising booleans for and/or/not. */
static int
jump_if(Compiler *c, MiAst *e, int cond, int label)
{
    if (e->kind == MI_AST_UNARYOP && e->u.unaryop.op == MI_OP_NOT)
        return jump_if(c, e->u.unaryop.operand, !cond, label);
    if (e->kind == MI_AST_BOOLOP) {
        int is_and = e->u.boolop.op == MI_OP_AND;
        MiAstList v = e->u.boolop.values;
        if (is_and == !cond) {
            /* (a and b) false -> jump: any false jumps */
            for (int i = 0; i < v.len; i++)
                CHECK(jump_if(c, v.items[i], cond, label));
        } else {
            int next = new_label(c);
            for (int i = 0; i < v.len - 1; i++)
                CHECK(jump_if(c, v.items[i], !cond, next));
            CHECK(jump_if(c, v.items[v.len - 1], cond, label));
            place_label(c, next);
        }
        return 1;
    }
    CHECK(expr(c, e));
    return emit_jump(c, cond ? MI_OP_POP_JUMP_IF_TRUE : MI_OP_POP_JUMP_IF_FALSE, label);
}

static int
compile_if(Compiler *c, MiAst *s)
{
    int truth = constant_truth(s->u.while_.test);
    int orelse = new_label(c), end = new_label(c);
    if (truth == 1)
        return stmts(c, s->u.while_.body);
    if (truth == 0)
        return stmts(c, s->u.while_.orelse);
    CHECK(jump_if(c, s->u.while_.test, 0, s->u.while_.orelse.len ? orelse : end));
    CHECK(stmts(c, s->u.while_.body));
    if (s->u.while_.orelse.len) {
        JUMP(JUMP_FORWARD, end);
        place_label(c, orelse);
        CHECK(stmts(c, s->u.while_.orelse));
    }
    place_label(c, end);
    return 1;
}

static int
compile_while(Compiler *c, MiAst *s)
{
    int truth = constant_truth(s->u.while_.test);
    int body = new_label(c), test = new_label(c), orelse = new_label(c), end = new_label(c);
    MiFBlock *fb;
    if (truth == 0)
        return stmts(c, s->u.while_.orelse);
    if (truth != 1)
        CHECK(jump_if(c, s->u.while_.test, 0, orelse));
    place_label(c, body);
    fb = push_fblock(c, s, FB_WHILE);
    if (fb == NULL)
        return 0;
    fb->continue_label = truth == 1 ? body : test;
    fb->exit_label = end;
    CHECK(stmts(c, s->u.while_.body));
    pop_fblock(c);
    place_label(c, test);
    c->u->lineno = s->line;
    if (truth == 1) {
        JUMP(JUMP_BACKWARD, body);
    } else {
        CHECK(jump_if(c, s->u.while_.test, 1, body));
    }
    place_label(c, orelse);
    CHECK(stmts(c, s->u.while_.orelse));
    place_label(c, end);
    return 1;
}

static int
compile_for(Compiler *c, MiAst *s)
{
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    MiFBlock *fb;
    CHECK(compile_iterable(c, s->u.for_.iter));
    c->u->lineno = s->line;
    EMIT0(GET_ITER);
    place_label(c, start);
    JUMP(FOR_ITER, cleanup);
    c->u->depth++;
    CHECK(store_target(c, s->u.for_.target));
    fb = push_fblock(c, s, FB_FOR);
    if (fb == NULL)
        return 0;
    fb->continue_label = start;
    fb->exit_label = end;
    CHECK(stmts(c, s->u.for_.body));
    pop_fblock(c);
    c->u->lineno = s->line;
    JUMP(JUMP_BACKWARD, start);
    c->u->depth--;
    place_label(c, cleanup);
    CHECK(stmts(c, s->u.for_.orelse));
    place_label(c, end);
    return 1;
}

/* try: body finally: final */
static int
compile_try_finally(Compiler *c, MiAst *s)
{
    MiUnit *u = c->u;
    int handler = new_label(c), cleanup = new_label(c), end = new_label(c);
    int outer = u->cur_handler, h, hc;
    MiFBlock *fb;
    MiAstList final = s->u.try_.finalbody;

    h = new_handler(c, handler, u->depth);
    if (h < 0)
        return 0;
    u->cur_handler = h;
    fb = push_fblock(c, s, FB_FINALLY_TRY);
    if (fb == NULL)
        return 0;
    fb->outer_handler = outer;
    fb->finalbody = final;
    if (s->u.try_.handlers.len > 0) {
        /* try/except/finally: the except part is the protected body */
        MiAst inner = *s;
        inner.u.try_.finalbody = (MiAstList){0, NULL};
        CHECK(stmt(c, &inner));
    } else {
        CHECK(stmts(c, s->u.try_.body));
    }
    pop_fblock(c);
    u->cur_handler = outer;
    /* the normal path runs the finally body */
    CHECK(stmts(c, final));
    JUMP(JUMP_FORWARD, end);

    /* the exceptional path: [..., exc] */
    place_label(c, handler);
    u->depth++;
    EMIT0(PUSH_EXC_INFO);
    hc = new_handler(c, cleanup, u->depth);
    if (hc < 0)
        return 0;
    u->cur_handler = hc;
    u->depth++;
    fb = push_fblock(c, s, FB_FINALLY_END);
    if (fb == NULL)
        return 0;
    fb->outer_handler = outer;
    CHECK(stmts(c, final));
    pop_fblock(c);
    EMIT0(RERAISE);
    u->depth -= 2;

    /* an exception in the finally body: restore the handled one */
    place_label(c, cleanup);
    u->cur_handler = outer;
    EMIT0(ROT_TWO);
    EMIT0(POP_EXCEPT);
    EMIT0(RERAISE);
    place_label(c, end);
    return 1;
}

/* try: body except...: handlers else: orelse */
static int
compile_try_except(Compiler *c, MiAst *s)
{
    MiUnit *u = c->u;
    MiAstList handlers = s->u.try_.handlers;
    int handler = new_label(c), cleanup = new_label(c), end = new_label(c);
    int outer = u->cur_handler, h, hc;
    MiFBlock *fb;

    h = new_handler(c, handler, u->depth);
    if (h < 0)
        return 0;
    u->cur_handler = h;
    fb = push_fblock(c, s, FB_TRY_EXCEPT);
    if (fb == NULL)
        return 0;
    fb->outer_handler = outer;
    CHECK(stmts(c, s->u.try_.body));
    pop_fblock(c);
    u->cur_handler = outer;
    CHECK(stmts(c, s->u.try_.orelse));
    JUMP(JUMP_FORWARD, end);

    /* [..., exc] */
    place_label(c, handler);
    u->depth++;
    EMIT0(PUSH_EXC_INFO);                          /* [..., prev, exc] */
    hc = new_handler(c, cleanup, u->depth);
    if (hc < 0)
        return 0;
    u->cur_handler = hc;
    for (int i = 0; i < handlers.len; i++) {
        MiAst *hnd = handlers.items[i];
        int next = new_label(c);
        c->u->lineno = hnd->line;
        if (hnd->u.handler.type == NULL && i < handlers.len - 1)
            return syntax_error(c, hnd, "default 'except:' must be last");
        if (hnd->u.handler.type != NULL) {
            CHECK(expr(c, hnd->u.handler.type));
            EMIT0(CHECK_EXC_MATCH);
            JUMP(POP_JUMP_IF_FALSE, next);
        }
        if (hnd->u.handler.name != NULL) {
            int name_cleanup = new_label(c), hn;
            CHECK(compile_name(c, hnd->u.handler.name, CTX_STORE, hnd));   /* [..., prev] */
            hn = new_handler(c, name_cleanup, u->depth);
            if (hn < 0)
                return 0;
            u->cur_handler = hn;
            fb = push_fblock(c, hnd, FB_HANDLER_CLEANUP);
            if (fb == NULL)
                return 0;
            fb->outer_handler = outer;
            fb->name = hnd->u.handler.name;
            CHECK(stmts(c, hnd->u.handler.body));
            pop_fblock(c);
            u->cur_handler = outer;
            EMIT0(POP_EXCEPT);
            CHECK(emit_const(c, MI_NONE));
            CHECK(compile_name(c, hnd->u.handler.name, CTX_STORE, hnd));
            CHECK(compile_name(c, hnd->u.handler.name, CTX_DEL, hnd));
            JUMP(JUMP_FORWARD, end);
            /* an exception inside the body: unbind the name, re-raise */
            place_label(c, name_cleanup);
            u->cur_handler = hc;
            CHECK(emit_const(c, MI_NONE));
            CHECK(compile_name(c, hnd->u.handler.name, CTX_STORE, hnd));
            CHECK(compile_name(c, hnd->u.handler.name, CTX_DEL, hnd));
            EMIT0(RERAISE);
        } else {
            EMIT0(POP_TOP);                        /* [..., prev] */
            fb = push_fblock(c, hnd, FB_HANDLER_CLEANUP);
            if (fb == NULL)
                return 0;
            fb->outer_handler = outer;
            CHECK(stmts(c, hnd->u.handler.body));
            pop_fblock(c);
            u->cur_handler = outer;
            EMIT0(POP_EXCEPT);
            JUMP(JUMP_FORWARD, end);
        }
        u->cur_handler = hc;
        place_label(c, next);
    }
    EMIT0(RERAISE);                                /* nothing matched */
    u->depth--;

    place_label(c, cleanup);                       /* [..., prev, exc2] */
    u->cur_handler = outer;
    EMIT0(ROT_TWO);
    EMIT0(POP_EXCEPT);
    EMIT0(RERAISE);
    place_label(c, end);
    return 1;
}

static int
compile_with_item(Compiler *c, MiAst *s, int index)
{
    MiUnit *u = c->u;
    MiAst *item = s->u.with.items.items[index];
    int handler = new_label(c), cleanup = new_label(c), suppress = new_label(c);
    int end = new_label(c), outer = u->cur_handler, h, hc;
    MiFBlock *fb;

    CHECK(expr(c, item->u.withitem.context_expr));
    c->u->lineno = s->line;
    EMIT0(BEFORE_WITH);                            /* [exit, res] */
    u->depth += 1;
    h = new_handler(c, handler, u->depth);
    if (h < 0)
        return 0;
    u->cur_handler = h;
    fb = push_fblock(c, s, FB_WITH);
    if (fb == NULL)
        return 0;
    fb->outer_handler = outer;
    if (item->u.withitem.optional_vars != NULL)
        CHECK(store_target(c, item->u.withitem.optional_vars));
    else
        EMIT0(POP_TOP);
    if (index + 1 < s->u.with.items.len)
        CHECK(compile_with_item(c, s, index + 1));
    else
        CHECK(stmts(c, s->u.with.body));
    pop_fblock(c);
    u->cur_handler = outer;
    c->u->lineno = s->line;
    CHECK(emit_exit_call(c));
    EMIT0(POP_TOP);
    JUMP(JUMP_FORWARD, end);

    place_label(c, handler);                       /* [exit, exc] */
    u->depth++;
    EMIT0(PUSH_EXC_INFO);                          /* [exit, prev, exc] */
    hc = new_handler(c, cleanup, u->depth);
    if (hc < 0)
        return 0;
    u->cur_handler = hc;
    EMIT0(WITH_EXCEPT_START);
    JUMP(POP_JUMP_IF_TRUE, suppress);
    EMIT0(RERAISE);
    place_label(c, suppress);
    EMIT0(POP_TOP);                                /* [exit, prev] */
    u->cur_handler = outer;
    EMIT0(POP_EXCEPT);
    EMIT0(POP_TOP);
    JUMP(JUMP_FORWARD, end);

    place_label(c, cleanup);                       /* [exit, prev, exc2] */
    EMIT0(ROT_TWO);
    EMIT0(POP_EXCEPT);
    EMIT0(RERAISE);
    u->depth -= 2;
    place_label(c, end);
    return 1;
}

static int
compile_raise(Compiler *c, MiAst *s)
{
    int n = 0;
    if (s->u.raise.exc != NULL) {
        CHECK(expr(c, s->u.raise.exc));
        n = 1;
        if (s->u.raise.cause != NULL) {
            CHECK(expr(c, s->u.raise.cause));
            n = 2;
        }
    }
    c->u->lineno = s->line;
    EMIT(RAISE_VARARGS, n);
    return 1;
}

static int
compile_assert(Compiler *c, MiAst *s)
{
    int end = new_label(c);
    if (s->u.assert_.test->kind == MI_AST_TUPLE && s->u.assert_.test->u.seq.elts.len > 0) {
        /* CPython warns "assertion is always true"; the test is still run */
    }
    CHECK(jump_if(c, s->u.assert_.test, 1, end));
    if (s->u.assert_.msg != NULL) {
        EMIT0(PUSH_NULL);
        EMIT0(LOAD_ASSERTION_ERROR);
        CHECK(expr(c, s->u.assert_.msg));
        EMIT(CALL, 1);
    } else {
        EMIT0(LOAD_ASSERTION_ERROR);
    }
    EMIT(RAISE_VARARGS, 1);
    place_label(c, end);
    return 1;
}

static int
compile_import(Compiler *c, MiAst *s)
{
    for (int i = 0; i < s->u.import.names.len; i++) {
        MiAst *a = s->u.import.names.items[i];
        const char *name = a->u.alias.name;
        CHECK(emit_const_new(c, mi_int_from_i64(0)));
        CHECK(emit_const(c, MI_NONE));
        CHECK(emit_name_op(c, MI_OP_IMPORT_NAME, name));
        if (a->u.alias.asname != NULL) {
            /* import a.b.c as d: d is a.b.c itself */
            const char *dot = strchr(name, '.');
            while (dot != NULL) {
                const char *next = strchr(dot + 1, '.');
                size_t len = next ? (size_t)(next - dot - 1) : strlen(dot + 1);
                char *part = mi_arena_strndup(c->st.arena, dot + 1, len);
                if (part == NULL) {
                    mi_err_nomemory();
                    return failed(c);
                }
                CHECK(emit_name_op(c, MI_OP_IMPORT_FROM, part));
                EMIT0(ROT_TWO);
                EMIT0(POP_TOP);
                dot = next;
            }
            CHECK(compile_name(c, a->u.alias.asname, CTX_STORE, s));
        } else {
            const char *dot = strchr(name, '.');
            char *top = mi_arena_strndup(c->st.arena, name,
                                         dot ? (size_t)(dot - name) : strlen(name));
            if (top == NULL) {
                mi_err_nomemory();
                return failed(c);
            }
            CHECK(compile_name(c, top, CTX_STORE, s));
        }
    }
    return 1;
}

static int
compile_importfrom(Compiler *c, MiAst *s)
{
    MiAstList names = s->u.importfrom.names;
    MiObject *fromlist = mi_tuple_new(names.len);
    if (fromlist == NULL)
        return failed(c);
    for (int i = 0; i < names.len; i++) {
        MiObject *n = mi_str_intern_cstr(names.items[i]->u.alias.name);
        if (n == NULL) {
            MI_DECREF(fromlist);
            return failed(c);
        }
        MI_TUPLE_ITEMS(fromlist)[i] = n;
    }
    CHECK(emit_const_new(c, mi_int_from_i64(s->u.importfrom.level)));
    CHECK(emit_const_new(c, fromlist));
    CHECK(emit_name_op(c, MI_OP_IMPORT_NAME, s->u.importfrom.module ? s->u.importfrom.module
                                                                    : ""));
    if (names.len == 1 && strcmp(names.items[0]->u.alias.name, "*") == 0) {
        EMIT0(IMPORT_STAR);
        return 1;
    }
    for (int i = 0; i < names.len; i++) {
        MiAst *a = names.items[i];
        CHECK(emit_name_op(c, MI_OP_IMPORT_FROM, a->u.alias.name));
        CHECK(compile_name(c, a->u.alias.asname ? a->u.alias.asname : a->u.alias.name, CTX_STORE,
                           s));
    }
    EMIT0(POP_TOP);
    return 1;
}

static int
compile_augassign(Compiler *c, MiAst *s)
{
    MiAst *t = s->u.augassign.target;
    MiBinOp op = s->u.augassign.op;
    switch (t->kind) {
    case MI_AST_NAME:
        CHECK(compile_name(c, t->u.name.id, CTX_LOAD, t));
        break;
    case MI_AST_ATTRIBUTE:
        CHECK(expr(c, t->u.attribute.value));
        EMIT0(DUP_TOP);
        CHECK(emit_name_op(c, MI_OP_LOAD_ATTR, t->u.attribute.attr));
        break;
    case MI_AST_SUBSCRIPT:
        CHECK(expr(c, t->u.subscript.value));
        CHECK(expr(c, t->u.subscript.slice));
        EMIT0(DUP_TOP_TWO);
        EMIT0(BINARY_SUBSCR);
        break;
    default:
        return syntax_error(c, t, "'%s' is an illegal expression for augmented assignment",
                            t->kind == MI_AST_TUPLE ? "tuple" : t->kind == MI_AST_LIST ? "list"
                                                                                        : "expression");
    }
    CHECK(expr(c, s->u.augassign.value));
    c->u->lineno = s->line;
    if (op == MI_OP_ADD)
        EMIT0(INPLACE_ADD);
    else if (op == MI_OP_SUB)
        EMIT0(INPLACE_SUB);
    else
        EMIT(INPLACE_OP, op);
    switch (t->kind) {
    case MI_AST_NAME:
        return compile_name(c, t->u.name.id, CTX_STORE, t);
    case MI_AST_ATTRIBUTE:
        EMIT0(ROT_TWO);
        return emit_name_op(c, MI_OP_STORE_ATTR, t->u.attribute.attr);
    default:
        EMIT0(ROT_THREE);
        EMIT0(STORE_SUBSCR);
        return 1;
    }
}

static int
compile_annassign(Compiler *c, MiAst *s)
{
    MiAst *t = s->u.annassign.target;
    if (s->u.annassign.value != NULL) {
        CHECK(expr(c, s->u.annassign.value));
        CHECK(store_target(c, t));
    }
    if (c->u->scope->kind == MI_SCOPE_FUNCTION)
        return 1;            /* annotations of locals are not evaluated */
    if (t->kind == MI_AST_NAME && s->u.annassign.simple) {
        CHECK(expr(c, s->u.annassign.annotation));
        CHECK(emit_name_op(c, MI_OP_LOAD_NAME, "__annotations__"));
        CHECK(emit_const_new(c, mi_str_intern_cstr(t->u.name.id)));
        EMIT0(STORE_SUBSCR);
    } else {
        CHECK(expr(c, s->u.annassign.annotation));
        EMIT0(POP_TOP);
    }
    return 1;
}

static int
stmt_inner(Compiler *c, MiAst *s)
{
    switch (s->kind) {
    case MI_AST_FUNCTIONDEF:
        return compile_funcdef(c, s);
    case MI_AST_CLASSDEF:
        return compile_classdef(c, s);
    case MI_AST_RETURN:
        return compile_return(c, s);
    case MI_AST_DELETE:
        for (int i = 0; i < s->u.del.targets.len; i++)
            CHECK(delete_target(c, s->u.del.targets.items[i]));
        return 1;
    case MI_AST_ASSIGN: {
        MiAstList targets = s->u.assign.targets;
        CHECK(expr(c, s->u.assign.value));
        for (int i = 0; i < targets.len; i++) {
            if (i < targets.len - 1)
                EMIT0(DUP_TOP);
            CHECK(store_target(c, targets.items[i]));
        }
        return 1;
    }
    case MI_AST_AUGASSIGN:
        return compile_augassign(c, s);
    case MI_AST_ANNASSIGN:
        return compile_annassign(c, s);
    case MI_AST_FOR:
        return compile_for(c, s);
    case MI_AST_WHILE:
        return compile_while(c, s);
    case MI_AST_IF:
        return compile_if(c, s);
    case MI_AST_WITH:
        return compile_with_item(c, s, 0);
    case MI_AST_RAISE:
        return compile_raise(c, s);
    case MI_AST_TRY:
        if (s->u.try_.finalbody.len > 0)
            return compile_try_finally(c, s);
        return compile_try_except(c, s);
    case MI_AST_ASSERT:
        return compile_assert(c, s);
    case MI_AST_IMPORT:
        return compile_import(c, s);
    case MI_AST_IMPORTFROM:
        return compile_importfrom(c, s);
    case MI_AST_GLOBAL:
    case MI_AST_NONLOCAL:
    case MI_AST_PASS:
        return 1;
    case MI_AST_BREAK:
        return compile_break_continue(c, s, 1);
    case MI_AST_CONTINUE:
        return compile_break_continue(c, s, 0);
    case MI_AST_EXPR: {
        MiAst *v = s->u.ret.value;
        if (c->interactive && c->u->scope->kind == MI_SCOPE_MODULE) {
            CHECK(expr(c, v));
            EMIT0(PRINT_EXPR);
            return 1;
        }
        if (v->kind == MI_AST_CONSTANT)
            return 1;         /* docstrings and bare constants do nothing */
        CHECK(expr(c, v));
        EMIT0(POP_TOP);
        return 1;
    }
    case MI_AST_MATCH:
        return mi_compile_match(c, s);
    default:
        return syntax_error(c, s, "internal error: unexpected statement");
    }
}

static int
stmt(Compiler *c, MiAst *s)
{
    if (c->failed)
        return 0;
    c->u->lineno = s->line;
    return stmt_inner(c, s);
}

static int
stmts(Compiler *c, MiAstList list)
{
    for (int i = 0; i < list.len; i++)
        CHECK(stmt(c, list.items[i]));
    return 1;
}

/* ---- shared with vm/compile_match.c (contracts in compile_internal.h) ----------------------- */

MiUnit *
mi_compiler_unit(Compiler *c)
{
    return c->u;
}

int
mi_compiler_failed(Compiler *c)
{
    return c->failed;
}

int
mi_compiler_nomemory(Compiler *c)
{
    mi_err_nomemory();
    return failed(c);
}

int
mi_compiler_error(Compiler *c, MiAst *node, const char *msg)
{
    return syntax_error(c, node, "%s", msg);
}

int
mi_compiler_emit(Compiler *c, MiOpcode op, uint32_t arg)
{
    return emit(c, op, arg);
}

int
mi_compiler_new_label(Compiler *c)
{
    return new_label(c);
}

void
mi_compiler_place_label(Compiler *c, int label)
{
    place_label(c, label);
}

int
mi_compiler_emit_const_new(Compiler *c, MiObject *o)
{
    return emit_const_new(c, o);
}

MiObject *
mi_compiler_fold(Compiler *c, MiAst *e)
{
    return fold(c, e);
}

int
mi_compiler_expr(Compiler *c, MiAst *e)
{
    return expr(c, e);
}

int
mi_compiler_jump_if(Compiler *c, MiAst *e, int cond, int label)
{
    return jump_if(c, e, cond, label);
}

int
mi_compiler_store_name(Compiler *c, const char *name, MiAst *node)
{
    return compile_name(c, name, CTX_STORE, node);
}

int
mi_compiler_stmts(Compiler *c, MiAstList body)
{
    return stmts(c, body);
}

/* ---- entry points ------------------------------------------------------------------------------- */

static int
has_annotations(MiAstList body)
{
    for (int i = 0; i < body.len; i++) {
        MiAst *s = body.items[i];
        if (s->kind == MI_AST_ANNASSIGN)
            return 1;
        /* annotations inside compound statements at module level count too */
        switch (s->kind) {
        case MI_AST_IF:
        case MI_AST_WHILE:
            if (has_annotations(s->u.while_.body) || has_annotations(s->u.while_.orelse))
                return 1;
            break;
        case MI_AST_FOR:
            if (has_annotations(s->u.for_.body) || has_annotations(s->u.for_.orelse))
                return 1;
            break;
        case MI_AST_WITH:
            if (has_annotations(s->u.with.body))
                return 1;
            break;
        case MI_AST_TRY:
            if (has_annotations(s->u.try_.body) || has_annotations(s->u.try_.orelse) ||
                has_annotations(s->u.try_.finalbody))
                return 1;
            for (int h = 0; h < s->u.try_.handlers.len; h++) {
                if (has_annotations(s->u.try_.handlers.items[h]->u.handler.body))
                    return 1;
            }
            break;
        default:
            break;
        }
    }
    return 0;
}

static MiCode *
compile_root(Compiler *c, MiAst *root, int mode)
{
    MiAstList body = root->u.root.body;
    if (!enter_unit(c, c->st.top, "<module>", NULL, NULL, 1))
        return NULL;
    if (mode == MI_COMPILE_EVAL) {
        c->u->lineno = root->u.root.expr ? root->u.root.expr->line : 1;
        if (!expr(c, root->u.root.expr) || !emit(c, MI_OP_RETURN_VALUE, 0))
            return leave_unit(c);
        return leave_unit(c);
    }
    {
        int start = 0, ok = 1;
        if (has_annotations(body))
            ok = emit(c, MI_OP_SETUP_ANNOTATIONS, 0);
        if (ok && mode == MI_COMPILE_EXEC && body.len > 0 && body.items[0]->kind == MI_AST_EXPR &&
            body.items[0]->u.ret.value->kind == MI_AST_CONSTANT &&
            body.items[0]->u.ret.value->u.constant.kind == MI_CONST_STR) {
            c->u->lineno = body.items[0]->line;
            ok = emit_const_new(c, fold(c, body.items[0]->u.ret.value)) &&
                 emit_name_op(c, MI_OP_STORE_NAME, "__doc__");
            start = 1;
        }
        for (int i = start; i < body.len && ok; i++)
            ok = stmt(c, body.items[i]);
        if (ok) {
            c->u->lineno = body.len > 0 ? body.items[body.len - 1]->end_line : 1;
            ok = emit_const(c, MI_NONE) && emit(c, MI_OP_RETURN_VALUE, 0);
        }
        (void)ok;
    }
    return leave_unit(c);
}

void
mi_raise_syntax_error(const MiSyntaxError *err, const char *filename)
{
    MiType *type;
    MiObject *msg, *fn, *line, *col, *text, *eline, *ecol, *info, *args;
    switch (err->kind) {
    case MI_SYNERR_NOMEMORY:
        mi_err_nomemory();
        return;
    case MI_SYNERR_RECURSION:
        mi_err_set(MI_EXC(RecursionError), err->msg);
        return;
    case MI_SYNERR_INDENTATION: type = MI_EXC(IndentationError); break;
    case MI_SYNERR_TAB: type = MI_EXC(TabError); break;
    default: type = MI_EXC(SyntaxError); break;
    }
    msg = mi_str_from_cstr(err->msg);
    fn = mi_str_from_cstr(filename);
    line = mi_int_from_i64(err->line);
    col = mi_int_from_i64(err->col);
    text = err->text ? mi_str_decode_utf8(err->text, (intptr_t)strlen(err->text), "replace")
                     : mi_newref(MI_NONE);
    eline = mi_int_from_i64(err->end_line);
    ecol = mi_int_from_i64(err->end_col);
    info = (fn && line && col && text && eline && ecol)
               ? mi_tuple_pack(6, fn, line, col, text, eline, ecol) : NULL;
    args = (msg && info) ? mi_tuple_pack(2, msg, info) : NULL;
    if (args != NULL)
        mi_err_set_object(type, args);
    MI_XDECREF(msg);
    MI_XDECREF(fn);
    MI_XDECREF(line);
    MI_XDECREF(col);
    MI_XDECREF(text);
    MI_XDECREF(eline);
    MI_XDECREF(ecol);
    MI_XDECREF(info);
    MI_XDECREF(args);
}

static MiCode *
compile_with(Compiler *c, MiAst *root, int mode, MiObject **keep)
{
    MiCode *co;
    c->st.error = &c->err;
    c->st.filename = mi_str_cstr(c->filename);
    c->interactive = mode == MI_COMPILE_SINGLE;
    c->merged = mi_dict_new();
    if (c->merged == NULL)
        return NULL;
    if (mi_symtable_build(&c->st, root) < 0) {
        c->failed = 1;
        if (c->err.text == NULL && c->err.line > 0)
            c->err.text = source_line(c, c->err.line);
        co = NULL;
    } else {
        co = compile_root(c, root, mode);
    }
    while (c->u != NULL) {
        MiUnit *u = c->u;
        c->u = u->parent;
        unit_free(u);
    }
    mi_symtable_free(&c->st);
    MI_CLEAR(c->merged);
    node_values_release(c, co != NULL ? keep : NULL);
    if (co == NULL && c->err.kind != MI_SYNERR_NONE && !mi_err_occurred())
        mi_raise_syntax_error(&c->err, mi_str_cstr(c->filename));
    if (co == NULL && !mi_err_occurred())
        mi_err_format(MI_EXC(SystemError), "compiler failed without an error");
    return co;
}

MiCode *
mi_compile_ast(MiAst *root, MiObject *filename, int mode)
{
    Compiler c;
    MiCode *co;
    memset(&c, 0, sizeof c);
    c.filename = filename;
    c.st.arena = mi_arena_new();
    if (c.st.arena == NULL)
        return (MiCode *)mi_err_nomemory();
    co = compile_with(&c, root, mode, NULL);
    mi_arena_free(c.st.arena);
    return co;
}

MiCode *
mi_compile_source(const char *src, size_t len, const char *filename, int mode, int *incomplete)
{
    return mi_compile_source_keep(src, len, filename, mode, incomplete, NULL);
}

MiCode *
mi_compile_source_keep(const char *src, size_t len, const char *filename, int mode,
                       int *incomplete, MiObject **keep)
{
    Compiler c;
    MiAstArena *arena = mi_arena_new();
    MiAst *root;
    MiCode *co = NULL;
    MiParseMode pm = mode == MI_COMPILE_EVAL ? MI_PARSE_EVAL
                   : mode == MI_COMPILE_SINGLE ? MI_PARSE_SINGLE : MI_PARSE_FILE;
    if (incomplete != NULL)
        *incomplete = 0;
    if (arena == NULL)
        return (MiCode *)mi_err_nomemory();
    memset(&c, 0, sizeof c);
    root = mi_parse(src, len, filename, pm, arena, &c.err);
    if (root == NULL) {
        if (c.err.kind == MI_SYNERR_INCOMPLETE && incomplete != NULL)
            *incomplete = 1;
        else
            mi_raise_syntax_error(&c.err, filename);
        mi_arena_free(arena);
        return NULL;
    }
    c.filename = mi_str_from_cstr(filename);
    if (c.filename != NULL) {
        c.src = src;
        c.srclen = len;
        c.st.arena = arena;
        co = compile_with(&c, root, mode, keep);
        MI_DECREF(c.filename);
    }
    mi_arena_free(arena);
    return co;
}
