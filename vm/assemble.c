/* vm/assemble.c: from a unit's instruction list to a code object.
 *
 *   1. lay out the words: each instruction takes one word, plus one for
 *      its inline-cache index when the opcode has a cache;
 *   2. resolve jump labels to word offsets;
 *   3. compute the maximum stack depth by walking the control flow
 *      (fall-through, jump targets, and exception handlers entered with
 *      their recorded depth plus the exception);
 *   4. build the exception table: maximal runs of words covered by the
 *      same handler become one entry;
 *   5. collect constants, names and locals into tuples. */
#include "vm/compile_internal.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"

static int
has_cache(uint8_t op)
{
    return (mi_opcode_info[op].flags & OPF_CACHE) != 0;
}

static int
is_jump(uint8_t op)
{
    return (mi_opcode_info[op].flags & OPF_JUMP) != 0;
}

/* Maximum stack depth over every path; -1 on an inconsistency. */
static int
stack_depth(MiUnit *u)
{
    int n = u->ncode, maxdepth = 0, top = 0;
    int *depth = mi_malloc((size_t)(n + 1) * sizeof(int));
    int *work = mi_malloc((size_t)(n + 1) * sizeof(int) * 2);
    if (depth == NULL || work == NULL) {
        mi_free(depth);
        mi_free(work);
        return -2;
    }
    for (int i = 0; i <= n; i++)
        depth[i] = -1;
#define PUSH_WORK(idx, d)                                                   \
    do {                                                                    \
        int idx_ = (idx), d_ = (d);                                         \
        if (idx_ <= n && depth[idx_] < d_) {                                \
            depth[idx_] = d_;                                               \
            work[top++] = idx_;                                             \
        }                                                                   \
    } while (0)
    PUSH_WORK(0, 0);
    while (top > 0) {
        int i = work[--top], d = depth[i];
        for (; i < n; i++) {
            MiInstr *in = &u->code[i];
            int d2;
            if (depth[i] > d)
                break;              /* reached with a deeper stack elsewhere */
            depth[i] = d;
            if (in->handler >= 0) {
                MiHandler *h = &u->handlers[in->handler];
                PUSH_WORK(u->labels[h->label], h->depth + 1);
                if (h->depth + 1 > maxdepth)
                    maxdepth = h->depth + 1;
            }
            if (is_jump(in->op)) {
                d2 = d + mi_opcode_stack_effect(in->op, in->arg, 1);
                if (d2 > maxdepth)
                    maxdepth = d2;
                PUSH_WORK(u->labels[in->arg], d2);
            }
            d += mi_opcode_stack_effect(in->op, in->arg, 0);
            if (d < 0) {
                mi_free(depth);
                mi_free(work);
                return -1;
            }
            if (d > maxdepth)
                maxdepth = d;
            if (mi_opcode_info[in->op].flags & OPF_END)
                break;
            if (i + 1 < n && depth[i + 1] >= d)
                break;
            if (top > 2 * n - 2)
                break;
        }
        (void)0;
    }
#undef PUSH_WORK
    mi_free(depth);
    mi_free(work);
    return maxdepth;
}

MiCode *
mi_assemble(MiUnit *u, MiObject *filename)
{
    int n = u->ncode, ncaches = 0, nwords, stacksize;
    int *offs = mi_malloc((size_t)(n + 1) * sizeof(int));
    MiCode *co = NULL;
    intptr_t nexc = 0;

    if (offs == NULL)
        return (MiCode *)mi_err_nomemory();
    offs[0] = 0;
    for (int i = 0; i < n; i++) {
        offs[i + 1] = offs[i] + 1 + has_cache(u->code[i].op);
        ncaches += has_cache(u->code[i].op);
    }
    nwords = offs[n];
    stacksize = stack_depth(u);
    if (stacksize < 0) {
        mi_free(offs);
        if (stacksize == -2)
            return (MiCode *)mi_err_nomemory();
        return (MiCode *)mi_err_format(MI_EXC(SystemError), "compiler: inconsistent stack depth "
                                       "in %U", u->qualname);
    }
    co = (MiCode *)mi_object_alloc(&mi_code_type);
    if (co == NULL)
        goto fail;
    co->code = mi_malloc((size_t)(nwords > 0 ? nwords : 1) * sizeof(uint32_t));
    co->lines = mi_malloc((size_t)(nwords > 0 ? nwords : 1) * sizeof(int32_t));
    co->caches = mi_calloc((size_t)(ncaches > 0 ? ncaches : 1), sizeof(MiCacheEntry));
    if (co->code == NULL || co->lines == NULL || co->caches == NULL) {
        mi_err_nomemory();
        goto fail;
    }
    co->ncode = nwords;
    co->ncaches = ncaches;
    {
        int cache = 0;
        for (int i = 0; i < n; i++) {
            MiInstr *in = &u->code[i];
            uint32_t arg = in->arg;
            int w = offs[i];
            if (is_jump(in->op))
                arg = (uint32_t)offs[u->labels[arg]];
            co->code[w] = MI_INSTR(in->op, arg);
            co->lines[w] = in->line;
            if (has_cache(in->op)) {
                co->code[w + 1] = (uint32_t)cache++;
                co->lines[w + 1] = in->line;
            }
        }
    }
    /* exception table: runs of instructions with the same handler */
    for (int i = 0; i < n;) {
        int h = u->code[i].handler, j = i;
        while (j < n && u->code[j].handler == h)
            j++;
        if (h >= 0)
            nexc++;
        i = j;
    }
    co->exctable = mi_malloc((size_t)(nexc > 0 ? nexc : 1) * sizeof(MiExcEntry));
    if (co->exctable == NULL) {
        mi_err_nomemory();
        goto fail;
    }
    co->nexc = 0;
    for (int i = 0; i < n;) {
        int h = u->code[i].handler, j = i;
        while (j < n && u->code[j].handler == h)
            j++;
        if (h >= 0) {
            MiExcEntry *e = &co->exctable[co->nexc++];
            e->start = (uint32_t)offs[i];
            e->end = (uint32_t)offs[j];
            e->handler = (uint32_t)offs[u->labels[u->handlers[h].label]];
            e->depth = (uint16_t)u->handlers[h].depth;
            e->push_lasti = 0;
        }
        i = j;
    }
    co->consts = mi_list_as_tuple(u->consts);
    co->names = mi_list_as_tuple(u->names);
    {
        intptr_t nv = MI_LIST_SIZE(u->varnames), nc = MI_LIST_SIZE(u->cellvars);
        intptr_t nf = MI_LIST_SIZE(u->freevars);
        co->localsplusnames = mi_tuple_new(nv + nc + nf);
        if (co->localsplusnames == NULL)
            goto fail;
        for (intptr_t i = 0; i < nv; i++)
            MI_TUPLE_ITEMS(co->localsplusnames)[i] = mi_newref(MI_LIST_ITEMS(u->varnames)[i]);
        for (intptr_t i = 0; i < nc; i++)
            MI_TUPLE_ITEMS(co->localsplusnames)[nv + i] = mi_newref(MI_LIST_ITEMS(u->cellvars)[i]);
        for (intptr_t i = 0; i < nf; i++)
            MI_TUPLE_ITEMS(co->localsplusnames)[nv + nc + i] =
                mi_newref(MI_LIST_ITEMS(u->freevars)[i]);
        co->nlocals = (int)nv;
        co->ncells = (int)nc;
        co->nfrees = (int)nf;
        co->nlocalsplus = (int)(nv + nc + nf);
        if (nc > 0) {
            co->cell2arg = mi_malloc((size_t)nc * sizeof(int32_t));
            if (co->cell2arg == NULL) {
                mi_err_nomemory();
                goto fail;
            }
            for (intptr_t c = 0; c < nc; c++) {
                int nparams = u->argcount + u->kwonlyargcount +
                              ((u->flags & MI_CO_VARARGS) != 0) +
                              ((u->flags & MI_CO_VARKEYWORDS) != 0);
                co->cell2arg[c] = -1;
                for (int a = 0; a < nparams && a < nv; a++) {
                    if (mi_str_eq(MI_LIST_ITEMS(u->varnames)[a], MI_LIST_ITEMS(u->cellvars)[c]))
                        co->cell2arg[c] = a;
                }
            }
        }
    }
    if (co->consts == NULL || co->names == NULL)
        goto fail;
    co->filename = mi_newref(filename);
    co->name = mi_newref(u->name);
    co->qualname = mi_newref(u->qualname);
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->stacksize = stacksize;
    co->flags = u->flags;
    if (co->ncells == 0 && co->nfrees == 0)
        co->flags |= MI_CO_NOFREE;
    co->firstlineno = u->firstlineno;
    co->framesize = co->nlocalsplus + co->stacksize;
    mi_free(offs);
    return co;
fail:
    mi_free(offs);
    MI_XDECREF(co);
    return NULL;
}
