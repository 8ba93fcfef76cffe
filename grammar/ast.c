/* grammar/ast.c: the arena, the names of node kinds and operators, and the
 * node builders that the grammar actions (parse.y) call.
 *
 * Memory: an arena is a list of blocks; allocation bumps a pointer, and
 * mi_arena_free() releases the blocks in one go.  Lists grow by doubling
 * inside the arena (the old copy stays until the arena is freed, which
 * costs at most a constant factor).
 *
 * Every node is preceded in the arena by a small header holding the depth
 * of its subtree and two flags: "parenthesized" (for targets like "(x): int"
 * and "(yield) = 1") and "open chain" (an and/or/comparison chain that may
 * still grow: "a < b < c" is one Compare, "(a < b) < c" two).  A node deeper
 * than MI_AST_MAX_DEPTH is refused with RecursionError, so everything that
 * walks a finished tree may recurse.
 *
 * Builders follow CPython 3.10's pegen actions: the same node shapes and
 * source spans, and the same SyntaxErrors for invalid targets, argument
 * and parameter order.  Once ps->failed is set, every builder returns
 * NULL without looking at its arguments. */
#include "grammar/ast.h"
#include "grammar/parser.h"

#include <stdlib.h>
#include <string.h>

/* ---- arena --------------------------------------------------------------------- */

/* First block size; later blocks double up to MI_ARENA_BLOCK_MAX. */
#define MI_ARENA_BLOCK_MIN (16 * 1024)
#define MI_ARENA_BLOCK_MAX (1024 * 1024)
/* An AST this large comes from runaway input (a 100 MB line of "1,"):
 * MemoryError rather than the system's out-of-memory killer. */
#define MI_ARENA_LIMIT ((size_t)2 << 30)

typedef struct MiArenaBlock {
    struct MiArenaBlock *next;
    size_t               size;
    /* 16-aligned data follows */
} MiArenaBlock;

#define BLOCK_HEADER ((sizeof(MiArenaBlock) + 15) & ~(size_t)15)

struct MiAstArena {
    MiArenaBlock *blocks;
    char         *cur, *end;
    size_t        next_size;
    size_t        total;
};

MiAstArena *
mi_arena_new(void)
{
    MiAstArena *arena = calloc(1, sizeof *arena);
    if (arena != NULL)
        arena->next_size = MI_ARENA_BLOCK_MIN;
    return arena;
}

void
mi_arena_free(MiAstArena *arena)
{
    if (arena == NULL)
        return;
    MiArenaBlock *b = arena->blocks;
    while (b != NULL) {
        MiArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    free(arena);
}

void *
mi_arena_alloc(MiAstArena *arena, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (size == 0)
        size = 16;
    if ((size_t)(arena->end - arena->cur) < size) {
        size_t block = arena->next_size;
        if (block < size)
            block = size;
        if (size > ((size_t)1 << 40) || arena->total + block > MI_ARENA_LIMIT)
            return NULL;
        MiArenaBlock *b = calloc(1, BLOCK_HEADER + block);
        if (b == NULL)
            return NULL;
        b->next = arena->blocks;
        b->size = block;
        arena->blocks = b;
        arena->total += block;
        arena->cur = (char *)b + BLOCK_HEADER;
        arena->end = arena->cur + block;
        if (arena->next_size < MI_ARENA_BLOCK_MAX)
            arena->next_size *= 2;
    }
    void *p = arena->cur;
    arena->cur += size;
    return p;
}

char *
mi_arena_strndup(MiAstArena *arena, const char *s, size_t len)
{
    char *p = mi_arena_alloc(arena, len + 1);
    if (p == NULL)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void *
mi_parser_alloc(MiParser *ps, size_t size)
{
    void *p = mi_arena_alloc(ps->arena, size);
    if (p == NULL)
        mi_error_nomemory(ps);
    return p;
}

/* ---- names --------------------------------------------------------------------- */

const char *
mi_ast_kind_name(MiAstKind kind)
{
    static const char *const names[] = {
#define MI_AST_NAME(kind, name) name,
        MI_AST_KINDS(MI_AST_NAME)
#undef MI_AST_NAME
    };
    return (unsigned)kind < MI_AST_KIND_COUNT ? names[kind] : "?";
}

const char *
mi_ast_binop_name(MiBinOp op)
{
    static const char *const names[] = {
        "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift",
        "BitOr", "BitXor", "BitAnd", "FloorDiv"
    };
    return (unsigned)op < MI_BINOP_COUNT ? names[op] : "?";
}

const char *
mi_ast_unaryop_name(MiUnaryOp op)
{
    static const char *const names[] = { "Invert", "Not", "UAdd", "USub" };
    return (unsigned)op <= MI_OP_USUB ? names[op] : "?";
}

const char *
mi_ast_cmpop_name(MiCmpOp op)
{
    static const char *const names[] = {
        "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"
    };
    return (unsigned)op <= MI_CMP_NOTIN ? names[op] : "?";
}

/* ---- nodes --------------------------------------------------------------------- */

enum {
    FLAG_PARENTHESIZED = 1,  /* written inside its own parentheses */
    FLAG_OPEN_CHAIN    = 2,  /* a BoolOp/Compare its chain rule may extend */
    FLAG_BARE_GENEXP   = 4   /* a generator argument without its own parens */
};

typedef struct MiNodeHeader {
    int      depth;
    unsigned flags;
    int      outer[4];       /* with FLAG_PARENTHESIZED: the span of the
                              * outermost parentheses around the node */
    int      pad[2];         /* keeps the node 16-aligned */
} MiNodeHeader;

static MiNodeHeader *
header(const MiAst *node)
{
    return (MiNodeHeader *)node - 1;
}

int
mi_ast_depth(const MiAst *node)
{
    return node != NULL ? header(node)->depth : 0;
}

static int
max_int(int a, int b)
{
    return a > b ? a : b;
}

/* The deepest node of a list. */
static int
list_depth(const MiVec *vec)
{
    int d = 0;
    if (vec != NULL)
        for (int i = 0; i < vec->len; i++)
            if (vec->items[i] != NULL)
                d = max_int(d, mi_ast_depth(vec->items[i]));
    return d;
}

/* A new node whose subtree is `child_depth` deep below it, spanning
 * (line, col) to (end_line, end_col).  NULL on error (recorded). */
static MiAst *
new_node(MiParser *ps, MiAstKind kind, int child_depth, int line, int col, int end_line,
         int end_col)
{
    if (ps->failed)
        return NULL;
    if (child_depth + 1 > MI_AST_MAX_DEPTH) {
        mi_error_at(ps, MI_SYNERR_RECURSION, 0, 0, 0, 0,
                    "maximum recursion depth exceeded during compilation");
        return NULL;
    }
    MiNodeHeader *h = mi_parser_alloc(ps, sizeof(MiNodeHeader) + sizeof(MiAst));
    if (h == NULL)
        return NULL;
    h->depth = child_depth + 1;
    MiAst *node = (MiAst *)(h + 1);
    node->kind = kind;
    node->line = line;
    node->col = col;
    node->end_line = end_line;
    node->end_col = end_col;
    return node;
}

/* Records the RecursionError of a tree grown too deep by extending an
 * existing node; returns NULL. */
static void *
too_deep(MiParser *ps)
{
    mi_error_at(ps, MI_SYNERR_RECURSION, 0, 0, 0, 0,
                "maximum recursion depth exceeded during compilation");
    return NULL;
}

/* Where a node starts and ends as a part of a bigger node: CPython's
 * spans include the parentheses written around a part. */
static int
span_line(const MiAst *n)
{
    return header(n)->flags & FLAG_PARENTHESIZED ? header(n)->outer[0] : n->line;
}

static int
span_col(const MiAst *n)
{
    return header(n)->flags & FLAG_PARENTHESIZED ? header(n)->outer[1] : n->col;
}

static int
span_end_line(const MiAst *n)
{
    return header(n)->flags & FLAG_PARENTHESIZED ? header(n)->outer[2] : n->end_line;
}

static int
span_end_col(const MiAst *n)
{
    return header(n)->flags & FLAG_PARENTHESIZED ? header(n)->outer[3] : n->end_col;
}

void
mi_ast_span(const MiAst *node, int *line, int *col, int *end_line, int *end_col)
{
    *line = span_line(node);
    *col = span_col(node);
    *end_line = span_end_line(node);
    *end_col = span_end_col(node);
}

/* Marks a node written inside parentheses lpar..rpar (the outermost win,
 * as they are reduced last). */
static void
set_parenthesized(MiAst *node, const MiToken *lpar, const MiToken *rpar)
{
    MiNodeHeader *h = header(node);
    h->flags |= FLAG_PARENTHESIZED;
    h->outer[0] = lpar->line;
    h->outer[1] = lpar->col;
    h->outer[2] = rpar->end_line;
    h->outer[3] = rpar->end_col;
}

/* A node spanning from the start of `a` to the end of `b`. */
static MiAst *
node_between(MiParser *ps, MiAstKind kind, int child_depth, const MiAst *a, const MiAst *b)
{
    return new_node(ps, kind, child_depth, span_line(a), span_col(a), span_end_line(b),
                    span_end_col(b));
}

/* A node spanning from token `t` to the end of node `b` (or of `t`). */
static MiAst *
node_from_token(MiParser *ps, MiAstKind kind, int child_depth, const MiToken *t,
                const MiAst *b)
{
    if (b != NULL)
        return new_node(ps, kind, child_depth, t->line, t->col, span_end_line(b),
                        span_end_col(b));
    return new_node(ps, kind, child_depth, t->line, t->col, t->end_line, t->end_col);
}

/* Remembers a finished expression for the error hints of parser.c. */
static MiAst *
remember(MiParser *ps, MiAst *node)
{
    if (node != NULL)
        ps->recent[ps->recent_count++ % MI_RECENT_NODES] = node;
    return node;
}

MiAst *
mi_ast_node(MiParser *ps, MiAstKind kind, int child_depth, const MiToken *first,
            const MiToken *last)
{
    return new_node(ps, kind, child_depth, first->line, first->col, last->end_line,
                    last->end_col);
}

MiAst *
mi_ast_remember(MiParser *ps, MiAst *node)
{
    return remember(ps, node);
}

MiAst *
mi_ast_node_at(MiParser *ps, MiAstKind kind, int child_depth, int line, int col,
               int end_line, int end_col)
{
    return new_node(ps, kind, child_depth, line, col, end_line, end_col);
}

void
mi_ast_parenthesize(MiAst *node, const MiToken *lpar, const MiToken *rpar)
{
    set_parenthesized(node, lpar, rpar);
}

static char *
copy_text(MiParser *ps, const char *s, size_t len)
{
    char *p = mi_arena_strndup(ps->arena, s, len);
    if (p == NULL)
        mi_error_nomemory(ps);
    return p;
}

/* The text of a token; for a NAME, the identifier as CPython stores it:
 * NFKC-normalized when it is not ASCII. */
static const char *
token_text(MiParser *ps, const MiToken *tok)
{
    size_t extra = 0;
    for (size_t i = 0; i < tok->length; i++)
        if ((unsigned char)tok->start[i] >= 0x80)
            extra = 1;
    if (tok->kind != TK_NAME || extra == 0)
        return copy_text(ps, tok->start, tok->length);
    /* NFKC forms of identifier characters are at most 3 times longer. */
    char *out = mi_parser_alloc(ps, tok->length * 3 + 1);
    if (out == NULL)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < tok->length;) {
        int len;
        size_t nlen;
        uint32_t cp = mi_utf8_decode(tok->start + i, tok->length - i, &len);
        const char *norm = cp >= 0x80 ? mi_unicode_nfkc(cp, &nlen) : NULL;
        if (norm != NULL) {
            memcpy(out + n, norm, nlen);
            n += nlen;
        } else {
            memcpy(out + n, tok->start + i, (size_t)len);
            n += (size_t)len;
        }
        i += (size_t)len;
    }
    out[n] = '\0';
    return out;
}

const char *
mi_ast_identifier(MiParser *ps, const MiToken *name)
{
    return token_text(ps, name);
}

static MiAstList
to_list(const MiVec *vec)
{
    MiAstList list = { 0, NULL };
    if (vec != NULL) {
        list.len = vec->len;
        list.items = (MiAst **)vec->items;
    }
    return list;
}

/* ---- lists --------------------------------------------------------------------- */

static int
vec_reserve(MiParser *ps, MiVec *vec, int more)
{
    if (vec->len + more <= vec->cap)
        return 0;
    int cap = vec->cap ? vec->cap : 4;
    while (cap < vec->len + more) {
        if (cap > (1 << 28))
            return mi_error_nomemory(ps), -1;
        cap *= 2;
    }
    void **items = mi_parser_alloc(ps, (size_t)cap * sizeof *items);
    if (items == NULL)
        return -1;
    if (vec->len > 0)
        memcpy(items, vec->items, (size_t)vec->len * sizeof *items);
    vec->items = items;
    vec->cap = cap;
    return 0;
}

MiVec *
mi_vec_new(MiParser *ps)
{
    if (ps->failed)
        return NULL;
    return mi_parser_alloc(ps, sizeof(MiVec));
}

MiVec *
mi_vec_push(MiParser *ps, MiVec *vec, void *item)
{
    if (ps->failed || vec == NULL || vec_reserve(ps, vec, 1) < 0)
        return NULL;
    vec->items[vec->len++] = item;
    return vec;
}

MiVec *
mi_vec_one(MiParser *ps, void *item)
{
    return mi_vec_push(ps, mi_vec_new(ps), item);
}

MiVec *
mi_vec_concat(MiParser *ps, MiVec *vec, MiVec *more)
{
    if (ps->failed || vec == NULL || more == NULL)
        return NULL;
    if (vec_reserve(ps, vec, more->len) < 0)
        return NULL;
    if (more->len > 0)
        memcpy(vec->items + vec->len, more->items, (size_t)more->len * sizeof *vec->items);
    vec->len += more->len;
    return vec;
}

MiSeq *
mi_seq_one(MiParser *ps, MiAst *item)
{
    if (ps->failed)
        return NULL;
    MiSeq *seq = mi_parser_alloc(ps, sizeof *seq);
    return seq ? mi_seq_push(ps, seq, item) : NULL;
}

MiSeq *
mi_seq_push(MiParser *ps, MiSeq *seq, MiAst *item)
{
    if (ps->failed || seq == NULL || item == NULL || mi_vec_push(ps, &seq->items, item) == NULL)
        return NULL;
    seq->end_line = span_end_line(item);
    seq->end_col = span_end_col(item);
    return seq;
}

MiSeq *
mi_seq_comma(MiParser *ps, MiSeq *seq, const MiToken *comma)
{
    if (ps->failed || seq == NULL)
        return NULL;
    seq->trailing_comma = 1;
    seq->end_line = comma->end_line;
    seq->end_col = comma->end_col;
    return seq;
}

MiAst *
mi_seq_to_expr(MiParser *ps, MiSeq *seq)
{
    if (ps->failed || seq == NULL)
        return NULL;
    if (seq->items.len == 1 && !seq->trailing_comma)
        return seq->items.items[0];
    return mi_ast_tuple(ps, seq);
}

MiToken *
mi_token_copy(MiParser *ps, const MiToken *tok)
{
    if (ps->failed)
        return NULL;
    MiToken *copy = mi_parser_alloc(ps, sizeof *copy);
    if (copy != NULL)
        *copy = *tok;
    return copy;
}

/* ---- roots --------------------------------------------------------------------- */

void
mi_ast_set_root(MiParser *ps, MiAst *root)
{
    if (!ps->failed)
        ps->root = root;
}

MiAst *
mi_ast_module(MiParser *ps, MiVec *body)
{
    MiAst *node = new_node(ps, MI_AST_MODULE, list_depth(body), 1, 0, 1, 0);
    if (node != NULL)
        node->u.root.body = to_list(body);
    return node;
}

MiAst *
mi_ast_interactive(MiParser *ps, MiVec *body)
{
    MiAst *node = new_node(ps, MI_AST_INTERACTIVE, list_depth(body), 1, 0, 1, 0);
    if (node != NULL)
        node->u.root.body = to_list(body);
    return node;
}

MiAst *
mi_ast_expression(MiParser *ps, MiAst *body)
{
    if (ps->failed)
        return NULL;
    MiAst *node = new_node(ps, MI_AST_EXPRESSION, mi_ast_depth(body), 1, 0, 1, 0);
    if (node != NULL)
        node->u.root.expr = body;
    return node;
}

/* ---- what an expression is called in messages ------------------------------------ */

const char *
mi_ast_expr_name(const MiAst *e)
{
    switch (e->kind) {
    case MI_AST_ATTRIBUTE: return "attribute";
    case MI_AST_SUBSCRIPT: return "subscript";
    case MI_AST_STARRED: return "starred";
    case MI_AST_NAME: return "name";
    case MI_AST_LIST: return "list";
    case MI_AST_TUPLE: return "tuple";
    case MI_AST_LAMBDA: return "lambda";
    case MI_AST_CALL: return "function call";
    case MI_AST_BOOLOP: case MI_AST_BINOP: case MI_AST_UNARYOP: return "expression";
    case MI_AST_GENERATOREXP: return "generator expression";
    case MI_AST_YIELD: case MI_AST_YIELDFROM: return "yield expression";
    case MI_AST_LISTCOMP: return "list comprehension";
    case MI_AST_SETCOMP: return "set comprehension";
    case MI_AST_DICTCOMP: return "dict comprehension";
    case MI_AST_DICT: return "dict literal";
    case MI_AST_SET: return "set display";
    case MI_AST_JOINEDSTR: case MI_AST_FORMATTEDVALUE: return "f-string expression";
    case MI_AST_COMPARE: return "comparison";
    case MI_AST_IFEXP: return "conditional expression";
    case MI_AST_NAMEDEXPR: return "named expression";
    case MI_AST_CONSTANT:
        switch (e->u.constant.kind) {
        case MI_CONST_NONE: return "None";
        case MI_CONST_TRUE: return "True";
        case MI_CONST_FALSE: return "False";
        case MI_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default:
        return "expression";
    }
}

/* ---- targets --------------------------------------------------------------------- */

typedef enum { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS } TargetsType;

/* CPython's _PyPegen_get_invalid_target(): the first part of `e` that
 * cannot be assigned (or deleted), or NULL. */
static const MiAst *
invalid_target(const MiAst *e, TargetsType type)
{
    switch (e->kind) {
    case MI_AST_LIST:
    case MI_AST_TUPLE:
        for (int i = 0; i < e->u.seq.elts.len; i++) {
            const MiAst *bad = invalid_target(e->u.seq.elts.items[i], type);
            if (bad != NULL)
                return bad;
        }
        return NULL;
    case MI_AST_STARRED:
        if (type == DEL_TARGETS)
            return e;
        return invalid_target(e->u.starred.value, type);
    case MI_AST_NAME:
    case MI_AST_SUBSCRIPT:
    case MI_AST_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

/* Gives a valid target its context, recursively. */
static void
set_context(MiAst *e, MiExprCtx ctx)
{
    switch (e->kind) {
    case MI_AST_NAME:
        e->u.name.ctx = ctx;
        break;
    case MI_AST_ATTRIBUTE:
        e->u.attribute.ctx = ctx;
        break;
    case MI_AST_SUBSCRIPT:
        e->u.subscript.ctx = ctx;
        break;
    case MI_AST_STARRED:
        e->u.starred.ctx = ctx;
        set_context(e->u.starred.value, ctx);
        break;
    case MI_AST_LIST:
    case MI_AST_TUPLE:
        e->u.seq.ctx = ctx;
        for (int i = 0; i < e->u.seq.elts.len; i++)
            set_context(e->u.seq.elts.items[i], ctx);
        break;
    default:
        break;
    }
}

/* Checks an assignment (or for/with/comprehension) target and gives it
 * Store context.  Returns 0, or -1 with the error recorded. */
static int
store_target(MiParser *ps, MiAst *target, TargetsType type)
{
    if (ps->failed || target == NULL)
        return -1;
    const MiAst *bad = invalid_target(target, type);
    if (bad != NULL) {
        mi_error_at_node(ps, bad, "cannot assign to %s", mi_ast_expr_name(bad));
        return -1;
    }
    set_context(target, MI_CTX_STORE);
    return 0;
}

/* ---- statements ------------------------------------------------------------------ */

MiAst *
mi_ast_expr_stmt(MiParser *ps, MiAst *value)
{
    if (ps->failed)
        return NULL;
    MiAst *node = node_between(ps, MI_AST_EXPR, mi_ast_depth(value), value, value);
    if (node != NULL)
        node->u.ret.value = value;
    return node;
}

/* Whether "cannot assign to X" gets CPython's " here. Maybe you meant
 * '==' instead of '='?" (its invalid_named_expression rule): the target
 * is a plain operand (a bitwise_or), not a display, tuple or
 * True/False/None. */
static int
assign_here_hint(const MiAst *t)
{
    switch (t->kind) {
    case MI_AST_LIST: case MI_AST_TUPLE: case MI_AST_GENERATOREXP: case MI_AST_COMPARE:
    case MI_AST_BOOLOP: case MI_AST_IFEXP: case MI_AST_LAMBDA:
        return 0;
    case MI_AST_UNARYOP:
        return t->u.unaryop.op != MI_OP_NOT;
    case MI_AST_YIELD: case MI_AST_YIELDFROM: case MI_AST_NAMEDEXPR:
        return (header(t)->flags & FLAG_PARENTHESIZED) != 0;
    case MI_AST_CONSTANT:
        return t->u.constant.kind != MI_CONST_NONE && t->u.constant.kind != MI_CONST_TRUE
               && t->u.constant.kind != MI_CONST_FALSE;
    default:
        return 1;
    }
}

/* How much of `e` CPython's bitwise_or rule reads: 1 all of it, 0 a
 * strict prefix (the operand before a comparison, `and`/`or`, `if` or a
 * comma), -1 nothing (it starts with `not`, `lambda`, `*` or `yield`).
 * *prefix is the node that ends the prefix. */
static int
bitwise_prefix(const MiAst *e, const MiAst **prefix)
{
    *prefix = e;
    if (header(e)->flags & FLAG_PARENTHESIZED)
        return 1;
    const MiAst *left;
    switch (e->kind) {
    case MI_AST_COMPARE: left = e->u.compare.left; break;
    case MI_AST_BOOLOP: left = e->u.boolop.values.items[0]; break;
    case MI_AST_IFEXP: left = e->u.ifexp.body; break;
    case MI_AST_TUPLE:
        if (e->u.seq.elts.len == 0)
            return 1;
        left = e->u.seq.elts.items[0];
        break;
    case MI_AST_UNARYOP:
        return e->u.unaryop.op == MI_OP_NOT ? -1 : 1;
    case MI_AST_LAMBDA: case MI_AST_STARRED: case MI_AST_YIELD: case MI_AST_YIELDFROM:
    case MI_AST_NAMEDEXPR:
        return -1;
    default:
        return 1;
    }
    return bitwise_prefix(left, prefix) < 0 ? -1 : 0;
}

/* CPython's second pass tries `a = b` as a mistyped comparison before it
 * blames an invalid target (invalid_named_expression, reached through
 * invalid_assignment): when the statement starts with an operand `a`,
 * '=' and an operand `b` not followed by '=' or ':=', the message is
 * about '=='.  Returns 1 when it recorded that error. */
static int
assign_hint(MiParser *ps, const MiAst *first, const MiVec *rest)
{
    const MiAst *second = rest->items[0], *b;
    int whole = bitwise_prefix(second, &b);
    if (whole < 0 || (whole == 1 && rest->len > 1))
        return 0;                         /* no b, or b is followed by '=' */
    int valid = invalid_target(first, STAR_TARGETS) == NULL;
    for (int i = 0; i < rest->len - 1 && valid; i++)
        valid = invalid_target(rest->items[i], STAR_TARGETS) == NULL;
    if (valid)
        return 0;
    /* In `a, f() = 1` the rule applies to the last item of the tuple. */
    if (first->kind == MI_AST_TUPLE && !(header(first)->flags & FLAG_PARENTHESIZED)) {
        if (first->u.seq.elts.len < 2)
            return 0;
        first = first->u.seq.elts.items[first->u.seq.elts.len - 1];
    }
    if (first->kind == MI_AST_NAME && !(header(first)->flags & FLAG_PARENTHESIZED)) {
        mi_error_at(ps, MI_SYNERR_SYNTAX, first->line, first->col, span_end_line(b),
                    span_end_col(b), "invalid syntax. Maybe you meant '==' or ':=' "
                    "instead of '='?");
        return 1;
    }
    if (!assign_here_hint(first))
        return 0;
    mi_error_at_node(ps, first, "cannot assign to %s here. Maybe you meant '==' instead "
                     "of '='?", mi_ast_expr_name(first));
    return 1;
}

MiAst *
mi_ast_assign(MiParser *ps, MiAst *first, MiVec *rest)
{
    if (ps->failed || first == NULL || rest == NULL)
        return NULL;
    int ntargets = rest->len;            /* first + all of rest but the value */
    if (assign_hint(ps, first, rest))
        return NULL;
    for (int i = 0; i < ntargets; i++) {
        MiAst *t = i == 0 ? first : rest->items[i - 1];
        int bare_yield = (t->kind == MI_AST_YIELD || t->kind == MI_AST_YIELDFROM)
                         && !(header(t)->flags & FLAG_PARENTHESIZED);
        if (bare_yield) {
            mi_error_at_node(ps, t, "assignment to yield expression not possible");
            return NULL;
        }
        const MiAst *bad = invalid_target(t, STAR_TARGETS);
        if (bad != NULL) {
            mi_error_at_node(ps, bad, "cannot assign to %s", mi_ast_expr_name(bad));
            return NULL;
        }
    }
    MiVec *targets = mi_vec_one(ps, first);
    for (int i = 0; i + 1 < rest->len; i++)
        targets = mi_vec_push(ps, targets, rest->items[i]);
    if (targets == NULL)
        return NULL;
    for (int i = 0; i < targets->len; i++)
        set_context(targets->items[i], MI_CTX_STORE);
    MiAst *value = rest->items[rest->len - 1];
    MiAst *node = node_between(ps, MI_AST_ASSIGN, max_int(list_depth(targets),
                               mi_ast_depth(value)), first, value);
    if (node != NULL) {
        node->u.assign.targets = to_list(targets);
        node->u.assign.value = value;
    }
    return node;
}

MiAst *
mi_ast_yield_assign(MiParser *ps, MiAst *yield)
{
    if (!ps->failed && yield != NULL)
        mi_error_at_node(ps, yield, "assignment to yield expression not possible");
    return NULL;
}

static MiBinOp
binop_of(int kind)
{
    switch (kind) {
    case TK_PLUS: case TK_PLUSEQUAL: return MI_OP_ADD;
    case TK_MINUS: case TK_MINEQUAL: return MI_OP_SUB;
    case TK_STAR: case TK_STAREQUAL: return MI_OP_MULT;
    case TK_AT: case TK_ATEQUAL: return MI_OP_MATMULT;
    case TK_SLASH: case TK_SLASHEQUAL: return MI_OP_DIV;
    case TK_PERCENT: case TK_PERCENTEQUAL: return MI_OP_MOD;
    case TK_DOUBLESTAR: case TK_DOUBLESTAREQUAL: return MI_OP_POW;
    case TK_LEFTSHIFT: case TK_LEFTSHIFTEQUAL: return MI_OP_LSHIFT;
    case TK_RIGHTSHIFT: case TK_RIGHTSHIFTEQUAL: return MI_OP_RSHIFT;
    case TK_VBAR: case TK_VBAREQUAL: return MI_OP_BITOR;
    case TK_CIRCUMFLEX: case TK_CIRCUMFLEXEQUAL: return MI_OP_BITXOR;
    case TK_AMPER: case TK_AMPEREQUAL: return MI_OP_BITAND;
    default: return MI_OP_FLOORDIV;
    }
}

MiAst *
mi_ast_augassign(MiParser *ps, MiAst *target, const MiToken *op, MiAst *value)
{
    if (ps->failed || target == NULL || value == NULL)
        return NULL;
    if (target->kind != MI_AST_NAME && target->kind != MI_AST_ATTRIBUTE
        && target->kind != MI_AST_SUBSCRIPT) {
        mi_error_at_node(ps, target, "'%s' is an illegal expression for augmented assignment",
                         mi_ast_expr_name(target));
        return NULL;
    }
    set_context(target, MI_CTX_STORE);
    MiAst *node = node_between(ps, MI_AST_AUGASSIGN,
                               max_int(mi_ast_depth(target), mi_ast_depth(value)), target, value);
    if (node != NULL) {
        node->u.augassign.target = target;
        node->u.augassign.op = binop_of(op->kind);
        node->u.augassign.value = value;
    }
    return node;
}

MiAst *
mi_ast_annassign(MiParser *ps, MiAst *target, MiAst *annotation, MiAst *value)
{
    if (ps->failed || target == NULL || annotation == NULL)
        return NULL;
    int parenthesized = (header(target)->flags & FLAG_PARENTHESIZED) != 0;
    switch (target->kind) {
    case MI_AST_NAME:
    case MI_AST_ATTRIBUTE:
    case MI_AST_SUBSCRIPT:
        break;
    case MI_AST_LIST:
        mi_error_at_node(ps, target, "only single target (not list) can be annotated");
        return NULL;
    case MI_AST_TUPLE:
        mi_error_at_node(ps, parenthesized ? target : target->u.seq.elts.items[0],
                         "only single target (not tuple) can be annotated");
        return NULL;
    default:
        mi_error_at_node(ps, target, "illegal target for annotation");
        return NULL;
    }
    set_context(target, MI_CTX_STORE);
    const MiAst *last = value ? value : annotation;
    MiAst *node = node_between(ps, MI_AST_ANNASSIGN,
                               max_int(max_int(mi_ast_depth(target), mi_ast_depth(annotation)),
                                       mi_ast_depth(value)), target, last);
    if (node != NULL) {
        node->u.annassign.target = target;
        node->u.annassign.annotation = annotation;
        node->u.annassign.value = value;
        node->u.annassign.simple = target->kind == MI_AST_NAME && !parenthesized;
    }
    return node;
}

MiAst *
mi_ast_delete(MiParser *ps, const MiToken *kw, MiSeq *targets)
{
    if (ps->failed || targets == NULL)
        return NULL;
    for (int i = 0; i < targets->items.len; i++) {
        const MiAst *bad = invalid_target(targets->items.items[i], DEL_TARGETS);
        if (bad != NULL) {
            mi_error_at_node(ps, bad, "cannot delete %s", mi_ast_expr_name(bad));
            return NULL;
        }
    }
    for (int i = 0; i < targets->items.len; i++)
        set_context(targets->items.items[i], MI_CTX_DEL);
    MiAst *node = new_node(ps, MI_AST_DELETE, list_depth(&targets->items), kw->line, kw->col,
                           targets->end_line, targets->end_col);
    if (node != NULL)
        node->u.del.targets = to_list(&targets->items);
    return node;
}

MiAst *
mi_ast_keyword_stmt(MiParser *ps, MiAstKind kind, const MiToken *kw)
{
    return node_from_token(ps, kind, 0, kw, NULL);
}

MiAst *
mi_ast_return(MiParser *ps, const MiToken *kw, MiAst *value)
{
    if (ps->failed)
        return NULL;
    MiAst *node = node_from_token(ps, MI_AST_RETURN, mi_ast_depth(value), kw, value);
    if (node != NULL)
        node->u.ret.value = value;
    return node;
}

MiAst *
mi_ast_raise(MiParser *ps, const MiToken *kw, MiAst *exc, MiAst *cause)
{
    if (ps->failed)
        return NULL;
    MiAst *node = node_from_token(ps, MI_AST_RAISE,
                                  max_int(mi_ast_depth(exc), mi_ast_depth(cause)), kw,
                                  cause ? cause : exc);
    if (node != NULL) {
        node->u.raise.exc = exc;
        node->u.raise.cause = cause;
    }
    return node;
}

MiAst *
mi_ast_global(MiParser *ps, MiAstKind kind, const MiToken *kw, MiVec *names)
{
    if (ps->failed || names == NULL)
        return NULL;
    const MiToken *last = names->items[names->len - 1];
    MiAst *node = new_node(ps, kind, 0, kw->line, kw->col, last->end_line, last->end_col);
    const char **ids = mi_parser_alloc(ps, (size_t)names->len * sizeof *ids);
    if (node == NULL || ids == NULL)
        return NULL;
    for (int i = 0; i < names->len; i++)
        if ((ids[i] = token_text(ps, names->items[i])) == NULL)
            return NULL;
    node->u.names.len = names->len;
    node->u.names.items = ids;
    return node;
}

MiAst *
mi_ast_assert(MiParser *ps, const MiToken *kw, MiAst *test, MiAst *msg)
{
    if (ps->failed || test == NULL)
        return NULL;
    MiAst *node = node_from_token(ps, MI_AST_ASSERT,
                                  max_int(mi_ast_depth(test), mi_ast_depth(msg)), kw,
                                  msg ? msg : test);
    if (node != NULL) {
        node->u.assert_.test = test;
        node->u.assert_.msg = msg;
    }
    return node;
}

/* ---- imports -------------------------------------------------------------------- */

MiDotted *
mi_dotted_new(MiParser *ps, const MiToken *name)
{
    if (ps->failed)
        return NULL;
    MiDotted *d = mi_parser_alloc(ps, sizeof *d);
    if (d == NULL)
        return NULL;
    d->first = d->last = *name;
    return mi_dotted_add(ps, d, NULL);
}

MiDotted *
mi_dotted_add(MiParser *ps, MiDotted *d, const MiToken *name)
{
    if (ps->failed || d == NULL)
        return NULL;
    const MiToken *part = name ? name : &d->first;
    size_t need = d->len + part->length + 2;
    if (need > d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 32;
        while (cap < need)
            cap *= 2;
        char *text = mi_parser_alloc(ps, cap);
        if (text == NULL)
            return NULL;
        if (d->len > 0)
            memcpy(text, d->text, d->len);
        d->text = text;
        d->cap = cap;
    }
    if (name != NULL) {
        d->text[d->len++] = '.';
        d->last = *name;
    }
    memcpy(d->text + d->len, part->start, part->length);
    d->len += part->length;
    d->text[d->len] = '\0';
    return d;
}

int
mi_dots(MiParser *ps, int level, const MiToken *dots)
{
    (void)ps;
    return level + (dots->kind == TK_ELLIPSIS ? 3 : 1);
}

MiAst *
mi_ast_alias(MiParser *ps, MiDotted *name, const MiToken *asname)
{
    if (ps->failed || name == NULL)
        return NULL;
    const MiToken *last = asname ? asname : &name->last;
    MiAst *node = new_node(ps, MI_AST_ALIAS, 0, name->first.line, name->first.col,
                           last->end_line, last->end_col);
    if (node != NULL) {
        node->u.alias.name = name->text;
        node->u.alias.asname = asname ? token_text(ps, asname) : NULL;
    }
    return node;
}

MiAst *
mi_ast_alias_star(MiParser *ps, const MiToken *star)
{
    MiAst *node = node_from_token(ps, MI_AST_ALIAS, 0, star, NULL);
    if (node != NULL)
        node->u.alias.name = "*";
    return node;
}

MiAst *
mi_ast_import_trailing_comma(MiParser *ps)
{
    if (!ps->failed)
        mi_error_at_token(ps, &ps->tok,
                          "trailing comma not allowed without surrounding parentheses");
    return NULL;
}

/* The end of the last alias of an import. */
static const MiAst *
last_node(const MiVec *vec)
{
    return vec->items[vec->len - 1];
}

MiAst *
mi_ast_import(MiParser *ps, const MiToken *kw, MiVec *aliases)
{
    if (ps->failed || aliases == NULL)
        return NULL;
    MiAst *node = node_from_token(ps, MI_AST_IMPORT, 1, kw, last_node(aliases));
    if (node != NULL)
        node->u.import.names = to_list(aliases);
    return node;
}

MiAst *
mi_ast_importfrom(MiParser *ps, const MiToken *kw, int level, MiDotted *module,
                  MiVec *aliases, const MiToken *last)
{
    (void)last;
    if (ps->failed || aliases == NULL || aliases->items[0] == NULL)
        return NULL;
    /* CPython's span ends with the last name, or the ')' around them. */
    const MiToken *end = &ps->prev;
    MiAst *node = new_node(ps, MI_AST_IMPORTFROM, 1, kw->line, kw->col, end->end_line,
                           end->end_col);
    if (node != NULL) {
        node->u.importfrom.module = module ? module->text : NULL;
        node->u.importfrom.names = to_list(aliases);
        node->u.importfrom.level = level;
    }
    return node;
}

/* ---- compound statements -------------------------------------------------------- */

/* The end of a block: its last statement. */
static const MiAst *
block_end(const MiVec *body)
{
    return body->items[body->len - 1];
}

MiIfB *
mi_if_new(MiParser *ps, const MiToken *kw, MiAst *test, MiVec *body)
{
    if (ps->failed)
        return NULL;
    MiIfB *b = mi_parser_alloc(ps, sizeof *b);
    return b ? mi_if_elif(ps, b, kw, test, body) : NULL;
}

MiIfB *
mi_if_elif(MiParser *ps, MiIfB *b, const MiToken *kw, MiAst *test, MiVec *body)
{
    if (ps->failed || b == NULL || test == NULL || body == NULL)
        return NULL;
    MiAst *node = node_from_token(ps, MI_AST_IF, max_int(mi_ast_depth(test), list_depth(body)),
                                  kw, block_end(body));
    if (node == NULL)
        return NULL;
    node->u.while_.test = test;
    node->u.while_.body = to_list(body);
    return mi_vec_push(ps, &b->nodes, node) ? b : NULL;
}

MiAst *
mi_ast_if(MiParser *ps, MiIfB *b, MiVec *orelse)
{
    if (ps->failed || b == NULL)
        return NULL;
    /* Fold "if/elif/elif/else" from the inside out: each elif is an If in
     * the orelse of the one before, and ends where the whole chain ends. */
    MiAstList tail = to_list(orelse);
    const MiAst *end = orelse ? block_end(orelse) : NULL;
    int depth = list_depth(orelse);
    for (int i = b->nodes.len - 1; i >= 0; i--) {
        MiAst *node = b->nodes.items[i];
        if (end != NULL) {
            node->end_line = end->end_line;
            node->end_col = end->end_col;
        }
        end = node;
        node->u.while_.orelse = tail;
        depth = max_int(depth, header(node)->depth - 1) + 1;
        if (depth > MI_AST_MAX_DEPTH)
            return too_deep(ps);
        header(node)->depth = depth;
        if (i > 0) {
            MiVec *one = mi_vec_one(ps, node);
            if (one == NULL)
                return NULL;
            tail = to_list(one);
        }
    }
    return b->nodes.items[0];
}

MiAst *
mi_ast_while(MiParser *ps, const MiToken *kw, MiAst *test, MiVec *body, MiVec *orelse)
{
    if (ps->failed || test == NULL || body == NULL)
        return NULL;
    int depth = max_int(mi_ast_depth(test), max_int(list_depth(body), list_depth(orelse)));
    MiAst *node = node_from_token(ps, MI_AST_WHILE, depth, kw,
                                  block_end(orelse ? orelse : body));
    if (node != NULL) {
        node->u.while_.test = test;
        node->u.while_.body = to_list(body);
        node->u.while_.orelse = to_list(orelse);
    }
    return node;
}

MiAst *
mi_ast_for(MiParser *ps, const MiToken *kw, MiSeq *target_seq, MiAst *iter, MiVec *body,
           MiVec *orelse)
{
    if (ps->failed || iter == NULL || body == NULL)
        return NULL;
    MiAst *target = mi_seq_to_expr(ps, target_seq);
    if (store_target(ps, target, FOR_TARGETS) < 0)
        return NULL;
    int depth = max_int(max_int(mi_ast_depth(target), mi_ast_depth(iter)),
                        max_int(list_depth(body), list_depth(orelse)));
    MiAst *node = node_from_token(ps, MI_AST_FOR, depth, kw, block_end(orelse ? orelse : body));
    if (node != NULL) {
        node->u.for_.target = target;
        node->u.for_.iter = iter;
        node->u.for_.body = to_list(body);
        node->u.for_.orelse = to_list(orelse);
    }
    return node;
}

MiAst *
mi_ast_try(MiParser *ps, const MiToken *kw, MiVec *body, MiVec *handlers, MiVec *orelse,
           MiVec *finalbody)
{
    if (ps->failed || body == NULL)
        return NULL;
    int depth = max_int(max_int(list_depth(body), list_depth(handlers)),
                        max_int(list_depth(orelse), list_depth(finalbody)));
    const MiAst *end = finalbody ? block_end(finalbody) : orelse ? block_end(orelse)
                       : last_node(handlers);
    MiAst *node = node_from_token(ps, MI_AST_TRY, depth, kw, end);
    if (node != NULL) {
        node->u.try_.body = to_list(body);
        node->u.try_.handlers = to_list(handlers);
        node->u.try_.orelse = to_list(orelse);
        node->u.try_.finalbody = to_list(finalbody);
    }
    return node;
}

MiAst *
mi_ast_handler(MiParser *ps, const MiToken *kw, MiAst *type, const MiToken *name, MiVec *body)
{
    if (ps->failed || body == NULL)
        return NULL;
    MiAst *node = node_from_token(ps, MI_AST_EXCEPTHANDLER,
                                  max_int(mi_ast_depth(type), list_depth(body)), kw,
                                  block_end(body));
    if (node != NULL) {
        node->u.handler.type = type;
        node->u.handler.name = name ? token_text(ps, name) : NULL;
        node->u.handler.body = to_list(body);
    }
    return node;
}

MiAst *
mi_ast_handler_tuple_error(MiParser *ps, MiAst *first, MiSeq *rest, const MiToken *last)
{
    (void)last;
    if (ps->failed || first == NULL || rest == NULL)
        return NULL;
    const MiAst *end = last_node(&rest->items);
    mi_error_at(ps, MI_SYNERR_SYNTAX, first->line, first->col, end->end_line, end->end_col,
                "multiple exception types must be parenthesized");
    return NULL;
}

MiAst *
mi_ast_withitem(MiParser *ps, MiAst *expr, MiAst *target)
{
    if (ps->failed || expr == NULL)
        return NULL;
    if (target != NULL && store_target(ps, target, STAR_TARGETS) < 0)
        return NULL;
    MiAst *node = node_between(ps, MI_AST_WITHITEM,
                               max_int(mi_ast_depth(expr), mi_ast_depth(target)), expr,
                               target ? target : expr);
    if (node != NULL) {
        node->u.withitem.context_expr = expr;
        node->u.withitem.optional_vars = target;
    }
    return node;
}

MiAst *
mi_ast_withitem_paren(MiParser *ps, MiAst *expr, const MiToken *as, MiAst *target)
{
    MiAst *node = mi_ast_withitem(ps, expr, target);
    if (node != NULL) {
        /* withitem has no position in CPython's AST: keep the `as` for the
         * error of an "(a as b)" outside a with statement. */
        node->line = as->line;
        node->col = as->col;
        node->end_line = as->end_line;
        node->end_col = as->end_col;
    }
    return node;
}

MiAst *
mi_ast_with_head(MiParser *ps, const MiToken *kw, MiVec *items)
{
    if (ps->failed || items == NULL)
        return NULL;
    /* "with (a, b as c):" was read as one parenthesized atom; its items are
     * the statement's items. */
    if (items->len == 1) {
        MiAst *only = items->items[0];
        if (only->u.withitem.optional_vars == NULL && ps->with_group.atom != NULL
            && only->u.withitem.context_expr == ps->with_group.atom) {
            MiVec *group = mi_vec_new(ps);
            if (group == NULL || mi_vec_concat(ps, group, &ps->with_group.items) == NULL)
                return NULL;
            items = group;
        }
    }
    ps->with_group.atom = NULL;
    MiAst *node = node_from_token(ps, MI_AST_WITH, list_depth(items), kw, NULL);
    if (node != NULL)
        node->u.with.items = to_list(items);
    return node;
}

MiAst *
mi_ast_with(MiParser *ps, MiAst *head, MiVec *body)
{
    if (ps->failed || head == NULL || body == NULL)
        return NULL;
    int depth = max_int(header(head)->depth, list_depth(body) + 1);
    if (depth > MI_AST_MAX_DEPTH)
        return too_deep(ps);
    header(head)->depth = depth;
    const MiAst *end = block_end(body);
    head->end_line = end->end_line;
    head->end_col = end->end_col;
    head->u.with.body = to_list(body);
    return head;
}

MiAst *
mi_ast_funcdef(MiParser *ps, const MiToken *kw, const MiToken *name, MiArgsB *args,
               MiAst *returns, MiVec *body)
{
    if (ps->failed || args == NULL || body == NULL)
        return NULL;
    int depth = max_int(max_int(mi_ast_depth(args->node), mi_ast_depth(returns)),
                        list_depth(body));
    MiAst *node = node_from_token(ps, MI_AST_FUNCTIONDEF, depth, kw, block_end(body));
    if (node != NULL) {
        node->u.funcdef.name = token_text(ps, name);
        node->u.funcdef.args = args->node;
        node->u.funcdef.body = to_list(body);
        node->u.funcdef.returns = returns;
    }
    return node;
}

MiAst *
mi_ast_classdef(MiParser *ps, const MiToken *kw, const MiToken *name, MiCallB *args,
                MiVec *body)
{
    if (ps->failed || body == NULL)
        return NULL;
    if (args != NULL && args->bare_genexp != NULL) {
        /* class A(x for x in y): CPython stops at the `for`. */
        const MiAst *gen = args->bare_genexp->u.comp.generators.items[0];
        mi_error_at(ps, MI_SYNERR_SYNTAX, gen->line, gen->col, gen->line, gen->col + 3,
                    "invalid syntax");
        return NULL;
    }
    int depth = list_depth(body);
    if (args != NULL)
        depth = max_int(depth, max_int(list_depth(&args->args), list_depth(&args->keywords)));
    MiAst *node = node_from_token(ps, MI_AST_CLASSDEF, depth, kw, block_end(body));
    if (node != NULL) {
        node->u.classdef.name = token_text(ps, name);
        if (args != NULL) {
            node->u.classdef.bases = to_list(&args->args);
            node->u.classdef.keywords = to_list(&args->keywords);
        }
        node->u.classdef.body = to_list(body);
    }
    return node;
}

MiAst *
mi_ast_decorated(MiParser *ps, MiVec *decorators, MiAst *def)
{
    if (ps->failed || decorators == NULL || def == NULL)
        return NULL;
    int depth = max_int(header(def)->depth, list_depth(decorators) + 1);
    if (depth > MI_AST_MAX_DEPTH)
        return too_deep(ps);
    header(def)->depth = depth;
    if (def->kind == MI_AST_FUNCTIONDEF)
        def->u.funcdef.decorators = to_list(decorators);
    else
        def->u.classdef.decorators = to_list(decorators);
    return def;
}

/* ---- parameters --------------------------------------------------------------- */

MiAst *
mi_ast_arg(MiParser *ps, const MiToken *name, MiAst *annotation)
{
    if (ps->failed)
        return NULL;
    MiAst *node = node_from_token(ps, MI_AST_ARG, mi_ast_depth(annotation), name, annotation);
    if (node != NULL) {
        node->u.arg.arg = token_text(ps, name);
        node->u.arg.annotation = annotation;
    }
    return node;
}

MiParam *
mi_param(MiParser *ps, MiParamKind kind, const MiToken *tok, MiAst *arg, MiAst *value)
{
    if (ps->failed)
        return NULL;
    MiParam *p = mi_parser_alloc(ps, sizeof *p);
    if (p == NULL)
        return NULL;
    p->kind = kind;
    if (tok != NULL)
        p->tok = *tok;
    p->arg = arg;
    p->value = value;
    return p;
}

MiArgsB *
mi_args_new(MiParser *ps, int is_lambda)
{
    if (ps->failed)
        return NULL;
    MiArgsB *b = mi_parser_alloc(ps, sizeof *b);
    if (b == NULL)
        return NULL;
    b->is_lambda = is_lambda;
    b->node = new_node(ps, MI_AST_ARGUMENTS, 0, 0, 0, 0, 0);
    return b->node ? b : NULL;
}

/* "invalid syntax" at the first token of a parameter. */
static MiArgsB *
param_syntax_error(MiParser *ps, const MiParam *p)
{
    if (p->kind == MI_PARAM_PLAIN || p->kind == MI_PARAM_DEFAULT)
        mi_error_at_node(ps, p->arg, "invalid syntax");
    else
        mi_error_at_token(ps, &p->tok, "invalid syntax");
    return NULL;
}

static void
bare_star_error(MiParser *ps, MiArgsB *b, const MiToken *after)
{
    if (b->is_lambda && after != NULL)
        mi_error_at_token(ps, after, "named arguments must follow bare *");
    else
        mi_error_at_token(ps, &b->bare_star, "named arguments must follow bare *");
}

MiArgsB *
mi_args_add(MiParser *ps, MiArgsB *b, MiParam *p)
{
    if (ps->failed || b == NULL || p == NULL)
        return NULL;
    MiAst *args = b->node;
    if (b->closed)
        return param_syntax_error(ps, p);
    header(args)->depth = max_int(header(args)->depth,
                                  max_int(mi_ast_depth(p->arg), mi_ast_depth(p->value)) + 1);
    switch (p->kind) {
    case MI_PARAM_PLAIN:
    case MI_PARAM_DEFAULT:
        if (b->seen_star) {
            b->bare_star_open = 0;
            if (!mi_vec_push(ps, &b->kwonly, p->arg) || !mi_vec_push(ps, &b->kw_defaults, p->value))
                return NULL;
            break;
        }
        if (p->kind == MI_PARAM_PLAIN && b->seen_default) {
            mi_error_at_node(ps, p->arg, "non-default argument follows default argument");
            return NULL;
        }
        if (p->kind == MI_PARAM_DEFAULT) {
            b->seen_default = 1;
            if (!mi_vec_push(ps, &b->defaults, p->value))
                return NULL;
        }
        if (!mi_vec_push(ps, &b->args, p->arg))
            return NULL;
        break;
    case MI_PARAM_SLASH:
        if (b->seen_slash || b->seen_star || b->args.len == 0)
            return param_syntax_error(ps, p);
        b->seen_slash = 1;
        b->posonly = b->args;
        memset(&b->args, 0, sizeof b->args);
        break;
    case MI_PARAM_STAR:
    case MI_PARAM_STAR_NAME:
        if (b->seen_star)
            return param_syntax_error(ps, p);
        b->seen_star = 1;
        if (p->kind == MI_PARAM_STAR) {
            b->bare_star = p->tok;
            b->bare_star_open = 1;
        } else {
            args->u.arguments.vararg = p->arg;
        }
        break;
    case MI_PARAM_DOUBLESTAR:
        if (b->bare_star_open) {
            bare_star_error(ps, b, &p->tok);
            return NULL;
        }
        args->u.arguments.kwarg = p->arg;
        b->closed = 1;
        break;
    }
    args->u.arguments.posonlyargs = to_list(&b->posonly);
    args->u.arguments.args = to_list(&b->args);
    args->u.arguments.defaults = to_list(&b->defaults);
    args->u.arguments.kwonlyargs = to_list(&b->kwonly);
    args->u.arguments.kw_defaults = to_list(&b->kw_defaults);
    return b;
}

MiArgsB *
mi_args_end(MiParser *ps, MiArgsB *b, const MiToken *after)
{
    if (ps->failed || b == NULL)
        return NULL;
    if (b->bare_star_open) {
        bare_star_error(ps, b, after);
        return NULL;
    }
    return b;
}

/* ---- expressions ---------------------------------------------------------------- */

MiAst *
mi_ast_name(MiParser *ps, const MiToken *tok)
{
    MiAst *node = node_from_token(ps, MI_AST_NAME, 0, tok, NULL);
    if (node != NULL) {
        node->u.name.id = token_text(ps, tok);
        node->u.name.ctx = MI_CTX_LOAD;
    }
    return remember(ps, node);
}

MiAst *
mi_ast_constant(MiParser *ps, const MiToken *tok, MiConstKind kind)
{
    MiAst *node = node_from_token(ps, MI_AST_CONSTANT, 0, tok, NULL);
    if (node != NULL)
        node->u.constant.kind = kind;
    return remember(ps, node);
}

MiAst *
mi_ast_number(MiParser *ps, const MiToken *tok)
{
    if (ps->failed)
        return NULL;
    /* The digits without underscores: what int() and strtod() read. */
    char *digits = mi_parser_alloc(ps, tok->length + 1);
    if (digits == NULL)
        return NULL;
    size_t n = 0;
    int is_float = 0, is_imag = 0;
    int hex = tok->length > 1 && tok->start[0] == '0' && (tok->start[1] | 0x20) == 'x';
    for (size_t i = 0; i < tok->length; i++) {
        char c = tok->start[i];
        if (c == '_')
            continue;
        if (c == 'j' || c == 'J') {
            is_imag = 1;
            continue;
        }
        if (!hex && (c == '.' || c == 'e' || c == 'E'))
            is_float = 1;
        digits[n++] = c;
    }
    digits[n] = '\0';
    if (n > 1 && digits[0] == '0' && (digits[1] == 'X' || digits[1] == 'O' || digits[1] == 'B'))
        digits[1] = (char)(digits[1] | 0x20);      /* "0X1F" is "0x1F" */
    MiAst *node = node_from_token(ps, MI_AST_CONSTANT, 0, tok, NULL);
    if (node == NULL)
        return NULL;
    if (is_imag) {
        node->u.constant.kind = MI_CONST_IMAG;
        node->u.constant.number = strtod(digits, NULL);
    } else if (is_float) {
        node->u.constant.kind = MI_CONST_FLOAT;
        node->u.constant.number = strtod(digits, NULL);
    } else {
        node->u.constant.kind = MI_CONST_INT;
        node->u.constant.text = digits;
        node->u.constant.len = n;
    }
    return remember(ps, node);
}

MiAst *
mi_ast_namedexpr(MiParser *ps, MiAst *target, MiAst *value)
{
    if (ps->failed || target == NULL || value == NULL)
        return NULL;
    if (target->kind != MI_AST_NAME) {
        mi_error_at_node(ps, target, "cannot use assignment expressions with %s",
                         mi_ast_expr_name(target));
        return NULL;
    }
    target->u.name.ctx = MI_CTX_STORE;
    MiAst *node = node_between(ps, MI_AST_NAMEDEXPR,
                               max_int(mi_ast_depth(target), mi_ast_depth(value)), target, value);
    if (node != NULL) {
        node->u.namedexpr.target = target;
        node->u.namedexpr.value = value;
    }
    return remember(ps, node);
}

MiAst *
mi_ast_ifexp(MiParser *ps, MiAst *body, MiAst *test, MiAst *orelse)
{
    if (ps->failed || body == NULL || test == NULL || orelse == NULL)
        return NULL;
    int depth = max_int(mi_ast_depth(body), max_int(mi_ast_depth(test), mi_ast_depth(orelse)));
    MiAst *node = node_between(ps, MI_AST_IFEXP, depth, body, orelse);
    if (node != NULL) {
        node->u.ifexp.test = test;
        node->u.ifexp.body = body;
        node->u.ifexp.orelse = orelse;
    }
    return remember(ps, node);
}

MiAst *
mi_ast_lambda(MiParser *ps, const MiToken *kw, MiArgsB *args, MiAst *body)
{
    if (ps->failed || body == NULL)
        return NULL;
    if (args == NULL && (args = mi_args_new(ps, 1)) == NULL)
        return NULL;
    MiAst *node = node_from_token(ps, MI_AST_LAMBDA,
                                  max_int(mi_ast_depth(args->node), mi_ast_depth(body)), kw, body);
    if (node != NULL) {
        node->u.lambda.args = args->node;
        node->u.lambda.body = body;
    }
    return remember(ps, node);
}

MiAst *
mi_ast_chain_start(MiParser *ps, MiAst *node)
{
    if (ps->failed || node == NULL)
        return NULL;
    header(node)->flags &= ~(unsigned)FLAG_OPEN_CHAIN;
    return node;
}

/* Whether an array of `len` items grown by append_item() is full: its
 * capacity is 2, then the powers of two. */
static int
array_full(int len)
{
    return len == 0 || (len >= 2 && (len & (len - 1)) == 0);
}

/* Appends `item` to a node's array of `len` items, in the arena. */
static int
append_item(MiParser *ps, MiAst ***items, int len, MiAst *item)
{
    if (array_full(len)) {
        MiAst **grown = mi_parser_alloc(ps, (size_t)(len ? 2 * len : 2) * sizeof *grown);
        if (grown == NULL)
            return -1;
        if (len > 0)
            memcpy(grown, *items, (size_t)len * sizeof *grown);
        *items = grown;
    }
    (*items)[len] = item;
    return 0;
}

MiAst *
mi_ast_boolop(MiParser *ps, MiBoolOp op, MiAst *left, MiAst *right)
{
    if (ps->failed || left == NULL || right == NULL)
        return NULL;
    if (left->kind == MI_AST_BOOLOP && left->u.boolop.op == op
        && (header(left)->flags & FLAG_OPEN_CHAIN)) {
        MiAstList *values = &left->u.boolop.values;
        int depth = max_int(header(left)->depth, mi_ast_depth(right) + 1);
        if (depth > MI_AST_MAX_DEPTH)
            return too_deep(ps);
        if (append_item(ps, &values->items, values->len, right) < 0)
            return NULL;
        values->len++;
        header(left)->depth = depth;
        left->end_line = span_end_line(right);
        left->end_col = span_end_col(right);
        return remember(ps, left);
    }
    MiAst *node = node_between(ps, MI_AST_BOOLOP,
                               max_int(mi_ast_depth(left), mi_ast_depth(right)), left, right);
    if (node == NULL)
        return NULL;
    node->u.boolop.op = op;
    if (append_item(ps, &node->u.boolop.values.items, 0, left) < 0
        || append_item(ps, &node->u.boolop.values.items, 1, right) < 0)
        return NULL;
    node->u.boolop.values.len = 2;
    header(node)->flags |= FLAG_OPEN_CHAIN;
    return remember(ps, node);
}

MiAst *
mi_ast_not(MiParser *ps, const MiToken *kw, MiAst *operand)
{
    if (ps->failed || operand == NULL)
        return NULL;
    MiAst *node = node_from_token(ps, MI_AST_UNARYOP, mi_ast_depth(operand), kw, operand);
    if (node != NULL) {
        node->u.unaryop.op = MI_OP_NOT;
        node->u.unaryop.operand = operand;
    }
    return remember(ps, node);
}

int
mi_cmpop(MiParser *ps, const MiToken *first, const MiToken *second)
{
    switch (first->kind) {
    case TK_LESS: return MI_CMP_LT;
    case TK_GREATER: return MI_CMP_GT;
    case TK_EQEQUAL: return MI_CMP_EQ;
    case TK_GREATEREQUAL: return MI_CMP_GTE;
    case TK_LESSEQUAL: return MI_CMP_LTE;
    case TK_NOTEQUAL:
        /* "<>" is a token only for the Barry-as-FLUFL joke. */
        if (first->length == 2 && first->start[0] == '<' && !ps->failed)
            mi_error_at_token(ps, first, "invalid syntax");
        return MI_CMP_NOTEQ;
    case TK_IN: return MI_CMP_IN;
    case TK_IS: return second ? MI_CMP_ISNOT : MI_CMP_IS;
    default: return MI_CMP_NOTIN;
    }
}

MiAst *
mi_ast_compare(MiParser *ps, MiAst *left, int op, MiAst *right)
{
    if (ps->failed || left == NULL || right == NULL)
        return NULL;
    MiAst *node = left;
    if (left->kind != MI_AST_COMPARE || !(header(left)->flags & FLAG_OPEN_CHAIN)) {
        node = node_between(ps, MI_AST_COMPARE, mi_ast_depth(left), left, right);
        if (node == NULL)
            return NULL;
        node->u.compare.left = left;
        header(node)->flags |= FLAG_OPEN_CHAIN;
    }
    int n = node->u.compare.count;
    int depth = max_int(header(node)->depth, mi_ast_depth(right) + 1);
    if (depth > MI_AST_MAX_DEPTH)
        return too_deep(ps);
    if (append_item(ps, &node->u.compare.comparators, n, right) < 0)
        return NULL;
    if (array_full(n)) {
        MiCmpOp *ops = mi_parser_alloc(ps, (size_t)(n ? 2 * n : 2) * sizeof *ops);
        if (ops == NULL)
            return NULL;
        if (n > 0)
            memcpy(ops, node->u.compare.ops, (size_t)n * sizeof *ops);
        node->u.compare.ops = ops;
    }
    node->u.compare.ops[n] = (MiCmpOp)op;
    node->u.compare.count = n + 1;
    header(node)->depth = depth;
    node->end_line = span_end_line(right);
    node->end_col = span_end_col(right);
    return remember(ps, node);
}

MiAst *
mi_ast_binop(MiParser *ps, MiAst *left, const MiToken *op, MiAst *right)
{
    if (ps->failed || left == NULL || right == NULL)
        return NULL;
    MiAst *node = node_between(ps, MI_AST_BINOP,
                               max_int(mi_ast_depth(left), mi_ast_depth(right)), left, right);
    if (node != NULL) {
        node->u.binop.left = left;
        node->u.binop.op = binop_of(op->kind);
        node->u.binop.right = right;
    }
    return remember(ps, node);
}

MiAst *
mi_ast_unaryop(MiParser *ps, const MiToken *op, MiAst *operand)
{
    if (ps->failed || operand == NULL)
        return NULL;
    MiAst *node = node_from_token(ps, MI_AST_UNARYOP, mi_ast_depth(operand), op, operand);
    if (node != NULL) {
        node->u.unaryop.op = op->kind == TK_PLUS ? MI_OP_UADD
                             : op->kind == TK_MINUS ? MI_OP_USUB : MI_OP_INVERT;
        node->u.unaryop.operand = operand;
    }
    return remember(ps, node);
}

MiAst *
mi_ast_call(MiParser *ps, MiAst *func, const MiToken *lpar, MiCallB *args,
            const MiToken *rpar)
{
    if (ps->failed || func == NULL)
        return NULL;
    int depth = mi_ast_depth(func);
    if (args != NULL) {
        depth = max_int(depth, max_int(list_depth(&args->args), list_depth(&args->keywords)));
        if (args->bare_genexp != NULL && args->count > 1) {
            const MiAst *g = args->bare_genexp;
            const MiAstList *gens = &g->u.comp.generators;
            const MiAst *last = gens->items[gens->len - 1];
            mi_error_at(ps, MI_SYNERR_SYNTAX, g->u.comp.elt->line, g->u.comp.elt->col,
                        last->end_line, last->end_col,
                        "Generator expression must be parenthesized");
            return NULL;
        }
    }
    if (args != NULL && args->bare_genexp != NULL) {
        /* f(x for x in y): the call's parentheses are the generator's. */
        MiAst *g = args->bare_genexp;
        g->line = lpar->line;
        g->col = lpar->col;
        g->end_line = rpar->end_line;
        g->end_col = rpar->end_col;
    }
    MiAst *node = new_node(ps, MI_AST_CALL, depth, span_line(func), span_col(func),
                           rpar->end_line, rpar->end_col);
    if (node != NULL) {
        node->u.call.func = func;
        if (args != NULL) {
            node->u.call.args = to_list(&args->args);
            node->u.call.keywords = to_list(&args->keywords);
        }
    }
    return remember(ps, node);
}

MiAst *
mi_ast_subscript(MiParser *ps, MiAst *value, MiSeq *slices, const MiToken *rsqb)
{
    if (ps->failed || value == NULL || slices == NULL)
        return NULL;
    MiAst *slice = mi_seq_to_expr(ps, slices);
    if (slice == NULL)
        return NULL;
    MiAst *node = new_node(ps, MI_AST_SUBSCRIPT,
                           max_int(mi_ast_depth(value), mi_ast_depth(slice)), span_line(value),
                           span_col(value), rsqb->end_line, rsqb->end_col);
    if (node != NULL) {
        node->u.subscript.value = value;
        node->u.subscript.slice = slice;
        node->u.subscript.ctx = MI_CTX_LOAD;
    }
    return remember(ps, node);
}

MiAst *
mi_ast_attribute(MiParser *ps, MiAst *value, const MiToken *name)
{
    if (ps->failed || value == NULL)
        return NULL;
    MiAst *node = new_node(ps, MI_AST_ATTRIBUTE, mi_ast_depth(value), span_line(value),
                           span_col(value), name->end_line, name->end_col);
    if (node != NULL) {
        node->u.attribute.value = value;
        node->u.attribute.attr = token_text(ps, name);
        node->u.attribute.ctx = MI_CTX_LOAD;
    }
    return remember(ps, node);
}

MiAst *
mi_ast_slice(MiParser *ps, MiAst *lower, MiAst *upper, MiAst *step, const MiToken *first,
             const MiToken *last)
{
    if (ps->failed)
        return NULL;
    int line = lower ? span_line(lower) : first->line;
    int col = lower ? span_col(lower) : first->col;
    int end_line, end_col;
    if (step != NULL) {
        end_line = span_end_line(step);
        end_col = span_end_col(step);
    } else if (last != first || upper == NULL) {
        end_line = last->end_line;
        end_col = last->end_col;
    } else {
        end_line = span_end_line(upper);
        end_col = span_end_col(upper);
    }
    int depth = max_int(mi_ast_depth(lower), max_int(mi_ast_depth(upper), mi_ast_depth(step)));
    MiAst *node = new_node(ps, MI_AST_SLICE, depth, line, col, end_line, end_col);
    if (node != NULL) {
        node->u.slice.lower = lower;
        node->u.slice.upper = upper;
        node->u.slice.step = step;
    }
    return node;
}

MiAst *
mi_ast_starred(MiParser *ps, const MiToken *star, MiAst *value)
{
    if (ps->failed || value == NULL)
        return NULL;
    MiAst *node = node_from_token(ps, MI_AST_STARRED, mi_ast_depth(value), star, value);
    if (node != NULL) {
        node->u.starred.value = value;
        node->u.starred.ctx = MI_CTX_LOAD;
    }
    return remember(ps, node);
}

MiAst *
mi_ast_yield(MiParser *ps, const MiToken *kw, MiAst *value, int is_from)
{
    if (ps->failed || (is_from && value == NULL))
        return NULL;
    MiAst *node = node_from_token(ps, is_from ? MI_AST_YIELDFROM : MI_AST_YIELD,
                                  mi_ast_depth(value), kw, value);
    if (node != NULL)
        node->u.yield.value = value;
    return remember(ps, node);
}

static MiAst *
sequence(MiParser *ps, MiAstKind kind, MiSeq *items, int line, int col, int end_line,
         int end_col)
{
    MiAst *node = new_node(ps, kind, items ? list_depth(&items->items) : 0, line, col, end_line,
                           end_col);
    if (node != NULL) {
        if (items != NULL)
            node->u.seq.elts = to_list(&items->items);
        node->u.seq.ctx = MI_CTX_LOAD;
    }
    return remember(ps, node);
}

MiAst *
mi_ast_tuple(MiParser *ps, MiSeq *items)
{
    if (ps->failed || items == NULL)
        return NULL;
    const MiAst *first = items->items.items[0];
    return sequence(ps, MI_AST_TUPLE, items, span_line(first), span_col(first), items->end_line,
                    items->end_col);
}

MiAst *
mi_ast_paren(MiParser *ps, const MiToken *lpar, MiSeq *items, const MiToken *rpar)
{
    if (ps->failed)
        return NULL;
    int is_with_group = lpar->start == ps->with_lpar;
    int has_as = 0;
    if (items != NULL)
        for (int i = 0; i < items->items.len; i++)
            if (((MiAst *)items->items.items[i])->kind == MI_AST_WITHITEM)
                has_as = 1;
    if (has_as) {
        /* "(a as b)" belongs only right after `with`, closed by ':'. */
        if (!is_with_group) {
            for (int i = 0; i < items->items.len; i++) {
                const MiAst *item = items->items.items[i];
                if (item->kind == MI_AST_WITHITEM) {
                    mi_error_at_node(ps, item, "invalid syntax");
                    return NULL;
                }
            }
        }
        if (ps->tok.kind != TK_COLON) {
            mi_error_at_token(ps, &ps->tok, "invalid syntax");
            return NULL;
        }
    }
    if (items != NULL && items->items.len == 1 && !items->trailing_comma && !has_as) {
        MiAst *item = items->items.items[0];
        if (item->kind == MI_AST_STARRED) {
            mi_error_at_node(ps, item, "cannot use starred expression here");
            return NULL;
        }
        set_parenthesized(item, lpar, rpar);
        return item;
    }
    MiAst *node = sequence(ps, MI_AST_TUPLE, items, lpar->line, lpar->col, rpar->end_line,
                           rpar->end_col);
    if (node == NULL)
        return NULL;
    set_parenthesized(node, lpar, rpar);
    if (is_with_group && items != NULL && ps->tok.kind == TK_COLON) {
        /* Maybe "with (a, b as c):": mi_ast_with() takes these items. */
        memset(&ps->with_group.items, 0, sizeof ps->with_group.items);
        for (int i = 0; i < items->items.len; i++) {
            MiAst *item = items->items.items[i];
            if (item->kind != MI_AST_WITHITEM)
                item = mi_ast_withitem(ps, item, NULL);
            if (mi_vec_push(ps, &ps->with_group.items, item) == NULL)
                return NULL;
        }
        ps->with_group.atom = node;
    }
    return node;
}

MiAst *
mi_ast_paren_yield(MiParser *ps, const MiToken *lpar, MiAst *yield, const MiToken *rpar)
{
    if (ps->failed || yield == NULL)
        return NULL;
    set_parenthesized(yield, lpar, rpar);
    return yield;
}

MiAst *
mi_ast_list(MiParser *ps, const MiToken *lsqb, MiSeq *items, const MiToken *rsqb)
{
    if (ps->failed)
        return NULL;
    return sequence(ps, MI_AST_LIST, items, lsqb->line, lsqb->col, rsqb->end_line, rsqb->end_col);
}

MiAst *
mi_ast_set(MiParser *ps, const MiToken *lbrace, MiSeq *items, const MiToken *rbrace)
{
    if (ps->failed)
        return NULL;
    MiAst *node = sequence(ps, MI_AST_SET, items, lbrace->line, lbrace->col, rbrace->end_line,
                           rbrace->end_col);
    return node;
}

MiVec *
mi_dict_item(MiParser *ps, MiAst *key, MiAst *value)
{
    MiVec *vec = mi_vec_one(ps, key);
    return mi_vec_push(ps, vec, value);
}

MiAst *
mi_ast_dict(MiParser *ps, const MiToken *lbrace, MiVec *pairs, const MiToken *rbrace)
{
    if (ps->failed)
        return NULL;
    int n = pairs ? pairs->len / 2 : 0;
    MiAst *node = new_node(ps, MI_AST_DICT, list_depth(pairs), lbrace->line, lbrace->col,
                           rbrace->end_line, rbrace->end_col);
    if (node == NULL)
        return NULL;
    if (n > 0) {
        MiAst **keys = mi_parser_alloc(ps, (size_t)n * sizeof *keys);
        MiAst **values = mi_parser_alloc(ps, (size_t)n * sizeof *values);
        if (keys == NULL || values == NULL)
            return NULL;
        for (int i = 0; i < n; i++) {
            keys[i] = pairs->items[2 * i];
            values[i] = pairs->items[2 * i + 1];
        }
        node->u.dict.keys.len = node->u.dict.values.len = n;
        node->u.dict.keys.items = keys;
        node->u.dict.values.items = values;
    }
    return remember(ps, node);
}

MiAst *
mi_ast_comprehension(MiParser *ps, const MiToken *kw, MiSeq *target_seq, MiAst *iter)
{
    if (ps->failed || iter == NULL)
        return NULL;
    MiAst *target = mi_seq_to_expr(ps, target_seq);
    if (store_target(ps, target, FOR_TARGETS) < 0)
        return NULL;
    MiAst *node = node_from_token(ps, MI_AST_COMPREHENSION,
                                  max_int(mi_ast_depth(target), mi_ast_depth(iter)), kw, iter);
    if (node != NULL) {
        node->u.comprehension.target = target;
        node->u.comprehension.iter = iter;
    }
    return node;
}

MiVec *
mi_comp_add_if(MiParser *ps, MiVec *generators, MiAst *cond)
{
    if (ps->failed || generators == NULL || cond == NULL)
        return NULL;
    MiAst *gen = generators->items[generators->len - 1];
    MiAstList *ifs = &gen->u.comprehension.ifs;
    int depth = max_int(header(gen)->depth, mi_ast_depth(cond) + 1);
    if (depth > MI_AST_MAX_DEPTH)
        return too_deep(ps);
    if (append_item(ps, &ifs->items, ifs->len, cond) < 0)
        return NULL;
    ifs->len++;
    header(gen)->depth = depth;
    gen->end_line = span_end_line(cond);
    gen->end_col = span_end_col(cond);
    return generators;
}

MiAst *
mi_ast_comp(MiParser *ps, MiAstKind kind, const MiToken *open, MiAst *elt, MiAst *value,
            MiVec *generators, const MiToken *close)
{
    if (ps->failed || elt == NULL || generators == NULL)
        return NULL;
    int depth = max_int(max_int(mi_ast_depth(elt), mi_ast_depth(value)), list_depth(generators));
    MiAst *node = new_node(ps, kind, depth, open->line, open->col, close->end_line,
                           close->end_col);
    if (node != NULL) {
        node->u.comp.elt = elt;
        node->u.comp.value = value;
        node->u.comp.generators = to_list(generators);
    }
    return remember(ps, node);
}

MiAst *
mi_comp_unpack_error(MiParser *ps, MiAst *starred, int is_dict)
{
    if (ps->failed || starred == NULL)
        return NULL;
    if (is_dict)
        mi_error_at_node(ps, starred, "dict unpacking cannot be used in dict comprehension");
    else
        mi_error_at_node(ps, starred, "iterable unpacking cannot be used in comprehension");
    return NULL;
}

MiAst *
mi_dict_unpack_error(MiParser *ps, const MiToken *dstar)
{
    if (!ps->failed)
        mi_error_at_token(ps, dstar, "dict unpacking cannot be used in dict comprehension");
    return NULL;
}

/* ---- call arguments -------------------------------------------------------------- */

MiCallB *
mi_call_new(MiParser *ps)
{
    if (ps->failed)
        return NULL;
    return mi_parser_alloc(ps, sizeof(MiCallB));
}

MiCallB *
mi_call_add(MiParser *ps, MiCallB *b, MiAst *arg)
{
    if (ps->failed || b == NULL || arg == NULL)
        return NULL;
    b->count++;
    if (arg->kind == MI_AST_KEYWORD) {
        if (arg->u.keyword.arg == NULL && b->first_dstar == NULL)
            b->first_dstar = arg;
        b->seen_keyword = 1;
        b->last_keyword = arg;
        return mi_vec_push(ps, &b->keywords, arg) ? b : NULL;
    }
    if (arg->kind == MI_AST_STARRED) {
        if (b->first_dstar != NULL) {
            const MiAst *end = b->last_keyword;
            mi_error_at(ps, MI_SYNERR_SYNTAX, b->first_dstar->line, b->first_dstar->col,
                        end->end_line, end->end_col,
                        "iterable argument unpacking follows keyword argument unpacking");
            return NULL;
        }
    } else if (b->seen_keyword) {
        /* CPython reports these at the token after the arguments read. */
        mi_error_at_token(ps, &ps->tok, b->first_dstar != NULL
                          ? "positional argument follows keyword argument unpacking"
                          : "positional argument follows keyword argument");
        return NULL;
    }
    if (arg->kind == MI_AST_GENERATOREXP && (header(arg)->flags & FLAG_BARE_GENEXP))
        b->bare_genexp = arg;
    return mi_vec_push(ps, &b->args, arg) ? b : NULL;
}

MiAst *
mi_arg_genexp(MiParser *ps, MiAst *elt, MiVec *generators)
{
    if (ps->failed || elt == NULL || generators == NULL)
        return NULL;
    const MiAst *last = last_node(generators);
    MiAst *node = node_between(ps, MI_AST_GENERATOREXP,
                               max_int(mi_ast_depth(elt), list_depth(generators)), elt, last);
    if (node == NULL)
        return NULL;
    node->u.comp.elt = elt;
    node->u.comp.generators = to_list(generators);
    header(node)->flags |= FLAG_BARE_GENEXP;
    return remember(ps, node);
}

MiAst *
mi_arg_keyword(MiParser *ps, MiAst *name, const MiToken *eq, MiAst *value)
{
    if (ps->failed || name == NULL || value == NULL)
        return NULL;
    if (name->kind != MI_AST_NAME || (header(name)->flags & FLAG_PARENTHESIZED)) {
        int is_const = name->kind == MI_AST_CONSTANT
                       && (name->u.constant.kind == MI_CONST_TRUE
                           || name->u.constant.kind == MI_CONST_FALSE
                           || name->u.constant.kind == MI_CONST_NONE)
                       && !(header(name)->flags & FLAG_PARENTHESIZED);
        if (is_const)
            mi_error_at(ps, MI_SYNERR_SYNTAX, name->line, name->col, eq->end_line, eq->end_col,
                        "cannot assign to %s", mi_ast_expr_name(name));
        else
            mi_error_at(ps, MI_SYNERR_SYNTAX, name->line, name->col, eq->end_line, eq->end_col,
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
        return NULL;
    }
    MiAst *node = node_between(ps, MI_AST_KEYWORD, mi_ast_depth(value), name, value);
    if (node != NULL) {
        node->u.keyword.arg = name->u.name.id;
        node->u.keyword.value = value;
    }
    return remember(ps, node);
}

MiAst *
mi_arg_dstar(MiParser *ps, const MiToken *dstar, MiAst *value)
{
    if (ps->failed || value == NULL)
        return NULL;
    MiAst *node = node_from_token(ps, MI_AST_KEYWORD, mi_ast_depth(value), dstar, value);
    if (node != NULL)
        node->u.keyword.value = value;
    return remember(ps, node);
}
