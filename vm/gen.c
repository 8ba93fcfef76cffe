/* vm/gen.c: generator objects.
 *
 * A generator owns the frame of its function, copied out of the data stack
 * when the generator is created.  send() pushes the sent value on the
 * frame's stack and runs mi_eval_frame() until the next YIELD_VALUE (the
 * frame is then `suspended`) or the return.  The exception the generator
 * was handling when it yielded is kept in frame.handled_saved and swapped
 * with the caller's on every resume, so `sys.exc_info()` stays per
 * generator as in CPython.
 *
 * throw() resumes the frame with the exception raised at the yield; when
 * the generator is suspended inside `yield from`, the exception goes to the
 * delegate first.  close() throws GeneratorExit.  A generator that dies
 * suspended is closed by its finalizer (so its `finally` blocks run). */
#include "vm/gen.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/opcodes.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"
#include "vm/weakref.h"

#define GEN_STACK(g) ((g)->frame.localsplus + (g)->frame.code->nlocalsplus)
#define GEN_SP(g) (GEN_STACK(g) + (g)->frame.stackdepth)

MiObject *
mi_gen_new_from_frame(MiFrame *f)
{
    MiCode *co = f->code;
    size_t slots = (size_t)co->framesize;
    MiGen *g = (MiGen *)mi_object_alloc_var(&mi_gen_type,
                                            (intptr_t)(slots * sizeof(MiObject *)));
    if (g == NULL) {
        mi_frame_pop(f, NULL);
        return NULL;
    }
    /* move the frame (and the references it holds) into the generator */
    memcpy(&g->frame, f, sizeof(MiFrame) + (size_t)co->nlocalsplus * sizeof(MiObject *));
    g->frame.owner = MI_FRAME_IN_GENERATOR;
    g->frame.gen = (MiObject *)g;
    g->frame.frame_obj = NULL;
    g->frame.previous = NULL;
    g->frame.stackdepth = 0;
    g->frame.ip = co->code;
    g->name = mi_newref(f->func->name);
    g->qualname = mi_newref(f->func->qualname);
    /* the data-stack copy gave up its references: release only the slot */
    memset(f->localsplus, 0, (size_t)co->nlocalsplus * sizeof(MiObject *));
    f->func = NULL;
    f->locals = NULL;
    f->handled_saved = NULL;
    mi_frame_pop(f, NULL);
    MI_GC_TRACK(g);
    return (MiObject *)g;
}

static void
gen_clear_frame(MiGen *g)
{
    if (!g->finished) {
        g->finished = 1;
        mi_frame_finish(&g->frame, GEN_SP(g));
        g->frame.stackdepth = 0;
    }
    MI_CLEAR(g->yieldfrom);
}

/* Runs the generator's frame once (value: what send() delivers, or the
 * exception already raised when `throwflag`).  Returns the yielded value,
 * or NULL: then *retval is the return value when the generator finished
 * normally (no exception set). */
static MiObject *
gen_resume(MiGen *g, MiObject *value, int throwflag, MiObject **retval)
{
    MiFrame *f = &g->frame;
    MiObject *res, *caller_handled;
    *retval = NULL;
    if (g->running) {
        mi_err_set(MI_EXC(ValueError), "generator already executing");
        return NULL;
    }
    if (g->finished) {
        if (throwflag)
            return NULL;            /* the exception stays raised */
        *retval = NULL;
        return NULL;
    }
    if (!g->started && value != NULL && value != MI_NONE && !throwflag) {
        mi_err_set(MI_EXC(TypeError), "can't send non-None value to a just-started generator");
        return NULL;
    }
    if (g->started && !throwflag) {
        GEN_SP(g)[0] = mi_newref(value ? value : MI_NONE);
        f->stackdepth++;
    }
    if (mi_enter_recursive(" while calling a Python object") < 0)
        return NULL;
    if (++mi_state->depth > mi_state->recursion_limit) {
        mi_state->depth--;
        if (g->started && !throwflag) {
            f->stackdepth--;
            MI_DECREF(GEN_SP(g)[0]);
        }
        mi_err_set(MI_EXC(RecursionError), "maximum recursion depth exceeded");
        return NULL;
    }
    g->started = 1;
    g->running = 1;
    caller_handled = mi_state->handled;
    mi_state->handled = f->handled_saved;
    f->handled_saved = NULL;
    MI_INCREF(g);
    res = mi_eval_frame(f, throwflag);
    f->handled_saved = mi_state->handled;
    mi_state->handled = caller_handled;
    g->running = 0;
    mi_state->depth--;
    if (res != NULL && f->suspended) {
        MI_DECREF(g);
        return res;
    }
    /* finished: returned (res) or raised (NULL) */
    if (res == NULL && mi_err_matches((MiObject *)MI_EXC(StopIteration))) {
        /* PEP 479: a StopIteration escaping a generator is a RuntimeError */
        MiObject *exc = mi_err_fetch();
        mi_err_set(MI_EXC(RuntimeError), "generator raised StopIteration");
        {
            MiObject *rt = mi_err_peek();
            if (rt != NULL) {
                mi_exc_set_cause(rt, mi_newref(exc));
                mi_exc_set_context(rt, exc);
                exc = NULL;
            }
        }
        MI_XDECREF(exc);
    }
    gen_clear_frame(g);
    MI_DECREF(g);
    *retval = res;
    return NULL;
}

MiObject *
mi_gen_send(MiObject *gen, MiObject *value, MiObject **retval)
{
    MiGen *g = (MiGen *)gen;
    MiObject *res = gen_resume(g, value, 0, retval);
    if (res == NULL && *retval == NULL && !mi_err_occurred())
        *retval = mi_newref(MI_NONE);
    return res;
}

/* next(gen): the iternext slot (NULL without exception at the end). */
static MiObject *
gen_iternext(MiObject *self)
{
    MiObject *rv, *res = gen_resume((MiGen *)self, MI_NONE, 0, &rv);
    if (res == NULL && rv != NULL) {
        if (rv != MI_NONE) {
            /* a generator returning a value from next(): StopIteration(value) */
            mi_err_set_object(MI_EXC(StopIteration), rv);
        }
        MI_DECREF(rv);
    }
    return res;
}

/* Raises StopIteration(value) for send()/throw() that ended the
 * generator with a return value. */
static MiObject *
stop_with(MiObject *rv)
{
    if (rv == NULL)
        return NULL;
    if (rv == MI_NONE)
        mi_err_set_none(MI_EXC(StopIteration));
    else
        mi_err_set_object(MI_EXC(StopIteration), rv);
    MI_DECREF(rv);
    return NULL;
}

static MiObject *
gen_send_method(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *rv, *res;
    MiGen *g = (MiGen *)self;
    (void)nargs;
    (void)kw;
    if (g->finished) {
        mi_err_set_none(MI_EXC(StopIteration));
        return NULL;
    }
    res = gen_resume(g, args[0], 0, &rv);
    if (res != NULL)
        return res;
    if (rv == NULL && !mi_err_occurred())
        rv = mi_newref(MI_NONE);
    return stop_with(rv);
}

/* Is the generator suspended at the yield of a `yield from`?  Then the
 * delegate iterator is on top of its stack. */
static MiObject *
yield_from_delegate(MiGen *g)
{
    MiFrame *f = &g->frame;
    uint32_t word;
    if (!g->started || g->finished || f->stackdepth < 1)
        return NULL;
    word = *f->ip;
    if (MI_INSTR_OP(word) != MI_OP_JUMP_BACKWARD)
        return NULL;
    if (MI_INSTR_OP(f->code->code[MI_INSTR_ARG(word)]) != MI_OP_SEND)
        return NULL;
    return GEN_SP(g)[-1];
}

/* Resumes after the `yield from` of a delegate that finished with `value`
 * (stolen): the delegate is dropped and SEND's exit continues. */
static MiObject *
finish_yield_from(MiGen *g, MiObject *value, MiObject **retval)
{
    MiFrame *f = &g->frame;
    uint32_t send_word = f->code->code[MI_INSTR_ARG(*f->ip)];
    MiObject **sp = GEN_SP(g), *res;
    /* drop the delegate; resuming pushes `value` where SEND's exit wants
     * the result */
    MI_DECREF(sp[-1]);
    f->stackdepth--;
    f->ip = f->code->code + MI_INSTR_ARG(send_word);
    res = gen_resume(g, value, 0, retval);
    MI_DECREF(value);
    return res;
}

static MiObject *
gen_throw_exc(MiGen *g, MiObject *exc, int close_on_exit, MiObject **retval)
{
    MiObject *delegate = yield_from_delegate(g);
    *retval = NULL;
    if (delegate != NULL) {
        MiObject *res = NULL, *rv = NULL;
        MI_INCREF(delegate);
        if (mi_exc_matches(exc, (MiObject *)MI_EXC(GeneratorExit))) {
            /* close the delegate, then raise GeneratorExit here */
            if (delegate->type == &mi_gen_type) {
                MiObject *r = mi_call_method(delegate, MI_NAME(close), NULL, 0);
                MI_XDECREF(r);
            } else {
                MiObject *closem;
                if (mi_obj_lookup_attr(delegate, MI_NAME(close), &closem) > 0) {
                    MiObject *r = mi_call0(closem);
                    MI_DECREF(closem);
                    MI_XDECREF(r);
                }
            }
            MI_DECREF(delegate);
            if (mi_err_occurred())
                return gen_resume(g, NULL, 1, retval);
            goto throw_here;
        }
        if (delegate->type == &mi_gen_type) {
            res = gen_throw_exc((MiGen *)delegate, exc, 0, &rv);
        } else {
            MiObject *thrower;
            int rc = mi_obj_lookup_attr(delegate, MI_NAME(throw), &thrower);
            if (rc <= 0) {
                MI_DECREF(delegate);
                if (rc < 0)
                    return gen_resume(g, NULL, 1, retval);
                goto throw_here;
            }
            res = mi_call1(thrower, exc);
            MI_DECREF(thrower);
            if (res == NULL && mi_err_matches((MiObject *)MI_EXC(StopIteration))) {
                MiObject *e = mi_err_fetch();
                rv = mi_stop_iteration_value(e);
                MI_DECREF(e);
            }
        }
        MI_DECREF(delegate);
        if (res != NULL)
            return res;                 /* the delegate yielded */
        if (rv != NULL)
            return finish_yield_from(g, rv, retval);
        /* the delegate raised: raise that here */
        return gen_resume(g, NULL, 1, retval);
    }
throw_here:
    (void)close_on_exit;
    mi_err_raise(exc);
    return gen_resume(g, NULL, 1, retval);
}

static MiObject *
gen_throw(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiGen *g = (MiGen *)self;
    MiObject *typ, *val, *exc, *rv, *res;
    if (mi_args_check("throw", nargs, kw, 1, 3) < 0)
        return NULL;
    typ = args[0];
    val = nargs > 1 ? args[1] : MI_NONE;
    if (mi_exc_is_class(typ)) {
        if (val != MI_NONE && mi_exc_is_instance(val)) {
            exc = mi_newref(val);
        } else {
            exc = val == MI_NONE ? mi_call0(typ)
                  : mi_tuple_check(val) ? mi_call_tuple_dict(typ, val, NULL) : mi_call1(typ, val);
            if (exc == NULL)
                return NULL;
        }
    } else if (mi_exc_is_instance(typ)) {
        if (val != MI_NONE) {
            return mi_err_format(MI_EXC(TypeError), "instance exception may not have a separate "
                                 "value");
        }
        exc = mi_newref(typ);
    } else {
        return mi_err_format(MI_EXC(TypeError), "exceptions must be classes or instances deriving "
                             "from BaseException, not %s", MI_TYPE_NAME(typ));
    }
    if (nargs > 2 && args[2] != MI_NONE)
        mi_exc_set_traceback(exc, args[2]);
    if (g->finished || !g->started) {
        /* not started or done: raise at once (and finish) */
        gen_clear_frame(g);
        g->started = 1;
        mi_err_raise(exc);
        MI_DECREF(exc);
        return NULL;
    }
    res = gen_throw_exc(g, exc, 0, &rv);
    MI_DECREF(exc);
    if (res != NULL)
        return res;
    if (rv != NULL)
        return stop_with(rv);
    return NULL;
}

/* close(): GeneratorExit inside; it must not yield again. */
static int
gen_close_impl(MiGen *g)
{
    MiObject *exc, *res, *rv;
    if (!g->started || g->finished) {
        gen_clear_frame(g);
        g->started = 1;
        return 0;
    }
    exc = mi_call0((MiObject *)MI_EXC(GeneratorExit));
    if (exc == NULL)
        return -1;
    res = gen_throw_exc(g, exc, 1, &rv);
    MI_DECREF(exc);
    if (res != NULL) {
        MI_DECREF(res);
        mi_err_set(MI_EXC(RuntimeError), "generator ignored GeneratorExit");
        return -1;
    }
    MI_XDECREF(rv);
    if (mi_err_occurred()) {
        if (mi_err_matches((MiObject *)MI_EXC(GeneratorExit)) ||
            mi_err_matches((MiObject *)MI_EXC(StopIteration))) {
            mi_err_clear();
            return 0;
        }
        return -1;
    }
    return 0;
}

static MiObject *
gen_close(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    if (gen_close_impl((MiGen *)self) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static void
gen_finalize(MiObject *self)
{
    MiGen *g = (MiGen *)self;
    MiObject *saved = mi_err_fetch();
    if (g->started && !g->finished) {
        if (gen_close_impl(g) < 0)
            mi_err_write_unraisable(self);
    }
    mi_err_restore(saved);
}

static int
gen_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MiGen *g = (MiGen *)self;
    MI_VISIT(g->name);
    MI_VISIT(g->qualname);
    MI_VISIT(g->yieldfrom);
    if (!g->finished)
        return mi_frame_traverse(&g->frame, GEN_SP(g), visit, arg);
    return 0;
}

static int
gen_clear(MiObject *self)
{
    gen_clear_frame((MiGen *)self);
    return 0;
}

static void
gen_dealloc(MiObject *self)
{
    MiGen *g = (MiGen *)self;
    MI_GC_UNTRACK(self);
    if (g->weaklist != NULL)
        mi_weakref_clear_all(self);
    if (g->started && !g->finished) {
        MI_GC_TRACK(self);
        if (mi_finalize_from_dealloc(self))
            return;                 /* resurrected */
        MI_GC_UNTRACK(self);
    }
    gen_clear_frame(g);
    MI_CLEAR(g->name);
    MI_CLEAR(g->qualname);
    mi_object_free(self);
}

static MiObject *
gen_repr(MiObject *self)
{
    return mi_str_format("<generator object %U at %p>", ((MiGen *)self)->qualname, (void *)self);
}

static MiObject *
gen_iter(MiObject *self)
{
    return mi_newref(self);
}

static MiObject *
gen_get_running(MiObject *self, void *c)
{
    (void)c;
    return mi_bool_from(((MiGen *)self)->running);
}

static MiObject *
gen_get_frame(MiObject *self, void *c)
{
    MiGen *g = (MiGen *)self;
    MiObject *fo;
    (void)c;
    if (g->finished)
        MI_RETURN_NONE;
    fo = mi_frame_get_object(&g->frame);
    return fo ? mi_newref(fo) : NULL;
}

static MiObject *
gen_get_code(MiObject *self, void *c)
{
    (void)c;
    return mi_newref((MiObject *)((MiGen *)self)->frame.code);
}

static MiObject *
gen_get_yieldfrom(MiObject *self, void *c)
{
    MiObject *d = yield_from_delegate((MiGen *)self);
    (void)c;
    return mi_newref(d ? d : MI_NONE);
}

static MiObject *
gen_get_suspended(MiObject *self, void *c)
{
    MiGen *g = (MiGen *)self;
    (void)c;
    return mi_bool_from(g->started && !g->finished && !g->running);
}

static MiGetSetDef gen_getsets[] = {
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MiMemberDef gen_members[] = {
    {"__name__", MI_MEMBER_OBJECT, offsetof(MiGen, name), 0, NULL},
    {"__qualname__", MI_MEMBER_OBJECT, offsetof(MiGen, qualname), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static MiMethodDef gen_methods[] = {
    {"send", gen_send_method, MI_METH_O, NULL},
    {"throw", gen_throw, MI_METH_VARARGS, NULL},
    {"close", gen_close, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

MiType mi_gen_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "generator",
    .basicsize = sizeof(MiGen),
    .itemsize = 1,
    .flags = MI_TYPE_GC,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .members = gen_members,
    .getsets = gen_getsets,
    .weaklistoffset = offsetof(MiGen, weaklist),
};
