/* lexer/lexer.re: the source of the generated scanner.  re2c turns this
 * file into build/generated/lexer.c; edit this file, never the output.
 *
 * mi_lex_scan() recognises one raw token at lx->cur: it skips blanks and
 * backslash continuations, then matches keywords, names, operators and
 * delimiters by the longest-match rule, and hands strings and numbers to the
 * hand-written scanners of lexer.c, which follow CPython 3.10's tokenizer
 * closely enough to give its error messages.  Indentation, brackets and
 * NEWLINE/NL decisions belong to mi_lex_next() in lexer.c.
 *
 * The input need not be NUL-terminated: YYPEEK returns 0 at the end, and
 * lexer.c has rejected real NUL bytes before the first scan, so 0 always
 * means "end of input".  Non-ASCII input was checked to be valid UTF-8, so
 * the UTF-8 classes below see only whole code points. */
#include "lexer/lexer_internal.h"

/*!re2c
    re2c:api = custom;
    re2c:api:style = free-form;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYPEEK = "(lx->cur < lx->end ? (unsigned char)*lx->cur : 0)";
    re2c:define:YYSKIP = "++lx->cur;";
    re2c:define:YYBACKUP = "lx->marker = lx->cur;";
    re2c:define:YYRESTORE = "lx->cur = lx->marker;";
    re2c:yyfill:enable = 0;
    re2c:indent:string = "    ";

    blank    = [ \t\f];
    newline  = "\r\n" | "\n" | "\r";
    id_start = [a-zA-Z_] | [\x80-\U0010FFFF];
    id_cont  = id_start | [0-9];
    prefix   = [bBrRuUfF] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];
*/

int
mi_lex_scan(MiLexer *lx, MiToken *tok)
{
    for (;;) {
        lx->tok = lx->cur;
        tok->start = lx->cur;
        tok->line = lx->line;
        tok->col = (int)(lx->cur - lx->line_start);
        /*!re2c
        blank+          { continue; }
        "\\" newline    {
                          if (lx->cur >= lx->end)
                              return mi_lex_fail_continuation_eof(lx);
                          lx->line++;
                          lx->line_start = lx->cur;
                          continue;
                        }
        "\\"            {
                          if (lx->cur >= lx->end)
                              return mi_lex_fail_continuation_eof(lx);
                          lx->cur += 1;
                          return mi_lex_fail_continuation(lx);
                        }
        "#" [^\r\n\x00]* { tok->length = (size_t)(lx->cur - lx->tok); return TK_COMMENT; }
        newline         { tok->length = (size_t)(lx->cur - lx->tok); return MI_SCAN_NEWLINE; }
        "\x00"          { lx->cur = lx->tok; tok->length = 0; return MI_SCAN_EOF; }

        prefix? ['"]    { lx->cur = lx->tok; return mi_lex_scan_string(lx, tok); }
        [0-9] | "." [0-9] { lx->cur = lx->tok; return mi_lex_scan_number(lx, tok); }

        "False"     { tok->length = 5; return TK_FALSE; }
        "None"      { tok->length = 4; return TK_NONE; }
        "True"      { tok->length = 4; return TK_TRUE; }
        "and"       { tok->length = 3; return TK_AND; }
        "as"        { tok->length = 2; return TK_AS; }
        "assert"    { tok->length = 6; return TK_ASSERT; }
        "async"     { tok->length = 5; return TK_ASYNC; }
        "await"     { tok->length = 5; return TK_AWAIT; }
        "break"     { tok->length = 5; return TK_BREAK; }
        "class"     { tok->length = 5; return TK_CLASS; }
        "continue"  { tok->length = 8; return TK_CONTINUE; }
        "def"       { tok->length = 3; return TK_DEF; }
        "del"       { tok->length = 3; return TK_DEL; }
        "elif"      { tok->length = 4; return TK_ELIF; }
        "else"      { tok->length = 4; return TK_ELSE; }
        "except"    { tok->length = 6; return TK_EXCEPT; }
        "finally"   { tok->length = 7; return TK_FINALLY; }
        "for"       { tok->length = 3; return TK_FOR; }
        "from"      { tok->length = 4; return TK_FROM; }
        "global"    { tok->length = 6; return TK_GLOBAL; }
        "if"        { tok->length = 2; return TK_IF; }
        "import"    { tok->length = 6; return TK_IMPORT; }
        "in"        { tok->length = 2; return TK_IN; }
        "is"        { tok->length = 2; return TK_IS; }
        "lambda"    { tok->length = 6; return TK_LAMBDA; }
        "nonlocal"  { tok->length = 8; return TK_NONLOCAL; }
        "not"       { tok->length = 3; return TK_NOT; }
        "or"        { tok->length = 2; return TK_OR; }
        "pass"      { tok->length = 4; return TK_PASS; }
        "raise"     { tok->length = 5; return TK_RAISE; }
        "return"    { tok->length = 6; return TK_RETURN; }
        "try"       { tok->length = 3; return TK_TRY; }
        "while"     { tok->length = 5; return TK_WHILE; }
        "with"      { tok->length = 4; return TK_WITH; }
        "yield"     { tok->length = 5; return TK_YIELD; }

        id_start id_cont* {
                      tok->length = (size_t)(lx->cur - lx->tok);
                      return mi_lex_check_name(lx, tok);
                    }

        "("   { tok->length = 1; return TK_LPAR; }
        ")"   { tok->length = 1; return TK_RPAR; }
        "["   { tok->length = 1; return TK_LSQB; }
        "]"   { tok->length = 1; return TK_RSQB; }
        "{"   { tok->length = 1; return TK_LBRACE; }
        "}"   { tok->length = 1; return TK_RBRACE; }
        ":"   { tok->length = 1; return TK_COLON; }
        ","   { tok->length = 1; return TK_COMMA; }
        ";"   { tok->length = 1; return TK_SEMI; }
        "+"   { tok->length = 1; return TK_PLUS; }
        "-"   { tok->length = 1; return TK_MINUS; }
        "*"   { tok->length = 1; return TK_STAR; }
        "/"   { tok->length = 1; return TK_SLASH; }
        "|"   { tok->length = 1; return TK_VBAR; }
        "&"   { tok->length = 1; return TK_AMPER; }
        "<"   { tok->length = 1; return TK_LESS; }
        ">"   { tok->length = 1; return TK_GREATER; }
        "="   { tok->length = 1; return TK_EQUAL; }
        "."   { tok->length = 1; return TK_DOT; }
        "%"   { tok->length = 1; return TK_PERCENT; }
        "=="  { tok->length = 2; return TK_EQEQUAL; }
        "!="  { tok->length = 2; return TK_NOTEQUAL; }
        "<>"  { tok->length = 2; return TK_NOTEQUAL; }
        "<="  { tok->length = 2; return TK_LESSEQUAL; }
        ">="  { tok->length = 2; return TK_GREATEREQUAL; }
        "~"   { tok->length = 1; return TK_TILDE; }
        "^"   { tok->length = 1; return TK_CIRCUMFLEX; }
        "<<"  { tok->length = 2; return TK_LEFTSHIFT; }
        ">>"  { tok->length = 2; return TK_RIGHTSHIFT; }
        "**"  { tok->length = 2; return TK_DOUBLESTAR; }
        "+="  { tok->length = 2; return TK_PLUSEQUAL; }
        "-="  { tok->length = 2; return TK_MINEQUAL; }
        "*="  { tok->length = 2; return TK_STAREQUAL; }
        "/="  { tok->length = 2; return TK_SLASHEQUAL; }
        "%="  { tok->length = 2; return TK_PERCENTEQUAL; }
        "&="  { tok->length = 2; return TK_AMPEREQUAL; }
        "|="  { tok->length = 2; return TK_VBAREQUAL; }
        "^="  { tok->length = 2; return TK_CIRCUMFLEXEQUAL; }
        "<<=" { tok->length = 3; return TK_LEFTSHIFTEQUAL; }
        ">>=" { tok->length = 3; return TK_RIGHTSHIFTEQUAL; }
        "**=" { tok->length = 3; return TK_DOUBLESTAREQUAL; }
        "//"  { tok->length = 2; return TK_DOUBLESLASH; }
        "//=" { tok->length = 3; return TK_DOUBLESLASHEQUAL; }
        "@"   { tok->length = 1; return TK_AT; }
        "@="  { tok->length = 2; return TK_ATEQUAL; }
        "->"  { tok->length = 2; return TK_RARROW; }
        "..." { tok->length = 3; return TK_ELLIPSIS; }
        ":="  { tok->length = 2; return TK_COLONEQUAL; }

        [\x01-\x7f] { tok->length = 1; return TK_ERRORTOKEN; }
        *     { tok->length = (size_t)(lx->cur - lx->tok); return TK_ERRORTOKEN; }
        */
    }
}
