/* vm/traceback.c: printing exceptions as CPython 3.10 does.
 *
 *   Traceback (most recent call last):
 *     File "x.py", line 3, in <module>
 *       f()
 *   ValueError: bad
 *
 * Causes and contexts print first, joined by CPython's two sentences;
 * more than three identical consecutive entries fold into "[Previous line
 * repeated N more times]"; a SyntaxError prints its file, source line and
 * caret; NameError and AttributeError get ". Did you mean: 'x'?" from a
 * Levenshtein distance over the candidate names, with CPython's costs and
 * cut-offs (suggestions.c). Source lines come from the file, cached. */
#include "vm/traceback.h"
#include "vm/slots.h"

#include <stdio.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/fileio.h"
#include "vm/frame.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/module.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"

#define TB_RECURSIVE_CUTOFF 3
#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

/* ---- source lines --------------------------------------------------------------- */

/* The text of line `lineno` of `filename` (new str without the newline and
 * leading whitespace), or NULL (no exception) when unavailable. */
static MiObject *
source_line(MiObject *filename, int lineno)
{
    MiObject *lines, *line;
    if (filename == NULL || !mi_str_check(filename) || lineno < 1)
        return NULL;
    if (mi_state->linecache == NULL) {
        mi_state->linecache = mi_dict_new();
        if (mi_state->linecache == NULL) {
            mi_err_clear();
            return NULL;
        }
    }
    lines = mi_dict_get(mi_state->linecache, filename);
    if (lines == NULL) {
        FILE *fp;
        const char *name = mi_str_cstr(filename);
        if (name[0] == '<')
            return NULL;
        fp = fopen(name, "rb");
        lines = mi_list_new(0);
        if (lines == NULL) {
            mi_err_clear();
            if (fp)
                fclose(fp);
            return NULL;
        }
        if (fp != NULL) {
            char buf[4096];
            MiStrBuilder sb;
            int c;
            mi_sb_init(&sb);
            (void)buf;
            while ((c = fgetc(fp)) != EOF) {
                if (c == '\n') {
                    MiObject *s = mi_sb_finish(&sb);
                    if (s == NULL || mi_list_append(lines, s) < 0)
                        mi_err_clear();
                    MI_XDECREF(s);
                    mi_sb_init(&sb);
                } else if (c != '\r') {
                    mi_sb_append_char(&sb, (char)c);
                }
            }
            if (sb.size > 0) {
                MiObject *s = mi_sb_finish(&sb);
                if (s == NULL || mi_list_append(lines, s) < 0)
                    mi_err_clear();
                MI_XDECREF(s);
            } else {
                mi_sb_discard(&sb);
            }
            fclose(fp);
        }
        if (mi_dict_set(mi_state->linecache, filename, lines) < 0)
            mi_err_clear();
        MI_DECREF(lines);
    }
    if (lineno > MI_LIST_SIZE(lines))
        return NULL;
    line = MI_LIST_ITEMS(lines)[lineno - 1];
    {
        const char *p = MI_STR_DATA(line), *end = p + MI_STR_SIZE(line);
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\f'))
            p++;
        while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\f'))
            end--;
        if (p == end)
            return NULL;
        return mi_str_decode_utf8(p, end - p, "replace");
    }
}

/* ---- writing -------------------------------------------------------------------------- */

static int
write_cstr(MiObject *file, const char *s)
{
    return mi_file_write_cstr(file, s, (intptr_t)strlen(s));
}

static int
write_fmt(MiObject *file, const char *fmt, ...)
{
    va_list ap;
    MiObject *s;
    int rc;
    va_start(ap, fmt);
    s = mi_str_vformat(fmt, ap);
    va_end(ap);
    if (s == NULL)
        return -1;
    rc = mi_file_write_str(file, s);
    MI_DECREF(s);
    return rc;
}

static int
print_entry(MiObject *file, MiObject *filename, int lineno, MiObject *name)
{
    MiObject *line;
    if (write_fmt(file, "  File \"%U\", line %d, in %U\n", filename, lineno, name) < 0)
        return -1;
    line = source_line(filename, lineno);
    if (line != NULL) {
        int rc = write_fmt(file, "    %U\n", line);
        MI_DECREF(line);
        return rc;
    }
    return 0;
}

static int
print_repeated(MiObject *file, intptr_t cnt)
{
    cnt -= TB_RECURSIVE_CUTOFF;
    return write_fmt(file, "  [Previous line repeated %zd more time%s]\n", cnt,
                     cnt > 1 ? "s" : "");
}

static intptr_t
traceback_limit(void)
{
    MiObject *limit = mi_state->sys ? mi_dict_get_cstr(mi_module_dict(mi_state->sys),
                                                       "tracebacklimit") : NULL;
    if (limit != NULL && mi_int_check(limit)) {
        int overflow;
        int64_t v = mi_int_as_i64(limit, &overflow);
        return overflow ? 1000 : (intptr_t)v;
    }
    return 1000;
}

static int
print_tb(MiObject *file, MiObject *tb)
{
    MiObject *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    intptr_t cnt = 0, depth = 0, limit = traceback_limit();
    MiObject *t;
    if (limit <= 0)
        return 0;
    for (t = tb; t != NULL && t != MI_NONE; t = ((MiTraceback *)t)->next)
        depth++;
    t = tb;
    while (depth > limit) {
        depth--;
        t = ((MiTraceback *)t)->next;
    }
    for (; t != NULL && t != MI_NONE; t = ((MiTraceback *)t)->next) {
        MiTraceback *entry = (MiTraceback *)t;
        MiFrame *f = ((MiFrameObject *)entry->frame)->frame;
        MiObject *filename = f->code->filename, *name = f->code->name;
        if (last_file == NULL || !mi_str_eq(filename, last_file) || entry->lineno != last_line ||
            last_name == NULL || !mi_str_eq(name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF && print_repeated(file, cnt) < 0)
                return -1;
            last_file = filename;
            last_line = entry->lineno;
            last_name = name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF && print_entry(file, filename, entry->lineno, name) < 0)
            return -1;
    }
    if (cnt > TB_RECURSIVE_CUTOFF && print_repeated(file, cnt) < 0)
        return -1;
    return 0;
}

/* ---- suggestions ("Did you mean") ----------------------------------------------------------- */

static int
substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static intptr_t
levenshtein(const char *a, intptr_t a_size, const char *b, intptr_t b_size, intptr_t max_cost)
{
    intptr_t buffer[MAX_STRING_SIZE];
    intptr_t result = 0;
    if (a == b)
        return 0;
    while (a_size && b_size && a[0] == b[0]) {
        a++;
        b++;
        a_size--;
        b_size--;
    }
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) {
        a_size--;
        b_size--;
    }
    if (a_size == 0 || b_size == 0)
        return (a_size + b_size) * MOVE_COST;
    if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE)
        return max_cost + 1;
    if (b_size < a_size) {
        const char *t = a;
        intptr_t ts = a_size;
        a = b;
        a_size = b_size;
        b = t;
        b_size = ts;
    }
    if ((b_size - a_size) * MOVE_COST > max_cost)
        return max_cost + 1;
    for (intptr_t i = 0; i < a_size; i++)
        buffer[i] = (i + 1) * MOVE_COST;
    for (intptr_t bi = 0; bi < b_size; bi++) {
        char code = b[bi];
        intptr_t distance = result = bi * MOVE_COST, minimum = INTPTR_MAX;
        for (intptr_t index = 0; index < a_size; index++) {
            intptr_t substitute = distance + substitution_cost(code, a[index]);
            intptr_t insert_delete;
            distance = buffer[index];
            insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[index] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* The best candidate (borrowed) of `candidates` (a list of str) for
 * `name`, or NULL. */
static MiObject *
best_suggestion(MiObject *candidates, MiObject *name)
{
    intptr_t n = MI_LIST_SIZE(candidates), best_distance = INTPTR_MAX;
    MiObject *best = NULL;
    if (n >= MAX_CANDIDATE_ITEMS)
        return NULL;
    for (intptr_t i = 0; i < n; i++) {
        MiObject *item = MI_LIST_ITEMS(candidates)[i];
        intptr_t max_distance, d;
        if (!mi_str_check(item) || mi_str_eq(item, name))
            continue;
        max_distance = (MI_STR_SIZE(name) + MI_STR_SIZE(item) + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance)
            max_distance = best_distance - 1;
        d = levenshtein(MI_STR_DATA(name), MI_STR_SIZE(name), MI_STR_DATA(item),
                        MI_STR_SIZE(item), max_distance);
        if (d > max_distance)
            continue;
        if (best == NULL || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

/* New reference to the suggested name for exc (NameError/AttributeError)
 * or NULL (no exception). */
static MiObject *
offer_suggestion(MiObject *exc)
{
    MiObject *name, *list, *res = NULL;
    if (mi_obj_type_check(exc, MI_EXC(AttributeError))) {
        MiNameError *e = (MiNameError *)exc;
        MiObject *dirlist;
        int found;
        name = e->name;
        if (name == NULL || e->obj == NULL || !mi_str_check(name))
            return NULL;
        dirlist = mi_call_special(e->obj, MI_NAME(__dir__), NULL, 0, &found);
        if (dirlist == NULL) {
            mi_err_clear();
            return NULL;
        }
        list = mi_seq_to_list(dirlist);
        MI_DECREF(dirlist);
        if (list == NULL || mi_list_sort(list, NULL, 0) < 0) {
            mi_err_clear();
            MI_XDECREF(list);
            return NULL;
        }
        res = best_suggestion(list, name);
        MI_XINCREF(res);
        MI_DECREF(list);
        return res;
    }
    if (mi_obj_type_check(exc, MI_EXC(NameError))) {
        MiObject *tb = mi_exc_get_traceback(exc);
        MiFrame *f;
        name = ((MiNameError *)exc)->name;
        if (name == NULL || !mi_str_check(name) || tb == NULL)
            return NULL;
        while (((MiTraceback *)tb)->next != NULL)
            tb = ((MiTraceback *)tb)->next;
        f = ((MiFrameObject *)((MiTraceback *)tb)->frame)->frame;
        list = mi_tuple_slice(f->code->localsplusnames, 0, f->code->nlocals);
        if (list != NULL) {
            MiObject *l2 = mi_seq_to_list(list);
            MI_DECREF(list);
            list = l2;
        }
        if (list != NULL) {
            res = best_suggestion(list, name);
            MI_XINCREF(res);
            MI_DECREF(list);
        }
        if (res == NULL && f->globals != NULL) {
            list = mi_dict_keys_list(f->globals);
            if (list != NULL) {
                res = best_suggestion(list, name);
                MI_XINCREF(res);
                MI_DECREF(list);
            }
        }
        if (res == NULL && f->builtins != NULL && mi_dict_check(f->builtins)) {
            list = mi_dict_keys_list(f->builtins);
            if (list != NULL) {
                res = best_suggestion(list, name);
                MI_XINCREF(res);
                MI_DECREF(list);
            }
        }
        mi_err_clear();
        return res;
    }
    return NULL;
}

/* ---- the exception line --------------------------------------------------------------------- */

static MiObject *
type_display_name(MiType *t)
{
    MiObject *mod = NULL;
    if (t->flags & MI_TYPE_HEAP)
        mod = t->dict ? mi_dict_get(t->dict, MI_NAME(__module__)) : NULL;
    else
        mod = t->module;
    if (mod != NULL && mi_str_check(mod) && !mi_str_eq_cstr(mod, "builtins"))
        return mi_str_format("%U.%U", mod, t->qualname);
    return mi_newref(t->qualname);
}

MiObject *
mi_traceback_format_exception_only(MiObject *exc)
{
    MiObject *tname = type_display_name(exc->type), *msg, *res;
    if (tname == NULL)
        return NULL;
    if (mi_obj_type_check(exc, MI_EXC(SyntaxError))) {
        MiObject *m = ((MiSyntaxErrorObject *)exc)->msg;
        msg = m ? mi_obj_str(m) : mi_obj_str(exc);
    } else {
        msg = mi_obj_str(exc);
    }
    if (msg == NULL) {
        mi_err_clear();
        res = mi_str_format("%U: <exception str() failed>", tname);
    } else if (MI_STR_SIZE(msg) == 0) {
        res = mi_newref(tname);
    } else {
        MiObject *suggestion = offer_suggestion(exc);
        if (suggestion != NULL) {
            res = mi_str_format("%U: %U. Did you mean: '%U'?", tname, msg, suggestion);
            MI_DECREF(suggestion);
        } else {
            res = mi_str_format("%U: %U", tname, msg);
        }
    }
    MI_XDECREF(msg);
    MI_DECREF(tname);
    return res;
}

/* The source line and caret of a SyntaxError, as 3.10's print_error_text. */
static int
print_error_text(MiObject *file, intptr_t offset, intptr_t end_offset, const char *text)
{
    intptr_t len, carets;
    offset--;
    end_offset = end_offset > 0 ? end_offset - 1 : -1;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
        end_offset--;
    }
    len = (intptr_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        intptr_t inl;
        if (nl == NULL)
            break;
        inl = nl - text;
        if (inl >= offset)
            break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
        end_offset -= inl;
    }
    if (write_cstr(file, "    ") < 0 || mi_file_write_cstr(file, text, len) < 0 ||
        write_cstr(file, "\n") < 0)
        return -1;
    if (offset < 0)
        return 0;
    carets = end_offset > offset ? end_offset - offset : 1;
    if (end_offset > len)
        carets = len - offset > 0 ? len - offset : 1;
    if (write_cstr(file, "    ") < 0)
        return -1;
    for (intptr_t i = 0; i < offset; i++) {
        if (write_cstr(file, " ") < 0)
            return -1;
    }
    for (intptr_t i = 0; i < carets; i++) {
        if (write_cstr(file, "^") < 0)
            return -1;
    }
    return write_cstr(file, "\n");
}

static int
print_syntax_error(MiObject *file, MiObject *exc)
{
    MiSyntaxErrorObject *e = (MiSyntaxErrorObject *)exc;
    int lineno = 0;
    intptr_t offset = -1, end_offset = -1;
    if (e->lineno != NULL && mi_int_check(e->lineno))
        lineno = (int)mi_int_as_ssize(e->lineno);
    if (e->offset != NULL && mi_int_check(e->offset))
        offset = mi_int_as_ssize(e->offset);
    if (e->end_offset != NULL && mi_int_check(e->end_offset))
        end_offset = mi_int_as_ssize(e->end_offset);
    if (e->end_lineno != NULL && mi_int_check(e->end_lineno) &&
        mi_int_as_ssize(e->end_lineno) != lineno)
        end_offset = -1;
    if (e->filename != NULL && mi_str_check(e->filename)) {
        if (write_fmt(file, "  File \"%U\", line %d\n", e->filename, lineno) < 0)
            return -1;
    }
    if (e->text != NULL && mi_str_check(e->text))
        return print_error_text(file, offset, end_offset, MI_STR_DATA(e->text));
    return 0;
}

static int
print_one(MiObject *file, MiObject *exc)
{
    MiObject *tb = mi_exc_get_traceback(exc), *line;
    int rc;
    if (tb != NULL && tb != MI_NONE) {
        if (write_cstr(file, "Traceback (most recent call last):\n") < 0 ||
            print_tb(file, tb) < 0)
            return -1;
    }
    if (mi_obj_type_check(exc, MI_EXC(SyntaxError)) && print_syntax_error(file, exc) < 0)
        return -1;
    line = mi_traceback_format_exception_only(exc);
    if (line == NULL)
        return -1;
    rc = mi_file_write_str(file, line);
    MI_DECREF(line);
    if (rc < 0)
        return -1;
    return write_cstr(file, "\n");
}

static int
print_chain(MiObject *file, MiObject *exc, MiObject *seen)
{
    MiObject *cause, *context, *key;
    int rc;
    key = mi_int_from_u64((uintptr_t)exc);
    if (key == NULL)
        return -1;
    rc = mi_dict_set(seen, key, MI_NONE);
    MI_DECREF(key);
    if (rc < 0)
        return -1;
    cause = mi_exc_get_cause(exc);
    context = mi_exc_get_context(exc);
    if (cause != NULL && cause != MI_NONE) {
        MiObject *ck = mi_int_from_u64((uintptr_t)cause);
        int known = ck ? mi_dict_contains(seen, ck) : -1;
        MI_XDECREF(ck);
        if (known < 0)
            return -1;
        if (!known) {
            if (print_chain(file, cause, seen) < 0 ||
                write_cstr(file, "\nThe above exception was the direct cause of the following "
                           "exception:\n\n") < 0)
                return -1;
        }
    } else if (context != NULL && context != MI_NONE &&
               !((MiException *)exc)->suppress_context) {
        MiObject *ck = mi_int_from_u64((uintptr_t)context);
        int known = ck ? mi_dict_contains(seen, ck) : -1;
        MI_XDECREF(ck);
        if (known < 0)
            return -1;
        if (!known) {
            if (print_chain(file, context, seen) < 0 ||
                write_cstr(file, "\nDuring handling of the above exception, another exception "
                           "occurred:\n\n") < 0)
                return -1;
        }
    }
    return print_one(file, exc);
}

int
mi_traceback_print_exception(MiObject *exc, MiObject *file)
{
    MiObject *seen = mi_dict_new();
    int rc;
    if (seen == NULL)
        return -1;
    MI_INCREF(file);
    MI_INCREF(exc);
    rc = print_chain(file, exc, seen);
    if (mi_file_flush(file) < 0)
        rc = -1;
    MI_DECREF(exc);
    MI_DECREF(file);
    MI_DECREF(seen);
    return rc;
}

/* ---- the _traceback module ------------------------------------------------------------ */

/* _traceback.print_exception(value, file): the chain of `value` as an
 * uncaught exception prints it, written to `file` (anything with write()
 * and flush()); the C half of vm/lib/traceback.py. */
static MiObject *
tb_print_exception(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    if (mi_args_check("print_exception", nargs, kw, 2, 2) < 0)
        return NULL;
    if (!mi_exc_is_instance(args[0]))
        return mi_err_format(MI_EXC(TypeError), "print_exception(): Exception expected for "
                             "value, %s found", MI_TYPE_NAME(args[0]));
    if (mi_traceback_print_exception(args[0], args[1]) < 0)
        return NULL;
    MI_RETURN_NONE;
}

/* _traceback.format_exception_only(value): "TypeName: message". */
static MiObject *
tb_format_exception_only(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)nargs;
    (void)kw;
    if (!mi_exc_is_instance(args[0]))
        return mi_err_format(MI_EXC(TypeError), "format_exception_only(): Exception expected "
                             "for value, %s found", MI_TYPE_NAME(args[0]));
    return mi_traceback_format_exception_only(args[0]);
}

static const MiMethodDef tb_methods[] = {
    {"print_exception", tb_print_exception, MI_METH_VARARGS, NULL},
    {"format_exception_only", tb_format_exception_only, MI_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

const MiModuleDef mi__traceback_module_def = {
    .name = "_traceback",
    .doc = "Printing exceptions as the interpreter does (used by traceback).",
    .methods = tb_methods,
    .init = NULL,
};
