/* vm/structseq.c: struct sequence types (see structseq.h).
 *
 * The type is a tuple subclass with the tuple's layout; each field is a
 * read-only member descriptor at the offset of its item, so attribute
 * reads cost what any member read costs.  Equality, hashing, indexing and
 * slicing are the tuple's, inherited through the base. */
#include "vm/structseq.h"

#include <stddef.h>

#include "vm/abstract.h"
#include "vm/errors.h"
#include "vm/mem.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

static void
structseq_dealloc(MiObject *self)
{
    MiTuple *t = (MiTuple *)self;
    for (intptr_t i = 0; i < t->size; i++)
        MI_XDECREF(t->items[i]);
    mi_object_free(self);
}

static MiObject *
structseq_repr(MiObject *self)
{
    MiTuple *t = (MiTuple *)self;
    const MiMemberDef *m = self->type->members;
    MiStrBuilder sb;
    mi_sb_init(&sb);
    mi_sb_printf(&sb, "%s(", self->type->name);
    for (intptr_t i = 0; i < t->size; i++) {
        MiObject *r = mi_obj_repr(t->items[i]);
        if (r == NULL) {
            mi_sb_discard(&sb);
            return NULL;
        }
        mi_sb_printf(&sb, "%s%s=", i ? ", " : "", m[i].name);
        mi_sb_append_str(&sb, r);
        MI_DECREF(r);
    }
    mi_sb_append_char(&sb, ')');
    return mi_sb_finish(&sb);
}

static MiObject *
structseq_new_slot(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    return mi_err_format(MI_EXC(TypeError), "cannot create '%s' instances", type->name);
}

int
mi_structseq_init_type(MiType *type, const char *name, const char *const *fields,
                       MiMemberDef *members)
{
    int n = 0;
    for (; fields[n] != NULL; n++) {
        members[n].name = fields[n];
        members[n].kind = MI_MEMBER_OBJECT;
        members[n].offset = offsetof(MiTuple, items) + (size_t)n * sizeof(MiObject *);
        members[n].readonly = 1;
        members[n].doc = NULL;
    }
    members[n] = (MiMemberDef){0};
    type->base.refcnt = MI_STATIC_REFCNT;
    type->base.type = &mi_type_type;
    type->name = name;
    type->basicsize = mi_tuple_type.basicsize;
    type->itemsize = mi_tuple_type.itemsize;
    type->flags = MI_TYPE_TUPLE_SUBCLASS | MI_TYPE_SEQUENCE;
    type->base_type = &mi_tuple_type;
    type->dealloc = structseq_dealloc;
    type->repr = structseq_repr;
    type->new_ = structseq_new_slot;
    type->members = members;
    return mi_type_ready(type);
}

MiObject *
mi_structseq_new(MiType *type, MiObject **items)
{
    intptr_t n = 0;
    MiTuple *t;
    while (type->members[n].name != NULL)
        n++;
    t = (MiTuple *)mi_object_alloc_var(type, n);
    if (t == NULL) {
        for (intptr_t i = 0; i < n; i++)
            MI_DECREF(items[i]);
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++)
        t->items[i] = items[i];
    return (MiObject *)t;
}
