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
 * On a terminal, Tab indents after blanks and otherwise completes names
 * and attributes by rlcompleter's rules.
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
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <histedit.h>

#include "vm/abstract.h"
#include "vm/code.h"
#include "vm/compile.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/fileio.h"
#include "vm/func.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

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
    char     *tab_line;         /* the line at the last Tab that completed */
    size_t    tab_cursor;       /* nothing (malloc'ed), and its cursor */
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

/* Waits until standard input has a byte.  SIGINT is blocked from the test
 * of the flag its handler sets until ppoll() waits with it unblocked, so a
 * Ctrl-C typed just as the prompt appears cannot slip in before the wait
 * and leave the read blocked.  0, or -1 with errno EINTR. */
static int
wait_for_key(void)
{
    sigset_t block, old;
    struct pollfd pfd = {.fd = 0, .events = POLLIN};
    int rc;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigprocmask(SIG_BLOCK, &block, &old);
    if (mi_state->interrupted) {
        rc = -1;
        errno = EINTR;
    } else {
        rc = ppoll(&pfd, 1, NULL, &old);
    }
    {
        int e = errno;
        sigprocmask(SIG_SETMASK, &old, NULL);
        errno = e;
    }
    return rc < 0 ? -1 : 0;
}

/* libedit's character reader: one multibyte character from standard input
 * (an invalid byte stands for itself).  1, 0 at end of input, -1 when
 * Ctrl-C interrupts. */
static int
edit_getc(EditLine *el, wchar_t *wc)
{
    mbstate_t state;
    (void)el;
    memset(&state, 0, sizeof state);
    for (;;) {
        char c;
        ssize_t got;
        size_t rc;
        if (wait_for_key() < 0) {
            if (mi_state->interrupted)
                return -1;
            continue;                   /* another signal (resize, continue) */
        }
        got = read(0, &c, 1);
        if (got < 0) {
            if (errno == EINTR && !mi_state->interrupted)
                continue;
            return -1;
        }
        if (got == 0)
            return 0;
        rc = mbrtowc(wc, &c, 1, &state);
        if (rc == (size_t)-2)
            continue;                   /* more bytes of the character to come */
        if (rc == (size_t)-1)
            *wc = (wchar_t)(unsigned char)c;
        return 1;
    }
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

/* ---- Tab: indentation and completion ------------------------------------------------ */

/* Python 3.10's keyword.kwlist. */
static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield", NULL,
};

typedef struct Matches {
    char  **items;              /* malloc'ed strings */
    size_t  n, cap;
} Matches;

/* The characters that end the word being completed (CPython's readline
 * setup: a dot belongs to the word, for attributes). */
static int
is_word_delimiter(char c)
{
    return c != '\0' && strchr(" \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?", c) != NULL;
}

/* Whether a call of `f` takes no argument (where inspect.signature() would
 * say so in CPython: Python functions and methods, built-in methods that
 * take none). */
static int
takes_no_arguments(MiObject *f)
{
    int self = 0;
    if (mi_obj_type_check(f, &mi_method_type)) {
        f = ((MiMethod *)f)->func;
        self = 1;
    }
    if (mi_obj_type_check(f, &mi_function_type)) {
        MiCode *co = ((MiFunction *)f)->code;
        return co->argcount == self && co->kwonlyargcount == 0 &&
               !(co->flags & (MI_CO_VARARGS | MI_CO_VARKEYWORDS));
    }
    if (mi_obj_type_check(f, &mi_cfunction_type))
        return (((MiCFunctionObject *)f)->def->flags & MI_METH_NOARGS) != 0;
    return 0;
}

/* Adds `word` unless present; when `value` is callable, "(" follows, or
 * "()" for a call without arguments (rlcompleter's _callable_postfix). */
static void
add_match(Matches *m, const char *word, MiObject *value)
{
    size_t n = strlen(word);
    char *item = malloc(n + 3);
    if (item == NULL)
        return;
    memcpy(item, word, n + 1);
    if (value != NULL && mi_obj_is_callable(value))
        strcpy(item + n, takes_no_arguments(value) ? "()" : "(");
    for (size_t i = 0; i < m->n; i++) {
        if (strcmp(m->items[i], item) == 0) {
            free(item);
            return;
        }
    }
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 32;
        char **p = realloc(m->items, cap * sizeof *p);
        if (p == NULL) {
            free(item);
            return;
        }
        m->items = p;
        m->cap = cap;
    }
    m->items[m->n++] = item;
}

/* Keywords (with the blank or colon rlcompleter adds) and the names of
 * __main__ and builtins starting with text[0..n). */
static void
complete_names(const char *text, size_t n, Matches *m)
{
    MiObject *spaces[2] = {main_dict(), mi_state->builtins};
    for (int i = 0; keywords[i] != NULL; i++) {
        const char *k = keywords[i];
        char word[16];
        if (strncmp(k, text, n) != 0)
            continue;
        if (strcmp(k, "try") == 0 || strcmp(k, "finally") == 0)
            snprintf(word, sizeof word, "%s:", k);
        else if (strcmp(k, "False") == 0 || strcmp(k, "None") == 0 || strcmp(k, "True") == 0 ||
                 strcmp(k, "break") == 0 || strcmp(k, "continue") == 0 ||
                 strcmp(k, "pass") == 0 || strcmp(k, "else") == 0)
            snprintf(word, sizeof word, "%s", k);
        else
            snprintf(word, sizeof word, "%s ", k);
        add_match(m, word, NULL);
    }
    for (int i = 0; i < 2; i++) {
        MiObject *items = spaces[i] != NULL ? mi_dict_items_list(spaces[i]) : NULL;
        if (items == NULL)
            continue;
        for (intptr_t j = 0; j < MI_LIST_SIZE(items); j++) {
            MiObject *pair = MI_LIST_ITEMS(items)[j];
            MiObject *key = MI_TUPLE_ITEMS(pair)[0];
            if (mi_str_check(key) && strncmp(mi_str_cstr(key), text, n) == 0)
                add_match(m, mi_str_cstr(key), MI_TUPLE_ITEMS(pair)[1]);
        }
        MI_DECREF(items);
    }
    mi_err_clear();
}

/* New reference: the object a dotted name text[0..n) names, looking the
 * first name up in __main__ and builtins and the rest as attributes (no
 * other code is evaluated, unlike rlcompleter's eval()); NULL if none. */
static MiObject *
resolve_dotted(const char *text, size_t n)
{
    MiObject *obj = NULL;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        char name[256];
        while (j < n && text[j] != '.')
            j++;
        if (j == i || j - i >= sizeof name || (text[i] >= '0' && text[i] <= '9')) {
            MI_XDECREF(obj);
            return NULL;
        }
        memcpy(name, text + i, j - i);
        name[j - i] = '\0';
        if (obj == NULL) {
            MiObject *globals = main_dict();
            obj = globals != NULL ? mi_dict_get_cstr(globals, name) : NULL;
            if (obj == NULL)
                obj = mi_dict_get_cstr(mi_state->builtins, name);
            if (obj == NULL)
                return NULL;
            MI_INCREF(obj);
        } else {
            MiObject *next = mi_obj_getattr_str(obj, name);
            MI_DECREF(obj);
            if (next == NULL)
                return NULL;
            obj = next;
        }
        i = j + 1;
    }
    return obj;
}

/* "expr.attr" completions from dir(expr) and dir(type(expr)), as
 * rlcompleter: names starting with "_" only once "_" is typed, "__" only
 * once "__" is. */
static void
complete_attributes(const char *text, size_t n, const char *dot, Matches *m)
{
    size_t expr_len = (size_t)(dot - text);
    const char *attr = dot + 1;
    size_t attr_len = n - expr_len - 1;
    const char *noprefix = attr_len == 0 ? "_" : attr_len == 1 && attr[0] == '_' ? "__" : NULL;
    MiObject *obj = resolve_dotted(text, expr_len), *dir, *names = NULL;
    if (obj == NULL)
        goto done;
    dir = mi_dict_get_cstr(mi_state->builtins, "dir");
    names = dir != NULL ? mi_call1(dir, obj) : NULL;
    if (names == NULL || !mi_obj_type_check(names, &mi_list_type))
        goto done;
    {
        /* and the members of its class: a class gets its metaclass's */
        MiObject *more = mi_call1(dir, (MiObject *)MI_TYPE(obj));
        MiObject *cls = mi_str_from_cstr("__class__");
        if (more != NULL && mi_obj_type_check(more, &mi_list_type)) {
            for (intptr_t i = 0; i < MI_LIST_SIZE(more); i++)
                if (mi_list_append(names, MI_LIST_ITEMS(more)[i]) < 0)
                    break;
        }
        if (cls != NULL && mi_list_append(names, cls) < 0)
            mi_err_clear();
        MI_XDECREF(more);
        MI_XDECREF(cls);
        mi_err_clear();
    }
    /* with nothing matching, the hidden names are offered after all */
    for (;;) {
        for (intptr_t i = 0; i < MI_LIST_SIZE(names); i++) {
            MiObject *name = MI_LIST_ITEMS(names)[i], *descr, *value = NULL;
            const char *word;
            char *full;
            if (!mi_str_check(name))
                continue;
            word = mi_str_cstr(name);
            if (strncmp(word, attr, attr_len) != 0 || strcmp(word, "__builtins__") == 0 ||
                (noprefix != NULL && strncmp(word, noprefix, strlen(noprefix)) == 0))
                continue;
            full = malloc(expr_len + strlen(word) + 2);
            if (full == NULL)
                goto done;
            sprintf(full, "%.*s.%s", (int)expr_len, text, word);
            /* a property is not run to see whether its value is callable */
            descr = mi_type_lookup(MI_TYPE(obj), name);
            if (descr == NULL || !mi_obj_type_check(descr, &mi_property_type))
                value = mi_obj_getattr(obj, name);
            mi_err_clear();
            add_match(m, full, value);
            MI_XDECREF(value);
            free(full);
        }
        if (m->n > 0 || noprefix == NULL)
            break;
        noprefix = noprefix[1] == '\0' ? "__" : NULL;
    }
done:
    MI_XDECREF(names);
    MI_XDECREF(obj);
    mi_err_clear();
}

static int
compare_matches(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Prints the matches in columns under the line, as readline does. */
static void
list_matches(EditLine *el, const Matches *m)
{
    FILE *out = stdout;
    int cols = 80, width = 0, per_row, rows;
    el_get(el, EL_GETTC, "co", &cols);
    for (size_t i = 0; i < m->n; i++) {
        int w = (int)strlen(m->items[i]);
        width = w > width ? w : width;
    }
    width += 2;
    per_row = cols / width > 0 ? cols / width : 1;
    rows = (int)((m->n + (size_t)per_row - 1) / (size_t)per_row);
    for (int r = 0; r < rows; r++) {
        fputc('\n', out);              /* libedit ends the last row */
        for (int c = 0; c < per_row; c++) {
            size_t i = (size_t)c * (size_t)rows + (size_t)r;
            if (i < m->n)
                fprintf(out, "%-*s", width, m->items[i]);
        }
    }
    fflush(out);
}

/* Tab: after blanks only, a tab (indentation); else completes the word
 * before the cursor to the longest common start of its completions, and a
 * second Tab that cannot add anything lists them. */
static unsigned char
edit_complete(EditLine *el, int ch)
{
    const LineInfo *li = el_line(el);
    const char *word = li->cursor, *p;
    Reader *r = NULL;
    Matches m = {NULL, 0, 0};
    size_t n, common;
    unsigned char result = CC_ERROR;
    (void)ch;
    el_get(el, EL_CLIENTDATA, &r);
    for (p = li->buffer; p < li->cursor && (*p == ' ' || *p == '\t'); p++)
        ;
    if (p == li->cursor) {
        el_insertstr(el, "\t");
        return CC_REFRESH;
    }
    while (word > li->buffer && !is_word_delimiter(word[-1]))
        word--;
    n = (size_t)(li->cursor - word);
    p = memrchr(word, '.', n);
    if (p != NULL)
        complete_attributes(word, n, p, &m);
    else
        complete_names(word, n, &m);
    if (m.n == 0)
        return CC_ERROR;
    qsort(m.items, m.n, sizeof *m.items, compare_matches);
    common = strlen(m.items[0]);
    for (size_t i = 1; i < m.n; i++) {
        size_t k = 0;
        while (k < common && m.items[i][k] == m.items[0][k])
            k++;
        common = k;
    }
    if (common > n) {
        char *insert = strndup(m.items[0] + n, common - n);
        if (insert != NULL) {
            el_insertstr(el, insert);
            free(insert);
        }
        result = CC_REFRESH;
    } else if (m.n > 1) {
        size_t len = (size_t)(li->lastchar - li->buffer);
        size_t cursor = (size_t)(li->cursor - li->buffer);
        if (r->tab_line != NULL && r->tab_cursor == cursor && strlen(r->tab_line) == len &&
            memcmp(r->tab_line, li->buffer, len) == 0) {
            list_matches(el, &m);
            result = CC_REDISPLAY;
        } else {
            free(r->tab_line);
            r->tab_line = strndup(li->buffer, len);
            r->tab_cursor = cursor;
        }
    }
    for (size_t i = 0; i < m.n; i++)
        free(m.items[i]);
    free(m.items);
    return result;
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
    el_wset(r->el, EL_GETCFN, edit_getc);
    el_set(r->el, EL_HIST, history, r->history);
    /* the wide call: libedit keeps these strings (the narrow one leaks copies) */
    el_wset(r->el, EL_ADDFN, L"mini-eof", L"end of input or delete", edit_eof_or_delete);
    el_set(r->el, EL_BIND, "^D", "mini-eof", NULL);
    el_wset(r->el, EL_ADDFN, L"mini-complete", L"indent or complete", edit_complete);
    el_set(r->el, EL_BIND, "^I", "mini-complete", NULL);
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
    free(r->tab_line);
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
