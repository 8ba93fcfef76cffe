/* lexer/literal.c: the insides of string tokens.
 *
 * mi_lex_decode() turns the body of a str or bytes literal into its value:
 * escapes (\n, \x41, \u20ac, \N{EM DASH}, octal, ...), backslash-newline
 * removed, "\r\n" and "\r" read as "\n" (CPython reads files in universal
 * newline mode).  Unknown escapes stay as written, as CPython (which only
 * warns).  str values are UTF-8; a lone surrogate such as "\ud800" is kept
 * as its 3-byte form, as Python's "surrogatepass".
 *
 * The mi_fscan_* functions split the body of an f-string the way CPython
 * 3.10's fstring_find_literal/fstring_find_expr do: literal text up to a
 * single '{', then the expression text up to '!', ':', '=' or '}' at
 * bracket depth 0 (skipping strings inside it), then "=" (self-documenting),
 * "!r"-style conversion, ":" and a format spec, which is itself scanned as
 * an f-string body one level deeper.  The parser compiles each expression
 * between these steps, so errors come in CPython's order.
 *
 * Errors use CPython's messages; their positions are decided by the caller
 * (CPython blames the token after the string for all of them). */
#include "lexer/lexer_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- escape decoding ------------------------------------------------------------ */

static int
hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* CPython reports positions in the text it hands to the unicode_escape
 * codec, where each non-ASCII character was rewritten as a 10-byte
 * "\U0000XXXX" escape and a backslash before one (or at the end) as the
 * 6-byte "\u005c".  Returns that position of s[i]. */
static size_t
codec_position(const char *s, size_t n, size_t i)
{
    size_t pos = 0;
    for (size_t k = 0; k < i && k < n;) {
        unsigned char c = (unsigned char)s[k];
        if (c == '\\' && (k + 1 >= n || (unsigned char)s[k + 1] >= 0x80)) {
            pos += 6;
            k++;
        } else if (c >= 0x80) {
            int len;
            mi_utf8_decode(s + k, n - k, &len);
            pos += 10;
            k += (size_t)len;
        } else {
            pos++;
            k++;
        }
    }
    return pos;
}

static int
codec_error(MiLitError *err, const char *s, size_t n, size_t start, size_t end,
            const char *reason)
{
    snprintf(err->msg, sizeof err->msg,
             "(unicode error) 'unicodeescape' codec can't decode bytes in position "
             "%zu-%zu: %s", codec_position(s, n, start), codec_position(s, n, end) - 1,
             reason);
    err->at = s + start;
    err->end_of_token = 1;
    return -1;
}

int
mi_lex_decode(const char *s, size_t n, int is_bytes, int raw, MiLexAlloc alloc, void *ctx,
              char **out, size_t *out_len, MiLitError *err)
{
    memset(err, 0, sizeof *err);
    *out = NULL;
    if (is_bytes) {
        for (size_t i = 0; i < n; i++) {
            if ((unsigned char)s[i] >= 0x80) {
                snprintf(err->msg, sizeof err->msg,
                         "bytes can only contain ASCII literal characters");
                err->at = s + i;
                err->end_of_token = 1;
                return -1;
            }
        }
    }
    char *buf = alloc(ctx, n + 1);
    *out = buf;
    if (buf == NULL)
        return -1;
    char *w = buf;
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '\r') {
            *w++ = '\n';
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c != '\\') {
            *w++ = c;
            i++;
            continue;
        }
        if (raw) {
            /* A raw string keeps the backslash and what follows it,
             * newlines included. */
            *w++ = '\\';
            i++;
            if (i < n && s[i] != '\r')
                *w++ = s[i++];
            continue;
        }
        size_t start = i;
        i++;
        if (i >= n) {
            *w++ = '\\';
            continue;
        }
        c = s[i++];
        switch (c) {
        case '\n':
            break;
        case '\r':
            if (i < n && s[i] == '\n')
                i++;
            break;
        case '\\': *w++ = '\\'; break;
        case '\'': *w++ = '\''; break;
        case '"': *w++ = '"'; break;
        case 'a': *w++ = '\a'; break;
        case 'b': *w++ = '\b'; break;
        case 'f': *w++ = '\f'; break;
        case 'n': *w++ = '\n'; break;
        case 'r': *w++ = '\r'; break;
        case 't': *w++ = '\t'; break;
        case 'v': *w++ = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned value = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                value = value * 8 + (unsigned)(s[i++] - '0');
            if (is_bytes)
                *w++ = (char)(value & 0xFF);
            else
                w += mi_utf8_encode(value, w);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (is_bytes && c != 'x') {
                *w++ = '\\';
                *w++ = c;
                break;
            }
            int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            uint32_t value = 0;
            for (int k = 0; k < count; k++) {
                int d = i < n ? hex_value(s[i]) : -1;
                if (d < 0) {
                    if (is_bytes) {
                        snprintf(err->msg, sizeof err->msg,
                                 "(value error) invalid \\x escape at position %zu", start);
                        err->at = s + start;
                        err->end_of_token = 1;
                        return -1;
                    }
                    return codec_error(err, s, n, start, i, c == 'x' ? "truncated \\xXX escape"
                                       : c == 'u' ? "truncated \\uXXXX escape"
                                       : "truncated \\UXXXXXXXX escape");
                }
                value = value * 16 + (uint32_t)d;
                i++;
            }
            if (is_bytes) {
                *w++ = (char)value;
            } else {
                if (value > 0x10FFFF)
                    return codec_error(err, s, n, start, i, "illegal Unicode character");
                w += mi_utf8_encode(value, w);
            }
            break;
        }
        case 'N': {
            if (is_bytes) {
                *w++ = '\\';
                *w++ = 'N';
                break;
            }
            if (i >= n || s[i] != '{')
                return codec_error(err, s, n, start, i, "malformed \\N character escape");
            size_t name = ++i;
            while (i < n && s[i] != '}')
                i++;
            if (i >= n || i == name)
                return codec_error(err, s, n, start, i, "malformed \\N character escape");
            int64_t cp = mi_unicode_lookup(s + name, i - name);
            i++;
            if (cp < 0)
                return codec_error(err, s, n, start, i, "unknown Unicode character name");
            w += mi_utf8_encode((uint32_t)cp, w);
            break;
        }
        default:
            /* An unknown escape is kept as written (CPython warns). */
            *w++ = '\\';
            i--;
            break;
        }
    }
    *w = '\0';
    *out_len = (size_t)(w - buf);
    return 0;
}

/* ---- f-strings ----------------------------------------------------------------- */

static int
fstring_error(MiLitError *err, const char *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
fstring_error(MiLitError *err, const char *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->at = at;
    err->end_of_token = 1;
    return -1;
}

void
mi_fscan_init(MiFScan *sc, const char *s, size_t n, int raw, int depth)
{
    sc->s = s;
    sc->end = s + n;
    sc->raw = raw;
    sc->depth = depth;
}

int
mi_fscan_peek(const MiFScan *sc)
{
    return sc->s < sc->end ? (unsigned char)*sc->s : -1;
}

int
mi_fscan_literal(MiFScan *sc, const char **text, size_t *len, MiLitError *err)
{
    const char *s = sc->s, *start = s;
    int result = 0;
    memset(err, 0, sizeof *err);
    while (s < sc->end) {
        char ch = *s++;
        if (!sc->raw && ch == '\\' && s < sc->end) {
            ch = *s++;
            if (ch == 'N') {
                /* "\N{...}": its braces are no expression. */
                if (s < sc->end && *s++ == '{')
                    while (s < sc->end && *s++ != '}') {
                    }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (sc->depth == 0) {
                if (s < sc->end && *s == ch) {
                    /* A doubled brace: the literal keeps one of them. */
                    *text = start;
                    *len = (size_t)(s - start);
                    sc->s = s + 1;
                    return 1;
                }
                if (ch == '}') {
                    sc->s = s - 1;
                    return fstring_error(err, s - 1, "f-string: single '}' is not allowed");
                }
            }
            s--;
            break;
        }
    }
    *text = start;
    *len = (size_t)(s - start);
    sc->s = s;
    return result;
}

int
mi_fscan_expr(MiFScan *sc, MiFPart *part, MiLitError *err)
{
    char stack[MI_LEX_MAX_LEVEL];
    int depth = 0;
    char quote = 0;
    int quote_len = 0;
    memset(part, 0, sizeof *part);
    memset(err, 0, sizeof *err);
    part->conversion = -1;
    if (sc->depth >= 2)
        return fstring_error(err, sc->s, "f-string: expressions nested too deeply");
    const char *s = ++sc->s;              /* past '{' */
    part->text = s;
    for (; s < sc->end; s++) {
        char ch = *s;
        if (ch == '\\')
            return fstring_error(err, s, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (quote_len == 3) {
                    if (s + 2 < sc->end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < sc->end && s[1] == ch && s[2] == ch) {
                quote_len = 3;
                s += 2;
            } else {
                quote_len = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= MI_LEX_MAX_LEVEL)
                return fstring_error(err, s, "f-string: too many nested parenthesis");
            stack[depth++] = ch;
        } else if (ch == '#') {
            return fstring_error(err, s, "f-string expression part cannot include '#'");
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '='
                                  || ch == '>' || ch == '<')) {
            if (s + 1 < sc->end && s[1] == '='
                && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                s++;                      /* "!=", "==", "<=", ">=" */
                continue;
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0)
                return fstring_error(err, s, "f-string: unmatched '%c'", ch);
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']')
                  || (open == '{' && ch == '}')))
                return fstring_error(err, s, "f-string: closing parenthesis '%c' does not "
                                     "match opening parenthesis '%c'", ch, open);
        }
    }
    sc->s = s;
    if (quote)
        return fstring_error(err, s, "f-string: unterminated string");
    if (depth > 0)
        return fstring_error(err, s, "f-string: unmatched '%c'", stack[depth - 1]);
    if (s >= sc->end)
        return fstring_error(err, s, "f-string: expecting '}'");
    part->len = (size_t)(s - part->text);
    const char *p = part->text;
    while (p < s && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f'))
        p++;
    if (p == s)
        return fstring_error(err, s, "f-string: empty expression not allowed");
    part->kind = MI_FPART_EXPR;
    return 0;
}

int
mi_fscan_expr_tail(MiFScan *sc, MiFPart *part, MiLitError *err)
{
    const char *s = sc->s;
    memset(err, 0, sizeof *err);
    if (*s == '=') {
        s++;
        while (s < sc->end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'
                               || *s == '\f' || *s == '\v'))
            s++;
        if (s >= sc->end)
            return fstring_error(err, s, "f-string: expecting '}'");
        part->debug_text = part->text;
        part->debug_len = (size_t)(s - part->text);
    }
    if (*s == '!') {
        s++;
        if (s >= sc->end)
            return fstring_error(err, s, "f-string: expecting '}'");
        char c = *s++;
        if (c != 's' && c != 'r' && c != 'a')
            return fstring_error(err, s, "f-string: invalid conversion character: "
                                 "expected 's', 'r', or 'a'");
        part->conversion = c;
    }
    if (s < sc->end && *s == ':') {
        s++;
        if (s >= sc->end)
            return fstring_error(err, s, "f-string: expecting '}'");
        part->spec = s;
    } else if (s >= sc->end || *s != '}') {
        return fstring_error(err, s, "f-string: expecting '}'");
    }
    sc->s = s;
    return 0;
}

int
mi_fscan_close(MiFScan *sc, MiLitError *err)
{
    memset(err, 0, sizeof *err);
    if (sc->s >= sc->end || *sc->s != '}')
        return fstring_error(err, sc->s, "f-string: expecting '}'");
    sc->s++;
    return 0;
}
