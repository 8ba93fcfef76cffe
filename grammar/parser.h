/* grammar/parser.h: the parse state and the node builders that the
 * actions of grammar/parse.y call.  Private to grammar/.
 *
 * Every action of parse.y is one call into this API.  Builders take the
 * parse state first; once an error is recorded (ps->failed) they return
 * NULL at once, so the reductions lemon still performs before the driver
 * stops feeding tokens cost nothing and never touch half-built nodes.
 *
 * Values on lemon's stack are tokens (MiToken, by value) or pointers into
 * the arena: nodes (MiAst *) and the growable lists and builders below. */
#ifndef MINI_GRAMMAR_PARSER_H
#define MINI_GRAMMAR_PARSER_H

#include "grammar/ast.h"
#include "lexer/lexer.h"

/* The deepest tree mi_parse() returns, counting nodes from the root:
 * about where CPython 3.10's compiler gives up with RecursionError
 * (1000 frames of recursion limit times its scale of 3), so the compiler
 * and printers may recurse on the tree without running out of C stack. */
#define MI_AST_MAX_DEPTH 3000

/* How deeply f-strings may nest inside f-string expressions (the quote
 * kinds already bound it to 4 in practice). */
#define MI_FSTRING_MAX_NESTING 8

/* A growable list of pointers in the arena. */
typedef struct MiVec {
    void **items;
    int    len, cap;
} MiVec;

/* A comma-separated list of expressions: its items, whether it ended with
 * a comma, and where that comma ended. */
typedef struct MiSeq {
    MiVec items;
    int   trailing_comma;
    int   end_line, end_col;
} MiSeq;

/* A dotted name being read ("a.b.c"), for imports. */
typedef struct MiDotted {
    char   *text;
    size_t  len, cap;
    MiToken first, last;
} MiDotted;

/* An if statement with its elif clauses, folded into nested If nodes at
 * the end. */
typedef struct MiIfB {
    MiVec nodes;               /* the If nodes, outermost first */
} MiIfB;

/* One parameter of a def or lambda, as written. */
typedef enum MiParamKind {
    MI_PARAM_PLAIN, MI_PARAM_DEFAULT, MI_PARAM_STAR, MI_PARAM_STAR_NAME,
    MI_PARAM_DOUBLESTAR, MI_PARAM_SLASH
} MiParamKind;

typedef struct MiParam {
    MiParamKind kind;
    MiToken     tok;           /* '*', '**', '/' or the name */
    MiAst      *arg;           /* arg node, or NULL for '*' and '/' */
    MiAst      *value;         /* default, or NULL */
} MiParam;

/* A parameter list being read: the `arguments` node and what was seen. */
typedef struct MiArgsB {
    MiAst  *node;              /* kind ARGUMENTS */
    MiVec   posonly, args, defaults, kwonly, kw_defaults;
    int     seen_slash, seen_star, seen_default;
    MiToken bare_star;         /* a '*' without a name, while unresolved */
    int     bare_star_open;
    int     is_lambda;
    int     closed;            /* after **kwargs nothing may follow */
} MiArgsB;

/* Call arguments being read. */
typedef struct MiCallB {
    MiVec   args, keywords;
    MiAst  *bare_genexp;       /* an unparenthesized generator argument */
    int     count;
    MiAst  *first_dstar;       /* the first **kwargs, for error ranges */
    MiAst  *last_keyword;
    int     seen_keyword;
} MiCallB;

/* A pending error-hint record of the with-statement form
 * "with (a as b, c):": see mi_ast_paren(). */
typedef struct MiWithGroup {
    const char *lpar;          /* the '(' right after `with` */
    MiAst      *atom;          /* the atom that parenthesized group built */
    MiVec       items;         /* its withitem nodes */
} MiWithGroup;

/* Size of the ring of recently built expressions used for error hints. */
#define MI_RECENT_NODES 64

typedef struct MiParser MiParser;

struct MiParser {
    MiAstArena     *arena;
    const char     *src, *end;       /* the whole source */
    const char     *filename;
    MiParseMode     mode;
    MiSyntaxError  *err;
    int             failed;          /* err is set: builders do nothing */
    MiAst          *root;
    MiLexer        *lx;
    MiToken         tok;             /* the token being fed to lemon */
    MiToken         prev;            /* the token fed before it */
    MiToken         prev2;           /* and the one before that */
    int             furthest_line;   /* line of the furthest token read */
    int             fstring_depth;   /* nesting of f-string expressions */
    int             in_fstring;      /* parsing an f-string expression */
    const char     *fstring_text;    /* its text, for error messages */
    size_t          fstring_len;
    int             fstring_line;
    MiParser       *outer;           /* the parse this f-string is part of */
    void          **lemons;          /* parser objects by nesting depth */
    MiWithGroup     with_group;
    const char     *with_lpar;       /* '(' just after a `with` token */
    MiAst          *recent[MI_RECENT_NODES];   /* last built expressions */
    unsigned        recent_count;
    int             stmt_kw_kind;    /* first token of the logical line */
    int             stmt_kw_line;
    int             prev_stmt_kw_kind;   /* and of the line before */
    int             prev_stmt_kw_line;
    MiToken         last_newline;    /* the last NEWLINE fed */
};

/* ---- lists ------------------------------------------------------------------ */

MiVec *mi_vec_new(MiParser *ps);
MiVec *mi_vec_one(MiParser *ps, void *item);
MiVec *mi_vec_push(MiParser *ps, MiVec *vec, void *item);
MiVec *mi_vec_concat(MiParser *ps, MiVec *vec, MiVec *more);

MiSeq *mi_seq_one(MiParser *ps, MiAst *item);
MiSeq *mi_seq_push(MiParser *ps, MiSeq *seq, MiAst *item);
MiSeq *mi_seq_comma(MiParser *ps, MiSeq *seq, const MiToken *comma);
/* The single item of a list without a comma, else a Tuple (Load). */
MiAst *mi_seq_to_expr(MiParser *ps, MiSeq *seq);

/* ---- roots ------------------------------------------------------------------ */

void mi_ast_set_root(MiParser *ps, MiAst *root);
MiAst *mi_ast_module(MiParser *ps, MiVec *body);
MiAst *mi_ast_interactive(MiParser *ps, MiVec *body);
MiAst *mi_ast_expression(MiParser *ps, MiAst *body);

/* ---- statements -------------------------------------------------------------- */

MiAst *mi_ast_expr_stmt(MiParser *ps, MiAst *value);
MiAst *mi_ast_assign(MiParser *ps, MiAst *first, MiVec *rest);
MiAst *mi_ast_yield_assign(MiParser *ps, MiAst *yield);
MiAst *mi_ast_augassign(MiParser *ps, MiAst *target, const MiToken *op, MiAst *value);
MiAst *mi_ast_annassign(MiParser *ps, MiAst *target, MiAst *annotation, MiAst *value);
MiAst *mi_ast_delete(MiParser *ps, const MiToken *kw, MiSeq *targets);
MiAst *mi_ast_keyword_stmt(MiParser *ps, MiAstKind kind, const MiToken *kw);
MiAst *mi_ast_return(MiParser *ps, const MiToken *kw, MiAst *value);
MiAst *mi_ast_raise(MiParser *ps, const MiToken *kw, MiAst *exc, MiAst *cause);
MiAst *mi_ast_global(MiParser *ps, MiAstKind kind, const MiToken *kw, MiVec *names);
MiAst *mi_ast_assert(MiParser *ps, const MiToken *kw, MiAst *test, MiAst *msg);
MiAst *mi_ast_import(MiParser *ps, const MiToken *kw, MiVec *aliases);
MiAst *mi_ast_importfrom(MiParser *ps, const MiToken *kw, int level, MiDotted *module,
                         MiVec *aliases, const MiToken *last);
MiAst *mi_ast_import_trailing_comma(MiParser *ps);
MiAst *mi_ast_alias(MiParser *ps, MiDotted *name, const MiToken *asname);
MiAst *mi_ast_alias_star(MiParser *ps, const MiToken *star);
MiDotted *mi_dotted_new(MiParser *ps, const MiToken *name);
MiDotted *mi_dotted_add(MiParser *ps, MiDotted *dotted, const MiToken *name);
MiToken *mi_token_copy(MiParser *ps, const MiToken *tok);
int mi_dots(MiParser *ps, int level, const MiToken *dots);

MiIfB *mi_if_new(MiParser *ps, const MiToken *kw, MiAst *test, MiVec *body);
MiIfB *mi_if_elif(MiParser *ps, MiIfB *b, const MiToken *kw, MiAst *test, MiVec *body);
MiAst *mi_ast_if(MiParser *ps, MiIfB *b, MiVec *orelse);
MiAst *mi_ast_while(MiParser *ps, const MiToken *kw, MiAst *test, MiVec *body,
                    MiVec *orelse);
MiAst *mi_ast_for(MiParser *ps, const MiToken *kw, MiSeq *target, MiAst *iter,
                  MiVec *body, MiVec *orelse);
MiAst *mi_ast_try(MiParser *ps, const MiToken *kw, MiVec *body, MiVec *handlers,
                  MiVec *orelse, MiVec *finalbody);
MiAst *mi_ast_handler(MiParser *ps, const MiToken *kw, MiAst *type, const MiToken *name,
                      MiVec *body);
MiAst *mi_ast_handler_tuple_error(MiParser *ps, MiAst *first, MiSeq *rest,
                                  const MiToken *last);
MiAst *mi_ast_with_head(MiParser *ps, const MiToken *kw, MiVec *items);
MiAst *mi_ast_with(MiParser *ps, MiAst *head, MiVec *body);
MiAst *mi_ast_withitem(MiParser *ps, MiAst *expr, MiAst *target);
MiAst *mi_ast_funcdef(MiParser *ps, const MiToken *kw, const MiToken *name, MiArgsB *args,
                      MiAst *returns, MiVec *body);
MiAst *mi_ast_classdef(MiParser *ps, const MiToken *kw, const MiToken *name,
                       MiCallB *args, MiVec *body);
MiAst *mi_ast_decorated(MiParser *ps, MiVec *decorators, MiAst *def);

/* ---- parameters -------------------------------------------------------------- */

MiAst *mi_ast_arg(MiParser *ps, const MiToken *name, MiAst *annotation);
MiParam *mi_param(MiParser *ps, MiParamKind kind, const MiToken *tok, MiAst *arg,
                  MiAst *value);
MiArgsB *mi_args_new(MiParser *ps, int is_lambda);
MiArgsB *mi_args_add(MiParser *ps, MiArgsB *b, MiParam *p);
/* Checks the list is complete (a bare '*' needs a keyword-only parameter
 * after it); `after` is the token that closed it. */
MiArgsB *mi_args_end(MiParser *ps, MiArgsB *b, const MiToken *after);

/* ---- expressions -------------------------------------------------------------- */

MiAst *mi_ast_name(MiParser *ps, const MiToken *tok);
MiAst *mi_ast_number(MiParser *ps, const MiToken *tok);
MiAst *mi_ast_constant(MiParser *ps, const MiToken *tok, MiConstKind kind);
MiAst *mi_ast_strings(MiParser *ps, MiVec *tokens);
MiAst *mi_ast_namedexpr(MiParser *ps, MiAst *target, MiAst *value);
MiAst *mi_ast_ifexp(MiParser *ps, MiAst *body, MiAst *test, MiAst *orelse);
MiAst *mi_ast_lambda(MiParser *ps, const MiToken *kw, MiArgsB *args, MiAst *body);
/* `and`, `or` and comparisons chain into one node ("a < b < c" is one
 * Compare): the chain rules extend a node they built, and a node entering
 * a chain from below (a parenthesized one) is marked closed first. */
MiAst *mi_ast_chain_start(MiParser *ps, MiAst *node);
MiAst *mi_ast_boolop(MiParser *ps, MiBoolOp op, MiAst *left, MiAst *right);
MiAst *mi_ast_not(MiParser *ps, const MiToken *kw, MiAst *operand);
/* Comparison operators as tokens: `second` is the "in" of "not in" or the
 * "not" of "is not", else NULL. */
int mi_cmpop(MiParser *ps, const MiToken *first, const MiToken *second);
MiAst *mi_ast_compare(MiParser *ps, MiAst *left, int op, MiAst *right);
MiAst *mi_ast_binop(MiParser *ps, MiAst *left, const MiToken *op, MiAst *right);
MiAst *mi_ast_unaryop(MiParser *ps, const MiToken *op, MiAst *operand);
MiAst *mi_ast_call(MiParser *ps, MiAst *func, const MiToken *lpar, MiCallB *args,
                   const MiToken *rpar);
MiAst *mi_ast_subscript(MiParser *ps, MiAst *value, MiSeq *slices, const MiToken *rsqb);
MiAst *mi_ast_attribute(MiParser *ps, MiAst *value, const MiToken *name);
MiAst *mi_ast_slice(MiParser *ps, MiAst *lower, MiAst *upper, MiAst *step,
                    const MiToken *first, const MiToken *last);
MiAst *mi_ast_starred(MiParser *ps, const MiToken *star, MiAst *value);
MiAst *mi_ast_yield(MiParser *ps, const MiToken *kw, MiAst *value, int is_from);
MiAst *mi_ast_tuple(MiParser *ps, MiSeq *items);
/* "(...)", "[...]" and "{...}" displays; `items` may be NULL (empty). */
MiAst *mi_ast_paren(MiParser *ps, const MiToken *lpar, MiSeq *items, const MiToken *rpar);
MiAst *mi_ast_paren_yield(MiParser *ps, const MiToken *lpar, MiAst *yield,
                          const MiToken *rpar);
MiAst *mi_ast_list(MiParser *ps, const MiToken *lsqb, MiSeq *items, const MiToken *rsqb);
MiAst *mi_ast_set(MiParser *ps, const MiToken *lbrace, MiSeq *items, const MiToken *rbrace);
MiAst *mi_ast_dict(MiParser *ps, const MiToken *lbrace, MiVec *pairs, const MiToken *rbrace);
/* One "key: value" (key NULL for "**value"), as a two-item vector. */
MiVec *mi_dict_item(MiParser *ps, MiAst *key, MiAst *value);
MiAst *mi_ast_comp(MiParser *ps, MiAstKind kind, const MiToken *open, MiAst *elt,
                   MiAst *value, MiVec *generators, const MiToken *close);
MiAst *mi_comp_unpack_error(MiParser *ps, MiAst *starred, int is_dict);
MiAst *mi_dict_unpack_error(MiParser *ps, const MiToken *dstar);
MiAst *mi_ast_comprehension(MiParser *ps, const MiToken *kw, MiSeq *target, MiAst *iter);
MiVec *mi_comp_add_if(MiParser *ps, MiVec *generators, MiAst *cond);
MiAst *mi_ast_withitem_paren(MiParser *ps, MiAst *expr, const MiToken *as, MiAst *target);

/* ---- match statements (ast_match.c) ------------------------------------------- */

/* Class pattern arguments being read: C(p, q, name=r). */
typedef struct MiClassB {
    MiVec patterns;            /* positional patterns */
    MiVec kwd_names;           /* MiToken * of the keyword names */
    MiVec kwd_patterns;
} MiClassB;

/* A mapping pattern's items being read: {key: pattern, ..., **rest}. */
typedef struct MiMapB {
    MiVec keys, patterns;
} MiMapB;

MiAst *mi_ast_match(MiParser *ps, const MiToken *kw, MiAst *subject, MiVec *cases);
MiAst *mi_ast_match_case(MiParser *ps, MiAst *pattern, MiAst *guard, MiVec *body);
/* The patterns of a case: one item without a comma is that pattern, else
 * a MatchSequence without brackets. */
MiAst *mi_pattern_open(MiParser *ps, MiSeq *items);
/* [p, q], (p, q) and (p): `lpar` is '(' or '['. */
MiAst *mi_pattern_bracket(MiParser *ps, const MiToken *lpar, MiSeq *items,
                          const MiToken *rpar);
MiAst *mi_pattern_value(MiParser *ps, MiAst *value);
MiAst *mi_pattern_singleton(MiParser *ps, const MiToken *tok, MiConstKind kind);
/* real + imag, real - imag (a complex literal); `real` may be signed.
 * mi_complex_key() is the expression (a mapping pattern's key). */
MiAst *mi_pattern_complex(MiParser *ps, MiAst *real, const MiToken *op, MiAst *imag);
MiAst *mi_complex_key(MiParser *ps, MiAst *real, const MiToken *op, MiAst *imag);
/* A name (capture or _) or a dotted name (a value pattern). */
MiAst *mi_pattern_name(MiParser *ps, MiAst *name_or_attr);
MiAst *mi_pattern_as(MiParser *ps, MiAst *pattern, const MiToken *name);
MiAst *mi_pattern_or(MiParser *ps, MiVec *alternatives);
MiAst *mi_pattern_star(MiParser *ps, const MiToken *star, const MiToken *name);
MiClassB *mi_class_args(MiParser *ps, MiClassB *b, const MiToken *kwd, MiAst *pattern);
MiAst *mi_pattern_class(MiParser *ps, MiAst *cls, MiClassB *args, const MiToken *rpar);
MiMapB *mi_map_item(MiParser *ps, MiMapB *b, MiAst *key, MiAst *pattern);
/* {items, **rest}: items and rest may be NULL. */
MiAst *mi_pattern_mapping(MiParser *ps, const MiToken *lbrace, MiMapB *items,
                          const MiToken *rest, const MiToken *rbrace);

/* ---- call arguments ----------------------------------------------------------- */

MiCallB *mi_call_new(MiParser *ps);
MiCallB *mi_call_add(MiParser *ps, MiCallB *b, MiAst *arg);
/* A generator expression without parentheses of its own: f(x for x in y). */
MiAst *mi_arg_genexp(MiParser *ps, MiAst *elt, MiVec *generators);
MiAst *mi_arg_keyword(MiParser *ps, MiAst *name, const MiToken *eq, MiAst *value);
MiAst *mi_arg_dstar(MiParser *ps, const MiToken *dstar, MiAst *value);

/* ---- the driver (parser.c) ------------------------------------------------------ */

/* lemon's %syntax_error and %stack_overflow. */
void mi_parser_syntax_error(MiParser *ps, void *lemon, int kind, const MiToken *tok);
void mi_parser_stack_overflow(MiParser *ps);

/* Records a SyntaxError at the source range of a node, a token or given
 * positions (line, 0-based byte columns).  Only the first error counts. */
void mi_error_at_node(MiParser *ps, const MiAst *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void mi_error_range(MiParser *ps, const MiAst *from, const MiAst *to, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void mi_error_at_token(MiParser *ps, const MiToken *tok, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void mi_error_at(MiParser *ps, MiSyntaxErrorKind kind, int line, int col, int end_line,
                 int end_col, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
void mi_error_nomemory(MiParser *ps);

/* Allocates from the arena; records MemoryError and returns NULL when it
 * fails. */
void *mi_parser_alloc(MiParser *ps, size_t size);

/* Parses an f-string expression src[0..len) (a slice of the source on
 * `line` whose line starts at `line_start`), as CPython does with "(expr)".
 * Returns the expression or NULL with the error recorded. */
MiAst *mi_parse_fstring_expr(MiParser *ps, const char *src, size_t len,
                             const char *line_start, int line);

/* A node of `kind` spanning tokens first..last with a subtree
 * `child_depth` deep below it (for strings.c). */
MiAst *mi_ast_node(MiParser *ps, MiAstKind kind, int child_depth, const MiToken *first,
                   const MiToken *last);
/* Notes a finished expression for the error hints; returns it. */
MiAst *mi_ast_remember(MiParser *ps, MiAst *node);
/* A node of `kind` at the given span (for ast_match.c). */
MiAst *mi_ast_node_at(MiParser *ps, MiAstKind kind, int child_depth, int line, int col,
                      int end_line, int end_col);
/* Marks a node as written inside lpar..rpar: nodes built around it start
 * and end there. */
void mi_ast_parenthesize(MiAst *node, const MiToken *lpar, const MiToken *rpar);
/* The identifier a NAME token spells (NFKC-normalized), in the arena. */
const char *mi_ast_identifier(MiParser *ps, const MiToken *name);

/* What messages call an expression ("function call", "literal"), as
 * CPython's _PyPegen_get_expr_name(). */
const char *mi_ast_expr_name(const MiAst *e);

/* Where a node starts and ends as part of a bigger one: parentheses
 * written around it included. */
void mi_ast_span(const MiAst *node, int *line, int *col, int *end_line, int *end_col);

/* The depth of a node built by ast.c (1 for a leaf). */
int mi_ast_depth(const MiAst *node);

/* The top states of a lemon parser's stack, taken before each token is
 * fed: the reductions lemon performs before it finds a token refused can
 * then be undone for the question "what could have come instead?". */
#define MI_LEMON_SNAP 64
typedef struct MiLemonSnap {
    int            depth, n;
    unsigned short states[MI_LEMON_SNAP];
} MiLemonSnap;

/* Room for the deepest trees the depth limit allows (MI_AST_MAX_DEPTH,
 * about four entries per level for the worst constructs): a parse whose
 * stack grows deeper stops with MemoryError, as CPython 3.10's parser
 * stack overflow. */
#define MI_LEMON_MAX_DEPTH 16000

/* Size of one lemon parser object (defined in parse.y). */
size_t mi_lemon_size(void);
/* The number of entries on the parser's stack. */
int mi_lemon_depth(void *parser);
void mi_lemon_snapshot(void *parser, MiLemonSnap *snap);
/* Returns 1 when the parser, as it was when `snap` was taken (or as it is
 * when the snapshot does not reach deep enough, or snap is NULL), would
 * accept a token of `kind`.  Changes nothing; for error messages. */
int mi_lemon_accepts(void *parser, const MiLemonSnap *snap, int kind);

#endif /* MINI_GRAMMAR_PARSER_H */
