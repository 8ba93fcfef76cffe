/* grammar/parse.y: the source of the generated parser.  lemon turns this
 * file into build/generated/parse.c and parse.h; edit this file, never
 * the output.
 *
 * Python 3.10's grammar (every statement and expression but async/await;
 * match statements with the soft keywords the driver turns into MATCH and
 * CASE tokens) written for an LALR(1) parser, in the layered
 * style of CPython's old LL(1) Grammar/Grammar:
 *   test > or_test > and_test > not_test > comparison > expr (|) > xor (^)
 *   > and (&) > shift > arith (+ -) > term (* / // % @) > factor (unary)
 *   > power (**) > atom_expr (calls, subscripts, attributes) > atom.
 * Where the PEG grammar looks ahead further than one token, we parse the
 * more general form and check in ast.c:
 *   - assignment, del, for and with targets are parsed as expressions and
 *     then validated (setting Store/Del context);
 *   - keyword arguments are parsed as `test = test`, walrus targets as
 *     `test := test`, and the left side checked to be a name;
 *   - parameter lists are one flat list of items whose order is checked;
 *   - "with (a as b, c):" is a parenthesized atom whose items may carry
 *     `as`, accepted only right after `with` (mi_ast_paren()).
 * One start symbol serves four modes, chosen by a first token the driver
 * (parser.c) feeds: a module, a REPL statement, an eval() expression, or
 * starred expressions (f-string parts and the error-hint sub-parses).
 *
 * Every action is one call into ast.c; once an error is recorded the
 * builders return NULL and the driver stops feeding tokens. */

%name mi_lemon
%token_prefix TK_
%token_type {MiToken}
%default_type {MiAst *}
%extra_argument {MiParser *ps}
/* The stack grows as needed (a few dozen entries for most sources); the
 * driver stops a parse whose stack passes MI_LEMON_MAX_DEPTH. */
%stack_size 0
%start_symbol start

%include {
#include "grammar/parser.h"

#include <assert.h>
#include <stdlib.h>
}

%syntax_error { mi_parser_syntax_error(ps, yypParser, yymajor, &yyminor); }
%stack_overflow { mi_parser_stack_overflow(ps); }

%token NAME NUMBER STRING NEWLINE INDENT DEDENT.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL
       ELIF ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA
       NONLOCAL NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD.
%token LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COMMA SEMI PLUS MINUS STAR
       SLASH VBAR AMPER LESS GREATER EQUAL DOT PERCENT EQEQUAL NOTEQUAL
       LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR
       PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL
       VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL
       DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS
       COLONEQUAL.
/* Only the lexer's tool mode returns these; the grammar never sees them. */
%token COMMENT NL ERRORTOKEN.
/* The soft keywords `match` and `case` where they start such a statement:
 * the driver turns those NAME tokens into these. */
%token MATCH CASE.
/* The first token the driver feeds selects the mode. */
%token START_FILE START_SINGLE START_EVAL START_EXPRS START_BITOR START_TEST.

/* ---- start ------------------------------------------------------------------------- */

start ::= START_FILE file_input(A).           { mi_ast_set_root(ps, A); }
start ::= START_SINGLE single_input(A).       { mi_ast_set_root(ps, A); }
start ::= START_EVAL eval_input(A).           { mi_ast_set_root(ps, A); }
start ::= START_EXPRS testlist_star_expr(A).  { mi_ast_set_root(ps, A); }
start ::= START_BITOR expr(A).                { mi_ast_set_root(ps, A); }
start ::= START_TEST test(A).                 { mi_ast_set_root(ps, A); }

file_input(A) ::= file_stmts(B).              { A = mi_ast_module(ps, B); }
%type file_stmts {MiVec *}
file_stmts(A) ::= .                           { A = mi_vec_new(ps); }
file_stmts(A) ::= file_stmts(B) stmt(C).      { A = mi_vec_concat(ps, B, C); }

single_input(A) ::= NEWLINE.                  { A = mi_ast_interactive(ps, NULL); }
single_input(A) ::= simple_stmt(B).           { A = mi_ast_interactive(ps, B); }
single_input(A) ::= compound_stmt(B) NEWLINE. { A = mi_ast_interactive(ps, mi_vec_one(ps, B)); }

eval_input(A) ::= testlist(B) eval_newlines.  { A = mi_ast_expression(ps, B); }
eval_newlines ::= .
eval_newlines ::= eval_newlines NEWLINE.

/* ---- statements ------------------------------------------------------------------ */

%type stmt {MiVec *}
stmt(A) ::= simple_stmt(B).                   { A = B; }
stmt(A) ::= compound_stmt(B).                 { A = mi_vec_one(ps, B); }

%type stmts {MiVec *}
stmts(A) ::= stmt(B).                         { A = B; }
stmts(A) ::= stmts(B) stmt(C).                { A = mi_vec_concat(ps, B, C); }

%type simple_stmt {MiVec *}
simple_stmt(A) ::= small_stmts(B) NEWLINE.        { A = B; }
simple_stmt(A) ::= small_stmts(B) SEMI NEWLINE.   { A = B; }

%type small_stmts {MiVec *}
small_stmts(A) ::= small_stmt(B).                      { A = mi_vec_one(ps, B); }
small_stmts(A) ::= small_stmts(B) SEMI small_stmt(C).  { A = mi_vec_push(ps, B, C); }

small_stmt(A) ::= expr_stmt(B).               { A = B; }
small_stmt(A) ::= DEL(T) exprlist_tc(B).      { A = mi_ast_delete(ps, &T, B); }
small_stmt(A) ::= PASS(T).                    { A = mi_ast_keyword_stmt(ps, MI_AST_PASS, &T); }
small_stmt(A) ::= BREAK(T).                   { A = mi_ast_keyword_stmt(ps, MI_AST_BREAK, &T); }
small_stmt(A) ::= CONTINUE(T).                { A = mi_ast_keyword_stmt(ps, MI_AST_CONTINUE, &T); }
small_stmt(A) ::= RETURN(T).                  { A = mi_ast_return(ps, &T, NULL); }
small_stmt(A) ::= RETURN(T) testlist_star_expr(B).    { A = mi_ast_return(ps, &T, B); }
small_stmt(A) ::= RAISE(T).                   { A = mi_ast_raise(ps, &T, NULL, NULL); }
small_stmt(A) ::= RAISE(T) test(B).           { A = mi_ast_raise(ps, &T, B, NULL); }
small_stmt(A) ::= RAISE(T) test(B) FROM test(C).      { A = mi_ast_raise(ps, &T, B, C); }
small_stmt(A) ::= GLOBAL(T) names(B).         { A = mi_ast_global(ps, MI_AST_GLOBAL, &T, B); }
small_stmt(A) ::= NONLOCAL(T) names(B).       { A = mi_ast_global(ps, MI_AST_NONLOCAL, &T, B); }
small_stmt(A) ::= ASSERT(T) test(B).          { A = mi_ast_assert(ps, &T, B, NULL); }
small_stmt(A) ::= ASSERT(T) test(B) COMMA test(C).    { A = mi_ast_assert(ps, &T, B, C); }
small_stmt(A) ::= import_name(B).             { A = B; }
small_stmt(A) ::= import_from(B).             { A = B; }

expr_stmt(A) ::= testlist_star_expr(B).       { A = mi_ast_expr_stmt(ps, B); }
expr_stmt(A) ::= yield_expr(B).               { A = mi_ast_expr_stmt(ps, B); }
expr_stmt(A) ::= testlist_star_expr(B) assign_rhs(C).  { A = mi_ast_assign(ps, B, C); }
expr_stmt(A) ::= yield_expr(B) assign_rhs.    { A = mi_ast_yield_assign(ps, B); }
expr_stmt(A) ::= testlist_star_expr(B) augassign(O) rhs(C).
                                              { A = mi_ast_augassign(ps, B, &O, C); }
expr_stmt(A) ::= testlist_star_expr(B) COLON test(C).
                                              { A = mi_ast_annassign(ps, B, C, NULL); }
expr_stmt(A) ::= testlist_star_expr(B) COLON test(C) EQUAL rhs(D).
                                              { A = mi_ast_annassign(ps, B, C, D); }

%type assign_rhs {MiVec *}
assign_rhs(A) ::= EQUAL rhs(B).                   { A = mi_vec_one(ps, B); }
assign_rhs(A) ::= assign_rhs(B) EQUAL rhs(C).     { A = mi_vec_push(ps, B, C); }

rhs(A) ::= yield_expr(B).                     { A = B; }
rhs(A) ::= testlist_star_expr(B).             { A = B; }

%type augassign {MiToken}
augassign(A) ::= PLUSEQUAL(T).                { A = T; }
augassign(A) ::= MINEQUAL(T).                 { A = T; }
augassign(A) ::= STAREQUAL(T).                { A = T; }
augassign(A) ::= ATEQUAL(T).                  { A = T; }
augassign(A) ::= SLASHEQUAL(T).               { A = T; }
augassign(A) ::= PERCENTEQUAL(T).             { A = T; }
augassign(A) ::= AMPEREQUAL(T).               { A = T; }
augassign(A) ::= VBAREQUAL(T).                { A = T; }
augassign(A) ::= CIRCUMFLEXEQUAL(T).          { A = T; }
augassign(A) ::= LEFTSHIFTEQUAL(T).           { A = T; }
augassign(A) ::= RIGHTSHIFTEQUAL(T).          { A = T; }
augassign(A) ::= DOUBLESTAREQUAL(T).          { A = T; }
augassign(A) ::= DOUBLESLASHEQUAL(T).         { A = T; }

%type names {MiVec *}
names(A) ::= NAME(T).                         { A = mi_vec_one(ps, mi_token_copy(ps, &T)); }
names(A) ::= names(B) COMMA NAME(T).          { A = mi_vec_push(ps, B, mi_token_copy(ps, &T)); }

/* ---- imports ------------------------------------------------------------------------ */

import_name(A) ::= IMPORT(T) dotted_as_names(B).      { A = mi_ast_import(ps, &T, B); }

%type dotted_as_names {MiVec *}
dotted_as_names(A) ::= dotted_as_name(B).             { A = mi_vec_one(ps, B); }
dotted_as_names(A) ::= dotted_as_names(B) COMMA dotted_as_name(C).
                                                      { A = mi_vec_push(ps, B, C); }
dotted_as_name(A) ::= dotted_name(B).                 { A = mi_ast_alias(ps, B, NULL); }
dotted_as_name(A) ::= dotted_name(B) AS NAME(N).      { A = mi_ast_alias(ps, B, &N); }

%type dotted_name {MiDotted *}
dotted_name(A) ::= NAME(T).                           { A = mi_dotted_new(ps, &T); }
dotted_name(A) ::= dotted_name(B) DOT NAME(T).        { A = mi_dotted_add(ps, B, &T); }

import_from(A) ::= FROM(T) dotted_name(M) IMPORT import_targets(N).
                                    { A = mi_ast_importfrom(ps, &T, 0, M, N, NULL); }
import_from(A) ::= FROM(T) dots(D) dotted_name(M) IMPORT import_targets(N).
                                    { A = mi_ast_importfrom(ps, &T, D, M, N, NULL); }
import_from(A) ::= FROM(T) dots(D) IMPORT import_targets(N).
                                    { A = mi_ast_importfrom(ps, &T, D, NULL, N, NULL); }

%type dots {int}
dots(A) ::= DOT(T).                           { A = mi_dots(ps, 0, &T); }
dots(A) ::= ELLIPSIS(T).                      { A = mi_dots(ps, 0, &T); }
dots(A) ::= dots(B) DOT(T).                   { A = mi_dots(ps, B, &T); }
dots(A) ::= dots(B) ELLIPSIS(T).              { A = mi_dots(ps, B, &T); }

%type import_targets {MiVec *}
import_targets(A) ::= STAR(T).
                                              { A = mi_vec_one(ps, mi_ast_alias_star(ps, &T)); }
import_targets(A) ::= LPAR import_as_names(B) RPAR.   { A = B; }
import_targets(A) ::= LPAR import_as_names(B) COMMA RPAR.  { A = B; }
import_targets(A) ::= import_as_names(B).             { A = B; }
import_targets(A) ::= import_as_names COMMA.
                                              { A = mi_vec_one(ps, mi_ast_import_trailing_comma(ps)); }

%type import_as_names {MiVec *}
import_as_names(A) ::= import_as_name(B).             { A = mi_vec_one(ps, B); }
import_as_names(A) ::= import_as_names(B) COMMA import_as_name(C).
                                                      { A = mi_vec_push(ps, B, C); }
import_as_name(A) ::= NAME(T).              { A = mi_ast_alias(ps, mi_dotted_new(ps, &T), NULL); }
import_as_name(A) ::= NAME(T) AS NAME(N).   { A = mi_ast_alias(ps, mi_dotted_new(ps, &T), &N); }

/* ---- compound statements ------------------------------------------------------------ */

compound_stmt(A) ::= if_stmt(B).              { A = B; }
compound_stmt(A) ::= while_stmt(B).           { A = B; }
compound_stmt(A) ::= for_stmt(B).             { A = B; }
compound_stmt(A) ::= try_stmt(B).             { A = B; }
compound_stmt(A) ::= with_stmt(B).            { A = B; }
compound_stmt(A) ::= funcdef(B).              { A = B; }
compound_stmt(A) ::= classdef(B).             { A = B; }
compound_stmt(A) ::= decorators(D) funcdef(B).    { A = mi_ast_decorated(ps, D, B); }
compound_stmt(A) ::= decorators(D) classdef(B).   { A = mi_ast_decorated(ps, D, B); }
compound_stmt(A) ::= match_stmt(B).           { A = B; }

%type suite {MiVec *}
suite(A) ::= simple_stmt(B).                  { A = B; }
suite(A) ::= NEWLINE INDENT stmts(B) DEDENT.  { A = B; }

%type if_head {MiIfB *}
if_head(A) ::= IF(T) namedexpr_test(B) COLON suite(C).        { A = mi_if_new(ps, &T, B, C); }
if_head(A) ::= if_head(H) ELIF(T) namedexpr_test(B) COLON suite(C).
                                                              { A = mi_if_elif(ps, H, &T, B, C); }
if_stmt(A) ::= if_head(H).                                    { A = mi_ast_if(ps, H, NULL); }
if_stmt(A) ::= if_head(H) ELSE COLON suite(C).                { A = mi_ast_if(ps, H, C); }

while_stmt(A) ::= WHILE(T) namedexpr_test(B) COLON suite(C).
                                              { A = mi_ast_while(ps, &T, B, C, NULL); }
while_stmt(A) ::= WHILE(T) namedexpr_test(B) COLON suite(C) ELSE COLON suite(D).
                                              { A = mi_ast_while(ps, &T, B, C, D); }

for_stmt(A) ::= FOR(T) exprlist_tc(B) IN testlist_star_expr(C) COLON suite(D).
                                              { A = mi_ast_for(ps, &T, B, C, D, NULL); }
for_stmt(A) ::= FOR(T) exprlist_tc(B) IN testlist_star_expr(C) COLON suite(D) ELSE COLON suite(E).
                                              { A = mi_ast_for(ps, &T, B, C, D, E); }

try_stmt(A) ::= TRY(T) COLON suite(B) handlers(C).
                                              { A = mi_ast_try(ps, &T, B, C, NULL, NULL); }
try_stmt(A) ::= TRY(T) COLON suite(B) handlers(C) ELSE COLON suite(D).
                                              { A = mi_ast_try(ps, &T, B, C, D, NULL); }
try_stmt(A) ::= TRY(T) COLON suite(B) handlers(C) FINALLY COLON suite(E).
                                              { A = mi_ast_try(ps, &T, B, C, NULL, E); }
try_stmt(A) ::= TRY(T) COLON suite(B) handlers(C) ELSE COLON suite(D) FINALLY COLON suite(E).
                                              { A = mi_ast_try(ps, &T, B, C, D, E); }
try_stmt(A) ::= TRY(T) COLON suite(B) FINALLY COLON suite(E).
                                              { A = mi_ast_try(ps, &T, B, NULL, NULL, E); }

%type handlers {MiVec *}
handlers(A) ::= handler(B).                   { A = mi_vec_one(ps, B); }
handlers(A) ::= handlers(B) handler(C).       { A = mi_vec_push(ps, B, C); }

handler(A) ::= EXCEPT(T) COLON suite(B).      { A = mi_ast_handler(ps, &T, NULL, NULL, B); }
handler(A) ::= EXCEPT(T) test(E) COLON suite(B).
                                              { A = mi_ast_handler(ps, &T, E, NULL, B); }
handler(A) ::= EXCEPT(T) test(E) AS NAME(N) COLON suite(B).
                                              { A = mi_ast_handler(ps, &T, E, &N, B); }
handler(A) ::= EXCEPT test(E) COMMA exprlist(R) COLON(C).
                                    { A = mi_ast_handler_tuple_error(ps, E, R, &C); }
handler(A) ::= EXCEPT test(E) COMMA exprlist(R) AS NAME(C).
                                    { A = mi_ast_handler_tuple_error(ps, E, R, &C); }

with_stmt(A) ::= with_head(H) suite(C).       { A = mi_ast_with(ps, H, C); }
with_head(A) ::= WITH(T) with_items(B) COLON. { A = mi_ast_with_head(ps, &T, B); }
%type with_items {MiVec *}
with_items(A) ::= with_item(B).                       { A = mi_vec_one(ps, B); }
with_items(A) ::= with_items(B) COMMA with_item(C).   { A = mi_vec_push(ps, B, C); }
with_item(A) ::= test(B).                             { A = mi_ast_withitem(ps, B, NULL); }
with_item(A) ::= test(B) AS expr(C).                  { A = mi_ast_withitem(ps, B, C); }

funcdef(A) ::= DEF(T) NAME(N) parameters(P) COLON suite(B).
                                              { A = mi_ast_funcdef(ps, &T, &N, P, NULL, B); }
funcdef(A) ::= DEF(T) NAME(N) parameters(P) RARROW test(R) COLON suite(B).
                                              { A = mi_ast_funcdef(ps, &T, &N, P, R, B); }

%type parameters {MiArgsB *}
parameters(A) ::= LPAR RPAR.                  { A = mi_args_new(ps, 0); }
parameters(A) ::= LPAR typedargs(B) RPAR(R).  { A = mi_args_end(ps, B, &R); }
parameters(A) ::= LPAR typedargs(B) COMMA RPAR(R).    { A = mi_args_end(ps, B, &R); }

%type typedargs {MiArgsB *}
typedargs(A) ::= tparam(P).                   { A = mi_args_add(ps, mi_args_new(ps, 0), P); }
typedargs(A) ::= typedargs(B) COMMA tparam(P).        { A = mi_args_add(ps, B, P); }

%type tparam {MiParam *}
tparam(A) ::= tfpdef(B).                      { A = mi_param(ps, MI_PARAM_PLAIN, NULL, B, NULL); }
tparam(A) ::= tfpdef(B) EQUAL test(C).        { A = mi_param(ps, MI_PARAM_DEFAULT, NULL, B, C); }
tparam(A) ::= STAR(T).                        { A = mi_param(ps, MI_PARAM_STAR, &T, NULL, NULL); }
tparam(A) ::= STAR(T) tfpdef(B).
                                              { A = mi_param(ps, MI_PARAM_STAR_NAME, &T, B, NULL); }
tparam(A) ::= DOUBLESTAR(T) tfpdef(B).
                                              { A = mi_param(ps, MI_PARAM_DOUBLESTAR, &T, B, NULL); }
tparam(A) ::= SLASH(T).                       { A = mi_param(ps, MI_PARAM_SLASH, &T, NULL, NULL); }

tfpdef(A) ::= NAME(N).                        { A = mi_ast_arg(ps, &N, NULL); }
tfpdef(A) ::= NAME(N) COLON test(B).          { A = mi_ast_arg(ps, &N, B); }

classdef(A) ::= CLASS(T) NAME(N) COLON suite(B).      { A = mi_ast_classdef(ps, &T, &N, NULL, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR RPAR COLON suite(B).
                                              { A = mi_ast_classdef(ps, &T, &N, NULL, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR arg_items(C) RPAR COLON suite(B).
                                              { A = mi_ast_classdef(ps, &T, &N, C, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR arg_items(C) COMMA RPAR COLON suite(B).
                                              { A = mi_ast_classdef(ps, &T, &N, C, B); }

%type decorators {MiVec *}
decorators(A) ::= decorator(B).               { A = mi_vec_one(ps, B); }
decorators(A) ::= decorators(B) decorator(C). { A = mi_vec_push(ps, B, C); }
decorator(A) ::= AT namedexpr_test(B) NEWLINE.        { A = B; }

/* ---- match statements (ast_match.c) ------------------------------------------------- */

match_stmt(A) ::= MATCH(T) subject(S) COLON NEWLINE INDENT cases(C) DEDENT.
                                              { A = mi_ast_match(ps, &T, S, C); }

subject(A) ::= namedexpr_test(B).             { A = B; }
subject(A) ::= subject_items(B).              { A = mi_seq_to_expr(ps, B); }
%type subject_items {MiSeq *}
subject_items(A) ::= test_or_star(B) COMMA(C).
                                              { A = mi_seq_comma(ps, mi_seq_one(ps, B), &C); }
subject_items(A) ::= test_or_star(B) COMMA test_or_star(C).
                                              { A = mi_seq_push(ps, mi_seq_one(ps, B), C); }
subject_items(A) ::= subject_items(B) COMMA(C).       { A = mi_seq_comma(ps, B, &C); }
subject_items(A) ::= subject_items(B) COMMA test_or_star(C).  { A = mi_seq_push(ps, B, C); }

%type cases {MiVec *}
cases(A) ::= case_block(B).                   { A = mi_vec_one(ps, B); }
cases(A) ::= cases(B) case_block(C).          { A = mi_vec_push(ps, B, C); }

case_block(A) ::= CASE patterns(P) COLON suite(B).    { A = mi_ast_match_case(ps, P, NULL, B); }
case_block(A) ::= CASE patterns(P) IF namedexpr_test(G) COLON suite(B).
                                              { A = mi_ast_match_case(ps, P, G, B); }

patterns(A) ::= pattern_items(B).             { A = mi_pattern_open(ps, B); }
patterns(A) ::= pattern_items(B) COMMA(C).    { A = mi_pattern_open(ps, mi_seq_comma(ps, B, &C)); }

%type pattern_items {MiSeq *}
pattern_items(A) ::= maybe_star(B).           { A = mi_seq_one(ps, B); }
pattern_items(A) ::= pattern_items(B) COMMA maybe_star(C).    { A = mi_seq_push(ps, B, C); }

maybe_star(A) ::= pattern(B).                 { A = B; }
maybe_star(A) ::= STAR(T) NAME(N).            { A = mi_pattern_star(ps, &T, &N); }

pattern(A) ::= or_pattern(B).                 { A = mi_pattern_or(ps, B); }
pattern(A) ::= or_pattern(B) AS NAME(N).      { A = mi_pattern_as(ps, mi_pattern_or(ps, B), &N); }

%type or_pattern {MiVec *}
or_pattern(A) ::= closed_pattern(B).          { A = mi_vec_one(ps, B); }
or_pattern(A) ::= or_pattern(B) VBAR closed_pattern(C).   { A = mi_vec_push(ps, B, C); }

closed_pattern(A) ::= literal(B).             { A = mi_pattern_value(ps, B); }
closed_pattern(A) ::= signed_number(B) PLUS(O) NUMBER(T).
                                    { A = mi_pattern_complex(ps, B, &O, mi_ast_number(ps, &T)); }
closed_pattern(A) ::= signed_number(B) MINUS(O) NUMBER(T).
                                    { A = mi_pattern_complex(ps, B, &O, mi_ast_number(ps, &T)); }
closed_pattern(A) ::= NONE(T).                { A = mi_pattern_singleton(ps, &T, MI_CONST_NONE); }
closed_pattern(A) ::= TRUE(T).                { A = mi_pattern_singleton(ps, &T, MI_CONST_TRUE); }
closed_pattern(A) ::= FALSE(T).               { A = mi_pattern_singleton(ps, &T, MI_CONST_FALSE); }
closed_pattern(A) ::= name_or_attr(B).        { A = mi_pattern_name(ps, B); }
closed_pattern(A) ::= LPAR(L) RPAR(R).        { A = mi_pattern_bracket(ps, &L, NULL, &R); }
closed_pattern(A) ::= LPAR(L) pattern_items(B) RPAR(R).
                                              { A = mi_pattern_bracket(ps, &L, B, &R); }
closed_pattern(A) ::= LPAR(L) pattern_items(B) COMMA(C) RPAR(R).
    { A = mi_pattern_bracket(ps, &L, mi_seq_comma(ps, B, &C), &R); }
closed_pattern(A) ::= LSQB(L) RSQB(R).        { A = mi_pattern_bracket(ps, &L, NULL, &R); }
closed_pattern(A) ::= LSQB(L) pattern_items(B) RSQB(R).
                                              { A = mi_pattern_bracket(ps, &L, B, &R); }
closed_pattern(A) ::= LSQB(L) pattern_items(B) COMMA(C) RSQB(R).
    { A = mi_pattern_bracket(ps, &L, mi_seq_comma(ps, B, &C), &R); }
closed_pattern(A) ::= name_or_attr(B) LPAR RPAR(R).   { A = mi_pattern_class(ps, B, NULL, &R); }
closed_pattern(A) ::= name_or_attr(B) LPAR class_args(C) RPAR(R).
                                              { A = mi_pattern_class(ps, B, C, &R); }
closed_pattern(A) ::= name_or_attr(B) LPAR class_args(C) COMMA RPAR(R).
                                              { A = mi_pattern_class(ps, B, C, &R); }
closed_pattern(A) ::= LBRACE(L) RBRACE(R).    { A = mi_pattern_mapping(ps, &L, NULL, NULL, &R); }
closed_pattern(A) ::= LBRACE(L) map_items(B) RBRACE(R).
                                              { A = mi_pattern_mapping(ps, &L, B, NULL, &R); }
closed_pattern(A) ::= LBRACE(L) map_items(B) COMMA RBRACE(R).
                                              { A = mi_pattern_mapping(ps, &L, B, NULL, &R); }
closed_pattern(A) ::= LBRACE(L) map_items(B) COMMA DOUBLESTAR NAME(N) RBRACE(R).
                                              { A = mi_pattern_mapping(ps, &L, B, &N, &R); }
closed_pattern(A) ::= LBRACE(L) map_items(B) COMMA DOUBLESTAR NAME(N) COMMA RBRACE(R).
                                              { A = mi_pattern_mapping(ps, &L, B, &N, &R); }
closed_pattern(A) ::= LBRACE(L) DOUBLESTAR NAME(N) RBRACE(R).
                                              { A = mi_pattern_mapping(ps, &L, NULL, &N, &R); }
closed_pattern(A) ::= LBRACE(L) DOUBLESTAR NAME(N) COMMA RBRACE(R).
                                              { A = mi_pattern_mapping(ps, &L, NULL, &N, &R); }

/* Literals as expressions: the values of MatchValue and the keys of
 * mapping patterns. */
literal(A) ::= signed_number(B).              { A = B; }
literal(A) ::= strings(S).                    { A = mi_ast_strings(ps, S); }
signed_number(A) ::= NUMBER(T).               { A = mi_ast_number(ps, &T); }
signed_number(A) ::= MINUS(O) NUMBER(T).
                                              { A = mi_ast_unaryop(ps, &O, mi_ast_number(ps, &T)); }

name_or_attr(A) ::= NAME(T).                  { A = mi_ast_name(ps, &T); }
name_or_attr(A) ::= attr(B).                  { A = B; }
attr(A) ::= name_or_attr(B) DOT NAME(N).      { A = mi_ast_attribute(ps, B, &N); }

%type class_args {MiClassB *}
class_args(A) ::= class_arg(B).               { A = B; }
class_args(A) ::= class_args(B) COMMA pattern(P).     { A = mi_class_args(ps, B, NULL, P); }
class_args(A) ::= class_args(B) COMMA NAME(N) EQUAL pattern(P).
                                              { A = mi_class_args(ps, B, &N, P); }
%type class_arg {MiClassB *}
class_arg(A) ::= pattern(P).                  { A = mi_class_args(ps, NULL, NULL, P); }
class_arg(A) ::= NAME(N) EQUAL pattern(P).    { A = mi_class_args(ps, NULL, &N, P); }

%type map_items {MiMapB *}
map_items(A) ::= map_key(K) COLON pattern(P). { A = mi_map_item(ps, NULL, K, P); }
map_items(A) ::= map_items(B) COMMA map_key(K) COLON pattern(P).
                                              { A = mi_map_item(ps, B, K, P); }
map_key(A) ::= literal(B).                    { A = B; }
map_key(A) ::= signed_number(B) PLUS(O) NUMBER(T).
                                    { A = mi_complex_key(ps, B, &O, mi_ast_number(ps, &T)); }
map_key(A) ::= signed_number(B) MINUS(O) NUMBER(T).
                                    { A = mi_complex_key(ps, B, &O, mi_ast_number(ps, &T)); }
map_key(A) ::= NONE(T).                       { A = mi_ast_constant(ps, &T, MI_CONST_NONE); }
map_key(A) ::= TRUE(T).                       { A = mi_ast_constant(ps, &T, MI_CONST_TRUE); }
map_key(A) ::= FALSE(T).                      { A = mi_ast_constant(ps, &T, MI_CONST_FALSE); }
map_key(A) ::= attr(B).                       { A = B; }

/* ---- expressions ------------------------------------------------------------------ */

%type exprlist {MiSeq *}
exprlist(A) ::= expr_or_star(B).              { A = mi_seq_one(ps, B); }
exprlist(A) ::= exprlist(B) COMMA expr_or_star(C).    { A = mi_seq_push(ps, B, C); }
%type exprlist_tc {MiSeq *}
exprlist_tc(A) ::= exprlist(B).               { A = B; }
exprlist_tc(A) ::= exprlist(B) COMMA(C).      { A = mi_seq_comma(ps, B, &C); }
expr_or_star(A) ::= expr(B).                  { A = B; }
expr_or_star(A) ::= star_expr(B).             { A = B; }

%type tse_items {MiSeq *}
tse_items(A) ::= test_or_star(B).             { A = mi_seq_one(ps, B); }
tse_items(A) ::= tse_items(B) COMMA test_or_star(C).  { A = mi_seq_push(ps, B, C); }
testlist_star_expr(A) ::= tse_items(B).       { A = mi_seq_to_expr(ps, B); }
testlist_star_expr(A) ::= tse_items(B) COMMA(C).
                                              { A = mi_seq_to_expr(ps, mi_seq_comma(ps, B, &C)); }
test_or_star(A) ::= test(B).                  { A = B; }
test_or_star(A) ::= star_expr(B).             { A = B; }

%type test_items {MiSeq *}
test_items(A) ::= test(B).                    { A = mi_seq_one(ps, B); }
test_items(A) ::= test_items(B) COMMA test(C).        { A = mi_seq_push(ps, B, C); }
testlist(A) ::= test_items(B).                { A = mi_seq_to_expr(ps, B); }
testlist(A) ::= test_items(B) COMMA(C).       { A = mi_seq_to_expr(ps, mi_seq_comma(ps, B, &C)); }

star_expr(A) ::= STAR(T) expr(B).             { A = mi_ast_starred(ps, &T, B); }

yield_expr(A) ::= YIELD(T).                   { A = mi_ast_yield(ps, &T, NULL, 0); }
yield_expr(A) ::= YIELD(T) FROM test(B).      { A = mi_ast_yield(ps, &T, B, 1); }
yield_expr(A) ::= YIELD(T) testlist_star_expr(B).     { A = mi_ast_yield(ps, &T, B, 0); }

namedexpr_test(A) ::= test(B).                { A = B; }
namedexpr_test(A) ::= test(B) COLONEQUAL test(C).     { A = mi_ast_namedexpr(ps, B, C); }

test(A) ::= or_test(B).                       { A = B; }
test(A) ::= or_test(B) IF or_test(C) ELSE test(D).    { A = mi_ast_ifexp(ps, B, C, D); }
test(A) ::= lambdef(B).                       { A = B; }

lambdef(A) ::= LAMBDA(T) COLON test(B).       { A = mi_ast_lambda(ps, &T, NULL, B); }
lambdef(A) ::= LAMBDA(T) varargs(P) COLON(C) test(B).
                                    { A = mi_ast_lambda(ps, &T, mi_args_end(ps, P, &C), B); }

%type varargs {MiArgsB *}
varargs(A) ::= vparam(P).                     { A = mi_args_add(ps, mi_args_new(ps, 1), P); }
varargs(A) ::= varargs(B) COMMA vparam(P).    { A = mi_args_add(ps, B, P); }
varargs(A) ::= varargs(B) COMMA.              { A = B; }

%type vparam {MiParam *}
vparam(A) ::= vfpdef(B).                      { A = mi_param(ps, MI_PARAM_PLAIN, NULL, B, NULL); }
vparam(A) ::= vfpdef(B) EQUAL test(C).        { A = mi_param(ps, MI_PARAM_DEFAULT, NULL, B, C); }
vparam(A) ::= STAR(T).                        { A = mi_param(ps, MI_PARAM_STAR, &T, NULL, NULL); }
vparam(A) ::= STAR(T) vfpdef(B).
                                              { A = mi_param(ps, MI_PARAM_STAR_NAME, &T, B, NULL); }
vparam(A) ::= DOUBLESTAR(T) vfpdef(B).
                                              { A = mi_param(ps, MI_PARAM_DOUBLESTAR, &T, B, NULL); }
vparam(A) ::= SLASH(T).                       { A = mi_param(ps, MI_PARAM_SLASH, &T, NULL, NULL); }
vfpdef(A) ::= NAME(N).                        { A = mi_ast_arg(ps, &N, NULL); }

or_test(A) ::= and_test(B).                   { A = mi_ast_chain_start(ps, B); }
or_test(A) ::= or_test(B) OR and_test(C).     { A = mi_ast_boolop(ps, MI_OP_OR, B, C); }

and_test(A) ::= not_test(B).                  { A = mi_ast_chain_start(ps, B); }
and_test(A) ::= and_test(B) AND not_test(C).  { A = mi_ast_boolop(ps, MI_OP_AND, B, C); }

not_test(A) ::= NOT(T) not_test(B).           { A = mi_ast_not(ps, &T, B); }
not_test(A) ::= comparison(B).                { A = B; }

comparison(A) ::= expr(B).                    { A = mi_ast_chain_start(ps, B); }
comparison(A) ::= comparison(B) comp_op(O) expr(C).   { A = mi_ast_compare(ps, B, O, C); }

%type comp_op {int}
comp_op(A) ::= LESS(T).                       { A = mi_cmpop(ps, &T, NULL); }
comp_op(A) ::= GREATER(T).                    { A = mi_cmpop(ps, &T, NULL); }
comp_op(A) ::= EQEQUAL(T).                    { A = mi_cmpop(ps, &T, NULL); }
comp_op(A) ::= GREATEREQUAL(T).               { A = mi_cmpop(ps, &T, NULL); }
comp_op(A) ::= LESSEQUAL(T).                  { A = mi_cmpop(ps, &T, NULL); }
comp_op(A) ::= NOTEQUAL(T).                   { A = mi_cmpop(ps, &T, NULL); }
comp_op(A) ::= IN(T).                         { A = mi_cmpop(ps, &T, NULL); }
comp_op(A) ::= NOT(T) IN(U).                  { A = mi_cmpop(ps, &T, &U); }
comp_op(A) ::= IS(T).                         { A = mi_cmpop(ps, &T, NULL); }
comp_op(A) ::= IS(T) NOT(U).                  { A = mi_cmpop(ps, &T, &U); }

expr(A) ::= xor_expr(B).                      { A = B; }
expr(A) ::= expr(B) VBAR(O) xor_expr(C).      { A = mi_ast_binop(ps, B, &O, C); }
xor_expr(A) ::= and_expr(B).                  { A = B; }
xor_expr(A) ::= xor_expr(B) CIRCUMFLEX(O) and_expr(C).    { A = mi_ast_binop(ps, B, &O, C); }
and_expr(A) ::= shift_expr(B).                { A = B; }
and_expr(A) ::= and_expr(B) AMPER(O) shift_expr(C).       { A = mi_ast_binop(ps, B, &O, C); }
shift_expr(A) ::= arith_expr(B).              { A = B; }
shift_expr(A) ::= shift_expr(B) LEFTSHIFT(O) arith_expr(C).   { A = mi_ast_binop(ps, B, &O, C); }
shift_expr(A) ::= shift_expr(B) RIGHTSHIFT(O) arith_expr(C).  { A = mi_ast_binop(ps, B, &O, C); }
arith_expr(A) ::= term(B).                    { A = B; }
arith_expr(A) ::= arith_expr(B) PLUS(O) term(C).      { A = mi_ast_binop(ps, B, &O, C); }
arith_expr(A) ::= arith_expr(B) MINUS(O) term(C).     { A = mi_ast_binop(ps, B, &O, C); }
term(A) ::= factor(B).                        { A = B; }
term(A) ::= term(B) STAR(O) factor(C).        { A = mi_ast_binop(ps, B, &O, C); }
term(A) ::= term(B) SLASH(O) factor(C).       { A = mi_ast_binop(ps, B, &O, C); }
term(A) ::= term(B) PERCENT(O) factor(C).     { A = mi_ast_binop(ps, B, &O, C); }
term(A) ::= term(B) DOUBLESLASH(O) factor(C). { A = mi_ast_binop(ps, B, &O, C); }
term(A) ::= term(B) AT(O) factor(C).          { A = mi_ast_binop(ps, B, &O, C); }
factor(A) ::= PLUS(O) factor(B).              { A = mi_ast_unaryop(ps, &O, B); }
factor(A) ::= MINUS(O) factor(B).             { A = mi_ast_unaryop(ps, &O, B); }
factor(A) ::= TILDE(O) factor(B).             { A = mi_ast_unaryop(ps, &O, B); }
factor(A) ::= power(B).                       { A = B; }
power(A) ::= atom_expr(B).                    { A = B; }
power(A) ::= atom_expr(B) DOUBLESTAR(O) factor(C).    { A = mi_ast_binop(ps, B, &O, C); }

atom_expr(A) ::= atom(B).                     { A = B; }
atom_expr(A) ::= atom_expr(B) LPAR(L) RPAR(R).    { A = mi_ast_call(ps, B, &L, NULL, &R); }
atom_expr(A) ::= atom_expr(B) LPAR(L) arg_items(C) RPAR(R).
                                              { A = mi_ast_call(ps, B, &L, C, &R); }
atom_expr(A) ::= atom_expr(B) LPAR(L) arg_items(C) COMMA RPAR(R).
                                              { A = mi_ast_call(ps, B, &L, C, &R); }
atom_expr(A) ::= atom_expr(B) LSQB subscript_items(C) RSQB(R).
                                              { A = mi_ast_subscript(ps, B, C, &R); }
atom_expr(A) ::= atom_expr(B) LSQB subscript_items(C) COMMA(D) RSQB(R).
                                    { A = mi_ast_subscript(ps, B, mi_seq_comma(ps, C, &D), &R); }
atom_expr(A) ::= atom_expr(B) DOT NAME(N).    { A = mi_ast_attribute(ps, B, &N); }

atom(A) ::= NAME(T).                          { A = mi_ast_name(ps, &T); }
atom(A) ::= NUMBER(T).                        { A = mi_ast_number(ps, &T); }
atom(A) ::= strings(S).                       { A = mi_ast_strings(ps, S); }
atom(A) ::= ELLIPSIS(T).                      { A = mi_ast_constant(ps, &T, MI_CONST_ELLIPSIS); }
atom(A) ::= NONE(T).                          { A = mi_ast_constant(ps, &T, MI_CONST_NONE); }
atom(A) ::= TRUE(T).                          { A = mi_ast_constant(ps, &T, MI_CONST_TRUE); }
atom(A) ::= FALSE(T).                         { A = mi_ast_constant(ps, &T, MI_CONST_FALSE); }
atom(A) ::= LPAR(L) RPAR(R).                  { A = mi_ast_paren(ps, &L, NULL, &R); }
atom(A) ::= LPAR(L) yield_expr(B) RPAR(R).    { A = mi_ast_paren_yield(ps, &L, B, &R); }
atom(A) ::= LPAR(L) paren_items(B) RPAR(R).   { A = mi_ast_paren(ps, &L, B, &R); }
atom(A) ::= LPAR(L) paren_items(B) COMMA(C) RPAR(R).
                                    { A = mi_ast_paren(ps, &L, mi_seq_comma(ps, B, &C), &R); }
atom(A) ::= LPAR(L) namedexpr_test(B) comp_for(C) RPAR(R).
                        { A = mi_ast_comp(ps, MI_AST_GENERATOREXP, &L, B, NULL, C, &R); }
atom(A) ::= LPAR star_expr(B) comp_for RPAR.  { A = mi_comp_unpack_error(ps, B, 0); }
atom(A) ::= LSQB(L) RSQB(R).                  { A = mi_ast_list(ps, &L, NULL, &R); }
atom(A) ::= LSQB(L) list_items(B) RSQB(R).    { A = mi_ast_list(ps, &L, B, &R); }
atom(A) ::= LSQB(L) list_items(B) COMMA(C) RSQB(R).
                                    { A = mi_ast_list(ps, &L, mi_seq_comma(ps, B, &C), &R); }
atom(A) ::= LSQB(L) namedexpr_test(B) comp_for(C) RSQB(R).
                        { A = mi_ast_comp(ps, MI_AST_LISTCOMP, &L, B, NULL, C, &R); }
atom(A) ::= LSQB star_expr(B) comp_for RSQB.  { A = mi_comp_unpack_error(ps, B, 0); }
atom(A) ::= LBRACE(L) RBRACE(R).              { A = mi_ast_dict(ps, &L, NULL, &R); }
atom(A) ::= LBRACE(L) dict_items(B) RBRACE(R).        { A = mi_ast_dict(ps, &L, B, &R); }
atom(A) ::= LBRACE(L) dict_items(B) COMMA RBRACE(R).  { A = mi_ast_dict(ps, &L, B, &R); }
atom(A) ::= LBRACE(L) list_items(B) RBRACE(R).        { A = mi_ast_set(ps, &L, B, &R); }
atom(A) ::= LBRACE(L) list_items(B) COMMA(C) RBRACE(R).
                                    { A = mi_ast_set(ps, &L, mi_seq_comma(ps, B, &C), &R); }
atom(A) ::= LBRACE(L) test(K) COLON test(V) comp_for(C) RBRACE(R).
                        { A = mi_ast_comp(ps, MI_AST_DICTCOMP, &L, K, V, C, &R); }
atom(A) ::= LBRACE(L) namedexpr_test(B) comp_for(C) RBRACE(R).
                        { A = mi_ast_comp(ps, MI_AST_SETCOMP, &L, B, NULL, C, &R); }
atom(A) ::= LBRACE star_expr(B) comp_for RBRACE.  { A = mi_comp_unpack_error(ps, B, 0); }
atom(A) ::= LBRACE DOUBLESTAR(T) expr comp_for RBRACE.
                                              { A = mi_dict_unpack_error(ps, &T); }

%type strings {MiVec *}
strings(A) ::= STRING(T).                     { A = mi_vec_one(ps, mi_token_copy(ps, &T)); }
strings(A) ::= strings(B) STRING(T).          { A = mi_vec_push(ps, B, mi_token_copy(ps, &T)); }

%type paren_items {MiSeq *}
paren_items(A) ::= paren_item(B).             { A = mi_seq_one(ps, B); }
paren_items(A) ::= paren_items(B) COMMA paren_item(C).    { A = mi_seq_push(ps, B, C); }
paren_item(A) ::= namedexpr_test(B).          { A = B; }
paren_item(A) ::= star_expr(B).               { A = B; }
paren_item(A) ::= test(B) AS(T) expr(C).      { A = mi_ast_withitem_paren(ps, B, &T, C); }

%type list_items {MiSeq *}
list_items(A) ::= list_item(B).               { A = mi_seq_one(ps, B); }
list_items(A) ::= list_items(B) COMMA list_item(C).   { A = mi_seq_push(ps, B, C); }
list_item(A) ::= namedexpr_test(B).           { A = B; }
list_item(A) ::= star_expr(B).                { A = B; }

%type dict_items {MiVec *}
dict_items(A) ::= dict_item(B).               { A = B; }
dict_items(A) ::= dict_items(B) COMMA dict_item(C).   { A = mi_vec_concat(ps, B, C); }
%type dict_item {MiVec *}
dict_item(A) ::= test(K) COLON test(V).       { A = mi_dict_item(ps, K, V); }
dict_item(A) ::= DOUBLESTAR expr(V).          { A = mi_dict_item(ps, NULL, V); }

%type comp_for {MiVec *}
comp_for(A) ::= FOR(T) exprlist_tc(B) IN or_test(C).
                                    { A = mi_vec_one(ps, mi_ast_comprehension(ps, &T, B, C)); }
comp_for(A) ::= comp_for(G) FOR(T) exprlist_tc(B) IN or_test(C).
                                    { A = mi_vec_push(ps, G, mi_ast_comprehension(ps, &T, B, C)); }
comp_for(A) ::= comp_for(G) IF or_test(C).    { A = mi_comp_add_if(ps, G, C); }

%type subscript_items {MiSeq *}
subscript_items(A) ::= subscript(B).          { A = mi_seq_one(ps, B); }
subscript_items(A) ::= subscript_items(B) COMMA subscript(C).     { A = mi_seq_push(ps, B, C); }
subscript(A) ::= namedexpr_test(B).           { A = B; }
subscript(A) ::= COLON(F).                    { A = mi_ast_slice(ps, NULL, NULL, NULL, &F, &F); }
subscript(A) ::= test(L) COLON(F).            { A = mi_ast_slice(ps, L, NULL, NULL, &F, &F); }
subscript(A) ::= COLON(F) test(U).            { A = mi_ast_slice(ps, NULL, U, NULL, &F, &F); }
subscript(A) ::= test(L) COLON(F) test(U).    { A = mi_ast_slice(ps, L, U, NULL, &F, &F); }
subscript(A) ::= COLON(F) COLON(G).           { A = mi_ast_slice(ps, NULL, NULL, NULL, &F, &G); }
subscript(A) ::= test(L) COLON(F) COLON(G).   { A = mi_ast_slice(ps, L, NULL, NULL, &F, &G); }
subscript(A) ::= COLON(F) test(U) COLON(G).   { A = mi_ast_slice(ps, NULL, U, NULL, &F, &G); }
subscript(A) ::= test(L) COLON(F) test(U) COLON(G).   { A = mi_ast_slice(ps, L, U, NULL, &F, &G); }
subscript(A) ::= COLON(F) COLON(G) test(S).   { A = mi_ast_slice(ps, NULL, NULL, S, &F, &G); }
subscript(A) ::= test(L) COLON(F) COLON(G) test(S).   { A = mi_ast_slice(ps, L, NULL, S, &F, &G); }
subscript(A) ::= COLON(F) test(U) COLON(G) test(S).   { A = mi_ast_slice(ps, NULL, U, S, &F, &G); }
subscript(A) ::= test(L) COLON(F) test(U) COLON(G) test(S).
                                              { A = mi_ast_slice(ps, L, U, S, &F, &G); }

%type arg_items {MiCallB *}
arg_items(A) ::= argument(B).                 { A = mi_call_add(ps, mi_call_new(ps), B); }
arg_items(A) ::= arg_items(B) COMMA argument(C).      { A = mi_call_add(ps, B, C); }

argument(A) ::= test(B).                      { A = B; }
argument(A) ::= test(B) comp_for(C).          { A = mi_arg_genexp(ps, B, C); }
argument(A) ::= test(B) COLONEQUAL test(C).   { A = mi_ast_namedexpr(ps, B, C); }
argument(A) ::= test(B) EQUAL(E) test(C).     { A = mi_arg_keyword(ps, B, &E, C); }
argument(A) ::= STAR(T) test(B).              { A = mi_ast_starred(ps, &T, B); }
argument(A) ::= STAR(T) test(B) comp_for.
                                              { A = mi_comp_unpack_error(ps, mi_ast_starred(ps, &T, B), 0); }
argument(A) ::= DOUBLESTAR(T) test(B).        { A = mi_arg_dstar(ps, &T, B); }

%code {
size_t
mi_lemon_size(void)
{
    return sizeof(yyParser);
}

int
mi_lemon_depth(void *parser)
{
    yyParser *p = parser;
    return (int)(p->yytos - p->yystack);
}

void
mi_lemon_snapshot(void *parser, MiLemonSnap *snap)
{
    yyParser *p = parser;
    int depth = (int)(p->yytos - p->yystack);
    int n = depth + 1 < MI_LEMON_SNAP ? depth + 1 : MI_LEMON_SNAP;
    snap->depth = depth;
    snap->n = n;
    for (int i = 0; i < n; i++)
        snap->states[i] = p->yystack[depth + 1 - n + i].stateno;
}

/* Runs the LR automaton on copies of the state numbers st[0..top] to see
 * whether `kind` would be shifted (or accepted). */
static int
simulate(YYACTIONTYPE *st, int top, int cap, int kind)
{
    YYACTIONTYPE act = st[top];
    for (;;) {
        act = yy_find_shift_action((YYCODETYPE)kind, act);
        if (act < YY_MIN_REDUCE)
            return act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
        unsigned rule = act - YY_MIN_REDUCE;
        top += yyRuleInfoNRhs[rule];
        if (top < 0 || top + 1 >= cap)
            return 0;
        act = yy_find_reduce_action(st[top], (YYCODETYPE)yyRuleInfoLhs[rule]);
        st[++top] = act;
    }
}

int
mi_lemon_accepts(void *parser, const MiLemonSnap *snap, int kind)
{
    yyParser *p = parser;
    int depth = (int)(p->yytos - p->yystack);
    /* The reductions of the refused token popped the stack down to index
     * depth - 1 at most (only empty rules push without popping, and they
     * occur at the start of input only), so entries 0..depth-1 are those
     * the snapshot was taken above. */
    int base = snap ? snap->depth + 1 - snap->n : 0;
    int use_snap = snap != NULL && base >= 0 && base <= depth;
    int top = use_snap ? snap->depth : depth;
    int cap = top + 256;
    YYACTIONTYPE *st = malloc((size_t)cap * sizeof *st);
    if (st == NULL)
        return 0;
    if (use_snap) {
        for (int i = 0; i < base; i++)
            st[i] = p->yystack[i].stateno;
        for (int i = 0; i < snap->n; i++)
            st[base + i] = snap->states[i];
    } else {
        for (int i = 0; i <= depth; i++)
            st[i] = p->yystack[i].stateno;
    }
    int result = simulate(st, top, cap, kind);
    free(st);
    return result;
}
}
