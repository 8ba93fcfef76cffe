/* grammar/syntax_error.c: prints syntax errors in CPython 3.10's format.
 * See syntax_error.h for the layout.  The caret rules, found by running
 * the oracle on many (offset, end_offset, text) triples:
 *   - leading spaces, tabs and form feeds are not printed, and the offset
 *     moves left with them; an offset left of the text prints no caret;
 *   - an offset past the end of the line is clipped to the end;
 *   - a text of several lines prints from the line holding the offset;
 *   - the number of carets is end_offset - offset, at least one; an error
 *     ending on a later line runs to the end of the first line;
 *   - subclasses of SyntaxError (IndentationError...) show one caret. */
#include "grammar/syntax_error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *
mi_syntax_error_type_name(const MiSyntaxError *err)
{
    switch (err->kind) {
    case MI_SYNERR_INDENTATION:
        return "IndentationError";
    case MI_SYNERR_TAB:
        return "TabError";
    case MI_SYNERR_NOMEMORY:
        return "MemoryError";
    case MI_SYNERR_RECURSION:
        return "RecursionError";
    default:
        return "SyntaxError";
    }
}

void
mi_syntax_error_print_text(void *file, const char *text, int offset, int end_offset)
{
    FILE *f = file;
    int carets = end_offset - offset;
    if (carets < 1)
        carets = 1;
    offset--;                                  /* 0-based from here */
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    int len = (int)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (nl == NULL || nl - text >= offset)
            break;
        int skip = (int)(nl - text) + 1;
        text += skip;
        len -= skip;
        offset -= skip;
    }
    fputs("    ", f);
    fputs(text, f);
    if (text[len] != '\n')
        fputc('\n', f);
    if (offset < 0)
        return;
    fputs("    ", f);
    for (int i = 0; i < offset; i++)
        fputc(' ', f);
    for (int i = 0; i < carets; i++)
        fputc('^', f);
    fputc('\n', f);
}

void
mi_syntax_error_print_exception(void *file, const char *type_name, const char *filename,
                                int line, int offset, int end_line, int end_offset,
                                const char *text, const char *msg)
{
    FILE *f = file;
    if (filename != NULL) {
        fprintf(f, "  File \"%s\", line %d\n", filename, line);
        if (text != NULL) {
            int line_size = (int)strlen(text);
            if (end_line > line)
                end_offset = line_size;
            if (end_offset > line_size + 1)
                end_offset = line_size + 1;
            /* Only SyntaxError itself shows its range; its subclasses
             * (IndentationError, TabError) get one caret. */
            if (strcmp(type_name, "SyntaxError") != 0)
                end_offset = offset;
            mi_syntax_error_print_text(f, text, offset, end_offset);
        }
    }
    if (msg != NULL && *msg != '\0')
        fprintf(f, "%s: %s\n", type_name, msg);
    else
        fprintf(f, "%s\n", type_name);
}

void
mi_syntax_error_print(void *file, const char *filename, const MiSyntaxError *err)
{
    const char *type = mi_syntax_error_type_name(err);
    if (err->kind == MI_SYNERR_NOMEMORY || err->line <= 0) {
        mi_syntax_error_print_exception(file, type, NULL, 0, 0, 0, 0, NULL, err->msg);
        return;
    }
    /* CPython reads the line from the file, newline included. */
    char *text = NULL;
    if (err->text != NULL) {
        size_t n = strlen(err->text);
        text = malloc(n + 2);
        if (text != NULL) {
            memcpy(text, err->text, n);
            memcpy(text + n, "\n", 2);
        }
    }
    mi_syntax_error_print_exception(file, type, filename, err->line, err->col, err->end_line,
                                    err->end_col, text ? text : err->text, err->msg);
    free(text);
}
