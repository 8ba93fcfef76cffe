/* vm/code.c: the code object type: the compiler's output, immutable once
 * built except for its inline caches (which hold no references). */
#include "vm/code.h"

#include "vm/abstract.h"
#include "vm/bytes.h"
#include "vm/errors.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/weakref.h"

int
mi_code_line_at(MiCode *code, intptr_t offset)
{
    if (offset < 0 || offset >= code->ncode)
        return code->firstlineno;
    return code->lines[offset];
}

static void
code_dealloc(MiObject *self)
{
    MiCode *co = (MiCode *)self;
    if (co->weaklist != NULL)
        mi_weakref_clear_all(self);
    MI_CLEAR(co->consts);
    MI_CLEAR(co->names);
    MI_CLEAR(co->localsplusnames);
    MI_CLEAR(co->filename);
    MI_CLEAR(co->name);
    MI_CLEAR(co->qualname);
    mi_free(co->code);
    mi_free(co->lines);
    mi_free(co->exctable);
    mi_free(co->caches);
    mi_free(co->cell2arg);
    mi_object_free(self);
}

static MiObject *
code_repr(MiObject *self)
{
    MiCode *co = (MiCode *)self;
    return mi_str_format("<code object %U at %p, file \"%U\", line %d>", co->name, (void *)co,
                         co->filename, co->firstlineno);
}

static MiObject *
names_slice(MiCode *co, intptr_t start, intptr_t n)
{
    return mi_tuple_slice(co->localsplusnames, start, start + n);
}

static MiObject *
code_get_varnames(MiObject *self, void *c)
{
    MiCode *co = (MiCode *)self;
    (void)c;
    return names_slice(co, 0, co->nlocals);
}

static MiObject *
code_get_cellvars(MiObject *self, void *c)
{
    MiCode *co = (MiCode *)self;
    (void)c;
    return names_slice(co, co->nlocals, co->ncells);
}

static MiObject *
code_get_freevars(MiObject *self, void *c)
{
    MiCode *co = (MiCode *)self;
    (void)c;
    return names_slice(co, co->nlocals + co->ncells, co->nfrees);
}

/* co_code: the instruction words as little-endian bytes. */
static MiObject *
code_get_code(MiObject *self, void *c)
{
    MiCode *co = (MiCode *)self;
    MiObject *b;
    (void)c;
    b = mi_bytes_new(NULL, co->ncode * 4);
    if (b == NULL)
        return NULL;
    for (intptr_t i = 0; i < co->ncode; i++) {
        for (int k = 0; k < 4; k++)
            MI_BYTES_DATA(b)[i * 4 + k] = (char)((co->code[i] >> (8 * k)) & 0xff);
    }
    return b;
}

static MiGetSetDef code_getsets[] = {
    {"co_varnames", code_get_varnames, NULL, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL, NULL},
    {"co_code", code_get_code, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MiMemberDef code_members[] = {
    {"co_consts", MI_MEMBER_OBJECT, offsetof(MiCode, consts), 1, NULL},
    {"co_names", MI_MEMBER_OBJECT, offsetof(MiCode, names), 1, NULL},
    {"co_filename", MI_MEMBER_OBJECT, offsetof(MiCode, filename), 1, NULL},
    {"co_name", MI_MEMBER_OBJECT, offsetof(MiCode, name), 1, NULL},
    {"co_qualname", MI_MEMBER_OBJECT, offsetof(MiCode, qualname), 1, NULL},
    {"co_argcount", MI_MEMBER_INT, offsetof(MiCode, argcount), 1, NULL},
    {"co_posonlyargcount", MI_MEMBER_INT, offsetof(MiCode, posonlyargcount), 1, NULL},
    {"co_kwonlyargcount", MI_MEMBER_INT, offsetof(MiCode, kwonlyargcount), 1, NULL},
    {"co_nlocals", MI_MEMBER_INT, offsetof(MiCode, nlocals), 1, NULL},
    {"co_stacksize", MI_MEMBER_INT, offsetof(MiCode, stacksize), 1, NULL},
    {"co_flags", MI_MEMBER_INT, offsetof(MiCode, flags), 1, NULL},
    {"co_firstlineno", MI_MEMBER_INT, offsetof(MiCode, firstlineno), 1, NULL},
    {NULL, 0, 0, 0, NULL},
};

MiType mi_code_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "code",
    .basicsize = sizeof(MiCode),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getsets = code_getsets,
    .members = code_members,
    .weaklistoffset = offsetof(MiCode, weaklist),
};
