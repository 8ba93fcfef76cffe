/* vm/singletons.c: None, NotImplemented and Ellipsis: statically allocated
 * objects of their own types, never freed. */
#include "vm/abstract.h"

#include "vm/args.h"
#include "vm/errors.h"
#include "vm/str.h"

static void
singleton_dealloc(MiObject *self)
{
    /* A static singleton can only reach zero through a refcounting bug. */
    (void)self;
    mi_fatal("deallocating a singleton");
}

static MiObject *
none_repr(MiObject *self)
{
    (void)self;
    return mi_str_from_cstr("None");
}

static int
none_bool(MiObject *self)
{
    (void)self;
    return 0;
}

static MiObject *
none_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)type;
    (void)args;
    if (nargs > 0 || mi_args_nkw(kwnames) > 0)
        return mi_err_format(MI_EXC(TypeError), "NoneType takes no arguments");
    MI_RETURN_NONE;
}

static intptr_t
singleton_hash(MiObject *self)
{
    return (intptr_t)((uintptr_t)self >> 4);
}

MiType mi_none_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "NoneType",
    .basicsize = sizeof(MiObject),
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .bool_ = none_bool,
    .new_ = none_new,
    .hash = singleton_hash,
};

MiObject mi_none_struct = {MI_STATIC_REFCNT, &mi_none_type};

static MiObject *
notimplemented_repr(MiObject *self)
{
    (void)self;
    return mi_str_from_cstr("NotImplemented");
}

static MiObject *
notimplemented_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)type;
    (void)args;
    if (nargs > 0 || mi_args_nkw(kwnames) > 0)
        return mi_err_format(MI_EXC(TypeError), "NotImplementedType takes no arguments");
    MI_RETURN_NOTIMPLEMENTED;
}

MiType mi_notimplemented_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "NotImplementedType",
    .basicsize = sizeof(MiObject),
    .dealloc = singleton_dealloc,
    .repr = notimplemented_repr,
    .new_ = notimplemented_new,
    .hash = singleton_hash,
};

MiObject mi_notimplemented_struct = {MI_STATIC_REFCNT, &mi_notimplemented_type};

static MiObject *
ellipsis_repr(MiObject *self)
{
    (void)self;
    return mi_str_from_cstr("Ellipsis");
}

static MiObject *
ellipsis_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    (void)type;
    (void)args;
    if (nargs > 0 || mi_args_nkw(kwnames) > 0)
        return mi_err_format(MI_EXC(TypeError), "ellipsis takes no arguments");
    return mi_newref(MI_ELLIPSIS);
}

MiType mi_ellipsis_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "ellipsis",
    .basicsize = sizeof(MiObject),
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .new_ = ellipsis_new,
    .hash = singleton_hash,
};

MiObject mi_ellipsis_struct = {MI_STATIC_REFCNT, &mi_ellipsis_type};
