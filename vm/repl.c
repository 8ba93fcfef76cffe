/* vm/repl.c: the interactive interpreter, as CPython's interactive loop.
 *
 * One turn of the loop:
 *   1. show str(sys.ps1), or str(sys.ps2) while a statement is unfinished,
 *      and read a line: through libedit when standard input and output are
 *      terminals (line editing, history kept in ~/.mini_history), otherwise
 *      from sys.__stdin__ with the prompt on standard error;
 *   2. add the line to the pending source and compile that in "single"
 *      mode; input the parser calls incomplete (an open bracket, a compound
 *      statement before its empty line, an open triple-quoted string) goes
 *      back to 1 for another line;
 *   3. run the code in __main__: an expression statement's value goes to
 *      sys.displayhook, which echoes its repr and keeps it in builtins._;
 *   4. an exception prints its traceback and the loop goes on with the
 *      names intact; SystemExit ends the loop.
 * Ctrl-C while a line is read drops the pending source and prints
 * "KeyboardInterrupt"; while code runs, the SIGINT handler (vm/interp.c)
 * makes the eval loop raise KeyboardInterrupt.  End of input (Ctrl-D)
 * ends an unfinished statement, or else the loop.
 *
 * Standard error gets what CPython writes there: the banner, the prompts
 * of plain input, the newline after Ctrl-D and "KeyboardInterrupt".
 * Start reading at mi_repl_run(). */
#include "vm/interp.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <histedit.h>

#include "vm/abstract.h"
#include "vm/compile.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/fileio.h"
#include "vm/module.h"
#include "vm/state.h"
#include "vm/str.h"

/* Lines of history kept in memory and in the file (GNU readline, which
 * CPython uses, keeps every line; a thousand keeps the file small). */
#define MI_HISTORY_MAX 1000
#define MI_HISTORY_FILE ".mini_history"

/* The compiler in the banner, as CPython's "[GCC 12.2.0]". */
#if defined(__clang__)
#define MI_COMPILER "[Clang " __clang_version__ "]"
#elif defined(__GNUC__)
#define MI_COMPILER "[GCC " __VERSION__ "]"
#else
#define MI_COMPILER "[C]"
#endif

typedef enum { READ_LINE, READ_EOF, READ_INTERRUPT, READ_ERROR } ReadStatus;

/* Where lines come from.  With `el` NULL, plain input from sys.__stdin__. */
typedef struct Reader {
    EditLine *el;
    History  *history;
    char     *history_path;     /* malloc'ed; NULL when there is no home */
    char     *old_locale;       /* LC_CTYPE before the session (malloc'ed) */
    char     *prompt;           /* the prompt being shown (malloc'ed) */
    char     *line;             /* the last line read, with its newline */
    size_t    len;
} Reader;

/* ---- the namespace and the prompts ------------------------------------------------ */

/* Borrowed: the __main__ namespace (the module is made by vm/interp.c). */
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

/* Sets sys.ps1 and sys.ps2 unless a program did.  0 / -1. */
static int
set_default_prompts(void)
{
    static const char *const names[2] = {"ps1", "ps2"};
    static const char *const texts[2] = {">>> ", "... "};
    MiObject *sysd = mi_module_dict(mi_state->sys);
    for (int i = 0; i < 2; i++) {
        MiObject *s;
        if (mi_dict_get_cstr(sysd, names[i]) != NULL)
            continue;
        s = mi_str_from_cstr(texts[i]);
        if (s == NULL || mi_dict_set_cstr(sysd, names[i], s) < 0) {
            MI_XDECREF(s);
            return -1;
        }
        MI_DECREF(s);
    }
    return 0;
}

/* The text of str(sys.ps1) or str(sys.ps2), malloc'ed; "" when the name
 * is missing or str() fails, as CPython. */
static char *
prompt_text(int more)
{
    MiObject *ps = mi_dict_get_cstr(mi_module_dict(mi_state->sys), more ? "ps2" : "ps1");
    MiObject *s = ps != NULL ? mi_obj_str(ps) : NULL;
    char *text;
    if (s == NULL) {
        mi_err_clear();
        return strdup("");
    }
    text = strdup(mi_str_check(s) ? mi_str_cstr(s) : "");
    MI_DECREF(s);
    return text;
}

static void
print_banner(void)
{
    MiObject *sysd = mi_module_dict(mi_state->sys);
    MiObject *version = mi_dict_get_cstr(sysd, "version");
    MiObject *platform = mi_dict_get_cstr(sysd, "platform");
    const char *v = version && mi_str_check(version) ? mi_str_cstr(version) : MI_VERSION;
    const char *compiler = strchr(v, '[') != NULL ? "" : " " MI_COMPILER;
    fprintf(stderr, "Python %s%s on %s\n", v, compiler,
            platform && mi_str_check(platform) ? mi_str_cstr(platform) : "linux");
    fputs("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
          stderr);
}

/* ---- reading lines ---------------------------------------------------------------- */

static char *
edit_prompt(EditLine *el)
{
    Reader *r = NULL;
    el_get(el, EL_CLIENTDATA, &r);
    return r != NULL && r->prompt != NULL ? r->prompt : "";
}

/* Ctrl-D: end of input on an empty line, without the "^D" libedit's own
 * binding echoes (CPython shows nothing); else delete the character under
 * the cursor. */
static unsigned char
edit_eof_or_delete(EditLine *el, int ch)
{
    const LineInfo *li = el_line(el);
    (void)ch;
    if (li->buffer == li->lastchar)
        return CC_EOF;
    if (li->cursor == li->lastchar)
        return CC_ERROR;
    el_cursor(el, 1);
    el_deletestr(el, 1);
    return CC_REFRESH;
}

/* ~/.mini_history (malloc'ed), or NULL without a home directory. */
static char *
history_file_path(void)
{
    const char *home = getenv("HOME");
    char *path;
    if (home == NULL || home[0] == '\0') {
        struct passwd *pw = getpwuid(getuid());
        home = pw != NULL ? pw->pw_dir : NULL;
    }
    if (home == NULL)
        return NULL;
    path = malloc(strlen(home) + sizeof "/" MI_HISTORY_FILE);
    if (path != NULL)
        sprintf(path, "%s/%s", home, MI_HISTORY_FILE);
    return path;
}

/* Lets libedit decode and show UTF-8 (mini's source encoding) even when
 * the environment names no locale, as CPython's C locale coercion. */
static void
use_utf8_ctype(Reader *r)
{
    const char *old = setlocale(LC_CTYPE, NULL);
    r->old_locale = old != NULL ? strdup(old) : NULL;
    if (setlocale(LC_CTYPE, "") == NULL || strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
        setlocale(LC_CTYPE, "C.UTF-8");
}

/* Sets up line editing when standard input and output are terminals, and
 * loads the history file.  Without a terminal (or when libedit cannot
 * start), r->el stays NULL and input is plain. */
static void
reader_open(Reader *r)
{
    HistEvent ev;
    memset(r, 0, sizeof *r);
    if (!isatty(0) || !isatty(1))
        return;
    use_utf8_ctype(r);
    r->el = el_init("mini", stdin, stdout, stderr);
    r->history = history_init();
    if (r->el == NULL || r->history == NULL) {
        if (r->el != NULL)
            el_end(r->el);
        if (r->history != NULL)
            history_end(r->history);
        r->el = NULL;
        r->history = NULL;
        return;
    }
    history(r->history, &ev, H_SETSIZE, MI_HISTORY_MAX);
    history(r->history, &ev, H_SETUNIQUE, 1);
    r->history_path = history_file_path();
    if (r->history_path != NULL)
        history(r->history, &ev, H_LOAD, r->history_path);   /* a missing file is fine */
    el_set(r->el, EL_CLIENTDATA, r);
    el_set(r->el, EL_EDITOR, "emacs");
    el_set(r->el, EL_SIGNAL, 1);     /* terminal modes right across Ctrl-Z, resizing */
    el_set(r->el, EL_PROMPT, edit_prompt);
    el_set(r->el, EL_HIST, history, r->history);
    /* the wide call: libedit keeps these strings (the narrow one leaks copies) */
    el_wset(r->el, EL_ADDFN, L"mini-eof", L"end of input or delete", edit_eof_or_delete);
    el_set(r->el, EL_BIND, "^D", "mini-eof", NULL);
    el_source(r->el, NULL);          /* the user's ~/.editrc */
}

/* Saves the history file and gives the terminal back. */
static void
reader_close(Reader *r)
{
    if (r->el != NULL) {
        HistEvent ev;
        if (r->history_path != NULL)
            history(r->history, &ev, H_SAVE, r->history_path);  /* unwritable: ignored */
        el_end(r->el);
        history_end(r->history);
    }
    if (r->old_locale != NULL) {
        setlocale(LC_CTYPE, r->old_locale);
        free(r->old_locale);
    }
    free(r->history_path);
    free(r->prompt);
    free(r->line);
    memset(r, 0, sizeof *r);
}

/* Keeps a copy of text[0..n) followed by a newline in r->line.  0 / -1. */
static int
keep_line(Reader *r, const char *text, size_t n)
{
    char *p = realloc(r->line, n + 2);
    if (p == NULL) {
        mi_err_nomemory();
        return -1;
    }
    memcpy(p, text, n);
    p[n] = '\n';
    p[n + 1] = '\0';
    r->line = p;
    r->len = n + 1;
    return 0;
}

static ReadStatus
read_edited(Reader *r)
{
    for (;;) {
        int count = 0;
        const char *text;
        size_t n;
        errno = 0;
        /* editing mode before the prompt shows: keys typed as soon as it is
         * seen must not meet the terminal's own echo */
        el_set(r->el, EL_PREP_TERM, 1);
        text = el_gets(r->el, &count);
        if (text == NULL || count <= 0) {
            if (mi_state->interrupted) {
                mi_state->interrupted = 0;
                return READ_INTERRUPT;
            }
            if (count < 0 && errno == EINTR)
                continue;               /* another signal: read on */
            return READ_EOF;
        }
        n = (size_t)count;
        while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r'))
            n--;
        if (n > 0) {
            HistEvent ev;
            char *entry = strndup(text, n);
            if (entry != NULL) {
                history(r->history, &ev, H_ENTER, entry);
                free(entry);
            }
        }
        return keep_line(r, text, n) < 0 ? READ_ERROR : READ_LINE;
    }
}

static ReadStatus
read_plain(Reader *r)
{
    MiObject *line;
    const char *text;
    size_t n;
    if (mi_file_write_cstr(mi_state->stderr_obj, r->prompt, (intptr_t)strlen(r->prompt)) < 0)
        mi_err_clear();
    line = mi_file_readline(mi_state->stdin_obj);
    if (line == NULL) {
        if (mi_err_matches((MiObject *)MI_EXC(KeyboardInterrupt))) {
            mi_err_clear();
            return READ_INTERRUPT;
        }
        return READ_ERROR;
    }
    if (MI_STR_LEN(line) == 0) {
        MI_DECREF(line);
        return READ_EOF;
    }
    text = mi_str_cstr(line);
    n = (size_t)MI_STR_SIZE(line);
    if (n > 0 && text[n - 1] == '\n')
        n--;
    if (keep_line(r, text, n) < 0) {
        MI_DECREF(line);
        return READ_ERROR;
    }
    MI_DECREF(line);
    return READ_LINE;
}

/* Shows the prompt and reads one line into r->line. */
static ReadStatus
read_line(Reader *r, int more)
{
    free(r->prompt);
    r->prompt = prompt_text(more);
    if (r->prompt == NULL) {
        mi_err_nomemory();
        return READ_ERROR;
    }
    if (mi_file_flush(mi_state->stdout_obj) < 0)
        mi_err_clear();
    return r->el != NULL ? read_edited(r) : read_plain(r);
}

/* ---- the loop --------------------------------------------------------------------- */

/* Prints the raised exception; 1 when it is SystemExit (the loop ends). */
static int
report_exception(void)
{
    int status = mi_state->exit_code;
    if (mi_handle_uncaught())
        return 1;
    mi_state->exit_code = status;       /* errors typed at the prompt don't count */
    return 0;
}

/* Runs a complete statement.  1 when it raised SystemExit. */
static int
run_code(MiCode *code, MiObject *globals)
{
    MiObject *res = mi_eval_code(code, globals, globals);
    MI_DECREF(code);
    if (mi_file_flush(mi_state->stdout_obj) < 0)
        mi_err_clear();
    if (res == NULL)
        return report_exception();
    MI_DECREF(res);
    return 0;
}

int
mi_repl_run(int quiet)
{
    Reader reader;
    char *source = NULL;
    size_t len = 0;
    MiObject *globals = main_dict();
    if (globals == NULL || set_default_prompts() < 0) {
        mi_handle_uncaught();
        return 1;
    }
    mi_state->interactive = 1;
    mi_state->inspect = 0;              /* SystemExit leaves from here on */
    mi_state->exit_code = 0;
    if (!quiet)
        print_banner();
    reader_open(&reader);
    for (;;) {
        ReadStatus st = read_line(&reader, len > 0);
        const char *text = reader.line;
        size_t n = reader.len;
        MiCode *code;
        int incomplete = 0;
        char *p;
        if (st == READ_INTERRUPT) {
            fputs("\nKeyboardInterrupt\n", stderr);
            len = 0;
            continue;
        }
        if (st == READ_ERROR) {         /* standard input is broken: stop */
            report_exception();
            break;
        }
        if (st == READ_EOF) {
            fputs("\n", stderr);
            if (len == 0)
                break;
            text = "\n";                 /* as an empty line, then compile what is left */
            n = 1;
        }
        p = realloc(source, len + n + 1);
        if (p == NULL) {
            fputs("mini: out of memory for the input line\n", stderr);
            len = 0;
            continue;
        }
        source = p;
        memcpy(source + len, text, n + 1);
        len += n;
        code = mi_compile_source(source, len, "<stdin>", MI_COMPILE_SINGLE, &incomplete);
        if (code == NULL && incomplete && st != READ_EOF)
            continue;
        if (code == NULL && st == READ_EOF) {
            /* input ended inside the statement: the file-mode parse of what
             * was typed says why, as CPython's tokenizer meeting the end */
            mi_err_clear();
            source[--len] = '\0';
            code = mi_compile_source(source, len, "<stdin>", MI_COMPILE_EXEC, NULL);
        }
        len = 0;
        if (code == NULL ? report_exception() : run_code(code, globals))
            break;
    }
    reader_close(&reader);
    free(source);
    mi_state->interactive = 0;
    return mi_state->exit_code;
}
