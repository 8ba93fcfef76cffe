/* vm/eval.c: the bytecode interpreter.
 *
 * One C activation of mi_eval_frame() runs its entry frame and every
 * Python function that frame calls: CALL of a Python function pushes a new
 * frame on the data stack and continues in the same loop; RETURN_VALUE
 * pops it and continues in the caller.  Arguments stay on the caller's
 * stack during the call (as CPython 3.10), so a parameter has one more
 * reference than its caller's name.
 *
 * Registers: `ip` (next instruction word), `sp` (first free stack slot),
 * `f` (the frame), `co`, `consts`, `localsplus`.  Dispatch is a computed
 * goto per opcode (a switch where the compiler lacks it).  The hot
 * operations have inline fast paths: small-int and float arithmetic and
 * comparisons, list/tuple/dict subscripts, list and range iteration, and
 * inline caches for globals (dict version tags), attributes and methods
 * (type version tags plus the index of the attribute in the instance
 * dict).
 *
 * Errors: `error` adds a traceback entry for the frame, `exception_unwind`
 * looks for a handler in the frame's exception table, cutting the stack to
 * the handler's depth, or pops the frame and retries in the caller.
 * Start reading at mi_eval_frame(). */
#include "vm/eval.h"

#include <stdarg.h>
#include <math.h>
#include <string.h>

#include "grammar/ast.h"

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/gen.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/match.h"
#include "vm/mem.h"
#include "vm/module.h"
#include "vm/opcodes.h"
#include "vm/set.h"
#include "vm/slots.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

/* ---- argument binding -------------------------------------------------------------- */

static MiObject *
qualname_of(MiFunction *func)
{
    return func->qualname;
}

/* TypeError naming every positional-only parameter that `kwnames`
 * passes by keyword, in parameter order (as CPython 3.10). */
static int
posonly_passed_as_keyword(MiFunction *func, MiCode *co, MiObject *kwnames)
{
    MiStrBuilder sb;
    MiObject *names;
    int n = 0;
    mi_sb_init(&sb);
    for (int j = 0; j < co->posonlyargcount; j++) {
        MiObject *pname = MI_TUPLE_GET(co->localsplusnames, j);
        for (intptr_t k = 0; k < MI_TUPLE_SIZE(kwnames); k++) {
            if (mi_str_eq(pname, MI_TUPLE_GET(kwnames, k))) {
                if (n++ > 0)
                    mi_sb_append_cstr(&sb, ", ");
                mi_sb_append_str(&sb, pname);
                break;
            }
        }
    }
    names = mi_sb_finish(&sb);
    if (names == NULL)
        return -1;
    mi_err_format(MI_EXC(TypeError), "%U() got some positional-only arguments passed as "
                  "keyword arguments: '%U'", qualname_of(func), names);
    MI_DECREF(names);
    return -1;
}


static void
missing_arguments(MiFunction *func, MiFrame *f, int start, int end, int kwonly)
{
    MiCode *co = func->code;
    MiObject *names[64];
    int n = 0;
    MiStrBuilder sb;
    for (int i = start; i < end && n < 64; i++) {
        if (f->localsplus[i] == NULL)
            names[n++] = MI_TUPLE_GET(co->localsplusnames, i);
    }
    mi_sb_init(&sb);
    for (int i = 0; i < n; i++) {
        MiObject *r = mi_obj_repr(names[i]);
        if (r == NULL) {
            mi_sb_discard(&sb);
            return;
        }
        if (i > 0)
            mi_sb_append_cstr(&sb, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        mi_sb_append_str(&sb, r);
        MI_DECREF(r);
    }
    {
        MiObject *list = mi_sb_finish(&sb);
        if (list == NULL)
            return;
        mi_err_format(MI_EXC(TypeError), "%U() missing %d required %sargument%s: %U",
                      qualname_of(func), n, kwonly ? "keyword-only " : "positional ",
                      n == 1 ? "" : "s", list);
        MI_DECREF(list);
    }
}

static void
too_many_positional(MiFunction *func, intptr_t given, int nkwonly_given)
{
    MiCode *co = func->code;
    int defcount = func->defaults ? (int)MI_TUPLE_SIZE(func->defaults) : 0;
    int max = co->argcount, min = max - defcount;
    char plural[2] = {0, 0};
    char takes[64];
    if (defcount > 0)
        snprintf(takes, sizeof takes, "from %d to %d", min, max);
    else
        snprintf(takes, sizeof takes, "%d", max);
    plural[0] = (max == 1 && defcount == 0) ? '\0' : 's';
    if (nkwonly_given > 0) {
        mi_err_format(MI_EXC(TypeError), "%U() takes %s positional argument%s but %zd positional "
                      "argument%s (and %d keyword-only argument%s) were given", qualname_of(func),
                      takes, plural, given, given == 1 ? "" : "s", nkwonly_given,
                      nkwonly_given == 1 ? "" : "s");
    } else {
        mi_err_format(MI_EXC(TypeError), "%U() takes %s positional argument%s but %zd %s given",
                      qualname_of(func), takes, plural, given, given == 1 ? "was" : "were");
    }
}

int
mi_frame_bind_args(MiFrame *f, MiFunction *func, MiObject *const *args, intptr_t nargs,
                   MiObject *kwnames)
{
    MiCode *co = func->code;
    MiObject **lp = f->localsplus;
    int argcount = co->argcount, kwonly = co->kwonlyargcount;
    int total = argcount + kwonly;
    intptr_t nkw = mi_args_nkw(kwnames), n = nargs < argcount ? nargs : argcount;
    MiObject *kwdict = NULL;
    int kwonly_given = 0;

    for (intptr_t i = 0; i < n; i++)
        lp[i] = mi_newref(args[i]);
    if (co->flags & MI_CO_VARARGS) {
        MiObject *extra = nargs > argcount ? mi_tuple_from_array(args + argcount, nargs - argcount)
                                           : mi_newref(mi_state->empty_tuple);
        if (extra == NULL)
            return -1;
        lp[total] = extra;
    }
    if (co->flags & MI_CO_VARKEYWORDS) {
        kwdict = mi_dict_new();
        if (kwdict == NULL)
            return -1;
        lp[total + ((co->flags & MI_CO_VARARGS) != 0)] = kwdict;
    }
    for (intptr_t k = 0; k < nkw; k++) {
        MiObject *key = MI_TUPLE_GET(kwnames, k), *value = args[nargs + k];
        int j, found = -1;
        for (j = co->posonlyargcount; j < total; j++) {
            MiObject *pname = MI_TUPLE_GET(co->localsplusnames, j);
            if (pname == key || mi_str_eq(pname, key)) {
                found = j;
                break;
            }
        }
        if (found < 0) {
            if (kwdict != NULL) {
                if (mi_dict_set(kwdict, key, value) < 0)
                    return -1;
                continue;
            }
            for (j = 0; j < co->posonlyargcount; j++) {
                if (mi_str_eq(MI_TUPLE_GET(co->localsplusnames, j), key))
                    return posonly_passed_as_keyword(func, co, kwnames);
            }
            mi_err_format(MI_EXC(TypeError), "%U() got an unexpected keyword argument '%U'",
                          qualname_of(func), key);
            return -1;
        }
        if (lp[found] != NULL) {
            mi_err_format(MI_EXC(TypeError), "%U() got multiple values for argument '%U'",
                          qualname_of(func), key);
            return -1;
        }
        if (found >= argcount)
            kwonly_given++;
        lp[found] = mi_newref(value);
    }
    if (nargs > argcount && !(co->flags & MI_CO_VARARGS)) {
        too_many_positional(func, nargs, kwonly_given);
        return -1;
    }
    if (nargs < argcount) {
        int defcount = func->defaults ? (int)MI_TUPLE_SIZE(func->defaults) : 0;
        int first_default = argcount - defcount, missing = 0;
        for (int i = (int)nargs; i < argcount; i++) {
            if (lp[i] != NULL)
                continue;
            if (i >= first_default) {
                lp[i] = mi_newref(MI_TUPLE_GET(func->defaults, i - first_default));
            } else {
                missing = 1;
            }
        }
        if (missing) {
            missing_arguments(func, f, (int)nargs, first_default < argcount ? first_default
                                                                             : argcount, 0);
            return -1;
        }
    }
    if (kwonly > 0) {
        int missing = 0;
        for (int i = argcount; i < total; i++) {
            MiObject *dflt;
            if (lp[i] != NULL)
                continue;
            dflt = func->kwdefaults
                       ? mi_dict_get(func->kwdefaults, MI_TUPLE_GET(co->localsplusnames, i))
                       : NULL;
            if (dflt != NULL)
                lp[i] = mi_newref(dflt);
            else
                missing = 1;
        }
        if (missing) {
            missing_arguments(func, f, argcount, total, 1);
            return -1;
        }
    }
    return mi_frame_init_cells(f);
}

/* ---- entry points used from C --------------------------------------------------------- */

static int
enter_python_frame(void)
{
    char here;
    if (++mi_state->depth > mi_state->recursion_limit || &here < mi_state->c_stack_limit) {
        mi_state->depth--;
        mi_err_set(MI_EXC(RecursionError), "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

/* Runs a fresh frame to completion from C, popping it afterwards. */
static MiObject *
run_frame(MiFrame *f)
{
    MiObject *res;
    if (f->code->flags & MI_CO_GENERATOR)
        return mi_gen_new_from_frame(f);
    if (enter_python_frame() < 0) {
        mi_frame_pop(f, NULL);
        return NULL;
    }
    res = mi_eval_frame(f, 0);
    mi_frame_pop(f, f->localsplus + f->code->nlocalsplus + f->stackdepth);
    mi_state->depth--;
    return res;
}

MiObject *
mi_function_vectorcall(MiObject *callable, MiObject *const *args, intptr_t nargs,
                       MiObject *kwnames)
{
    MiFunction *func = (MiFunction *)callable;
    MiFrame *f = mi_frame_push(func);
    if (f == NULL)
        return NULL;
    if (mi_frame_bind_args(f, func, args, nargs, kwnames) < 0) {
        mi_frame_pop(f, NULL);
        return NULL;
    }
    return run_frame(f);
}

MiObject *
mi_eval_code(MiCode *code, MiObject *globals, MiObject *locals)
{
    MiObject *func = mi_function_new(code, globals, NULL), *res;
    MiFrame *f;
    if (func == NULL)
        return NULL;
    f = mi_frame_push((MiFunction *)func);
    MI_DECREF(func);
    if (f == NULL)
        return NULL;
    f->locals = mi_newref(locals);
    if (mi_frame_init_cells(f) < 0) {
        mi_frame_pop(f, NULL);
        return NULL;
    }
    res = run_frame(f);
    return res;
}

MiObject *
mi_eval_class_body(MiObject *func, MiObject *ns)
{
    MiFrame *f = mi_frame_push((MiFunction *)func);
    if (f == NULL)
        return NULL;
    f->locals = mi_newref(ns);
    if (mi_frame_init_cells(f) < 0) {
        mi_frame_pop(f, NULL);
        return NULL;
    }
    return run_frame(f);
}

MiObject *
mi_eval_globals(void)
{
    return mi_state->frame ? mi_state->frame->globals : NULL;
}

MiObject *
mi_eval_builtins(void)
{
    return mi_state->frame ? mi_state->frame->builtins : mi_state->builtins;
}

MiObject *
mi_eval_locals(void)
{
    if (mi_state->frame == NULL)
        return NULL;
    return mi_frame_locals(mi_state->frame);
}

void
mi_eval_request_break(void)
{
    mi_state->eval_breaker = 1;
}

/* ---- helpers of the opcodes ----------------------------------------------------------------- */

static void
format_unbound(MiCode *co, int index)
{
    MiObject *name = MI_TUPLE_GET(co->localsplusnames, index);
    if (index >= co->nlocals + co->ncells)
        mi_err_format(MI_EXC(NameError), "free variable '%U' referenced before assignment in "
                      "enclosing scope", name);
    else
        mi_err_format(MI_EXC(UnboundLocalError), "local variable '%U' referenced before "
                      "assignment", name);
}

static void
name_error(MiObject *name)
{
    MiObject *exc;
    mi_err_format(MI_EXC(NameError), "name '%U' is not defined", name);
    exc = mi_err_peek();
    if (exc != NULL && exc->type == MI_EXC(NameError))
        MI_SETREF(((MiNameError *)exc)->name, mi_newref(name));
}

/* Unpacks `seq` into n items stored at out[n-1] .. out[0] (first item on
 * top of the stack), or with a star: before items, the list, after. */
static int
unpack(MiObject *seq, int before, int after, int has_star, MiObject **out)
{
    MiObject *it, *item, *list = NULL;
    int n = before + after;
    int i = 0;
    if ((seq->type == &mi_tuple_type || seq->type == &mi_list_type) && !has_star) {
        intptr_t size = seq->type == &mi_tuple_type ? MI_TUPLE_SIZE(seq) : MI_LIST_SIZE(seq);
        MiObject **items = seq->type == &mi_tuple_type ? MI_TUPLE_ITEMS(seq) : MI_LIST_ITEMS(seq);
        if (size == n) {
            for (i = 0; i < n; i++)
                out[n - 1 - i] = mi_newref(items[i]);
            return 0;
        }
        if (size < n)
            mi_err_format(MI_EXC(ValueError), "not enough values to unpack (expected %d, got %zd)",
                          n, size);
        else
            mi_err_format(MI_EXC(ValueError), "too many values to unpack (expected %d)", n);
        return -1;
    }
    it = mi_obj_iter(seq);
    if (it == NULL) {
        if (mi_err_matches((MiObject *)MI_EXC(TypeError)) && seq->type->iter == NULL &&
            seq->type->getitem == NULL) {
            mi_err_clear();
            mi_err_format(MI_EXC(TypeError), "cannot unpack non-iterable %s object",
                          MI_TYPE_NAME(seq));
        }
        return -1;
    }
    for (i = 0; i < before; i++) {
        item = mi_iter_next(it);
        if (item == NULL) {
            if (!mi_err_occurred()) {
                if (has_star)
                    mi_err_format(MI_EXC(ValueError), "not enough values to unpack (expected at "
                                  "least %d, got %d)", n, i);
                else
                    mi_err_format(MI_EXC(ValueError), "not enough values to unpack (expected %d, "
                                  "got %d)", n, i);
            }
            goto fail;
        }
        out[(has_star ? n + 1 : n) - 1 - i] = item;
    }
    if (!has_star) {
        item = mi_iter_next(it);
        if (item != NULL) {
            MI_DECREF(item);
            mi_err_format(MI_EXC(ValueError), "too many values to unpack (expected %d)", n);
            goto fail;
        }
        if (mi_err_occurred())
            goto fail;
        MI_DECREF(it);
        return 0;
    }
    list = mi_seq_to_list(it);
    if (list == NULL)
        goto fail;
    if (MI_LIST_SIZE(list) < after) {
        mi_err_format(MI_EXC(ValueError), "not enough values to unpack (expected at least %d, got "
                      "%zd)", n, before + MI_LIST_SIZE(list));
        MI_DECREF(list);
        goto fail;
    }
    /* the last `after` items come off the end of the list */
    for (int k = 0; k < after; k++) {
        intptr_t idx = MI_LIST_SIZE(list) - after + k;
        out[after - 1 - k] = mi_newref(MI_LIST_ITEMS(list)[idx]);
    }
    {
        MiObject *star = mi_list_slice(list, 0, MI_LIST_SIZE(list) - after);
        MI_DECREF(list);
        if (star == NULL) {
            for (int k = 0; k < after; k++)
                MI_DECREF(out[k]);
            goto fail;
        }
        out[after] = star;
    }
    MI_DECREF(it);
    return 0;
fail:
    for (int k = 0; k < i; k++)
        MI_DECREF(out[(has_star ? n + 1 : n) - 1 - k]);
    MI_DECREF(it);
    return -1;
}

static int
check_except_type(MiObject *type)
{
    if (mi_tuple_check(type)) {
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(type); i++) {
            if (check_except_type(MI_TUPLE_GET(type, i)) < 0)
                return -1;
        }
        return 0;
    }
    if (!mi_exc_is_class(type)) {
        mi_err_set(MI_EXC(TypeError), "catching classes that do not inherit from BaseException is "
                   "not allowed");
        return -1;
    }
    return 0;
}

/* raise exc [from cause].  Returns 0 with the exception set. */
static void
do_raise(MiObject *exc, MiObject *cause)
{
    MiObject *value;
    if (mi_exc_is_class(exc)) {
        value = mi_call0(exc);
        if (value == NULL)
            return;
        if (!mi_exc_is_instance(value)) {
            mi_err_format(MI_EXC(TypeError), "calling %R should have returned an instance of "
                          "BaseException, not %s", exc, MI_TYPE_NAME(value));
            MI_DECREF(value);
            return;
        }
    } else if (mi_exc_is_instance(exc)) {
        value = mi_newref(exc);
    } else {
        mi_err_set(MI_EXC(TypeError), "exceptions must derive from BaseException");
        return;
    }
    if (cause != NULL) {
        MiObject *c;
        if (mi_exc_is_class(cause)) {
            c = mi_call0(cause);
            if (c == NULL) {
                MI_DECREF(value);
                return;
            }
        } else if (mi_exc_is_instance(cause)) {
            c = mi_newref(cause);
        } else if (cause == MI_NONE) {
            c = NULL;
        } else {
            MI_DECREF(value);
            mi_err_set(MI_EXC(TypeError), "exception causes must derive from BaseException");
            return;
        }
        mi_exc_set_cause(value, c);
    }
    mi_err_raise(value);
    MI_DECREF(value);
}

static MiObject *
format_value(MiObject *value, int conv, MiObject *spec)
{
    MiObject *v, *res;
    switch (conv) {
    case 1: v = mi_obj_str(value); break;
    case 2: v = mi_obj_repr(value); break;
    case 3: v = mi_obj_ascii(value); break;
    default: v = mi_newref(value); break;
    }
    if (v == NULL)
        return NULL;
    if (spec == NULL && v->type == &mi_str_type)
        return v;
    res = mi_obj_format(v, spec);
    MI_DECREF(v);
    return res;
}

static MiObject *
special_lookup(MiObject *o, MiObject *name)
{
    MiObject *res = mi_type_lookup(o->type, name);
    if (res == NULL)
        return mi_err_format(MI_EXC(AttributeError), "%U", name);
    if (res->type->descr_get != NULL)
        return res->type->descr_get(res, o, (MiObject *)o->type);
    return mi_newref(res);
}

static int
import_star(MiObject *module, MiObject *locals)
{
    return mi_import_star(module, locals);
}

/* The sys.displayhook of the REPL. */
static int
print_expr(MiObject *value)
{
    MiObject *hook = mi_dict_get_cstr(mi_module_dict(mi_state->sys), "displayhook"), *res;
    if (hook == NULL) {
        mi_err_set(MI_EXC(RuntimeError), "lost sys.displayhook");
        return -1;
    }
    res = mi_call1(hook, value);
    if (res == NULL)
        return -1;
    MI_DECREF(res);
    return 0;
}

/* TypeError "<func>() <message>", the callable named as CPython's argument
 * errors name it (mi_obj_function_str). */
static void
callable_error(MiObject *func, const char *fmt, ...)
{
    MiObject *name = mi_obj_function_str(func), *msg;
    va_list ap;
    if (name == NULL)
        return;
    va_start(ap, fmt);
    msg = mi_str_vformat(fmt, ap);
    va_end(ap);
    if (msg != NULL)
        mi_err_format(MI_EXC(TypeError), "%U %U", name, msg);
    MI_XDECREF(msg);
    MI_DECREF(name);
}

/* Handles pending signals; -1 with KeyboardInterrupt raised. */
static int
handle_eval_breaker(void)
{
    mi_state->eval_breaker = 0;
    if (mi_state->interrupted) {
        mi_state->interrupted = 0;
        mi_err_set_none(MI_EXC(KeyboardInterrupt));
        return -1;
    }
    return 0;
}

/* The handler of the exception table of `co` covering word `offset`, or
 * NULL. */
static MiExcEntry *
find_handler(MiCode *co, intptr_t offset)
{
    MiExcEntry *best = NULL;
    for (intptr_t i = 0; i < co->nexc; i++) {
        MiExcEntry *e = &co->exctable[i];
        if ((intptr_t)e->start <= offset && offset < (intptr_t)e->end) {
            best = e;
            break;
        }
    }
    return best;
}

/* ---- the loop ----------------------------------------------------------------------------------- */

#if defined(__GNUC__)
#define USE_COMPUTED_GOTO 1
#endif

MiObject *
mi_eval_frame(MiFrame *entry, int throwflag)
{
    MiFrame *f = entry;
    MiCode *co;
    uint32_t *ip;
    uint32_t word;
    uint32_t oparg;
    MiObject **sp, **stack_base, **localsplus;
    MiObject *const *consts;
    MiObject *names;
    MiObject *retval = NULL;
    MiObject *call_kwnames;          /* CALL / CALL_KW share one body */
    intptr_t call_nargs;

#ifdef USE_COMPUTED_GOTO
#define MI_LABEL(name, pops, pushes, flags) &&TARGET_##name,
    static const void *const dispatch_table[MI_OP_COUNT] = {MI_OPCODES(MI_LABEL)};
#undef MI_LABEL
#define TARGET(op) TARGET_##op:
#define DISPATCH()                                                                    \
    do {                                                                              \
        word = *ip++;                                                                 \
        oparg = MI_INSTR_ARG(word);                                                   \
        goto *dispatch_table[MI_INSTR_OP(word)];                                      \
    } while (0)
#else
#define TARGET(op) case MI_OP_##op:
#define DISPATCH() goto dispatch
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(intptr_t)(n)])
/* The instance dict slot of o (of type t): at a fixed offset for most
 * classes, after the items for var-sized ones. */
#define DICT_PTR(o, t)                                                         \
    ((t)->dictoffset > 0 ? (MiObject **)((char *)(o) + (t)->dictoffset)        \
                         : mi_obj_dict_ptr(o))
#define SET_TOP(v) (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))
#define LOAD_REGISTERS()                                                              \
    do {                                                                              \
        co = f->code;                                                                 \
        localsplus = f->localsplus;                                                   \
        stack_base = localsplus + co->nlocalsplus;                                    \
        sp = stack_base + f->stackdepth;                                              \
        ip = f->ip;                                                                   \
        consts = MI_TUPLE_ITEMS(co->consts);                                          \
        names = co->names;                                                            \
    } while (0)
#define NEXT_CACHE() (&co->caches[*ip++])

    entry->is_entry = 1;
    entry->previous = mi_state->frame;
    mi_state->frame = entry;
    LOAD_REGISTERS();
    entry->suspended = 0;
    if (throwflag)
        goto error;
    if (mi_state->eval_breaker && handle_eval_breaker() < 0)
        goto error;

#ifdef USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    word = *ip++;
    oparg = MI_INSTR_ARG(word);
    switch (MI_INSTR_OP(word)) {
#endif

    TARGET(NOP) {
        DISPATCH();
    }

    TARGET(POP_TOP) {
        MiObject *v = POP();
        MI_DECREF(v);
        DISPATCH();
    }

    TARGET(ROT_TWO) {
        MiObject *a = TOP(), *b = SECOND();
        SET_TOP(b);
        SET_SECOND(a);
        DISPATCH();
    }

    TARGET(ROT_THREE) {
        MiObject *a = TOP(), *b = SECOND(), *c = THIRD();
        sp[-1] = b;
        sp[-2] = c;
        sp[-3] = a;
        DISPATCH();
    }

    TARGET(ROT_FOUR) {
        MiObject *a = sp[-1], *b = sp[-2], *c = sp[-3], *d = sp[-4];
        sp[-1] = b;
        sp[-2] = c;
        sp[-3] = d;
        sp[-4] = a;
        DISPATCH();
    }

    TARGET(ROT_N) {
        MiObject *top = TOP();
        memmove(&PEEK(oparg - 1), &PEEK(oparg), sizeof(MiObject *) * (oparg - 1));
        PEEK(oparg) = top;
        DISPATCH();
    }

    TARGET(DUP_TOP) {
        MiObject *v = TOP();
        MI_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(DUP_TOP_TWO) {
        MiObject *a = SECOND(), *b = TOP();
        MI_INCREF(a);
        MI_INCREF(b);
        PUSH(a);
        PUSH(b);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        MiObject *v = consts[oparg];
        MI_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        MiObject *v = localsplus[oparg];
        if (v == NULL) {
            format_unbound(co, (int)oparg);
            goto error;
        }
        MI_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        MiObject *v = POP(), *old = localsplus[oparg];
        localsplus[oparg] = v;
        MI_XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        MiObject *old = localsplus[oparg];
        if (old == NULL) {
            format_unbound(co, (int)oparg);
            goto error;
        }
        localsplus[oparg] = NULL;
        MI_DECREF(old);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        MiCacheEntry *cache = NEXT_CACHE();
        MiObject *name = MI_TUPLE_GET(names, oparg), *v;
        MiDict *g = (MiDict *)f->globals, *b = (MiDict *)f->builtins;
        if (cache->version == g->version && cache->version2 == b->version && cache->value) {
            v = cache->value;
        } else {
            v = mi_dict_get_str(f->globals, name);
            if (v == NULL) {
                if (mi_dict_check(f->builtins))
                    v = mi_dict_get_str(f->builtins, name);
                if (v == NULL) {
                    name_error(name);
                    goto error;
                }
            }
            cache->version = g->version;
            cache->version2 = b->version;
            cache->value = v;
        }
        MI_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        MiCacheEntry *cache = NEXT_CACHE();
        MiObject *name = MI_TUPLE_GET(names, oparg), *v = NULL;
        MiObject *locals = f->locals;
        if (locals == f->globals) {
            MiDict *g = (MiDict *)f->globals, *b = (MiDict *)f->builtins;
            if (cache->version == g->version && cache->version2 == b->version && cache->value) {
                v = cache->value;
                MI_INCREF(v);
                PUSH(v);
                DISPATCH();
            }
        }
        if (locals == NULL) {
            mi_err_format(MI_EXC(SystemError), "no locals when loading %R", name);
            goto error;
        }
        if (mi_dict_check(locals) && locals->type == &mi_dict_type) {
            v = mi_dict_get_str(locals, name);
            if (v != NULL)
                MI_INCREF(v);
        } else {
            v = mi_obj_getitem(locals, name);
            if (v == NULL) {
                if (!mi_err_matches((MiObject *)MI_EXC(KeyError)))
                    goto error;
                mi_err_clear();
            }
        }
        if (v == NULL) {
            v = mi_dict_get_str(f->globals, name);
            if (v == NULL && mi_dict_check(f->builtins))
                v = mi_dict_get_str(f->builtins, name);
            if (v == NULL) {
                name_error(name);
                goto error;
            }
            if (locals == f->globals) {
                cache->version = ((MiDict *)f->globals)->version;
                cache->version2 = ((MiDict *)f->builtins)->version;
                cache->value = v;
            }
            MI_INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        MiObject *name = MI_TUPLE_GET(names, oparg), *v = POP();
        int rc;
        if (f->locals == NULL) {
            MI_DECREF(v);
            mi_err_format(MI_EXC(SystemError), "no locals found when storing %R", name);
            goto error;
        }
        if (f->locals->type == &mi_dict_type)
            rc = mi_dict_set(f->locals, name, v);
        else
            rc = mi_obj_setitem(f->locals, name, v);
        MI_DECREF(v);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        MiObject *name = MI_TUPLE_GET(names, oparg);
        int rc;
        if (f->locals->type == &mi_dict_type) {
            rc = mi_dict_discard(f->locals, name);
            if (rc == 0) {
                name_error(name);
                goto error;
            }
        } else {
            rc = mi_obj_delitem(f->locals, name);
            if (rc < 0 && mi_err_matches((MiObject *)MI_EXC(KeyError))) {
                mi_err_clear();
                name_error(name);
            }
        }
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        MiObject *v = POP();
        int rc = mi_dict_set(f->globals, MI_TUPLE_GET(names, oparg), v);
        MI_DECREF(v);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        MiObject *name = MI_TUPLE_GET(names, oparg);
        int rc = mi_dict_discard(f->globals, name);
        if (rc <= 0) {
            if (rc == 0)
                name_error(name);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        MiObject *v = ((MiCell *)localsplus[oparg])->ref;
        if (v == NULL) {
            format_unbound(co, (int)oparg);
            goto error;
        }
        MI_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        MiObject *name = MI_TUPLE_GET(co->localsplusnames, oparg), *v = NULL;
        if (f->locals != NULL) {
            if (f->locals->type == &mi_dict_type) {
                v = mi_dict_get_str(f->locals, name);
                MI_XINCREF(v);
            } else {
                v = mi_obj_getitem(f->locals, name);
                if (v == NULL) {
                    if (!mi_err_matches((MiObject *)MI_EXC(KeyError)))
                        goto error;
                    mi_err_clear();
                }
            }
        }
        if (v == NULL) {
            v = ((MiCell *)localsplus[oparg])->ref;
            if (v == NULL) {
                format_unbound(co, (int)oparg);
                goto error;
            }
            MI_INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        MiObject *v = POP();
        MiCell *cell = (MiCell *)localsplus[oparg];
        MiObject *old = cell->ref;
        cell->ref = v;
        MI_XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        MiCell *cell = (MiCell *)localsplus[oparg];
        MiObject *old = cell->ref;
        if (old == NULL) {
            format_unbound(co, (int)oparg);
            goto error;
        }
        cell->ref = NULL;
        MI_DECREF(old);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        MiObject *cell = localsplus[oparg];
        MI_INCREF(cell);
        PUSH(cell);
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        MiCacheEntry *cache = NEXT_CACHE();
        MiObject *name = MI_TUPLE_GET(names, oparg), *owner = TOP(), *res;
        MiType *t = owner->type;
        if (cache->type == t && cache->version == t->version && t->version != 0) {
            if (cache->index >= 0) {
                MiObject **dictptr = DICT_PTR(owner, t);
                if (dictptr != NULL && *dictptr != NULL) {
                    res = mi_dict_value_at_if_key(*dictptr, cache->index, name);
                    if (res != NULL) {
                        MI_INCREF(res);
                        SET_TOP(res);
                        MI_DECREF(owner);
                        DISPATCH();
                    }
                }
            }
        }
        res = mi_obj_getattr(owner, name);
        if (res == NULL)
            goto error;
        /* cache an instance attribute when no class attribute interferes */
        if ((t->getattr == NULL || t->getattr == mi_obj_generic_getattr) &&
            t->dictoffset > 0 && mi_type_lookup(t, name) == NULL) {
            MiObject **dictptr = mi_obj_dict_ptr(owner);
            if (dictptr != NULL && *dictptr != NULL && (*dictptr)->type == &mi_dict_type) {
                intptr_t ix = mi_dict_lookup_index_str(*dictptr, name);
                if (ix >= 0) {
                    cache->type = t;
                    cache->version = mi_type_version(t);
                    cache->index = ix;
                }
            }
        }
        SET_TOP(res);
        MI_DECREF(owner);
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        MiCacheEntry *cache = NEXT_CACHE();
        MiObject *name = MI_TUPLE_GET(names, oparg), *owner = TOP(), *v = SECOND();
        MiType *t = owner->type;
        int rc;
        sp -= 2;
        if (cache->type == t && cache->version == t->version && t->version != 0 &&
            cache->index >= 0) {
            MiObject **dictptr = DICT_PTR(owner, t);
            if (dictptr != NULL && *dictptr != NULL &&
                mi_dict_replace_at(*dictptr, cache->index, name, v)) {
                MI_DECREF(v);
                MI_DECREF(owner);
                DISPATCH();
            }
        }
        rc = mi_obj_setattr(owner, name, v);
        if (rc == 0 && (t->setattr == NULL || t->setattr == mi_obj_generic_setattr) &&
            t->dictoffset > 0) {
            MiObject *descr = mi_type_lookup(t, name);
            MiObject **dictptr = mi_obj_dict_ptr(owner);
            if ((descr == NULL || descr->type->descr_set == NULL) && dictptr != NULL &&
                *dictptr != NULL && (*dictptr)->type == &mi_dict_type) {
                intptr_t ix = mi_dict_lookup_index_str(*dictptr, name);
                if (ix >= 0) {
                    cache->type = t;
                    cache->version = mi_type_version(t);
                    cache->index = ix;
                }
            }
        }
        MI_DECREF(v);
        MI_DECREF(owner);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        MiObject *owner = POP();
        int rc = mi_obj_setattr(owner, MI_TUPLE_GET(names, oparg), NULL);
        MI_DECREF(owner);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        MiCacheEntry *cache = NEXT_CACHE();
        MiObject *name = MI_TUPLE_GET(names, oparg), *owner = TOP(), *meth;
        MiType *t = owner->type;
        int unbound;
        if (cache->type == t && cache->version == t->version && t->version != 0) {
            MiObject **dictptr = t->dictoffset ? DICT_PTR(owner, t) : NULL;
            if (dictptr == NULL || *dictptr == NULL ||
                mi_dict_lookup_index_str(*dictptr, name) < 0) {
                meth = cache->value;
                MI_INCREF(meth);
                SET_TOP(meth);
                PUSH(owner);
                DISPATCH();
            }
        }
        unbound = mi_obj_get_method(owner, name, &meth);
        if (unbound < 0)
            goto error;
        if (unbound) {
            if (t->getattr == NULL || t->getattr == mi_obj_generic_getattr ||
                t == &mi_type_type) {
                if (t != &mi_type_type) {
                    cache->type = t;
                    cache->version = mi_type_version(t);
                    cache->value = mi_type_lookup(t, name);
                    if (cache->value != meth)
                        cache->type = NULL;
                }
            }
            SET_TOP(meth);
            PUSH(owner);
        } else {
            SET_TOP(NULL);
            PUSH(meth);
            MI_DECREF(owner);
        }
        DISPATCH();
    }

    TARGET(BINARY_ADD) {
        MiObject *b = POP(), *a = TOP(), *res;
        /* at the recursion limit the comparison raises RecursionError "in
         * comparison" as CPython's, where every comparison counts a level */
        if (MI_UNLIKELY(mi_state->depth >= mi_state->recursion_limit)) {
            res = mi_obj_richcmp(a, b, (int)oparg);
        } else if (a->type == &mi_int_type && b->type == &mi_int_type &&
                   !((MiInt *)a)->is_big && !((MiInt *)b)->is_big) {
            int64_t r;
            if (!__builtin_add_overflow(((MiInt *)a)->small, ((MiInt *)b)->small, &r)) {
                res = mi_int_from_i64(r);
                goto binary_done_add;
            }
        } else if (a->type == &mi_float_type && b->type == &mi_float_type) {
            double r = MI_FLOAT_VALUE(a) + MI_FLOAT_VALUE(b);
            if (a->refcnt == 1) {
                MI_FLOAT_VALUE(a) = r;
                MI_DECREF(b);
                DISPATCH();
            }
            res = mi_float_new(r);
            goto binary_done_add;
        } else if (a->type == &mi_str_type && b->type == &mi_str_type) {
            res = mi_str_concat(a, b);
            goto binary_done_add;
        }
        res = mi_num_add(a, b);
    binary_done_add:
        MI_DECREF(a);
        MI_DECREF(b);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(BINARY_SUB) {
        MiObject *b = POP(), *a = TOP(), *res;
        /* at the recursion limit the comparison raises RecursionError "in
         * comparison" as CPython's, where every comparison counts a level */
        if (MI_UNLIKELY(mi_state->depth >= mi_state->recursion_limit)) {
            res = mi_obj_richcmp(a, b, (int)oparg);
        } else if (a->type == &mi_int_type && b->type == &mi_int_type &&
                   !((MiInt *)a)->is_big && !((MiInt *)b)->is_big) {
            int64_t r;
            if (!__builtin_sub_overflow(((MiInt *)a)->small, ((MiInt *)b)->small, &r)) {
                res = mi_int_from_i64(r);
                goto binary_done_sub;
            }
        } else if (a->type == &mi_float_type && b->type == &mi_float_type) {
            double r = MI_FLOAT_VALUE(a) - MI_FLOAT_VALUE(b);
            if (a->refcnt == 1) {
                MI_FLOAT_VALUE(a) = r;
                MI_DECREF(b);
                DISPATCH();
            }
            res = mi_float_new(r);
            goto binary_done_sub;
        }
        res = mi_num_sub(a, b);
    binary_done_sub:
        MI_DECREF(a);
        MI_DECREF(b);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(BINARY_MUL) {
        MiObject *b = POP(), *a = TOP(), *res;
        /* at the recursion limit the comparison raises RecursionError "in
         * comparison" as CPython's, where every comparison counts a level */
        if (MI_UNLIKELY(mi_state->depth >= mi_state->recursion_limit)) {
            res = mi_obj_richcmp(a, b, (int)oparg);
        } else if (a->type == &mi_int_type && b->type == &mi_int_type &&
                   !((MiInt *)a)->is_big && !((MiInt *)b)->is_big) {
            int64_t r;
            if (!__builtin_mul_overflow(((MiInt *)a)->small, ((MiInt *)b)->small, &r)) {
                res = mi_int_from_i64(r);
                goto binary_done_mul;
            }
        } else if (a->type == &mi_float_type && b->type == &mi_float_type) {
            double r = MI_FLOAT_VALUE(a) * MI_FLOAT_VALUE(b);
            if (a->refcnt == 1) {
                MI_FLOAT_VALUE(a) = r;
                MI_DECREF(b);
                DISPATCH();
            }
            res = mi_float_new(r);
            goto binary_done_mul;
        }
        res = mi_num_mul(a, b);
    binary_done_mul:
        MI_DECREF(a);
        MI_DECREF(b);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        MiObject *b = POP(), *a = TOP(), *res = NULL;
        if (a->type == &mi_int_type && b->type == &mi_int_type && !((MiInt *)a)->is_big &&
            !((MiInt *)b)->is_big) {
            int64_t x = ((MiInt *)a)->small, y = ((MiInt *)b)->small;
            switch (oparg) {
            case MI_OP_FLOORDIV:
            case MI_OP_MOD:
                if (y != 0 && !(x == INT64_MIN && y == -1)) {
                    int64_t q = x / y, m = x % y;
                    if (m != 0 && ((m < 0) != (y < 0))) {
                        q -= 1;
                        m += y;
                    }
                    res = mi_int_from_i64(oparg == MI_OP_MOD ? m : q);
                }
                break;
            case MI_OP_BITAND: res = mi_int_from_i64(x & y); break;
            case MI_OP_BITOR: res = mi_int_from_i64(x | y); break;
            case MI_OP_BITXOR: res = mi_int_from_i64(x ^ y); break;
            case MI_OP_RSHIFT:
                if (y >= 0)
                    res = mi_int_from_i64(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
                break;
            default:
                break;
            }
        } else if (a->type == &mi_float_type && b->type == &mi_float_type &&
                   oparg == MI_OP_DIV && MI_FLOAT_VALUE(b) != 0.0) {
            res = mi_float_new(MI_FLOAT_VALUE(a) / MI_FLOAT_VALUE(b));
        }
        if (res == NULL)
            res = mi_num_binop(a, b, (int)oparg);
        MI_DECREF(a);
        MI_DECREF(b);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(INPLACE_ADD) {
        MiObject *b = POP(), *a = TOP(), *res;
        /* at the recursion limit the comparison raises RecursionError "in
         * comparison" as CPython's, where every comparison counts a level */
        if (MI_UNLIKELY(mi_state->depth >= mi_state->recursion_limit)) {
            res = mi_obj_richcmp(a, b, (int)oparg);
        } else if (a->type == &mi_int_type && b->type == &mi_int_type &&
                   !((MiInt *)a)->is_big && !((MiInt *)b)->is_big) {
            int64_t r;
            if (!__builtin_add_overflow(((MiInt *)a)->small, ((MiInt *)b)->small, &r)) {
                res = mi_int_from_i64(r);
                goto inplace_done_add;
            }
        } else if (a->type == &mi_float_type && b->type == &mi_float_type) {
            res = mi_float_new(MI_FLOAT_VALUE(a) + MI_FLOAT_VALUE(b));
            goto inplace_done_add;
        } else if (a->type == &mi_str_type && b->type == &mi_str_type) {
            res = mi_str_concat(a, b);
            goto inplace_done_add;
        }
        res = mi_num_inplace(a, b, MI_OP_ADD);
    inplace_done_add:
        MI_DECREF(a);
        MI_DECREF(b);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(INPLACE_SUB) {
        MiObject *b = POP(), *a = TOP(), *res;
        /* at the recursion limit the comparison raises RecursionError "in
         * comparison" as CPython's, where every comparison counts a level */
        if (MI_UNLIKELY(mi_state->depth >= mi_state->recursion_limit)) {
            res = mi_obj_richcmp(a, b, (int)oparg);
        } else if (a->type == &mi_int_type && b->type == &mi_int_type &&
                   !((MiInt *)a)->is_big && !((MiInt *)b)->is_big) {
            int64_t r;
            if (!__builtin_sub_overflow(((MiInt *)a)->small, ((MiInt *)b)->small, &r)) {
                res = mi_int_from_i64(r);
                goto inplace_done_sub;
            }
        } else if (a->type == &mi_float_type && b->type == &mi_float_type) {
            res = mi_float_new(MI_FLOAT_VALUE(a) - MI_FLOAT_VALUE(b));
            goto inplace_done_sub;
        }
        res = mi_num_inplace(a, b, MI_OP_SUB);
    inplace_done_sub:
        MI_DECREF(a);
        MI_DECREF(b);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(INPLACE_OP) {
        MiObject *b = POP(), *a = TOP();
        MiObject *res = mi_num_inplace(a, b, (int)oparg);
        MI_DECREF(a);
        MI_DECREF(b);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        MiObject *key = POP(), *container = TOP(), *res;
        if (key->type == &mi_int_type && !((MiInt *)key)->is_big) {
            int64_t i = ((MiInt *)key)->small;
            if (container->type == &mi_list_type) {
                MiList *l = (MiList *)container;
                if (i < 0)
                    i += l->size;
                if (i >= 0 && i < l->size) {
                    res = l->items[i];
                    MI_INCREF(res);
                    goto subscr_done;
                }
            } else if (container->type == &mi_tuple_type) {
                if (i < 0)
                    i += MI_TUPLE_SIZE(container);
                if (i >= 0 && i < MI_TUPLE_SIZE(container)) {
                    res = MI_TUPLE_GET(container, i);
                    MI_INCREF(res);
                    goto subscr_done;
                }
            }
        }
        if (container->type == &mi_dict_type) {
            res = mi_dict_get(container, key);
            if (res != NULL) {
                MI_INCREF(res);
                goto subscr_done;
            }
            if (!mi_err_occurred())
                mi_err_set_object(MI_EXC(KeyError), key);
            res = NULL;
            goto subscr_done;
        }
        res = mi_obj_getitem(container, key);
    subscr_done:
        MI_DECREF(container);
        MI_DECREF(key);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        MiObject *key = TOP(), *container = SECOND(), *v = THIRD();
        int rc;
        sp -= 3;
        if (container->type == &mi_list_type && key->type == &mi_int_type &&
            !((MiInt *)key)->is_big) {
            MiList *l = (MiList *)container;
            int64_t i = ((MiInt *)key)->small;
            if (i < 0)
                i += l->size;
            if (i >= 0 && i < l->size) {
                MiObject *old = l->items[i];
                l->items[i] = v;
                MI_DECREF(old);
                MI_DECREF(container);
                MI_DECREF(key);
                DISPATCH();
            }
        }
        if (container->type == &mi_dict_type)
            rc = mi_dict_set(container, key, v);
        else
            rc = mi_obj_setitem(container, key, v);
        MI_DECREF(v);
        MI_DECREF(container);
        MI_DECREF(key);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        MiObject *key = POP(), *container = POP();
        int rc = mi_obj_delitem(container, key);
        MI_DECREF(container);
        MI_DECREF(key);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        MiObject *v = TOP(), *res = mi_num_pos(v);
        MI_DECREF(v);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        MiObject *v = TOP(), *res;
        if (v->type == &mi_int_type && !((MiInt *)v)->is_big && ((MiInt *)v)->small != INT64_MIN)
            res = mi_int_from_i64(-((MiInt *)v)->small);
        else if (v->type == &mi_float_type)
            res = mi_float_new(-MI_FLOAT_VALUE(v));
        else
            res = mi_num_neg(v);
        MI_DECREF(v);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        MiObject *v = TOP();
        int truth = mi_obj_is_true(v);
        MI_DECREF(v);
        if (truth < 0) {
            sp--;
            goto error;
        }
        SET_TOP(mi_bool_from(!truth));
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        MiObject *v = TOP(), *res = mi_num_invert(v);
        MI_DECREF(v);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        MiObject *b = POP(), *a = TOP(), *res;
        /* at the recursion limit the comparison raises RecursionError "in
         * comparison" as CPython's, where every comparison counts a level */
        if (MI_UNLIKELY(mi_state->depth >= mi_state->recursion_limit)) {
            res = mi_obj_richcmp(a, b, (int)oparg);
        } else if (a->type == &mi_int_type && b->type == &mi_int_type &&
                   !((MiInt *)a)->is_big && !((MiInt *)b)->is_big) {
            int64_t x = ((MiInt *)a)->small, y = ((MiInt *)b)->small;
            int r;
            switch (oparg) {
            case MI_LT: r = x < y; break;
            case MI_LE: r = x <= y; break;
            case MI_EQ: r = x == y; break;
            case MI_NE: r = x != y; break;
            case MI_GT: r = x > y; break;
            default: r = x >= y; break;
            }
            res = r ? MI_TRUE : MI_FALSE;
            MI_INCREF(res);
        } else if (a->type == &mi_float_type && b->type == &mi_float_type) {
            double x = MI_FLOAT_VALUE(a), y = MI_FLOAT_VALUE(b);
            int r;
            switch (oparg) {
            case MI_LT: r = x < y; break;
            case MI_LE: r = x <= y; break;
            case MI_EQ: r = x == y; break;
            case MI_NE: r = x != y; break;
            case MI_GT: r = x > y; break;
            default: r = x >= y; break;
            }
            res = mi_bool_from(r);
        } else if (a->type == &mi_str_type && b->type == &mi_str_type &&
                   (oparg == MI_EQ || oparg == MI_NE)) {
            int eq = mi_str_eq(a, b);
            res = mi_bool_from(oparg == MI_EQ ? eq : !eq);
        } else {
            res = mi_obj_richcmp(a, b, (int)oparg);
        }
        MI_DECREF(a);
        MI_DECREF(b);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(IS_OP) {
        MiObject *b = POP(), *a = TOP();
        int r = (a == b) ^ (int)oparg;
        MI_DECREF(a);
        MI_DECREF(b);
        SET_TOP(mi_bool_from(r));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        MiObject *container = POP(), *item = TOP();
        int r = mi_obj_contains(container, item);
        MI_DECREF(container);
        MI_DECREF(item);
        if (r < 0) {
            sp--;
            goto error;
        }
        SET_TOP(mi_bool_from(r ^ (int)oparg));
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        MiObject *t = mi_tuple_new((intptr_t)oparg);
        if (t == NULL)
            goto error;
        for (uint32_t i = oparg; i > 0; i--)
            MI_TUPLE_ITEMS(t)[i - 1] = POP();
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        MiObject *l = mi_list_new((intptr_t)oparg);
        if (l == NULL)
            goto error;
        for (uint32_t i = oparg; i > 0; i--)
            MI_LIST_ITEMS(l)[i - 1] = POP();
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        MiObject *s = mi_set_new(NULL);
        int err = s == NULL;
        for (uint32_t i = oparg; i > 0; i--) {
            MiObject *item = PEEK(i);
            if (!err && mi_set_add(s, item) < 0)
                err = 1;
            MI_DECREF(item);
        }
        sp -= oparg;
        if (err) {
            MI_XDECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        MiObject *d = mi_dict_new();
        int err = d == NULL;
        for (uint32_t i = oparg; i > 0; i--) {
            MiObject *key = PEEK(2 * i), *value = PEEK(2 * i - 1);
            if (!err && mi_dict_set(d, key, value) < 0)
                err = 1;
        }
        for (uint32_t i = 0; i < 2 * oparg; i++)
            MI_DECREF(POP());
        if (err) {
            MI_XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        MiObject *keys = POP(), *d = mi_dict_new();
        int err = d == NULL;
        for (uint32_t i = 0; i < oparg && !err; i++) {
            if (mi_dict_set(d, MI_TUPLE_GET(keys, i), PEEK(oparg - i)) < 0)
                err = 1;
        }
        for (uint32_t i = 0; i < oparg; i++)
            MI_DECREF(POP());
        MI_DECREF(keys);
        if (err) {
            MI_XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        MiStrBuilder sb;
        MiObject *s;
        mi_sb_init(&sb);
        for (uint32_t i = oparg; i > 0; i--)
            mi_sb_append_str(&sb, PEEK(i));
        for (uint32_t i = 0; i < oparg; i++)
            MI_DECREF(POP());
        s = mi_sb_finish(&sb);
        if (s == NULL)
            goto error;
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        MiObject *step = oparg == 3 ? POP() : NULL, *stop = POP(), *start = TOP();
        MiObject *s = mi_slice_new(start, stop, step ? step : MI_NONE);
        MI_DECREF(start);
        MI_DECREF(stop);
        MI_XDECREF(step);
        SET_TOP(s);
        if (s == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        MiObject *v = POP();
        int rc = mi_list_append(PEEK(oparg), v);
        MI_DECREF(v);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SET_ADD) {
        MiObject *v = POP();
        int rc = mi_set_add(PEEK(oparg), v);
        MI_DECREF(v);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        MiObject *value = POP(), *key = POP();
        int rc = mi_dict_set(PEEK(oparg), key, value);
        MI_DECREF(key);
        MI_DECREF(value);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        MiObject *iterable = POP();
        int rc = mi_list_extend(PEEK(oparg), iterable);
        if (rc < 0 && mi_err_matches((MiObject *)MI_EXC(TypeError)) &&
            iterable->type->iter == NULL && iterable->type->getitem == NULL) {
            mi_err_clear();
            mi_err_format(MI_EXC(TypeError), "Value after * must be an iterable, not %s",
                          MI_TYPE_NAME(iterable));
        }
        MI_DECREF(iterable);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        MiObject *iterable = POP();
        MiObject *set = PEEK(oparg);
        int rc = mi_set_update(set, iterable);
        MI_DECREF(iterable);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        MiObject *update = POP();
        int rc = mi_dict_update(PEEK(oparg), update);
        if (rc < 0 && mi_err_matches((MiObject *)MI_EXC(AttributeError))) {
            mi_err_clear();
            mi_err_format(MI_EXC(TypeError), "'%s' object is not a mapping", MI_TYPE_NAME(update));
        }
        MI_DECREF(update);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        MiObject *update = POP();
        int rc;
        if (!mi_dict_check(update) && mi_obj_hasattr(update, MI_NAME(keys)) <= 0) {
            if (!mi_err_occurred())
                callable_error(PEEK(oparg + 2), "argument after ** must be a mapping, not %s",
                               MI_TYPE_NAME(update));
            MI_DECREF(update);
            goto error;
        }
        rc = mi_dict_merge(PEEK(oparg), update, 2);
        if (rc < 0 && mi_err_matches((MiObject *)MI_EXC(KeyError))) {
            MiObject *exc = mi_err_fetch();
            MiObject *args = ((MiException *)exc)->args;
            if (args != NULL && MI_TUPLE_SIZE(args) == 1)
                callable_error(PEEK(oparg + 2), "got multiple values for keyword argument '%S'",
                               MI_TUPLE_GET(args, 0));
            else
                mi_err_restore(mi_newref(exc));
            MI_DECREF(exc);
        }
        MI_DECREF(update);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        MiObject *list = TOP(), *t = mi_list_as_tuple(list);
        MI_DECREF(list);
        SET_TOP(t);
        if (t == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        MiObject *spec = (oparg & 4) ? POP() : NULL, *value = TOP();
        MiObject *res = format_value(value, (int)(oparg & 3), spec);
        MI_XDECREF(spec);
        MI_DECREF(value);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        MiObject *seq = POP();
        int rc = unpack(seq, (int)oparg, 0, 0, sp);
        MI_DECREF(seq);
        if (rc < 0)
            goto error;
        sp += oparg;
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        MiObject *seq = POP();
        int before = (int)(oparg & 0xff), after = (int)(oparg >> 8);
        int rc = unpack(seq, before, after, 1, sp);
        MI_DECREF(seq);
        if (rc < 0)
            goto error;
        sp += before + after + 1;
        DISPATCH();
    }

    TARGET(JUMP_FORWARD) {
        ip = co->code + oparg;
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        /* the check comes first: an interrupt is raised at the jump's line */
        if (mi_state->eval_breaker && handle_eval_breaker() < 0)
            goto error;
        ip = co->code + oparg;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        MiObject *v = POP();
        if (v == MI_FALSE) {
            ip = co->code + oparg;
        } else if (v != MI_TRUE) {
            int truth = mi_obj_is_true(v);
            if (truth < 0) {
                MI_DECREF(v);
                goto error;
            }
            if (!truth)
                ip = co->code + oparg;
        }
        MI_DECREF(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        MiObject *v = POP();
        if (v == MI_TRUE) {
            ip = co->code + oparg;
        } else if (v != MI_FALSE) {
            int truth = mi_obj_is_true(v);
            if (truth < 0) {
                MI_DECREF(v);
                goto error;
            }
            if (truth)
                ip = co->code + oparg;
        }
        MI_DECREF(v);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        MiObject *v = TOP();
        int truth = v == MI_TRUE ? 1 : v == MI_FALSE ? 0 : mi_obj_is_true(v);
        if (truth < 0)
            goto error;
        if (!truth) {
            ip = co->code + oparg;
        } else {
            sp--;
            MI_DECREF(v);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        MiObject *v = TOP();
        int truth = v == MI_TRUE ? 1 : v == MI_FALSE ? 0 : mi_obj_is_true(v);
        if (truth < 0)
            goto error;
        if (truth) {
            ip = co->code + oparg;
        } else {
            sp--;
            MI_DECREF(v);
        }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        MiObject *v = TOP(), *it = mi_obj_iter(v);
        MI_DECREF(v);
        SET_TOP(it);
        if (it == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        MiObject *it = TOP(), *next;
        if (it->type == &mi_list_iter_type) {
            MiSeqIter *li = (MiSeqIter *)it;
            if (li->seq != NULL && li->index < MI_LIST_SIZE(li->seq)) {
                next = MI_LIST_ITEMS(li->seq)[li->index++];
                MI_INCREF(next);
                PUSH(next);
                DISPATCH();
            }
            next = NULL;
        } else if (it->type == &mi_range_iter_type) {
            MiRangeIter *ri = (MiRangeIter *)it;
            if (ri->remaining > 0) {
                int64_t v = ri->next;
                ri->next += ri->step;
                ri->remaining--;
                next = mi_int_from_i64(v);
                if (next == NULL)
                    goto error;
                PUSH(next);
                DISPATCH();
            }
            next = NULL;
        } else {
            next = it->type->iternext(it);
            if (next != NULL) {
                PUSH(next);
                DISPATCH();
            }
            if (mi_err_occurred()) {
                if (!mi_err_matches((MiObject *)MI_EXC(StopIteration)))
                    goto error;
                mi_err_clear();
            }
        }
        sp--;
        MI_DECREF(it);
        ip = co->code + oparg;
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        if (f->init_return_self) {
            MiObject *self = localsplus[0];
            if (retval != MI_NONE) {
                mi_err_format(MI_EXC(TypeError), "__init__() should return None, not '%s'",
                              MI_TYPE_NAME(retval));
                MI_DECREF(retval);
                retval = NULL;
                goto error;
            }
            MI_DECREF(retval);
            retval = mi_newref(self);
        }
        if (f == entry) {
            f->stackdepth = sp - stack_base;
            f->suspended = 0;
            mi_state->frame = f->previous;
            return retval;
        }
        {
            MiFrame *callee = f;
            int pops = callee->caller_pops;
            f = callee->previous;
            mi_state->frame = f;
            mi_frame_pop(callee, sp);
            mi_state->depth--;
            LOAD_REGISTERS();
            while (pops-- > 0) {
                MiObject *v = POP();
                MI_XDECREF(v);
            }
            PUSH(retval);
            retval = NULL;
        }
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        retval = POP();
        f->ip = ip;
        f->stackdepth = sp - stack_base;
        f->suspended = 1;
        mi_state->frame = f->previous;
        return retval;
    }

    TARGET(GET_YIELD_FROM_ITER) {
        MiObject *v = TOP();
        if (v->type != &mi_gen_type) {
            MiObject *it = mi_obj_iter(v);
            MI_DECREF(v);
            SET_TOP(it);
            if (it == NULL)
                goto error_popped1;
        }
        DISPATCH();
    }

    TARGET(SEND) {
        MiObject *v = POP(), *it = TOP(), *res, *rv = NULL;
        if (it->type == &mi_gen_type) {
            res = mi_gen_send(it, v, &rv);
        } else if (v == MI_NONE && it->type->iternext != NULL) {
            res = it->type->iternext(it);
            if (res == NULL && mi_err_matches((MiObject *)MI_EXC(StopIteration))) {
                MiObject *exc = mi_err_fetch();
                rv = mi_stop_iteration_value(exc);
                MI_DECREF(exc);
            } else if (res == NULL && !mi_err_occurred()) {
                rv = mi_newref(MI_NONE);
            }
        } else {
            res = mi_call_method(it, MI_NAME(send), &v, 1);
            if (res == NULL && mi_err_matches((MiObject *)MI_EXC(StopIteration))) {
                MiObject *exc = mi_err_fetch();
                rv = mi_stop_iteration_value(exc);
                MI_DECREF(exc);
            }
        }
        MI_DECREF(v);
        if (res != NULL) {
            PUSH(res);
            DISPATCH();
        }
        if (rv == NULL) {
            if (!mi_err_occurred())
                rv = mi_newref(MI_NONE);
            else
                goto error;
        }
        MI_DECREF(it);
        SET_TOP(rv);
        ip = co->code + oparg;
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        MiObject *cause = NULL, *exc = NULL;
        if (oparg == 2)
            cause = POP();
        if (oparg >= 1)
            exc = POP();
        if (oparg == 0) {
            MiObject *handled = mi_state->handled;
            if (handled == NULL || handled == MI_NONE) {
                mi_err_set(MI_EXC(RuntimeError), "No active exception to reraise");
                goto error;
            }
            mi_err_restore(mi_newref(handled));
            goto exception_unwind;
        }
        do_raise(exc, cause);
        MI_DECREF(exc);
        MI_XDECREF(cause);
        goto error;
    }

    TARGET(RERAISE) {
        MiObject *exc = POP();
        mi_err_restore(exc);
        goto exception_unwind;
    }

    TARGET(PUSH_EXC_INFO) {
        MiObject *exc = TOP(), *prev = mi_state->handled;
        SET_TOP(prev ? prev : mi_newref(MI_NONE));
        mi_state->handled = mi_newref(exc);
        PUSH(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        MiObject *prev = POP(), *old = mi_state->handled;
        if (prev == MI_NONE) {
            MI_DECREF(prev);
            prev = NULL;
        }
        mi_state->handled = prev;
        MI_XDECREF(old);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        MiObject *type = TOP(), *exc = SECOND();
        int match;
        if (check_except_type(type) < 0)
            goto error;
        match = mi_exc_matches(exc, type);
        MI_DECREF(type);
        SET_TOP(mi_bool_from(match));
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        MiObject *mgr = TOP(), *enter, *exit, *res;
        enter = special_lookup(mgr, MI_NAME(__enter__));
        if (enter == NULL)
            goto error;
        exit = special_lookup(mgr, MI_NAME(__exit__));
        if (exit == NULL) {
            MI_DECREF(enter);
            goto error;
        }
        res = mi_call0(enter);
        MI_DECREF(enter);
        if (res == NULL) {
            MI_DECREF(exit);
            goto error;
        }
        SET_TOP(exit);                  /* [exit, res]: see emit_exit_call */
        MI_DECREF(mgr);
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        MiObject *exc = TOP(), *exit = PEEK(3), *res;
        MiObject *tb = mi_exc_get_traceback(exc);
        MiObject *args[3] = {(MiObject *)exc->type, exc, tb ? tb : MI_NONE};
        res = mi_call(exit, args, 3, NULL);
        if (res == NULL)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(mi_newref((MiObject *)MI_EXC(AssertionError)));
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        MiObject *bc = mi_dict_check(f->builtins)
                           ? mi_dict_get_str(f->builtins, MI_NAME(__build_class__)) : NULL;
        if (bc == NULL) {
            mi_err_set(MI_EXC(NameError), "__build_class__ not found");
            goto error;
        }
        PUSH(mi_newref(bc));
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        MiObject *ann;
        int has = f->locals->type == &mi_dict_type
                      ? mi_dict_contains(f->locals, MI_NAME(__annotations__))
                      : mi_obj_contains(f->locals, MI_NAME(__annotations__));
        if (has < 0)
            goto error;
        if (!has) {
            ann = mi_dict_new();
            if (ann == NULL || mi_obj_setitem(f->locals, MI_NAME(__annotations__), ann) < 0) {
                MI_XDECREF(ann);
                goto error;
            }
            MI_DECREF(ann);
        }
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        MiObject *code = POP();
        MiFunction *func = (MiFunction *)mi_function_new((MiCode *)code, f->globals,
                                                         ((MiCode *)code)->qualname);
        MI_DECREF(code);
        if (func == NULL)
            goto error;
        if (oparg & 8)
            func->closure = POP();
        if (oparg & 4)
            func->annotations = POP();
        if (oparg & 2)
            func->kwdefaults = POP();
        if (oparg & 1)
            func->defaults = POP();
        PUSH((MiObject *)func);
        DISPATCH();
    }

    TARGET(CALL) {
        call_kwnames = NULL;
        call_nargs = (intptr_t)oparg;
    do_call:
        {
            MiObject *kwnames = call_kwnames;
            intptr_t nargs = call_nargs;
            MiObject **args, *callable, *res;
            intptr_t nkw = mi_args_nkw(kwnames);
            intptr_t total = nargs + nkw;
            MiObject *a = PEEK(total + 2);
            if (a != NULL) {
                callable = a;
                args = sp - total - 1;
                nargs++;
            } else {
                callable = PEEK(total + 1);
                args = sp - total;
                if (callable->type == &mi_method_type) {
                    /* a bound method: [func, self, args...], the layout
                     * LOAD_METHOD makes, so a Python function runs inline */
                    MiMethod *m = (MiMethod *)callable;
                    PEEK(total + 2) = mi_newref(m->func);
                    PEEK(total + 1) = mi_newref(m->self);
                    MI_DECREF(callable);
                    callable = PEEK(total + 2);
                    args = sp - total - 1;
                    nargs++;
                }
            }
            if (callable->type == &mi_function_type) {
                MiFunction *func = (MiFunction *)callable;
                MiCode *fco = func->code;
                MiFrame *nf;
                if (mi_state->eval_breaker && handle_eval_breaker() < 0)
                    goto call_error;
                if (!(fco->flags & MI_CO_GENERATOR)) {
                    if (++mi_state->depth > mi_state->recursion_limit) {
                        mi_state->depth--;
                        mi_err_set(MI_EXC(RecursionError), "maximum recursion depth exceeded");
                        goto call_error;
                    }
                    nf = mi_frame_push(func);
                    if (nf == NULL) {
                        mi_state->depth--;
                        goto call_error;
                    }
                    if ((fco->flags & MI_CO_SIMPLE_ARGS) && nkw == 0 && nargs == fco->argcount) {
                        for (intptr_t i = 0; i < nargs; i++) {
                            MI_INCREF(args[i]);
                            nf->localsplus[i] = args[i];
                        }
                        if (!(fco->flags & MI_CO_NOFREE) && mi_frame_init_cells(nf) < 0) {
                            mi_frame_pop(nf, NULL);
                            mi_state->depth--;
                            goto call_error;
                        }
                    } else if (mi_frame_bind_args(nf, func, args, nargs, kwnames) < 0) {
                        mi_frame_pop(nf, NULL);
                        mi_state->depth--;
                        goto call_error;
                    }
                    MI_XDECREF(kwnames);
                    f->ip = ip;
                    f->stackdepth = sp - stack_base;
                    nf->previous = f;
                    nf->caller_pops = (int)(total + 2);
                    f = nf;
                    mi_state->frame = f;
                    LOAD_REGISTERS();
                    DISPATCH();
                }
            }
            f->ip = ip;
            if (callable->type->call == NULL) {
                mi_err_format(MI_EXC(TypeError), "'%s' object is not callable",
                              MI_TYPE_NAME(callable));
                goto call_error;
            }
            if (callable->type == &mi_function_type) {
                res = callable->type->call(callable, args, nargs, kwnames);
            } else {
                if (mi_enter_recursive(" while calling a Python object") < 0)
                    goto call_error;
                res = callable->type->call(callable, args, nargs, kwnames);
                mi_leave_recursive();
            }
            MI_XDECREF(kwnames);
            for (intptr_t i = 0; i < total + 2; i++) {
                MiObject *v = POP();
                MI_XDECREF(v);
            }
            if (res == NULL)
                goto error;
            PUSH(res);
            DISPATCH();
        call_error:
            MI_XDECREF(kwnames);
            for (intptr_t i = 0; i < total + 2; i++) {
                MiObject *v = POP();
                MI_XDECREF(v);
            }
            goto error;
        }
    }

    TARGET(CALL_KW) {
        call_kwnames = POP();
        call_nargs = (intptr_t)oparg - MI_TUPLE_SIZE(call_kwnames);
        goto do_call;
    }

    TARGET(CALL_FUNCTION_EX) {
        MiObject *kwargs = (oparg & 1) ? POP() : NULL, *args = POP(), *func = TOP(), *res;
        f->ip = ip;
        if (kwargs != NULL && kwargs->type != &mi_dict_type) {
            MiObject *d = mi_dict_new();
            if (d == NULL || mi_dict_merge(d, kwargs, 2) < 0) {
                MI_XDECREF(d);
                MI_DECREF(kwargs);
                MI_DECREF(args);
                goto error;
            }
            MI_DECREF(kwargs);
            kwargs = d;
        }
        if (args->type != &mi_tuple_type) {
            MiObject *t;
            if (args->type->iter == NULL && args->type->getitem == NULL) {
                callable_error(func, "argument after * must be an iterable, not %s",
                               MI_TYPE_NAME(args));
                MI_DECREF(args);
                MI_XDECREF(kwargs);
                goto error;
            }
            t = mi_seq_to_tuple(args);
            MI_DECREF(args);
            if (t == NULL) {
                MI_XDECREF(kwargs);
                goto error;
            }
            args = t;
        }
        res = mi_call_tuple_dict(func, args, kwargs);
        MI_DECREF(args);
        MI_XDECREF(kwargs);
        MI_DECREF(func);
        sp--;
        if (oparg & 2) {
            MiObject *null = POP();
            MI_XDECREF(null);
        }
        if (res == NULL)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        MiObject *fromlist = POP(), *level = TOP(), *res;
        f->ip = ip;
        res = mi_import_name(MI_TUPLE_GET(names, oparg), f->globals, fromlist,
                             (int)mi_int_as_ssize(level));
        MI_DECREF(fromlist);
        MI_DECREF(level);
        SET_TOP(res);
        if (res == NULL)
            goto error_popped1;
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        MiObject *res = mi_import_from(TOP(), MI_TUPLE_GET(names, oparg));
        if (res == NULL)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        MiObject *module = POP();
        int rc = import_star(module, f->locals);
        MI_DECREF(module);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        MiObject *v = POP();
        int rc = print_expr(v);
        MI_DECREF(v);
        if (rc < 0)
            goto error;
        DISPATCH();
    }

    TARGET(GET_LEN) {
        intptr_t n = mi_obj_len(TOP());
        MiObject *len = n < 0 ? NULL : mi_int_from_i64(n);
        if (len == NULL)
            goto error;
        PUSH(len);
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
        MiObject *res = mi_bool_from(mi_match_is_sequence(TOP()));
        PUSH(res);
        DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
        MiObject *res = mi_bool_from(mi_match_is_mapping(TOP()));
        PUSH(res);
        DISPATCH();
    }

    TARGET(MATCH_KEYS) {
        MiObject *values = mi_match_keys(SECOND(), TOP()), *found;
        if (values == NULL)
            goto error;
        found = mi_bool_from(values != MI_NONE);
        PUSH(values);
        PUSH(found);
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        MiObject *names = POP(), *cls = TOP(), *subject = SECOND();
        MiObject *attrs = mi_match_class(subject, cls, (intptr_t)oparg, names);
        MI_DECREF(names);
        if (attrs != NULL) {
            MI_DECREF(subject);
            SET_SECOND(attrs);
        } else if (mi_err_occurred()) {
            goto error;
        }
        MI_DECREF(cls);
        SET_TOP(mi_bool_from(attrs != NULL));
        DISPATCH();
    }

    TARGET(COPY_DICT_WITHOUT_KEYS) {
        MiObject *keys = TOP();
        MiObject *rest = mi_match_copy_without_keys(SECOND(), keys);
        if (rest == NULL)
            goto error;
        MI_DECREF(keys);
        SET_TOP(rest);
        DISPATCH();
    }

#ifndef USE_COMPUTED_GOTO
    default:
        mi_err_format(MI_EXC(SystemError), "unknown opcode %d", (int)MI_INSTR_OP(word));
        goto error;
    }
#endif

error_popped1:
    /* the instruction's result slot held NULL: drop it */
    sp--;
error:
    f->ip = ip;
    if (!mi_err_occurred())
        mi_err_format(MI_EXC(SystemError), "error return without exception set");
    if (mi_state->exc != NULL)
        mi_traceback_add(mi_state->exc, f);
exception_unwind:
    {
        MiExcEntry *e = find_handler(co, (ip - 1) - co->code);
        if (e != NULL) {
            MiObject **target = stack_base + e->depth;
            while (sp > target) {
                MiObject *v = POP();
                MI_XDECREF(v);
            }
            PUSH(mi_err_fetch());
            ip = co->code + e->handler;
            DISPATCH();
        }
    }
    /* no handler here: leave the frame */
    while (sp > stack_base) {
        MiObject *v = POP();
        MI_XDECREF(v);
    }
    if (f == entry) {
        f->stackdepth = 0;
        f->suspended = 0;
        mi_state->frame = f->previous;
        return NULL;
    }
    {
        MiFrame *callee = f;
        int pops = callee->caller_pops;
        f = callee->previous;
        mi_state->frame = f;
        mi_frame_pop(callee, NULL);
        mi_state->depth--;
        LOAD_REGISTERS();
        while (pops-- > 0) {
            MiObject *v = POP();
            MI_XDECREF(v);
        }
    }
    goto error;
}
