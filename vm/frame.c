/* vm/frame.c: frames, frame objects and tracebacks (see vm/frame.h).
 *
 * The data stack is a list of chunks of at least MI_DATA_CHUNK bytes used
 * strictly last-in first-out: pushing a frame bumps the top pointer of the
 * current chunk, popping resets it.  A chunk is freed when it empties
 * (except the first), so a deep recursion returns its memory.
 *
 * A frame object made for a running frame points at it; when the frame is
 * popped, the object copies the frame and takes over the references to its
 * function and locals (so tb_frame.f_locals still works after the
 * function returned, and the locals live as long as the traceback, as in
 * CPython). */
#include "vm/frame.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/gen.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"

#define MI_DATA_CHUNK (256 * 1024)

struct MiDataChunk {
    MiDataChunk *prev;
    char        *top;
    char        *limit;
    char         data[];
};

size_t
mi_frame_size(MiCode *code)
{
    return (sizeof(MiFrame) + (size_t)code->framesize * sizeof(MiObject *) + 15) & ~(size_t)15;
}

static MiFrame *
data_alloc(size_t size)
{
    MiDataChunk *chunk = mi_state->data;
    MiFrame *f;
    if (chunk == NULL || (size_t)(chunk->limit - chunk->top) < size) {
        size_t bytes = size + sizeof(MiDataChunk) > MI_DATA_CHUNK ? size + sizeof(MiDataChunk)
                                                                  : MI_DATA_CHUNK;
        MiDataChunk *c = mi_malloc(bytes);
        if (c == NULL)
            return (MiFrame *)mi_err_nomemory();
        c->prev = chunk;
        c->top = c->data;
        c->limit = (char *)c + bytes;
        mi_state->data = chunk = c;
    }
    f = (MiFrame *)chunk->top;
    chunk->top += size;
    return f;
}

static void
data_free(MiFrame *f)
{
    MiDataChunk *chunk = mi_state->data;
    chunk->top = (char *)f;
    if (chunk->top == chunk->data && chunk->prev != NULL) {
        mi_state->data = chunk->prev;
        mi_free(chunk);
    }
}

/* Releases every chunk (interpreter exit). */
void
mi_frame_free_data_stack(void)
{
    while (mi_state->data != NULL) {
        MiDataChunk *prev = mi_state->data->prev;
        mi_free(mi_state->data);
        mi_state->data = prev;
    }
}

MiFrame *
mi_frame_push(MiFunction *func)
{
    MiCode *co = func->code;
    MiFrame *f = data_alloc(mi_frame_size(co));
    if (f == NULL)
        return NULL;
    f->previous = NULL;
    f->func = (MiFunction *)mi_newref((MiObject *)func);
    f->code = co;
    f->globals = func->globals;
    f->builtins = func->builtins;
    f->locals = NULL;
    f->ip = co->code;
    f->stackdepth = 0;
    f->frame_obj = NULL;
    f->gen = NULL;
    f->handled_saved = NULL;
    f->caller_pops = 0;
    f->is_entry = 0;
    f->owner = MI_FRAME_ON_STACK;
    f->init_return_self = 0;
    f->suspended = 0;
    memset(f->localsplus, 0, (size_t)co->nlocalsplus * sizeof(MiObject *));
    return f;
}

int
mi_frame_init_cells(MiFrame *f)
{
    MiCode *co = f->code;
    MiObject **lp = f->localsplus;
    if (co->flags & MI_CO_NOFREE)
        return 0;
    for (int i = 0; i < co->ncells; i++) {
        int arg = co->cell2arg ? co->cell2arg[i] : -1;
        MiObject *cell = mi_cell_new(arg >= 0 ? lp[arg] : NULL);
        if (cell == NULL)
            return -1;
        lp[co->nlocals + i] = cell;
    }
    if (co->nfrees > 0) {
        MiObject *closure = f->func->closure;
        for (int i = 0; i < co->nfrees; i++)
            lp[co->nlocals + co->ncells + i] = mi_newref(MI_TUPLE_GET(closure, i));
    }
    return 0;
}

/* Drops the references a frame holds: the stack below sp (top first, as
 * CPython's unwinding pops it), then locals, cells and frees first to last
 * (CPython 3.10's frame_dealloc order, which __del__ output shows), then
 * its locals dict and function. */
void
mi_frame_clear_refs(MiFrame *f, MiObject **sp)
{
    MiObject **lp = f->localsplus;
    MiObject **base = lp + f->code->nlocalsplus;
    if (sp != NULL) {
        while (sp > base)
            MI_XDECREF(*--sp);
    }
    for (MiObject **p = lp; p < base; p++)
        MI_CLEAR(*p);
    MI_CLEAR(f->locals);
    MI_CLEAR(f->handled_saved);
    MI_CLEAR(f->func);
}

static void detach_frame_object(MiFrame *f);

void
mi_frame_finish(MiFrame *f, MiObject **sp)
{
    MiFrameObject *fo = (MiFrameObject *)f->frame_obj;
    if (fo != NULL && fo->base.refcnt > 1) {
        /* someone else holds the frame object: it takes over the locals */
        MiObject **base = f->localsplus + f->code->nlocalsplus;
        if (sp != NULL) {
            while (sp > base)
                MI_XDECREF(*--sp);
        }
        detach_frame_object(f);
        MI_DECREF(fo);
        return;
    }
    if (fo != NULL) {
        /* only the frame's own reference: the object dies with it */
        f->frame_obj = NULL;
        fo->frame = NULL;
        MI_DECREF(fo);
    }
    mi_frame_clear_refs(f, sp);
}

void
mi_frame_pop(MiFrame *f, MiObject **sp)
{
    mi_frame_finish(f, sp);
    data_free(f);
}

int
mi_frame_lineno(MiFrame *f)
{
    /* ip is past the instruction running (or last run) */
    return mi_code_line_at(f->code, f->ip - f->code->code - 1);
}

int
mi_frame_traverse(MiFrame *f, MiObject **sp, MiVisitProc visit, void *arg)
{
    MiObject **lp = f->localsplus;
    MI_VISIT(f->func);
    MI_VISIT(f->locals);
    MI_VISIT(f->handled_saved);
    for (int i = 0; i < f->code->nlocalsplus; i++)
        MI_VISIT(lp[i]);
    if (sp != NULL) {
        for (MiObject **p = lp + f->code->nlocalsplus; p < sp; p++)
            MI_VISIT(*p);
    }
    return 0;
}

MiObject *
mi_frame_locals(MiFrame *f)
{
    MiCode *co = f->code;
    MiObject *d;
    if (f->locals != NULL)
        return mi_newref(f->locals);
    d = mi_dict_new();
    if (d == NULL)
        return NULL;
    for (int i = 0; i < co->nlocalsplus; i++) {
        MiObject *v = f->localsplus[i];
        if (v == NULL)
            continue;
        if (i >= co->nlocals) {
            v = ((MiCell *)v)->ref;
            if (v == NULL)
                continue;
        }
        if (mi_dict_set(d, MI_TUPLE_GET(co->localsplusnames, i), v) < 0) {
            MI_DECREF(d);
            return NULL;
        }
    }
    return d;
}

/* ---- frame objects ------------------------------------------------------------------ */

MiObject *
mi_frame_get_object(MiFrame *f)
{
    MiFrameObject *fo;
    intptr_t nslots;
    if (f->frame_obj != NULL)
        return f->frame_obj;
    nslots = f->code->nlocalsplus;
    fo = (MiFrameObject *)mi_object_alloc_var(&mi_frame_type,
                                               (intptr_t)sizeof(MiFrame) +
                                                   nslots * (intptr_t)sizeof(MiObject *));
    if (fo == NULL)
        return NULL;
    fo->frame = f;
    fo->nslots = nslots;
    /* the running frame owns this first reference (mi_frame_finish) */
    f->frame_obj = (MiObject *)fo;
    MI_GC_TRACK(fo);
    return (MiObject *)fo;
}

/* The frame `f` ends while its frame object lives on: copy it into the
 * object, which becomes the owner of its references.  The frame's own
 * reference to the object is dropped by the caller. */
static void
detach_frame_object(MiFrame *f)
{
    MiFrameObject *fo = (MiFrameObject *)f->frame_obj;
    MiFrame *copy = (MiFrame *)fo->storage;
    fo->lineno = mi_frame_lineno(f);
    memcpy(copy, f, sizeof(MiFrame) + (size_t)fo->nslots * sizeof(MiObject *));
    copy->previous = NULL;
    copy->owner = MI_FRAME_IN_OBJECT;
    copy->frame_obj = NULL;
    copy->gen = NULL;
    fo->frame = copy;
    fo->detached = 1;
    f->frame_obj = NULL;
}

static int
frameobj_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MiFrameObject *fo = (MiFrameObject *)self;
    if (fo->detached)
        return mi_frame_traverse(fo->frame, NULL, visit, arg);
    return 0;
}

static int
frameobj_clear(MiObject *self)
{
    MiFrameObject *fo = (MiFrameObject *)self;
    if (fo->detached) {
        MiFrame *f = fo->frame;
        for (int i = 0; i < f->code->nlocalsplus; i++)
            MI_CLEAR(f->localsplus[i]);
        MI_CLEAR(f->locals);
        MI_CLEAR(f->handled_saved);
    }
    return 0;
}

static void
frameobj_dealloc(MiObject *self)
{
    MiFrameObject *fo = (MiFrameObject *)self;
    MI_GC_UNTRACK(self);
    if (fo->detached) {
        mi_frame_clear_refs(fo->frame, NULL);
    } else if (fo->frame != NULL) {
        fo->frame->frame_obj = NULL;
    }
    mi_object_free(self);
}

static MiObject *
frameobj_repr(MiObject *self)
{
    MiFrame *f = ((MiFrameObject *)self)->frame;
    int line = ((MiFrameObject *)self)->detached ? ((MiFrameObject *)self)->lineno
                                                  : mi_frame_lineno(f);
    return mi_str_format("<frame at %p, file %R, line %d, code %U>", (void *)self,
                         f->code->filename, line, f->code->name);
}

static MiObject *
frame_get_lineno(MiObject *self, void *c)
{
    MiFrameObject *fo = (MiFrameObject *)self;
    (void)c;
    return mi_int_from_i64(fo->detached ? fo->lineno : mi_frame_lineno(fo->frame));
}

static MiObject *
frame_get_code(MiObject *self, void *c)
{
    (void)c;
    return mi_newref((MiObject *)((MiFrameObject *)self)->frame->code);
}

static MiObject *
frame_get_globals(MiObject *self, void *c)
{
    (void)c;
    return mi_newref(((MiFrameObject *)self)->frame->globals);
}

static MiObject *
frame_get_builtins(MiObject *self, void *c)
{
    (void)c;
    return mi_newref(((MiFrameObject *)self)->frame->builtins);
}

static MiObject *
frame_get_locals(MiObject *self, void *c)
{
    (void)c;
    return mi_frame_locals(((MiFrameObject *)self)->frame);
}

static MiObject *
frame_get_back(MiObject *self, void *c)
{
    MiFrameObject *fo = (MiFrameObject *)self;
    MiObject *back;
    (void)c;
    if (fo->detached || fo->frame->previous == NULL)
        MI_RETURN_NONE;
    back = mi_frame_get_object(fo->frame->previous);
    return back ? mi_newref(back) : NULL;
}

static MiObject *
frame_get_lasti(MiObject *self, void *c)
{
    MiFrame *f = ((MiFrameObject *)self)->frame;
    (void)c;
    return mi_int_from_i64((f->ip - f->code->code) * 2);
}

/* frame.clear(): drops the locals of a finished frame, first to last.  A
 * suspended generator's frame closes its generator first (which finishes
 * the frame and detaches it into this object); a running frame refuses. */
static MiObject *
frame_clear_method(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiFrameObject *fo = (MiFrameObject *)self;
    (void)args;
    (void)nargs;
    (void)kw;
    if (!fo->detached && fo->frame != NULL) {
        MiObject *gen = fo->frame->gen, *res;
        if (gen == NULL || ((MiGen *)gen)->running) {
            mi_err_set(MI_EXC(RuntimeError), "cannot clear an executing frame");
            return NULL;
        }
        MI_INCREF(self);
        res = mi_call_method(gen, MI_NAME(close), NULL, 0);
        MI_DECREF(self);
        if (res == NULL)
            return NULL;
        MI_DECREF(res);
    }
    frameobj_clear(self);
    MI_RETURN_NONE;
}

static MiMethodDef frame_methods[] = {
    {"clear", frame_clear_method, MI_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static MiGetSetDef frame_getsets[] = {
    {"f_lineno", frame_get_lineno, NULL, NULL, NULL},
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MiType mi_frame_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "frame",
    .basicsize = sizeof(MiFrameObject),
    .itemsize = 1,
    .flags = MI_TYPE_GC,
    .dealloc = frameobj_dealloc,
    .traverse = frameobj_traverse,
    .clear = frameobj_clear,
    .repr = frameobj_repr,
    .getsets = frame_getsets,
    .methods = frame_methods,
};

/* ---- tracebacks ------------------------------------------------------------------------ */

int
mi_traceback_add(MiObject *exc, MiFrame *f)
{
    MiObject *fo = mi_frame_get_object(f);
    MiTraceback *tb;
    if (fo == NULL)
        return -1;
    tb = (MiTraceback *)mi_object_alloc(&mi_traceback_type);
    if (tb == NULL)
        return -1;
    tb->next = mi_exc_get_traceback(exc);
    MI_XINCREF(tb->next);
    tb->frame = mi_newref(fo);
    tb->lasti = (int)(f->ip - f->code->code);
    tb->lineno = mi_frame_lineno(f);
    MI_GC_TRACK(tb);
    mi_exc_set_traceback(exc, (MiObject *)tb);
    MI_DECREF(tb);
    return 0;
}

static int
tb_traverse(MiObject *self, MiVisitProc visit, void *arg)
{
    MI_VISIT(((MiTraceback *)self)->next);
    MI_VISIT(((MiTraceback *)self)->frame);
    return 0;
}

static int
tb_clear(MiObject *self)
{
    MI_CLEAR(((MiTraceback *)self)->next);
    MI_CLEAR(((MiTraceback *)self)->frame);
    return 0;
}

static void
tb_dealloc(MiObject *self)
{
    MI_GC_UNTRACK(self);
    tb_clear(self);
    mi_object_free(self);
}

static MiMemberDef tb_members[] = {
    {"tb_next", MI_MEMBER_OBJECT, offsetof(MiTraceback, next), 0, NULL},
    {"tb_frame", MI_MEMBER_OBJECT, offsetof(MiTraceback, frame), 1, NULL},
    {"tb_lineno", MI_MEMBER_INT, offsetof(MiTraceback, lineno), 1, NULL},
    {"tb_lasti", MI_MEMBER_INT, offsetof(MiTraceback, lasti), 1, NULL},
    {NULL, 0, 0, 0, NULL},
};

MiType mi_traceback_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "traceback",
    .basicsize = sizeof(MiTraceback),
    .flags = MI_TYPE_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .members = tb_members,
};
