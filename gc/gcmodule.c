/* gc/gcmodule.c: the `gc` module (CPython 3.10's whole public API, plus
 * mini's DEBUG_EXPLAIN and gc._explain() dry run) and the collector's
 * hooks into the VM: clearing weak references to garbage and calling their
 * callbacks, gc.callbacks, gc.garbage, reporting errors raised by
 * finalizers, and describing objects for DEBUG_EXPLAIN.  This is the one
 * file of gc/ that knows the VM's types; gc/gc.c sees objects only through
 * their slots. */
#include "gc/gc.h"

#include <stdlib.h>
#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/func.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/module.h"
#include "vm/set.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/weakref.h"

void mi_weakref_clear_one(MiObject *ref);

/* ---- hooks ------------------------------------------------------------------------- */

static intptr_t
hook_handle_weakrefs(void *ctx, MiGcHead *unreachable, MiGcHead *old)
{
    MiGcHead wrcb;
    intptr_t freed = 0;
    (void)ctx;
    mi_gc_list_init(&wrcb);
    for (MiGcHead *g = unreachable->next; g != unreachable; g = g->next) {
        MiObject *op = MI_GC_OBJECT(g);
        MiObject **head = mi_weakref_list_ptr(op);
        if (head == NULL)
            continue;
        while (*head != NULL) {
            MiWeakRef *wr = (MiWeakRef *)*head;
            mi_weakref_clear_one((MiObject *)wr);
            if (wr->callback == NULL)
                continue;
            if (mi_gc_is_collecting((MiObject *)wr))
                continue;             /* the reference is garbage too */
            if (!mi_gc_is_tracked((MiObject *)wr))
                continue;
            mi_incref((MiObject *)wr);
            mi_gc_list_move(MI_GC_HEAD(wr), &wrcb);
        }
    }
    while (!mi_gc_list_is_empty(&wrcb)) {
        MiGcHead *g = wrcb.next;
        MiWeakRef *wr = (MiWeakRef *)MI_GC_OBJECT(g);
        MiObject *cb = wr->callback, *res;
        if (cb != NULL) {
            MI_INCREF(cb);
            res = mi_call1(cb, (MiObject *)wr);
            if (res == NULL)
                mi_err_write_unraisable(cb);
            else
                MI_DECREF(res);
            MI_DECREF(cb);
        }
        MI_DECREF(wr);
        if (wrcb.next == g)
            mi_gc_list_move(g, old);     /* still alive */
        else
            freed++;
    }
    return freed;
}

static void
hook_callbacks(void *ctx, int start, int generation, intptr_t collected, intptr_t uncollectable)
{
    MiObject *cbs = mi_state->gc_callbacks, *info = NULL, *phase = NULL, *copy;
    MiObject *saved;
    (void)ctx;
    if (cbs == NULL || MI_LIST_SIZE(cbs) == 0)
        return;
    saved = mi_err_fetch();
    phase = mi_str_from_cstr(start ? "start" : "stop");
    info = mi_dict_new();
    if (phase == NULL || info == NULL)
        goto done;
    {
        MiObject *g = mi_int_from_i64(generation), *c = mi_int_from_i64(collected);
        MiObject *u = mi_int_from_i64(uncollectable);
        int ok = g && c && u && mi_dict_set_cstr(info, "generation", g) == 0 &&
                 mi_dict_set_cstr(info, "collected", c) == 0 &&
                 mi_dict_set_cstr(info, "uncollectable", u) == 0;
        MI_XDECREF(g);
        MI_XDECREF(c);
        MI_XDECREF(u);
        if (!ok)
            goto done;
    }
    copy = mi_list_slice(cbs, 0, MI_LIST_SIZE(cbs));
    if (copy == NULL)
        goto done;
    for (intptr_t i = 0; i < MI_LIST_SIZE(copy); i++) {
        MiObject *cb = MI_LIST_ITEMS(copy)[i];
        MiObject *res = mi_call2(cb, phase, info);
        if (res == NULL)
            mi_err_write_unraisable(cb);
        else
            MI_DECREF(res);
    }
    MI_DECREF(copy);
done:
    if (mi_err_occurred())
        mi_err_clear();
    MI_XDECREF(phase);
    MI_XDECREF(info);
    mi_err_restore(saved);
}

static int
hook_save_garbage(void *ctx, MiObject *o)
{
    (void)ctx;
    if (mi_state->gc_garbage == NULL)
        return 0;
    if (mi_list_append(mi_state->gc_garbage, o) < 0) {
        mi_err_clear();
        return -1;
    }
    return 0;
}

static bool
hook_error_pending(void *ctx)
{
    (void)ctx;
    return mi_err_occurred();
}

static void
hook_write_unraisable(void *ctx, MiObject *where)
{
    (void)ctx;
    mi_err_write_unraisable(where);
}

/* CPython's _PyObject_GC_MAY_BE_TRACKED: a container other than an
 * untracked tuple. */
static int
may_be_tracked(MiObject *o, void *arg)
{
    (void)arg;
    if (!mi_obj_is_gc(o))
        return 0;
    if (o->type == &mi_tuple_type)
        return mi_gc_is_tracked(o);
    return 1;
}

static bool
hook_is_atomic_container(void *ctx, MiObject *o, int dicts_too)
{
    (void)ctx;
    if (o->type == &mi_tuple_type) {
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(o); i++) {
            MiObject *x = MI_TUPLE_GET(o, i);
            if (x == NULL || may_be_tracked(x, NULL))
                return false;
        }
        return true;
    }
    if (dicts_too && o->type == &mi_dict_type)
        return o->type->traverse(o, may_be_tracked, NULL) == 0;
    return false;
}

/* ---- DEBUG_EXPLAIN descriptions -----------------------------------------------------------
 * A collection is under way: the text comes from the objects' C fields
 * alone, so no Python code runs (no __repr__), nothing is allocated and
 * nothing changes.  A list reads `list [1, 3, [...]]`: atoms in full,
 * containers one level deep, other objects as <TypeName>. */

#define DESCRIBE_ITEMS 4            /* items shown of a list, tuple or dict */
#define DESCRIBE_BYTES 24           /* bytes shown of a str */

static void
describe_str(MiObject *s, FILE *out)
{
    const unsigned char *p = (const unsigned char *)MI_STR_DATA(s);
    intptr_t size = MI_STR_SIZE(s), i = 0;
    fputc('\'', out);
    while (i < size && i < DESCRIBE_BYTES) {
        unsigned char c = p[i++];
        if (c == '\'' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c < 0x20 || c == 0x7f)
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
        while (i < size && (p[i] & 0xc0) == 0x80)     /* finish a UTF-8 sequence */
            fputc(p[i++], out);
    }
    fputs(i < size ? "...'" : "'", out);
}

static void
describe_float(double v, FILE *out)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.15g", v);
    if (strtod(buf, NULL) != v)
        snprintf(buf, sizeof buf, "%.17g", v);
    fputs(buf, out);
    if (strspn(buf, "-0123456789") == strlen(buf))
        fputs(".0", out);
}

/* An item inside a container: atoms in full, anything else in brief. */
static void
describe_item(MiObject *o, FILE *out)
{
    if (o == MI_NONE)
        fputs("None", out);
    else if (o == MI_TRUE || o == MI_FALSE)
        fputs(o == MI_TRUE ? "True" : "False", out);
    else if (mi_is_type(o, &mi_int_type))
        mi_int_is_small(o) ? fprintf(out, "%lld", (long long)((MiInt *)o)->small)
                           : fputs("<big int>", out);
    else if (mi_is_type(o, &mi_float_type))
        describe_float(MI_FLOAT_VALUE(o), out);
    else if (mi_is_type(o, &mi_str_type))
        describe_str(o, out);
    else if (mi_is_type(o, &mi_list_type))
        fputs("[...]", out);
    else if (mi_is_type(o, &mi_tuple_type))
        fputs("(...)", out);
    else if (mi_is_type(o, &mi_dict_type))
        fputs("{...}", out);
    else
        fprintf(out, "<%s>", o->type->name);
}

static void
describe_items(MiObject *const *items, intptr_t n, const char *open, const char *close,
               FILE *out)
{
    fputs(open, out);
    for (intptr_t i = 0; i < n && i < DESCRIBE_ITEMS; i++) {
        if (i > 0)
            fputs(", ", out);
        describe_item(items[i], out);
    }
    if (n > DESCRIBE_ITEMS)
        fputs(", ...", out);
    else if (n == 1 && close[0] == ')')
        fputc(',', out);
    fputs(close, out);
}

static void
describe_dict(MiObject *d, FILE *out)
{
    intptr_t pos = 0, shown = 0;
    MiObject *key, *value;
    fputc('{', out);
    while (mi_dict_next(d, &pos, &key, &value)) {
        if (shown == DESCRIBE_ITEMS) {
            fputs(", ...", out);
            break;
        }
        if (shown++ > 0)
            fputs(", ", out);
        describe_item(key, out);
        fputs(": ", out);
        describe_item(value, out);
    }
    fputc('}', out);
}

static void
hook_describe(void *ctx, MiObject *o, FILE *out)
{
    (void)ctx;
    fputs(o->type->name, out);
    if (mi_is_type(o, &mi_list_type)) {
        fputc(' ', out);
        describe_items(MI_LIST_ITEMS(o), MI_LIST_SIZE(o), "[", "]", out);
    } else if (mi_is_type(o, &mi_tuple_type)) {
        fputc(' ', out);
        describe_items(((MiTuple *)o)->items, MI_TUPLE_SIZE(o), "(", ")", out);
    } else if (mi_is_type(o, &mi_dict_type)) {
        fputc(' ', out);
        describe_dict(o, out);
    } else if (mi_is_type(o, &mi_set_type) || mi_is_type(o, &mi_frozenset_type)) {
        fprintf(out, " (%zd items)", (ssize_t)mi_set_size(o));
    } else if (mi_is_type(o, &mi_function_type)) {
        MiObject *name = ((MiFunction *)o)->qualname;
        if (name != NULL && mi_is_type(name, &mi_str_type))
            fprintf(out, " %s", MI_STR_DATA(name));
    } else if (mi_is_type(o, &mi_module_type)) {
        MiObject *name = ((MiModule *)o)->name;
        if (name != NULL && mi_is_type(name, &mi_str_type))
            fprintf(out, " %s", MI_STR_DATA(name));
    } else if (mi_is_type(o, &mi_type_type)) {
        fprintf(out, " %s", ((MiType *)o)->name);
    } else if (o->type->dictoffset != 0) {
        fputs(" object", out);
    }
}

int
mi_gc_vm_install(MiGcState *gc)
{
    gc->hooks.is_atomic_container = hook_is_atomic_container;
    gc->hooks.handle_weakrefs = hook_handle_weakrefs;
    gc->hooks.callbacks = hook_callbacks;
    gc->hooks.save_garbage = hook_save_garbage;
    gc->hooks.error_pending = hook_error_pending;
    gc->hooks.write_unraisable = hook_write_unraisable;
    gc->hooks.describe = hook_describe;
    gc->hooks.ctx = NULL;
    mi_state->gc_garbage = mi_list_new(0);
    mi_state->gc_callbacks = mi_list_new(0);
    return mi_state->gc_garbage && mi_state->gc_callbacks ? 0 : -1;
}

/* ---- the gc module ------------------------------------------------------------------ */

#define GC (&mi_state->gc)

static MiObject *
gc_enable(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    GC->enabled = 1;
    MI_RETURN_NONE;
}

static MiObject *
gc_disable(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    GC->enabled = 0;
    MI_RETURN_NONE;
}

static MiObject *
gc_isenabled(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_bool_from(GC->enabled);
}

static MiObject *
gc_collect_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"generation", NULL};
    MiObject *a[1];
    intptr_t gen = 2, n;
    (void)self;
    if (mi_args_parse("collect", args, nargs, kwnames, names, 0, 0, 1, a) < 0)
        return NULL;
    if (a[0] != NULL && mi_arg_ssize(a[0], &gen) < 0)
        return NULL;
    if (gen < 0 || gen >= MI_GC_GENERATIONS)
        return mi_err_format(MI_EXC(ValueError), "invalid generation");
    if (GC->collecting)
        return mi_int_from_i64(0);
    n = mi_gc_collect(GC, (int)gen);
    return mi_int_from_i64(n);
}

static MiObject *
gc_get_count(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *a, *b, *c, *res;
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    a = mi_int_from_i64(GC->gens[0].count);
    b = mi_int_from_i64(GC->gens[1].count);
    c = mi_int_from_i64(GC->gens[2].count);
    res = a && b && c ? mi_tuple_pack(3, a, b, c) : NULL;
    MI_XDECREF(a);
    MI_XDECREF(b);
    MI_XDECREF(c);
    return res;
}

static MiObject *
gc_get_threshold(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *a, *b, *c, *res;
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    a = mi_int_from_i64(GC->gens[0].threshold);
    b = mi_int_from_i64(GC->gens[1].threshold);
    c = mi_int_from_i64(GC->gens[2].threshold);
    res = a && b && c ? mi_tuple_pack(3, a, b, c) : NULL;
    MI_XDECREF(a);
    MI_XDECREF(b);
    MI_XDECREF(c);
    return res;
}

static MiObject *
gc_set_threshold(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t v[MI_GC_GENERATIONS];
    (void)self;
    if (mi_args_no_keywords("set_threshold", kw) < 0)
        return NULL;
    if (nargs < 1 || nargs > 3)
        return mi_err_format(MI_EXC(TypeError), nargs < 1
                             ? "set_threshold() takes at least 1 argument (%zd given)"
                             : "set_threshold() takes at most 3 arguments (%zd given)", nargs);
    for (intptr_t i = 0; i < nargs; i++) {
        if (mi_float_check(args[i]))
            return mi_err_format(MI_EXC(TypeError), "'float' object cannot be interpreted as an "
                                 "integer");
        if (mi_arg_ssize(args[i], &v[i]) < 0)
            return NULL;
    }
    for (intptr_t i = 0; i < nargs; i++)
        GC->gens[i].threshold = (int)v[i];
    MI_RETURN_NONE;
}

typedef struct CollectArgs {
    MiObject *list;
    MiObject *exclude;
} CollectArgs;

static int
append_object(MiObject *op, void *arg)
{
    CollectArgs *ca = arg;
    if (op == ca->list || op == ca->exclude)
        return 0;
    return mi_list_append(ca->list, op) < 0 ? -1 : 0;
}

static MiObject *
gc_get_objects(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"generation", NULL};
    MiObject *a[1];
    intptr_t gen = -1;
    CollectArgs ca;
    (void)self;
    if (mi_args_parse("get_objects", args, nargs, kwnames, names, 0, 0, 1, a) < 0)
        return NULL;
    if (a[0] != NULL && a[0] != MI_NONE) {
        if (mi_arg_ssize(a[0], &gen) < 0)
            return NULL;
        if (gen >= MI_GC_GENERATIONS)
            return mi_err_format(MI_EXC(ValueError), "generation parameter must be less than "
                                 "the number of available generations (%d)", MI_GC_GENERATIONS);
        if (gen < 0)
            return mi_err_format(MI_EXC(ValueError), "generation parameter cannot be negative");
    }
    ca.list = mi_list_new(0);
    ca.exclude = NULL;
    if (ca.list == NULL)
        return NULL;
    if (mi_gc_foreach(GC, (int)gen, append_object, &ca) < 0) {
        MI_DECREF(ca.list);
        return NULL;
    }
    return ca.list;
}

static MiObject *
gc_get_stats(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *list = mi_list_new(0);
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    if (list == NULL)
        return NULL;
    for (int i = 0; i < MI_GC_GENERATIONS; i++) {
        MiObject *d = mi_dict_new(), *a, *b, *c;
        int ok;
        if (d == NULL) {
            MI_DECREF(list);
            return NULL;
        }
        a = mi_int_from_i64(GC->stats[i].collections);
        b = mi_int_from_i64(GC->stats[i].collected);
        c = mi_int_from_i64(GC->stats[i].uncollectable);
        ok = a && b && c && mi_dict_set_cstr(d, "collections", a) == 0 &&
             mi_dict_set_cstr(d, "collected", b) == 0 &&
             mi_dict_set_cstr(d, "uncollectable", c) == 0 && mi_list_append(list, d) == 0;
        MI_XDECREF(a);
        MI_XDECREF(b);
        MI_XDECREF(c);
        MI_DECREF(d);
        if (!ok) {
            MI_DECREF(list);
            return NULL;
        }
    }
    return list;
}

typedef struct ReferrersArgs {
    MiObject *targets;        /* tuple */
    MiObject *result;
    int       found;
} ReferrersArgs;

static int
visit_find(MiObject *op, void *arg)
{
    ReferrersArgs *ra = arg;
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(ra->targets); i++) {
        if (MI_TUPLE_GET(ra->targets, i) == op) {
            ra->found = 1;
            return 1;
        }
    }
    return 0;
}

static int
check_referrer(MiObject *op, void *arg)
{
    ReferrersArgs *ra = arg;
    if (op == ra->targets || op == ra->result || op->type->traverse == NULL)
        return 0;
    ra->found = 0;
    op->type->traverse(op, visit_find, ra);
    if (ra->found && mi_list_append(ra->result, op) < 0)
        return -1;
    return 0;
}

static MiObject *
gc_get_referrers(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    ReferrersArgs ra;
    (void)self;
    if (mi_args_no_keywords("get_referrers", kw) < 0)
        return NULL;
    ra.targets = mi_tuple_from_array(args, nargs);
    if (ra.targets == NULL)
        return NULL;
    ra.result = mi_list_new(0);
    if (ra.result == NULL || mi_gc_foreach(GC, -1, check_referrer, &ra) < 0) {
        MI_XDECREF(ra.result);
        MI_DECREF(ra.targets);
        return NULL;
    }
    MI_DECREF(ra.targets);
    return ra.result;
}

static int
visit_append(MiObject *op, void *arg)
{
    return mi_list_append((MiObject *)arg, op) < 0 ? -1 : 0;
}

static MiObject *
gc_get_referents(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *list = mi_list_new(0);
    (void)self;
    if (mi_args_no_keywords("get_referents", kw) < 0 || list == NULL) {
        MI_XDECREF(list);
        return NULL;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        MiObject *o = args[i];
        if (!mi_obj_is_gc(o) || o->type->traverse == NULL)
            continue;
        if (o->type->traverse(o, visit_append, list) < 0) {
            MI_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static MiObject *
gc_is_tracked(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *o = args[0];
    (void)self;
    (void)nargs;
    (void)kw;
    return mi_bool_from(mi_obj_is_gc(o) && mi_gc_is_tracked(o));
}

static MiObject *
gc_is_finalized(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *o = args[0];
    (void)self;
    (void)nargs;
    (void)kw;
    return mi_bool_from(mi_obj_is_gc(o) && mi_gc_is_finalized(o));
}

static MiObject *
gc_freeze(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    mi_gc_freeze(GC);
    MI_RETURN_NONE;
}

static MiObject *
gc_unfreeze(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    mi_gc_unfreeze(GC);
    MI_RETURN_NONE;
}

static MiObject *
gc_get_freeze_count(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_i64(mi_gc_freeze_count(GC));
}

static MiObject *
gc_set_debug(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t flags;
    (void)self;
    (void)nargs;
    (void)kw;
    if (mi_arg_ssize(args[0], &flags) < 0)
        return NULL;
    GC->debug = (int)flags;
    MI_RETURN_NONE;
}

static MiObject *
gc_get_debug(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return mi_int_from_i64(GC->debug);
}

/* One finding of gc._explain(): (refcount, gc_refs, verdict), gc_refs
 * None for an object the collection would not examine. */
static MiObject *
explained_tuple(const MiGcExplained *e)
{
    MiObject *refcnt, *refs, *verdict, *res = NULL;
    refcnt = mi_int_from_i64(e->refcnt);
    refs = e->verdict == MI_GC_VERDICT_NOT_EXAMINED ? mi_newref(MI_NONE)
                                                    : mi_int_from_i64(e->gc_refs);
    verdict = mi_str_from_cstr(mi_gc_verdict_name(e->verdict));
    if (refcnt && refs && verdict)
        res = mi_tuple_pack(3, refcnt, refs, verdict);
    MI_XDECREF(refcnt);
    MI_XDECREF(refs);
    MI_XDECREF(verdict);
    return res;
}

/* The dry run over the items of the tuples `objects` and `ignore` (made
 * from the arguments `objects_arg` and `ignore_arg`): the tuples and the
 * arguments are set aside too, so holding the objects does not count. */
static MiObject *
explain_objects(MiObject *objects, MiObject *ignore, MiObject *objects_arg,
                MiObject *ignore_arg, int generation)
{
    intptr_t n = MI_TUPLE_SIZE(objects), nignore = MI_TUPLE_SIZE(ignore) + 4;
    MiGcExplained *found = mi_calloc((size_t)(n > 0 ? n : 1), sizeof *found);
    MiObject **aside = mi_calloc((size_t)nignore, sizeof *aside);
    MiObject *result = NULL;
    if (found == NULL || aside == NULL) {
        mi_err_nomemory();
        goto done;
    }
    aside[0] = objects;
    aside[1] = ignore;
    aside[2] = objects_arg;
    aside[3] = ignore_arg;
    memcpy(aside + 4, ((MiTuple *)ignore)->items, sizeof *aside * (size_t)(nignore - 4));
    if (mi_gc_explain(GC, generation, ((MiTuple *)objects)->items, n, aside, nignore,
                      found) < 0) {
        if (GC->collecting)
            mi_err_format(MI_EXC(RuntimeError), "gc._explain() during a collection");
        else
            mi_err_nomemory();
        goto done;
    }
    result = mi_list_new(0);
    for (intptr_t i = 0; result != NULL && i < n; i++) {
        MiObject *t = explained_tuple(&found[i]);
        if (t == NULL || mi_list_append(result, t) < 0)
            MI_CLEAR(result);
        MI_XDECREF(t);
    }
done:
    mi_free(found);
    mi_free(aside);
    return result;
}

/* gc._explain(objects, ignore=(), generation=2): mini's dry run, see
 * mi_gc_explain.  Returns [(refcount, gc_refs, verdict), ...] for objects. */
static MiObject *
gc_explain_m(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    static const char *const names[] = {"objects", "ignore", "generation", NULL};
    MiObject *a[3] = {NULL, NULL, NULL}, *objects = NULL, *ignore = NULL, *result = NULL;
    intptr_t gen = MI_GC_GENERATIONS - 1;
    (void)self;
    if (mi_args_parse("_explain", args, nargs, kwnames, names, 0, 1, 3, a) < 0)
        return NULL;
    if (a[2] != NULL && mi_arg_ssize(a[2], &gen) < 0)
        return NULL;
    if (gen < 0 || gen >= MI_GC_GENERATIONS)
        return mi_err_format(MI_EXC(ValueError), "invalid generation");
    objects = mi_seq_to_tuple(a[0]);
    ignore = a[1] != NULL ? mi_seq_to_tuple(a[1]) : mi_tuple_new(0);
    if (objects != NULL && ignore != NULL)
        result = explain_objects(objects, ignore, a[0], a[1] != NULL ? a[1] : ignore,
                                 (int)gen);
    MI_XDECREF(objects);
    MI_XDECREF(ignore);
    return result;
}

static const MiMethodDef gc_functions[] = {
    {"enable", gc_enable, MI_METH_NOARGS, NULL},
    {"disable", gc_disable, MI_METH_NOARGS, NULL},
    {"isenabled", gc_isenabled, MI_METH_NOARGS, NULL},
    {"collect", gc_collect_m, MI_METH_KEYWORDS, NULL},
    {"get_count", gc_get_count, MI_METH_NOARGS, NULL},
    {"get_threshold", gc_get_threshold, MI_METH_NOARGS, NULL},
    {"set_threshold", gc_set_threshold, MI_METH_VARARGS, NULL},
    {"get_objects", gc_get_objects, MI_METH_KEYWORDS, NULL},
    {"get_stats", gc_get_stats, MI_METH_NOARGS, NULL},
    {"get_referrers", gc_get_referrers, MI_METH_VARARGS, NULL},
    {"get_referents", gc_get_referents, MI_METH_VARARGS, NULL},
    {"is_tracked", gc_is_tracked, MI_METH_O, NULL},
    {"is_finalized", gc_is_finalized, MI_METH_O, NULL},
    {"freeze", gc_freeze, MI_METH_NOARGS, NULL},
    {"unfreeze", gc_unfreeze, MI_METH_NOARGS, NULL},
    {"get_freeze_count", gc_get_freeze_count, MI_METH_NOARGS, NULL},
    {"set_debug", gc_set_debug, MI_METH_O, NULL},
    {"get_debug", gc_get_debug, MI_METH_NOARGS, NULL},
    {"_explain", gc_explain_m, MI_METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

static int
gc_module_init(MiObject *m)
{
    if (mi_module_add_int(m, "DEBUG_STATS", MI_GC_DEBUG_STATS) < 0 ||
        mi_module_add_int(m, "DEBUG_COLLECTABLE", MI_GC_DEBUG_COLLECTABLE) < 0 ||
        mi_module_add_int(m, "DEBUG_UNCOLLECTABLE", MI_GC_DEBUG_UNCOLLECTABLE) < 0 ||
        mi_module_add_int(m, "DEBUG_SAVEALL", MI_GC_DEBUG_SAVEALL) < 0 ||
        mi_module_add_int(m, "DEBUG_LEAK", MI_GC_DEBUG_LEAK) < 0 ||
        mi_module_add_int(m, "DEBUG_EXPLAIN", MI_GC_DEBUG_EXPLAIN) < 0 ||
        mi_module_add(m, "garbage", mi_state->gc_garbage) < 0 ||
        mi_module_add(m, "callbacks", mi_state->gc_callbacks) < 0)
        return -1;
    return 0;
}

const MiModuleDef mi_gc_module_def = {
    "gc", "This module provides access to the garbage collector for reference cycles.",
    gc_functions, gc_module_init,
};
