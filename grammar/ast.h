/* grammar/ast.h: the abstract syntax tree, the contract between the parser
 * (grammar/parse.y, built with lemon) and the compiler (vm/compile.c).
 *
 * The node kinds mirror CPython 3.10's `ast` module, so `mini --ast FILE`
 * prints what `ast.dump()` prints and a Python user recognises every node.
 * Every node carries its source span: `line`/`end_line` are 1-based,
 * `col`/`end_col` are 0-based UTF-8 byte offsets (as CPython's col_offset).
 *
 * Memory: every node, list and string of one parse lives in one MiAstArena
 * and is freed with it in one go; nothing here owns anything else.  The
 * front end depends on nothing of vm/: constants are raw (an int literal
 * keeps its digits, a string its decoded UTF-8 bytes) and vm/compile.c turns
 * them into objects.
 *
 * Start reading at MiAst and mi_parse(). */
#ifndef MINI_GRAMMAR_AST_H
#define MINI_GRAMMAR_AST_H

#include <stddef.h>
#include <stdint.h>

/* ---- arena -------------------------------------------------------------- */

typedef struct MiAstArena MiAstArena;

/* Returns a new empty arena, or NULL when out of memory. */
MiAstArena *mi_arena_new(void);
/* Frees the arena and everything allocated from it.  NULL is allowed. */
void mi_arena_free(MiAstArena *arena);
/* Returns `size` zeroed bytes aligned to 16, valid until the arena is freed,
 * or NULL when out of memory. */
void *mi_arena_alloc(MiAstArena *arena, size_t size);
/* Returns a NUL-terminated copy of s[0..len) in the arena, or NULL. */
char *mi_arena_strndup(MiAstArena *arena, const char *s, size_t len);

/* ---- node kinds ----------------------------------------------------------- */

#define MI_AST_KINDS(X)                                                        \
    /* roots */                                                                \
    X(MODULE, "Module") X(INTERACTIVE, "Interactive") X(EXPRESSION, "Expression") \
    /* statements */                                                           \
    X(FUNCTIONDEF, "FunctionDef") X(CLASSDEF, "ClassDef") X(RETURN, "Return")  \
    X(DELETE, "Delete") X(ASSIGN, "Assign") X(AUGASSIGN, "AugAssign")          \
    X(ANNASSIGN, "AnnAssign") X(FOR, "For") X(WHILE, "While") X(IF, "If")      \
    X(WITH, "With") X(RAISE, "Raise") X(TRY, "Try") X(ASSERT, "Assert")        \
    X(IMPORT, "Import") X(IMPORTFROM, "ImportFrom") X(GLOBAL, "Global")        \
    X(NONLOCAL, "Nonlocal") X(EXPR, "Expr") X(PASS, "Pass") X(BREAK, "Break")  \
    X(CONTINUE, "Continue") X(MATCH, "Match")                                  \
    /* expressions */                                                          \
    X(BOOLOP, "BoolOp") X(NAMEDEXPR, "NamedExpr") X(BINOP, "BinOp")            \
    X(UNARYOP, "UnaryOp") X(LAMBDA, "Lambda") X(IFEXP, "IfExp") X(DICT, "Dict") \
    X(SET, "Set") X(LISTCOMP, "ListComp") X(SETCOMP, "SetComp")                \
    X(DICTCOMP, "DictComp") X(GENERATOREXP, "GeneratorExp") X(YIELD, "Yield")  \
    X(YIELDFROM, "YieldFrom") X(COMPARE, "Compare") X(CALL, "Call")            \
    X(FORMATTEDVALUE, "FormattedValue") X(JOINEDSTR, "JoinedStr")              \
    X(CONSTANT, "Constant") X(ATTRIBUTE, "Attribute") X(SUBSCRIPT, "Subscript") \
    X(STARRED, "Starred") X(NAME, "Name") X(LIST, "List") X(TUPLE, "Tuple")    \
    X(SLICE, "Slice")                                                          \
    /* parts */                                                                \
    X(COMPREHENSION, "comprehension") X(EXCEPTHANDLER, "ExceptHandler")        \
    X(ARGUMENTS, "arguments") X(ARG, "arg") X(KEYWORD, "keyword")              \
    X(ALIAS, "alias") X(WITHITEM, "withitem") X(MATCH_CASE, "match_case")      \
    /* patterns (of match_case) */                                             \
    X(MATCHVALUE, "MatchValue") X(MATCHSINGLETON, "MatchSingleton")            \
    X(MATCHSEQUENCE, "MatchSequence") X(MATCHMAPPING, "MatchMapping")          \
    X(MATCHCLASS, "MatchClass") X(MATCHSTAR, "MatchStar") X(MATCHAS, "MatchAs") \
    X(MATCHOR, "MatchOr")

typedef enum MiAstKind {
#define MI_AST_ENUM(kind, name) MI_AST_##kind,
    MI_AST_KINDS(MI_AST_ENUM)
#undef MI_AST_ENUM
    MI_AST_KIND_COUNT
} MiAstKind;

/* Returns the CPython name of a node kind ("BinOp"). */
const char *mi_ast_kind_name(MiAstKind kind);

/* Operators, in CPython's `ast` order; names by mi_ast_*_name(). */
typedef enum MiBinOp {
    MI_OP_ADD, MI_OP_SUB, MI_OP_MULT, MI_OP_MATMULT, MI_OP_DIV, MI_OP_MOD,
    MI_OP_POW, MI_OP_LSHIFT, MI_OP_RSHIFT, MI_OP_BITOR, MI_OP_BITXOR,
    MI_OP_BITAND, MI_OP_FLOORDIV, MI_BINOP_COUNT
} MiBinOp;
typedef enum MiUnaryOp { MI_OP_INVERT, MI_OP_NOT, MI_OP_UADD, MI_OP_USUB } MiUnaryOp;
typedef enum MiBoolOp { MI_OP_AND, MI_OP_OR } MiBoolOp;
typedef enum MiCmpOp {
    MI_CMP_EQ, MI_CMP_NOTEQ, MI_CMP_LT, MI_CMP_LTE, MI_CMP_GT, MI_CMP_GTE,
    MI_CMP_IS, MI_CMP_ISNOT, MI_CMP_IN, MI_CMP_NOTIN
} MiCmpOp;
/* The context of a Name, Attribute, Subscript, Starred, List or Tuple. */
typedef enum MiExprCtx { MI_CTX_LOAD, MI_CTX_STORE, MI_CTX_DEL } MiExprCtx;

const char *mi_ast_binop_name(MiBinOp op);     /* "Add" */
const char *mi_ast_unaryop_name(MiUnaryOp op); /* "USub" */
const char *mi_ast_cmpop_name(MiCmpOp op);     /* "NotIn" */

/* What a Constant holds.  Text is decoded and lives in the arena. */
typedef enum MiConstKind {
    MI_CONST_NONE, MI_CONST_TRUE, MI_CONST_FALSE, MI_CONST_ELLIPSIS,
    MI_CONST_INT,      /* text: the literal's digits without underscores, with
                        * its prefix (e.g. "0x1f", "123", "0b101", "0o17") */
    MI_CONST_FLOAT,    /* number */
    MI_CONST_IMAG,     /* number: the imaginary part of `3.5j` */
    MI_CONST_STR,      /* text, len: UTF-8 (may contain NUL) */
    MI_CONST_BYTES     /* text, len: raw bytes */
} MiConstKind;

typedef struct MiAst MiAst;

/* A list of nodes (statements, expressions, ...).  items may be NULL when
 * len is 0. */
typedef struct MiAstList {
    int     len;
    MiAst **items;
} MiAstList;

/* A list of identifiers (global/nonlocal names). */
typedef struct MiAstNames {
    int          len;
    const char **items;
} MiAstNames;

struct MiAst {
    MiAstKind kind;
    int line, col, end_line, end_col;
    union {
        /* Module, Interactive: a body; Expression: body_expr */
        struct { MiAstList body; MiAst *expr; } root;

        /* ---- statements ---- */
        struct {                      /* FunctionDef */
            const char *name;
            MiAst      *args;         /* arguments */
            MiAstList   body;
            MiAstList   decorators;
            MiAst      *returns;      /* annotation or NULL */
        } funcdef;
        struct {                      /* ClassDef */
            const char *name;
            MiAstList   bases;
            MiAstList   keywords;     /* keyword */
            MiAstList   body;
            MiAstList   decorators;
        } classdef;
        struct { MiAst *value; } ret;               /* Return (value or NULL), Expr */
        struct { MiAstList targets; } del;          /* Delete */
        struct { MiAstList targets; MiAst *value; } assign;   /* a = b = value */
        struct { MiAst *target; MiBinOp op; MiAst *value; } augassign;
        struct {                      /* AnnAssign: target: annotation [= value] */
            MiAst *target, *annotation, *value;     /* value may be NULL */
            int    simple;            /* 1 when target is a plain name */
        } annassign;
        struct { MiAst *target, *iter; MiAstList body, orelse; } for_;
        struct { MiAst *test; MiAstList body, orelse; } while_;   /* While, If */
        struct { MiAstList items; MiAstList body; } with;         /* withitem */
        struct { MiAst *exc, *cause; } raise;       /* both may be NULL */
        struct { MiAstList body, handlers, orelse, finalbody; } try_;
        struct { MiAst *test, *msg; } assert_;      /* msg may be NULL */
        struct { MiAstList names; } import;         /* alias */
        struct {                                    /* ImportFrom */
            const char *module;       /* NULL for `from . import x` */
            MiAstList   names;        /* alias; one alias "*" for `import *` */
            int         level;        /* number of leading dots */
        } importfrom;
        MiAstNames names;                           /* Global, Nonlocal */
        /* Pass, Break, Continue have no fields */
        struct { MiAst *subject; MiAstList cases; } match;    /* Match: match_case */

        /* ---- expressions ---- */
        struct { MiBoolOp op; MiAstList values; } boolop;     /* a and b and c */
        struct { MiAst *target, *value; } namedexpr;          /* target := value */
        struct { MiAst *left; MiBinOp op; MiAst *right; } binop;
        struct { MiUnaryOp op; MiAst *operand; } unaryop;
        struct { MiAst *args; MiAst *body; } lambda;          /* args: arguments */
        struct { MiAst *test, *body, *orelse; } ifexp;        /* body if test else orelse */
        struct {                      /* Dict: keys[i] NULL for `**value` */
            MiAstList keys, values;
        } dict;
        struct { MiAstList elts; MiExprCtx ctx; } seq;        /* Set, List, Tuple */
        struct {                      /* ListComp, SetComp, GeneratorExp, DictComp */
            MiAst    *elt;            /* the element (the key for DictComp) */
            MiAst    *value;          /* DictComp only */
            MiAstList generators;     /* comprehension */
        } comp;
        struct { MiAst *value; } yield;            /* Yield (value may be NULL), YieldFrom */
        struct {                      /* Compare: left ops[0] comparators[0] ... */
            MiAst    *left;
            int       count;
            MiCmpOp  *ops;
            MiAst   **comparators;
        } compare;
        struct { MiAst *func; MiAstList args, keywords; } call;   /* keyword */
        struct {                      /* FormattedValue: f"{value!r:spec}" */
            MiAst *value;
            int    conversion;        /* -1, 's', 'r' or 'a' */
            MiAst *format_spec;       /* JoinedStr or NULL */
        } formatted;
        struct { MiAstList values; } joined;       /* JoinedStr: Constant / FormattedValue */
        struct {                      /* Constant */
            MiConstKind kind;
            const char *text;         /* INT, STR, BYTES */
            size_t      len;          /* STR, BYTES: byte length of text */
            double      number;       /* FLOAT, IMAG */
            int         is_unicode_prefix;   /* u"..." (CPython's kind='u') */
        } constant;
        struct { MiAst *value; const char *attr; MiExprCtx ctx; } attribute;
        struct { MiAst *value, *slice; MiExprCtx ctx; } subscript;
        struct { MiAst *value; MiExprCtx ctx; } starred;
        struct { const char *id; MiExprCtx ctx; } name;
        struct { MiAst *lower, *upper, *step; } slice;  /* each may be NULL */

        /* ---- parts ---- */
        struct {                      /* comprehension: for target in iter if ... */
            MiAst    *target, *iter;
            MiAstList ifs;
            int       is_async;
        } comprehension;
        struct {                      /* ExceptHandler: except type as name: body */
            MiAst      *type;         /* NULL for a bare `except:` */
            const char *name;         /* NULL without `as` */
            MiAstList   body;
        } handler;
        struct {                      /* arguments */
            MiAstList posonlyargs;    /* arg */
            MiAstList args;           /* arg */
            MiAst    *vararg;         /* arg or NULL */
            MiAstList kwonlyargs;     /* arg */
            MiAstList kw_defaults;    /* one per kwonlyarg, NULL where none */
            MiAst    *kwarg;          /* arg or NULL */
            MiAstList defaults;       /* for the last len(defaults) of posonly+args */
        } arguments;
        struct { const char *arg; MiAst *annotation; } arg;   /* annotation may be NULL */
        struct { const char *arg; MiAst *value; } keyword;    /* arg NULL for **value */
        struct { const char *name; const char *asname; } alias;   /* asname may be NULL */
        struct { MiAst *context_expr, *optional_vars; } withitem;
        struct {                      /* match_case: case pattern if guard: body */
            MiAst    *pattern;
            MiAst    *guard;          /* NULL without `if` */
            MiAstList body;
        } match_case;

        /* ---- patterns ---- */
        /* MatchValue: a Constant, UnaryOp(USub, Constant), BinOp (complex),
         * Attribute or JoinedStr to compare with ==; MatchSingleton: a
         * Constant None, True or False to compare with `is`. */
        struct { MiAst *value; } matchvalue;
        struct { MiAstList patterns; } matchseq;      /* MatchSequence, MatchOr */
        struct {                      /* MatchMapping: {keys[i]: patterns[i], **rest} */
            MiAstList   keys;         /* Constant, UnaryOp, BinOp or Attribute */
            MiAstList   patterns;
            const char *rest;         /* NULL without **rest */
        } matchmapping;
        struct {                      /* MatchClass: cls(patterns, kwd_attrs=kwd_patterns) */
            MiAst     *cls;           /* Name or Attribute */
            MiAstList  patterns;
            MiAstNames kwd_attrs;
            MiAstList  kwd_patterns;
        } matchclass;
        struct { const char *name; } matchstar;       /* *name; NULL for *_ */
        struct {                      /* MatchAs: `pattern as name`, a capture
                                       * (pattern NULL) or _ (both NULL) */
            MiAst      *pattern;
            const char *name;
        } matchas;
    } u;
};

/* ---- parsing -------------------------------------------------------------- */

typedef enum MiParseMode {
    MI_PARSE_FILE,        /* a module: Module */
    MI_PARSE_SINGLE,      /* one interactive statement: Interactive */
    MI_PARSE_EVAL         /* one expression (eval(), f-string parts): Expression */
} MiParseMode;

typedef enum MiSyntaxErrorKind {
    MI_SYNERR_NONE,
    MI_SYNERR_SYNTAX,       /* SyntaxError */
    MI_SYNERR_INDENTATION,  /* IndentationError */
    MI_SYNERR_TAB,          /* TabError */
    MI_SYNERR_INCOMPLETE,   /* MI_PARSE_SINGLE only: the input ended inside an
                             * open bracket, a compound statement or a
                             * triple-quoted string: the REPL asks for more */
    MI_SYNERR_NOMEMORY,     /* out of memory, or input nested deeper than the
                             * parser's stack (as CPython 3.10): the caller
                             * raises MemoryError */
    MI_SYNERR_RECURSION     /* a tree deeper than the compiler may recurse
                             * (CPython 3.10's "maximum recursion depth
                             * exceeded during compilation"): the caller
                             * raises RecursionError with `msg` */
} MiSyntaxErrorKind;

/* A syntax error as CPython reports it.  `text` is the offending source line
 * (without its newline), allocated in the arena; columns count characters
 * (code points) and are 1-based, as SyntaxError.offset / end_offset. */
typedef struct MiSyntaxError {
    MiSyntaxErrorKind kind;
    char        msg[160];    /* "invalid syntax", "'(' was never closed", ... */
    int         line, col;   /* col 1-based; 0 when unknown */
    int         end_line, end_col;
    const char *text;        /* may be NULL */
} MiSyntaxError;

/* Parses src[0..len) (UTF-8; need not be NUL-terminated) in `mode`.
 * Returns the root node (Module, Interactive or Expression) allocated in
 * `arena`, or NULL with *err filled in.  `filename` is only used in
 * messages that name it.  Never crashes or hangs on any input: deep nesting
 * gives "too many nested parentheses" or similar SyntaxErrors, NUL bytes
 * "source code cannot contain null bytes", bad UTF-8 a SyntaxError. */
MiAst *mi_parse(const char *src, size_t len, const char *filename, MiParseMode mode,
                MiAstArena *arena, MiSyntaxError *err);

/* Writes the AST in CPython's `ast.dump(tree, indent=2)` format to `out`
 * (a FILE *, declared void * to keep stdio out of this header), followed
 * by a newline. */
void mi_ast_dump(const MiAst *root, void *out);

#endif /* MINI_GRAMMAR_AST_H */
