/* vm/repl.c: the interactive interpreter.  Reads a statement at a time
 * with the ">>> " and "... " prompts (line editing and history through
 * libedit on a terminal), compiles it in "single" mode so that an
 * expression statement's value is echoed and kept in `_`, runs it in
 * __main__, and prints any exception without leaving.  Input the parser
 * calls incomplete (an open bracket, a compound statement before its empty
 * line, a triple-quoted string) asks for more lines. */
#include "vm/interp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <editline/readline.h>

#include "vm/abstract.h"
#include "vm/compile.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/fileio.h"
#include "vm/module.h"
#include "vm/state.h"
#include "vm/str.h"

/* The __main__ namespace (the module is made by vm/interp.c). */
static MiObject *
main_dict(void)
{
    MiObject *m = mi_dict_get_cstr(mi_state->modules, "__main__");
    if (m == NULL) {
        if (mi_run_source("", 0, "<stdin>") < 0)
            return NULL;
        m = mi_dict_get_cstr(mi_state->modules, "__main__");
    }
    return m ? mi_module_dict(m) : NULL;
}

/* One line of input with `prompt`, malloc'ed without its newline, or NULL
 * at end of input. */
static char *
read_line(const char *prompt, int tty)
{
    if (tty) {
        char *line = readline(prompt);
        if (line != NULL && line[0] != '\0')
            add_history(line);
        return line;
    }
    {
        size_t cap = 256, n = 0;
        char *buf = malloc(cap);
        int c;
        if (buf == NULL)
            return NULL;
        fputs(prompt, stderr);
        fflush(stderr);
        while ((c = fgetc(stdin)) != EOF && c != '\n') {
            if (n + 2 > cap) {
                char *p = realloc(buf, cap * 2);
                if (p == NULL) {
                    free(buf);
                    return NULL;
                }
                buf = p;
                cap *= 2;
            }
            buf[n++] = (char)c;
        }
        if (c == EOF && n == 0) {
            free(buf);
            return NULL;
        }
        buf[n] = '\0';
        return buf;
    }
}

int
mi_repl_run(int quiet)
{
    int tty = isatty(0);
    char *source = NULL;
    size_t len = 0;
    MiObject *globals = main_dict();
    if (globals == NULL) {
        mi_handle_uncaught();
        return 1;
    }
    mi_state->interactive = 1;
    if (!quiet) {
        fprintf(stderr, "mini %s (Python 3.10 compatible)\nType \"help\", \"copyright\", "
                "\"credits\" or \"license\" for more information.\n", MI_VERSION);
    }
    for (;;) {
        const char *prompt = len == 0 ? ">>> " : "... ";
        char *line;
        int incomplete = 0;
        MiCode *code;
        if (mi_state->stdout_obj != NULL)
            mi_file_flush(mi_state->stdout_obj);
        line = read_line(prompt, tty);
        if (line == NULL) {
            if (tty)
                fputs("\n", stdout);
            break;
        }
        {
            size_t n = strlen(line);
            char *p = realloc(source, len + n + 2);
            if (p == NULL) {
                free(line);
                break;
            }
            source = p;
            memcpy(source + len, line, n);
            len += n;
            source[len++] = '\n';
            source[len] = '\0';
        }
        free(line);
        code = mi_compile_source(source, len, "<stdin>", MI_COMPILE_SINGLE, &incomplete);
        if (code == NULL && incomplete)
            continue;
        len = 0;
        if (code == NULL) {
            if (mi_handle_uncaught())
                break;
            continue;
        }
        {
            MiObject *res = mi_eval_code(code, globals, globals);
            MI_DECREF(code);
            if (res == NULL) {
                if (mi_handle_uncaught())
                    break;
            } else {
                MI_DECREF(res);
            }
        }
        if (mi_state->stdout_obj != NULL)
            mi_file_flush(mi_state->stdout_obj);
    }
    free(source);
    mi_state->interactive = 0;
    return mi_state->exit_code;
}
