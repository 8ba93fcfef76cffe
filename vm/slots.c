/* vm/slots.c: C slots <-> Python dunder methods (see vm/slots.h).
 *
 * One table lists every slot a dunder can fill: its name, where the slot
 * sits in MiType, how a wrapper calls it, and the generic function a class
 * uses when the dunder is written in Python.  Binary operators have two
 * rows (__add__ and __radd__) feeding one slot; the generic slot_add tries
 * a.__add__(b), then b.__radd__(a), giving a subclass's reflected method
 * the first go as Python specifies.
 * Start reading at mi_slots_fixup(). */
#include "vm/slots.h"

#include <string.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/func.h"
#include "vm/int.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"
#include "vm/weakref.h"

/* How a slot wrapper calls its slot. */
enum {
    W_UNARY, W_HASH, W_LEN, W_INQUIRY, W_BINARY_L, W_BINARY_R, W_TERNARY_L,
    W_TERNARY_R, W_RICHCMP, W_CALL, W_INIT, W_GETATTR, W_SETATTR, W_DELATTR,
    W_SETITEM, W_DELITEM, W_CONTAINS, W_NEXT, W_DESCR_GET, W_DESCR_SET,
    W_DESCR_DELETE, W_DEL
};

typedef struct SlotDef {
    const char *name;
    size_t      offset;         /* of the slot in MiType */
    int         kind;           /* W_* */
    int         op;             /* comparison operator for W_RICHCMP */
    void       *generic;        /* the slot function of classes */
} SlotDef;

#define SLOT(t, off) (*(void **)((char *)(t) + (off)))

/* ---- calling dunders ---------------------------------------------------------------- */

MiObject *
mi_call_special(MiObject *self, MiObject *name, MiObject *const *args, intptr_t nargs,
                int *found)
{
    MiObject *func = mi_type_lookup(self->type, name), *res;
    MiObject *stack[8];
    *found = func != NULL;
    if (func == NULL)
        return NULL;
    if ((func->type->flags & MI_TYPE_METHOD_DESCRIPTOR) && nargs < 7) {
        stack[0] = self;
        for (intptr_t i = 0; i < nargs; i++)
            stack[i + 1] = args[i];
        MI_INCREF(func);
        res = mi_call(func, stack, nargs + 1, NULL);
        MI_DECREF(func);
        return res;
    }
    if (func->type->descr_get != NULL) {
        MiObject *bound = func->type->descr_get(func, self, (MiObject *)self->type);
        if (bound == NULL)
            return NULL;
        res = mi_call(bound, args, nargs, NULL);
        MI_DECREF(bound);
        return res;
    }
    MI_INCREF(func);
    res = mi_call(func, args, nargs, NULL);
    MI_DECREF(func);
    return res;
}

/* Calls self.name(args) or returns NotImplemented when there is none. */
static MiObject *
call_maybe(MiObject *self, MiObject *name, MiObject *const *args, intptr_t nargs)
{
    int found;
    MiObject *res = mi_call_special(self, name, args, nargs, &found);
    if (!found)
        MI_RETURN_NOTIMPLEMENTED;
    return res;
}

/* Calls a dunder that must exist (it is why the slot was set). */
static MiObject *
call_required(MiObject *self, MiObject *name, MiObject *const *args, intptr_t nargs)
{
    int found;
    MiObject *res = mi_call_special(self, name, args, nargs, &found);
    if (!found)
        return mi_err_no_attribute(self, name);
    return res;
}

/* ---- generic slots of classes ----------------------------------------------------- */

#define UNARY_SLOT(fn, dunder)                                                   \
    static MiObject *fn(MiObject *self)                                          \
    {                                                                            \
        return call_required(self, MI_NAME(dunder), NULL, 0);                   \
    }
UNARY_SLOT(slot_repr, __repr__)
UNARY_SLOT(slot_str, __str__)
UNARY_SLOT(slot_neg, __neg__)
UNARY_SLOT(slot_pos, __pos__)
UNARY_SLOT(slot_abs, __abs__)
UNARY_SLOT(slot_invert, __invert__)

static MiObject *
slot_iter(MiObject *self)
{
    MiObject *func = mi_type_lookup(self->type, MI_NAME(__iter__));
    if (func == MI_NONE)
        return mi_err_format(MI_EXC(TypeError), "'%s' object is not iterable", MI_TYPE_NAME(self));
    return call_required(self, MI_NAME(__iter__), NULL, 0);
}

static MiObject *
checked_number(MiObject *self, MiObject *name, const char *what, MiType *want)
{
    MiObject *res = call_required(self, name, NULL, 0);
    if (res == NULL)
        return NULL;
    if (!mi_obj_type_check(res, want)) {
        mi_err_format(MI_EXC(TypeError), "%s returned non-%s (type %s)", what, want->name,
                      MI_TYPE_NAME(res));
        MI_DECREF(res);
        return NULL;
    }
    return res;
}

static MiObject *
slot_index(MiObject *self)
{
    return checked_number(self, MI_NAME(__index__), "__index__", &mi_int_type);
}

static MiObject *
slot_int(MiObject *self)
{
    return checked_number(self, MI_NAME(__int__), "__int__", &mi_int_type);
}

extern MiType mi_float_type;

static MiObject *
slot_float(MiObject *self)
{
    return checked_number(self, MI_NAME(__float__), "__float__", &mi_float_type);
}

static intptr_t
slot_hash(MiObject *self)
{
    MiObject *func = mi_type_lookup(self->type, MI_NAME(__hash__)), *res;
    intptr_t h;
    int overflow;
    if (func == NULL || func == MI_NONE)
        return mi_obj_hash_not_implemented(self);
    res = call_required(self, MI_NAME(__hash__), NULL, 0);
    if (res == NULL)
        return -1;
    if (!mi_int_check(res)) {
        mi_err_set(MI_EXC(TypeError), "__hash__ method should return an integer");
        MI_DECREF(res);
        return -1;
    }
    h = (intptr_t)mi_int_as_i64(res, &overflow);
    if (overflow)
        h = mi_int_hash(res);
    MI_DECREF(res);
    return h == -1 ? -2 : h;
}

static intptr_t
slot_len(MiObject *self)
{
    MiObject *res = call_required(self, MI_NAME(__len__), NULL, 0);
    intptr_t n;
    if (res == NULL)
        return -1;
    if (!mi_int_check(res)) {
        mi_err_format(MI_EXC(TypeError), "'%s' object cannot be interpreted as an integer",
                      MI_TYPE_NAME(res));
        MI_DECREF(res);
        return -1;
    }
    if (mi_int_sign(res) < 0) {
        MI_DECREF(res);
        mi_err_set(MI_EXC(ValueError), "__len__() should return >= 0");
        return -1;
    }
    n = mi_int_as_ssize(res);
    MI_DECREF(res);
    if (n == -1 && mi_err_occurred()) {
        mi_err_clear();
        mi_err_format(MI_EXC(OverflowError), "cannot fit 'int' into an index-sized integer");
    }
    return n;
}

static int
slot_bool(MiObject *self)
{
    MiObject *func = mi_type_lookup(self->type, MI_NAME(__bool__)), *res;
    int truth;
    if (func == NULL) {
        if (mi_type_lookup(self->type, MI_NAME(__len__)) == NULL)
            return 1;
        intptr_t n = slot_len(self);
        return n < 0 ? -1 : n > 0;
    }
    res = call_required(self, MI_NAME(__bool__), NULL, 0);
    if (res == NULL)
        return -1;
    if (res->type != &mi_bool_type) {
        mi_err_format(MI_EXC(TypeError), "__bool__ should return bool, returned %s",
                      MI_TYPE_NAME(res));
        MI_DECREF(res);
        return -1;
    }
    truth = res == MI_TRUE;
    MI_DECREF(res);
    return truth;
}

static MiObject *
slot_richcmp(MiObject *self, MiObject *other, int op)
{
    MiObject *name;
    switch (op) {
    case MI_LT: name = MI_NAME(__lt__); break;
    case MI_LE: name = MI_NAME(__le__); break;
    case MI_EQ: name = MI_NAME(__eq__); break;
    case MI_NE: name = MI_NAME(__ne__); break;
    case MI_GT: name = MI_NAME(__gt__); break;
    default: name = MI_NAME(__ge__); break;
    }
    return call_maybe(self, name, &other, 1);
}

/* Does `b`'s type find a different `name` than `a`'s? */
static int
method_is_overloaded(MiType *a, MiType *b, MiObject *name)
{
    MiObject *fb = mi_type_lookup(b, name);
    MiObject *fa;
    if (fb == NULL)
        return 0;
    fa = mi_type_lookup(a, name);
    return fa == NULL || fa != fb;
}

/* a op b for classes: a.__op__(b), then b.__rop__(a), with the subclass
 * rule (CPython's SLOT1BINFULL). */
static MiObject *
binary_slot(MiObject *a, MiObject *b, size_t offset, void *self_fn, MiObject *name,
            MiObject *rname)
{
    int do_other = a->type != b->type && SLOT(b->type, offset) == self_fn;
    MiObject *r;
    if (SLOT(a->type, offset) == self_fn) {
        if (do_other && mi_type_is_subtype(b->type, a->type) &&
            method_is_overloaded(a->type, b->type, rname)) {
            r = call_maybe(b, rname, &a, 1);
            if (r != MI_NOTIMPLEMENTED)
                return r;
            MI_DECREF(r);
            do_other = 0;
        }
        r = call_maybe(a, name, &b, 1);
        if (r != MI_NOTIMPLEMENTED || b->type == a->type)
            return r;
        MI_DECREF(r);
    }
    if (do_other)
        return call_maybe(b, rname, &a, 1);
    MI_RETURN_NOTIMPLEMENTED;
}

#define BINARY_SLOT(fn, slot, dunder, rdunder)                                   \
    static MiObject *fn(MiObject *a, MiObject *b)                                \
    {                                                                            \
        return binary_slot(a, b, offsetof(MiType, slot), (void *)fn,             \
                           MI_NAME(dunder), MI_NAME(rdunder));                   \
    }
BINARY_SLOT(slot_add, add, __add__, __radd__)
BINARY_SLOT(slot_sub, sub, __sub__, __rsub__)
BINARY_SLOT(slot_mul, mul, __mul__, __rmul__)
BINARY_SLOT(slot_truediv, truediv, __truediv__, __rtruediv__)
BINARY_SLOT(slot_floordiv, floordiv, __floordiv__, __rfloordiv__)
BINARY_SLOT(slot_mod, mod, __mod__, __rmod__)
BINARY_SLOT(slot_divmod, divmod, __divmod__, __rdivmod__)
BINARY_SLOT(slot_lshift, lshift, __lshift__, __rlshift__)
BINARY_SLOT(slot_rshift, rshift, __rshift__, __rrshift__)
BINARY_SLOT(slot_and, and_, __and__, __rand__)
BINARY_SLOT(slot_or, or_, __or__, __ror__)
BINARY_SLOT(slot_xor, xor_, __xor__, __rxor__)
BINARY_SLOT(slot_matmul, matmul, __matmul__, __rmatmul__)

static MiObject *slot_pow(MiObject *a, MiObject *b, MiObject *mod);

static MiObject *
slot_pow_binary(MiObject *a, MiObject *b)
{
    return binary_slot(a, b, offsetof(MiType, pow), (void *)slot_pow, MI_NAME(__pow__),
                       MI_NAME(__rpow__));
}

static MiObject *
slot_pow(MiObject *a, MiObject *b, MiObject *mod)
{
    if (mod == MI_NONE)
        return slot_pow_binary(a, b);
    if (a->type->pow == slot_pow) {
        MiObject *args[2] = {b, mod};
        return call_maybe(a, MI_NAME(__pow__), args, 2);
    }
    MI_RETURN_NOTIMPLEMENTED;
}

#define INPLACE_SLOT(fn, dunder)                                                 \
    static MiObject *fn(MiObject *a, MiObject *b)                                \
    {                                                                            \
        return call_maybe(a, MI_NAME(dunder), &b, 1);                            \
    }
INPLACE_SLOT(slot_iadd, __iadd__)
INPLACE_SLOT(slot_isub, __isub__)
INPLACE_SLOT(slot_imul, __imul__)
INPLACE_SLOT(slot_itruediv, __itruediv__)
INPLACE_SLOT(slot_ifloordiv, __ifloordiv__)
INPLACE_SLOT(slot_imod, __imod__)
INPLACE_SLOT(slot_ilshift, __ilshift__)
INPLACE_SLOT(slot_irshift, __irshift__)
INPLACE_SLOT(slot_iand, __iand__)
INPLACE_SLOT(slot_ior, __ior__)
INPLACE_SLOT(slot_ixor, __ixor__)
INPLACE_SLOT(slot_imatmul, __imatmul__)

static MiObject *
slot_ipow(MiObject *a, MiObject *b, MiObject *mod)
{
    (void)mod;
    return call_maybe(a, MI_NAME(__ipow__), &b, 1);
}

static MiObject *
slot_getitem(MiObject *self, MiObject *key)
{
    return call_required(self, MI_NAME(__getitem__), &key, 1);
}

static int
slot_setitem(MiObject *self, MiObject *key, MiObject *value)
{
    MiObject *res;
    if (value == NULL) {
        res = call_required(self, MI_NAME(__delitem__), &key, 1);
    } else {
        MiObject *args[2] = {key, value};
        res = call_required(self, MI_NAME(__setitem__), args, 2);
    }
    if (res == NULL)
        return -1;
    MI_DECREF(res);
    return 0;
}

static int
slot_contains(MiObject *self, MiObject *item)
{
    MiObject *func = mi_type_lookup(self->type, MI_NAME(__contains__)), *res;
    int truth;
    if (func == MI_NONE) {
        mi_err_format(MI_EXC(TypeError), "'%s' object is not a container", MI_TYPE_NAME(self));
        return -1;
    }
    if (func == NULL) {
        /* no __contains__: search by iteration */
        MiObject *it = mi_obj_iter(self), *x;
        if (it == NULL)
            return -1;
        while ((x = mi_iter_next(it)) != NULL) {
            int eq = x == item ? 1 : mi_obj_richcmp_bool(x, item, MI_EQ);
            MI_DECREF(x);
            if (eq != 0) {
                MI_DECREF(it);
                return eq;
            }
        }
        MI_DECREF(it);
        return mi_err_occurred() ? -1 : 0;
    }
    res = call_required(self, MI_NAME(__contains__), &item, 1);
    if (res == NULL)
        return -1;
    truth = mi_obj_is_true(res);
    MI_DECREF(res);
    return truth;
}

static MiObject *
slot_iternext(MiObject *self)
{
    MiObject *res = call_required(self, MI_NAME(__next__), NULL, 0);
    if (res == NULL && mi_err_matches((MiObject *)MI_EXC(StopIteration)))
        mi_err_clear();
    return res;
}

/* Calls type(self).name bound to self with vectorcall arguments. */
static MiObject *
call_bound_special(MiObject *self, MiObject *name, MiObject *const *args, intptr_t nargs,
                   MiObject *kwnames)
{
    MiObject *func = mi_type_lookup(self->type, name), *res, *bound;
    MiObject *small[16];
    intptr_t total = nargs + mi_args_nkw(kwnames);
    if (func == NULL)
        return mi_err_no_attribute(self, name);
    MI_INCREF(func);
    if ((func->type->flags & MI_TYPE_METHOD_DESCRIPTOR) && total < 15) {
        small[0] = self;
        memcpy(small + 1, args, (size_t)total * sizeof(MiObject *));
        res = mi_call(func, small, nargs + 1, kwnames);
    } else {
        bound = func->type->descr_get
                    ? func->type->descr_get(func, self, (MiObject *)self->type)
                    : mi_newref(func);
        res = bound ? mi_call(bound, args, nargs, kwnames) : NULL;
        MI_XDECREF(bound);
    }
    MI_DECREF(func);
    return res;
}

static MiObject *
slot_call(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    return call_bound_special(self, MI_NAME(__call__), args, nargs, kwnames);
}

MiObject *
mi_slot_getattr_hook(MiObject *self, MiObject *name)
{
    MiObject *getattribute = mi_type_lookup(self->type, MI_NAME(__getattribute__));
    MiObject *getattr = mi_type_lookup(self->type, MI_NAME(__getattr__));
    MiObject *res;
    if (getattribute == NULL || (getattribute->type == &mi_slot_wrapper_type &&
                                 ((MiSlotWrapper *)getattribute)->slot ==
                                     (void *)mi_obj_generic_getattr)) {
        res = mi_obj_generic_getattr(self, name);
    } else {
        res = call_required(self, MI_NAME(__getattribute__), &name, 1);
    }
    if (res == NULL && getattr != NULL && mi_err_matches((MiObject *)MI_EXC(AttributeError))) {
        mi_err_clear();
        res = call_required(self, MI_NAME(__getattr__), &name, 1);
    }
    return res;
}

static int
slot_setattr(MiObject *self, MiObject *name, MiObject *value)
{
    MiObject *res;
    if (value == NULL) {
        res = call_required(self, MI_NAME(__delattr__), &name, 1);
    } else {
        MiObject *args[2] = {name, value};
        res = call_required(self, MI_NAME(__setattr__), args, 2);
    }
    if (res == NULL)
        return -1;
    MI_DECREF(res);
    return 0;
}

static MiObject *
slot_descr_get(MiObject *self, MiObject *obj, MiObject *type)
{
    MiObject *args[2] = {obj ? obj : MI_NONE, type ? type : MI_NONE};
    return call_required(self, MI_NAME(__get__), args, 2);
}

static int
slot_descr_set(MiObject *self, MiObject *obj, MiObject *value)
{
    MiObject *res;
    if (value == NULL) {
        res = call_required(self, MI_NAME(__delete__), &obj, 1);
    } else {
        MiObject *args[2] = {obj, value};
        res = call_required(self, MI_NAME(__set__), args, 2);
    }
    if (res == NULL)
        return -1;
    MI_DECREF(res);
    return 0;
}

int
mi_slot_init(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *res;
    if (mi_type_lookup(self->type, MI_NAME(__init__)) == NULL)
        return 0;
    res = call_bound_special(self, MI_NAME(__init__), args, nargs, kwnames);
    if (res == NULL)
        return -1;
    if (res != MI_NONE) {
        mi_err_format(MI_EXC(TypeError), "__init__() should return None, not '%s'",
                      MI_TYPE_NAME(res));
        MI_DECREF(res);
        return -1;
    }
    MI_DECREF(res);
    return 0;
}

MiObject *
mi_slot_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiObject *func = mi_type_lookup(type, MI_NAME(__new__)), *res;
    MiObject *stack[16];
    intptr_t total = nargs + mi_args_nkw(kwnames);
    if (func == NULL)
        return mi_err_format(MI_EXC(TypeError), "cannot create '%s' instances", type->name);
    if (func->type == &mi_staticmethod_type)
        func = ((MiClassMethod *)func)->func;
    MI_INCREF(func);
    if (total < 15) {
        stack[0] = (MiObject *)type;
        memcpy(stack + 1, args, (size_t)total * sizeof(MiObject *));
        res = mi_call(func, stack, nargs + 1, kwnames);
    } else {
        MiObject *t = mi_tuple_new(total + 1);
        if (t == NULL) {
            MI_DECREF(func);
            return NULL;
        }
        MI_TUPLE_ITEMS(t)[0] = mi_newref((MiObject *)type);
        for (intptr_t i = 0; i < total; i++)
            MI_TUPLE_ITEMS(t)[i + 1] = mi_newref(args[i]);
        res = mi_call(func, MI_TUPLE_ITEMS(t), nargs + 1, kwnames);
        MI_DECREF(t);
    }
    MI_DECREF(func);
    return res;
}

void
mi_slot_finalize(MiObject *self)
{
    MiObject *exc = mi_err_fetch(), *res;
    MiObject *del = mi_type_lookup(self->type, MI_NAME(__del__));
    if (del != NULL) {
        MI_INCREF(del);
        res = call_required(self, MI_NAME(__del__), NULL, 0);
        if (res == NULL)
            mi_err_write_unraisable(del);
        else
            MI_DECREF(res);
        MI_DECREF(del);
    }
    mi_err_restore(exc);
}

/* ---- the table ------------------------------------------------------------------------- */

#define ROW(name, slot, kind, fn) {#name, offsetof(MiType, slot), kind, 0, (void *)fn}
#define CMP(name, op) {#name, offsetof(MiType, richcmp), W_RICHCMP, op, (void *)slot_richcmp}

static const SlotDef slotdefs[] = {
    ROW(__getattribute__, getattr, W_GETATTR, mi_slot_getattr_hook),
    ROW(__getattr__, getattr, W_GETATTR, mi_slot_getattr_hook),
    ROW(__setattr__, setattr, W_SETATTR, slot_setattr),
    ROW(__delattr__, setattr, W_DELATTR, slot_setattr),
    ROW(__repr__, repr, W_UNARY, slot_repr),
    ROW(__hash__, hash, W_HASH, slot_hash),
    ROW(__call__, call, W_CALL, slot_call),
    ROW(__str__, str, W_UNARY, slot_str),
    CMP(__lt__, MI_LT), CMP(__le__, MI_LE), CMP(__eq__, MI_EQ),
    CMP(__ne__, MI_NE), CMP(__gt__, MI_GT), CMP(__ge__, MI_GE),
    ROW(__iter__, iter, W_UNARY, slot_iter),
    ROW(__next__, iternext, W_NEXT, slot_iternext),
    ROW(__get__, descr_get, W_DESCR_GET, slot_descr_get),
    ROW(__set__, descr_set, W_DESCR_SET, slot_descr_set),
    ROW(__delete__, descr_set, W_DESCR_DELETE, slot_descr_set),
    ROW(__init__, init, W_INIT, mi_slot_init),
    ROW(__del__, finalize, W_DEL, mi_slot_finalize),
    ROW(__add__, add, W_BINARY_L, slot_add), ROW(__radd__, add, W_BINARY_R, slot_add),
    ROW(__sub__, sub, W_BINARY_L, slot_sub), ROW(__rsub__, sub, W_BINARY_R, slot_sub),
    ROW(__mul__, mul, W_BINARY_L, slot_mul), ROW(__rmul__, mul, W_BINARY_R, slot_mul),
    ROW(__mod__, mod, W_BINARY_L, slot_mod), ROW(__rmod__, mod, W_BINARY_R, slot_mod),
    ROW(__divmod__, divmod, W_BINARY_L, slot_divmod),
    ROW(__rdivmod__, divmod, W_BINARY_R, slot_divmod),
    ROW(__pow__, pow, W_TERNARY_L, slot_pow), ROW(__rpow__, pow, W_TERNARY_R, slot_pow),
    ROW(__neg__, neg, W_UNARY, slot_neg), ROW(__pos__, pos, W_UNARY, slot_pos),
    ROW(__abs__, abs, W_UNARY, slot_abs), ROW(__bool__, bool_, W_INQUIRY, slot_bool),
    ROW(__invert__, invert, W_UNARY, slot_invert),
    ROW(__lshift__, lshift, W_BINARY_L, slot_lshift),
    ROW(__rlshift__, lshift, W_BINARY_R, slot_lshift),
    ROW(__rshift__, rshift, W_BINARY_L, slot_rshift),
    ROW(__rrshift__, rshift, W_BINARY_R, slot_rshift),
    ROW(__and__, and_, W_BINARY_L, slot_and), ROW(__rand__, and_, W_BINARY_R, slot_and),
    ROW(__xor__, xor_, W_BINARY_L, slot_xor), ROW(__rxor__, xor_, W_BINARY_R, slot_xor),
    ROW(__or__, or_, W_BINARY_L, slot_or), ROW(__ror__, or_, W_BINARY_R, slot_or),
    ROW(__int__, to_int, W_UNARY, slot_int), ROW(__float__, to_float, W_UNARY, slot_float),
    ROW(__iadd__, iadd, W_BINARY_L, slot_iadd), ROW(__isub__, isub, W_BINARY_L, slot_isub),
    ROW(__imul__, imul, W_BINARY_L, slot_imul), ROW(__imod__, imod, W_BINARY_L, slot_imod),
    ROW(__ipow__, ipow, W_TERNARY_L, slot_ipow),
    ROW(__ilshift__, ilshift, W_BINARY_L, slot_ilshift),
    ROW(__irshift__, irshift, W_BINARY_L, slot_irshift),
    ROW(__iand__, iand, W_BINARY_L, slot_iand), ROW(__ixor__, ixor, W_BINARY_L, slot_ixor),
    ROW(__ior__, ior, W_BINARY_L, slot_ior),
    ROW(__floordiv__, floordiv, W_BINARY_L, slot_floordiv),
    ROW(__rfloordiv__, floordiv, W_BINARY_R, slot_floordiv),
    ROW(__truediv__, truediv, W_BINARY_L, slot_truediv),
    ROW(__rtruediv__, truediv, W_BINARY_R, slot_truediv),
    ROW(__ifloordiv__, ifloordiv, W_BINARY_L, slot_ifloordiv),
    ROW(__itruediv__, itruediv, W_BINARY_L, slot_itruediv),
    ROW(__index__, index, W_UNARY, slot_index),
    ROW(__matmul__, matmul, W_BINARY_L, slot_matmul),
    ROW(__rmatmul__, matmul, W_BINARY_R, slot_matmul),
    ROW(__imatmul__, imatmul, W_BINARY_L, slot_imatmul),
    ROW(__len__, len, W_LEN, slot_len),
    ROW(__getitem__, getitem, W_BINARY_L, slot_getitem),
    ROW(__setitem__, setitem, W_SETITEM, slot_setitem),
    ROW(__delitem__, setitem, W_DELITEM, slot_setitem),
    ROW(__contains__, contains, W_CONTAINS, slot_contains),
    {NULL, 0, 0, 0, NULL},
};

/* ---- slot wrappers: built-in slots seen from Python ---------------------------------------- */

static MiObject *
wrapper_call(MiObject *callable, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiSlotWrapper *w = (MiSlotWrapper *)callable;
    const SlotDef *def = &slotdefs[w->kind];
    MiObject *self, *res;
    intptr_t n = nargs - 1;
    int rc;
    if (nargs < 1) {
        return mi_err_format(MI_EXC(TypeError), "descriptor '%U' of '%s' object needs an "
                             "argument", w->name, w->owner->name);
    }
    self = args[0];
    if (!mi_obj_type_check(self, w->owner)) {
        return mi_err_format(MI_EXC(TypeError), "descriptor '%U' requires a '%s' object but "
                             "received a '%s'", w->name, w->owner->name, MI_TYPE_NAME(self));
    }
    args++;
    if (def->kind != W_CALL && def->kind != W_INIT && mi_args_nkw(kwnames) > 0) {
        return mi_err_format(MI_EXC(TypeError), "wrapper %U() takes no keyword arguments",
                             w->name);
    }
#define EXPECT(count)                                                              \
    if (n != (count))                                                              \
        return mi_err_format(MI_EXC(TypeError), "expected %d argument%s, got %zd",  \
                             (int)(count), (count) == 1 ? "" : "s", n);
    switch (def->kind) {
    case W_UNARY:
        EXPECT(0);
        return ((MiUnaryFunc)w->slot)(self);
    case W_HASH: {
        intptr_t h;
        EXPECT(0);
        h = ((MiHashFunc)w->slot)(self);
        return h == -1 && mi_err_occurred() ? NULL : mi_int_from_i64(h);
    }
    case W_LEN: {
        intptr_t len;
        EXPECT(0);
        len = ((MiLenFunc)w->slot)(self);
        return len < 0 ? NULL : mi_int_from_i64(len);
    }
    case W_INQUIRY:
        EXPECT(0);
        rc = ((MiInquiry)w->slot)(self);
        return rc < 0 ? NULL : mi_bool_from(rc);
    case W_BINARY_L:
        EXPECT(1);
        return ((MiBinaryFunc)w->slot)(self, args[0]);
    case W_BINARY_R:
        EXPECT(1);
        return ((MiBinaryFunc)w->slot)(args[0], self);
    case W_TERNARY_L:
        if (n < 1 || n > 2)
            return mi_err_format(MI_EXC(TypeError), "expected 1 or 2 arguments, got %zd", n);
        return ((MiTernaryFunc)w->slot)(self, args[0], n == 2 ? args[1] : MI_NONE);
    case W_TERNARY_R:
        if (n < 1 || n > 2)
            return mi_err_format(MI_EXC(TypeError), "expected 1 or 2 arguments, got %zd", n);
        return ((MiTernaryFunc)w->slot)(args[0], self, n == 2 ? args[1] : MI_NONE);
    case W_RICHCMP:
        EXPECT(1);
        return ((MiRichCmpFunc)w->slot)(self, args[0], def->op);
    case W_CALL:
        return ((MiVectorcall)w->slot)(self, args, n, kwnames);
    case W_INIT:
        if (((MiInitFunc)w->slot)(self, args, n, kwnames) < 0)
            return NULL;
        MI_RETURN_NONE;
    case W_GETATTR:
        EXPECT(1);
        if (!mi_str_check(args[0]))
            return mi_err_format(MI_EXC(TypeError), "attribute name must be string, not '%s'",
                                 MI_TYPE_NAME(args[0]));
        return ((MiGetAttrFunc)w->slot)(self, args[0]);
    case W_SETATTR:
    case W_DESCR_SET:
    case W_SETITEM:
        EXPECT(2);
        if (((MiSetAttrFunc)w->slot)(self, args[0], args[1]) < 0)
            return NULL;
        MI_RETURN_NONE;
    case W_DELATTR:
    case W_DESCR_DELETE:
    case W_DELITEM:
        EXPECT(1);
        if (((MiSetAttrFunc)w->slot)(self, args[0], NULL) < 0)
            return NULL;
        MI_RETURN_NONE;
    case W_CONTAINS:
        EXPECT(1);
        rc = ((MiContainsFunc)w->slot)(self, args[0]);
        return rc < 0 ? NULL : mi_bool_from(rc);
    case W_NEXT:
        EXPECT(0);
        res = ((MiIterNextFunc)w->slot)(self);
        if (res == NULL && !mi_err_occurred())
            mi_err_set_none(MI_EXC(StopIteration));
        return res;
    case W_DESCR_GET:
        if (n < 1 || n > 2)
            return mi_err_format(MI_EXC(TypeError), "expected 1 or 2 arguments, got %zd", n);
        return ((MiDescrGetFunc)w->slot)(self, args[0] == MI_NONE ? NULL : args[0],
                                          n == 2 && args[1] != MI_NONE ? args[1] : NULL);
    case W_DEL:
        EXPECT(0);
        ((MiDestructor)w->slot)(self);
        if (mi_err_occurred())
            return NULL;
        MI_RETURN_NONE;
    default:
        return mi_err_format(MI_EXC(SystemError), "bad slot wrapper kind");
    }
#undef EXPECT
}

static MiObject *
wrapper_get(MiObject *self, MiObject *obj, MiObject *type)
{
    (void)type;
    if (obj == NULL)
        return mi_newref(self);
    return mi_method_new(self, obj);
}

static MiObject *
wrapper_repr(MiObject *self)
{
    MiSlotWrapper *w = (MiSlotWrapper *)self;
    return mi_str_format("<slot wrapper '%U' of '%s' objects>", w->name, w->owner->name);
}

static void
wrapper_dealloc(MiObject *self)
{
    MI_CLEAR(((MiSlotWrapper *)self)->name);
    mi_object_free(self);
}

static MiObject *
wrapper_get_name(MiObject *self, void *c)
{
    (void)c;
    return mi_newref(((MiSlotWrapper *)self)->name);
}

static MiObject *
wrapper_get_objclass(MiObject *self, void *c)
{
    (void)c;
    return mi_newref((MiObject *)((MiSlotWrapper *)self)->owner);
}

static MiObject *
wrapper_get_qualname(MiObject *self, void *c)
{
    MiSlotWrapper *w = (MiSlotWrapper *)self;
    (void)c;
    return mi_str_format("%s.%U", w->owner->name, w->name);
}

static MiGetSetDef wrapper_getsets[] = {
    {"__name__", wrapper_get_name, NULL, NULL, NULL},
    {"__qualname__", wrapper_get_qualname, NULL, NULL, NULL},
    {"__objclass__", wrapper_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MiType mi_slot_wrapper_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "wrapper_descriptor",
    .basicsize = sizeof(MiSlotWrapper),
    .flags = MI_TYPE_METHOD_DESCRIPTOR,
    .dealloc = wrapper_dealloc,
    .call = wrapper_call,
    .descr_get = wrapper_get,
    .repr = wrapper_repr,
    .getsets = wrapper_getsets,
};

/* The __new__ of a built-in type, as a function taking the class first. */
static MiObject *
tp_new_wrapper(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiType *type = (MiType *)self, *sub, *staticbase;
    if (nargs < 1)
        return mi_err_format(MI_EXC(TypeError), "%s.__new__(): not enough arguments", type->name);
    if (!mi_obj_type_check(args[0], &mi_type_type)) {
        return mi_err_format(MI_EXC(TypeError), "%s.__new__(X): X is not a type object (%s)",
                             type->name, MI_TYPE_NAME(args[0]));
    }
    sub = (MiType *)args[0];
    if (!mi_type_is_subtype(sub, type)) {
        return mi_err_format(MI_EXC(TypeError), "%s.__new__(%s): %s is not a subtype of %s",
                             type->name, sub->name, sub->name, type->name);
    }
    staticbase = sub;
    while (staticbase->flags & MI_TYPE_HEAP)
        staticbase = staticbase->base_type;
    if (staticbase->new_ != type->new_ && !mi_type_is_subtype(staticbase, type)) {
        return mi_err_format(MI_EXC(TypeError), "%s.__new__(%s) is not safe, use %s.__new__()",
                             type->name, sub->name, staticbase->name);
    }
    return type->new_(sub, args + 1, nargs - 1, kwnames);
}

static const MiMethodDef tp_new_def = {"__new__", tp_new_wrapper, MI_METH_KEYWORDS, NULL};

int
mi_slots_add_wrappers(MiType *t)
{
    for (int i = 0; slotdefs[i].name != NULL; i++) {
        const SlotDef *def = &slotdefs[i];
        void *fn = SLOT(t, def->offset);
        MiSlotWrapper *w;
        MiObject *name;
        int rc;
        if (fn == NULL)
            continue;
        /* __getattr__ is only a Python-level fallback: built-ins expose
         * their attribute lookup as __getattribute__ */
        if (def->offset == offsetof(MiType, getattr) && strcmp(def->name, "__getattr__") == 0)
            continue;
        name = mi_str_intern_cstr(def->name);
        if (name == NULL)
            return -1;
        if (mi_dict_get(t->dict, name) != NULL) {
            MI_DECREF(name);
            continue;
        }
        w = (MiSlotWrapper *)mi_object_alloc(&mi_slot_wrapper_type);
        if (w == NULL) {
            MI_DECREF(name);
            return -1;
        }
        w->owner = t;
        w->name = name;
        w->kind = i;
        w->slot = fn;
        rc = mi_dict_set(t->dict, name, (MiObject *)w);
        MI_DECREF(w);
        if (rc < 0)
            return -1;
    }
    if (t->new_ != NULL && mi_dict_get(t->dict, MI_NAME(__new__)) == NULL) {
        MiObject *f = mi_cfunction_new(&tp_new_def, (MiObject *)t, NULL);
        int rc;
        if (f == NULL)
            return -1;
        rc = mi_dict_set(t->dict, MI_NAME(__new__), f);
        MI_DECREF(f);
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* ---- filling the slots of classes --------------------------------------------------------- */

/* Sets the slot at def->offset of `t` from the dunders feeding it. */
static void
update_slot(MiType *t, size_t offset)
{
    void *specific = NULL, *generic = NULL;
    int use_generic = 0, found_any = 0;
    for (int i = 0; slotdefs[i].name != NULL; i++) {
        const SlotDef *def = &slotdefs[i];
        MiObject *name, *descr;
        if (def->offset != offset)
            continue;
        generic = def->generic;
        name = mi_str_intern_cstr(def->name);
        if (name == NULL) {
            mi_err_clear();
            return;
        }
        descr = mi_type_lookup(t, name);
        MI_DECREF(name);
        if (descr == NULL)
            continue;
        found_any = 1;
        if (descr->type == &mi_slot_wrapper_type &&
            slotdefs[((MiSlotWrapper *)descr)->kind].offset == offset) {
            void *fn = ((MiSlotWrapper *)descr)->slot;
            if (specific == NULL || specific == fn)
                specific = fn;
            else
                use_generic = 1;
        } else if (descr == MI_NONE && offset == offsetof(MiType, hash)) {
            specific = (void *)mi_obj_hash_not_implemented;
        } else {
            use_generic = 1;
        }
    }
    if (offset == offsetof(MiType, bool_) && !found_any &&
        mi_type_lookup(t, MI_NAME(__len__)) != NULL) {
        use_generic = 1;
        generic = (void *)slot_bool;
    }
    if (offset == offsetof(MiType, getattr) && specific == NULL && !use_generic)
        specific = (void *)mi_obj_generic_getattr;
    SLOT(t, offset) = use_generic ? generic : specific;
}

void
mi_slots_fixup(MiType *t)
{
    size_t last = (size_t)-1;
    for (int i = 0; slotdefs[i].name != NULL; i++) {
        if (slotdefs[i].offset != last) {
            update_slot(t, slotdefs[i].offset);
            last = slotdefs[i].offset;
        }
    }
    /* getattr: a class with __getattr__ needs the hook even when
     * __getattribute__ is object's */
    if (mi_type_lookup(t, MI_NAME(__getattr__)) != NULL)
        t->getattr = mi_slot_getattr_hook;
    /* __new__: the nearest class defining it decides */
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(t->mro); i++) {
        MiType *b = (MiType *)MI_TUPLE_GET(t->mro, i);
        if (b->dict != NULL && mi_dict_get(b->dict, MI_NAME(__new__)) != NULL) {
            t->new_ = (b->flags & MI_TYPE_HEAP) ? mi_slot_new : b->new_;
            break;
        }
    }
    if (t->finalize != NULL)
        t->flags |= MI_TYPE_HAS_FINALIZER;
    else
        t->flags &= ~(uint32_t)MI_TYPE_HAS_FINALIZER;
}

static int
is_slot_name(MiObject *name)
{
    if (mi_str_eq(name, MI_NAME(__new__)))
        return 1;
    for (int i = 0; slotdefs[i].name != NULL; i++) {
        if (mi_str_eq_cstr(name, slotdefs[i].name))
            return 1;
    }
    return 0;
}

static void
fixup_tree(MiType *t)
{
    intptr_t pos = 0;
    MiObject *key, *ref;
    if (t->flags & MI_TYPE_HEAP)
        mi_slots_fixup(t);
    if (t->subclasses == NULL)
        return;
    while (mi_dict_next(t->subclasses, &pos, &key, &ref)) {
        MiObject *sub = mi_weakref_get(ref);
        if (sub != MI_NONE)
            fixup_tree((MiType *)sub);
    }
}

void
mi_slots_update(MiType *t, MiObject *name)
{
    if (is_slot_name(name))
        fixup_tree(t);
}
