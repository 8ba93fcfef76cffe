/* vm/abstract.c: the object protocol (see vm/abstract.h): what the
 * interpreter and the library do with an object whose type they do not
 * know, through its slots and with Python's fallbacks.
 *
 *   - comparisons: the reflected operation first when the right operand's
 *     type is a subclass of the left's, then left, then right; == and !=
 *     fall back to identity.
 *   - binary operators: the same order over the number slots; a sequence's
 *     + and * report CPython's "can only concatenate" messages when both
 *     operands refused.
 *   - calls go through the type's vectorcall slot with a C stack check.
 * The eval loop inlines the hot cases (small ints, floats, lists) and
 * comes here for the rest. */
#include "vm/abstract.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/func.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/mem.h"
#include "vm/slots.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

/* ---- recursion guards ---------------------------------------------------------- */

int
mi_enter_recursive(const char *where)
{
    char here;
    if (++mi_state->depth > mi_state->recursion_limit || &here < mi_state->c_stack_limit) {
        mi_state->depth--;
        mi_err_format(MI_EXC(RecursionError), "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

void
mi_leave_recursive(void)
{
    mi_state->depth--;
}

MiObject *
mi_obj_function_str(MiObject *func)
{
    MiObject *qualname = NULL, *module = NULL, *res;
    int rc = mi_obj_lookup_attr(func, MI_NAME(__qualname__), &qualname);
    if (rc < 0)
        return NULL;
    if (rc == 0)
        return mi_obj_str(func);
    if (mi_obj_lookup_attr(func, MI_NAME(__module__), &module) < 0) {
        MI_DECREF(qualname);
        return NULL;
    }
    if (module != NULL && module != MI_NONE &&
        !(mi_str_check(module) && strcmp(mi_str_cstr(module), "builtins") == 0))
        res = mi_str_format("%S.%S()", module, qualname);
    else
        res = mi_str_format("%S()", qualname);
    MI_XDECREF(module);
    MI_DECREF(qualname);
    return res;
}

/* Objects whose repr is being computed, to print [...] for cycles. */
static MiObject **repr_stack;
static intptr_t repr_len, repr_cap;

int
mi_repr_enter(MiObject *o)
{
    for (intptr_t i = 0; i < repr_len; i++) {
        if (repr_stack[i] == o)
            return 1;
    }
    if (repr_len == repr_cap) {
        intptr_t cap = repr_cap ? repr_cap * 2 : 16;
        MiObject **s = mi_realloc(repr_stack, (size_t)cap * sizeof(MiObject *));
        if (s == NULL) {
            mi_err_nomemory();
            return -1;
        }
        repr_stack = s;
        repr_cap = cap;
    }
    repr_stack[repr_len++] = o;
    return 0;
}

void
mi_repr_leave(MiObject *o)
{
    for (intptr_t i = repr_len - 1; i >= 0; i--) {
        if (repr_stack[i] == o) {
            memmove(repr_stack + i, repr_stack + i + 1, (size_t)(repr_len - i - 1) * sizeof(MiObject *));
            repr_len--;
            break;
        }
    }
    if (repr_len == 0) {
        mi_free(repr_stack);
        repr_stack = NULL;
        repr_cap = 0;
    }
}

/* ---- conversion and comparison ----------------------------------------------------- */

MiObject *
mi_obj_repr(MiObject *o)
{
    MiObject *res;
    if (o->type->repr == NULL)
        return mi_str_format("<%s object at %p>", MI_TYPE_NAME(o), (void *)o);
    if (mi_enter_recursive(" while getting the repr of an object") < 0)
        return NULL;
    res = o->type->repr(o);
    mi_leave_recursive();
    if (res != NULL && !mi_str_check(res)) {
        mi_err_format(MI_EXC(TypeError), "__repr__ returned non-string (type %s)",
                      MI_TYPE_NAME(res));
        MI_DECREF(res);
        return NULL;
    }
    return res;
}

MiObject *
mi_obj_str(MiObject *o)
{
    MiObject *res;
    if (o->type == &mi_str_type)
        return mi_newref(o);
    if (o->type->str == NULL)
        return mi_obj_repr(o);
    if (mi_enter_recursive(" while getting the str of an object") < 0)
        return NULL;
    res = o->type->str(o);
    mi_leave_recursive();
    if (res != NULL && !mi_str_check(res)) {
        mi_err_format(MI_EXC(TypeError), "__str__ returned non-string (type %s)",
                      MI_TYPE_NAME(res));
        MI_DECREF(res);
        return NULL;
    }
    return res;
}

MiObject *
mi_obj_ascii(MiObject *o)
{
    MiObject *r = mi_obj_repr(o), *res;
    MiStrBuilder sb;
    const unsigned char *p, *end;
    if (r == NULL || ((MiStr *)r)->ascii)
        return r;
    mi_sb_init(&sb);
    p = (const unsigned char *)MI_STR_DATA(r);
    end = p + MI_STR_SIZE(r);
    while (p < end) {
        int n;
        uint32_t cp = mi_utf8_decode(p, &n);
        p += n;
        if (cp < 0x80)
            mi_sb_append_char(&sb, (char)cp);
        else if (cp < 0x100)
            mi_sb_printf(&sb, "\\x%02x", cp);
        else if (cp < 0x10000)
            mi_sb_printf(&sb, "\\u%04x", cp);
        else
            mi_sb_printf(&sb, "\\U%08x", cp);
    }
    MI_DECREF(r);
    res = mi_sb_finish(&sb);
    return res;
}

MiObject *
mi_obj_format(MiObject *o, MiObject *spec)
{
    MiObject *func, *res;
    if (spec == NULL || MI_STR_SIZE(spec) == 0) {
        if (o->type == &mi_str_type || o->type == &mi_int_type)
            return mi_obj_str(o);
    }
    func = mi_type_lookup(o->type, MI_NAME(__format__));
    if (func == NULL)
        return mi_err_format(MI_EXC(TypeError), "Type %s doesn't define __format__",
                             MI_TYPE_NAME(o));
    {
        MiObject *args[2] = {o, spec ? spec : mi_state->empty_str};
        MI_INCREF(func);
        if (func->type->flags & MI_TYPE_METHOD_DESCRIPTOR) {
            res = mi_call(func, args, 2, NULL);
        } else {
            MiObject *bound = func->type->descr_get
                                  ? func->type->descr_get(func, o, (MiObject *)o->type)
                                  : mi_newref(func);
            res = bound ? mi_call(bound, args + 1, 1, NULL) : NULL;
            MI_XDECREF(bound);
        }
        MI_DECREF(func);
    }
    if (res != NULL && !mi_str_check(res)) {
        mi_err_format(MI_EXC(TypeError), "__format__ must return a str, not %s",
                      MI_TYPE_NAME(res));
        MI_DECREF(res);
        return NULL;
    }
    return res;
}

intptr_t
mi_obj_hash_not_implemented(MiObject *o)
{
    mi_err_format(MI_EXC(TypeError), "unhashable type: '%s'", MI_TYPE_NAME(o));
    return -1;
}

intptr_t
mi_obj_hash(MiObject *o)
{
    MiHashFunc h = o->type->hash;
    if (h == NULL)
        return mi_obj_hash_not_implemented(o);
    return h(o);
}

static const int swapped_op[] = {MI_GT, MI_GE, MI_EQ, MI_NE, MI_LT, MI_LE};
static const char *const op_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

static MiObject *
do_richcmp(MiObject *a, MiObject *b, int op)
{
    MiObject *res;
    int checked_reverse = 0;
    if (a->type != b->type && b->type->richcmp != NULL &&
        mi_type_is_subtype(b->type, a->type)) {
        checked_reverse = 1;
        res = b->type->richcmp(b, a, swapped_op[op]);
        if (res != MI_NOTIMPLEMENTED)
            return res;
        MI_DECREF(res);
    }
    if (a->type->richcmp != NULL) {
        res = a->type->richcmp(a, b, op);
        if (res != MI_NOTIMPLEMENTED)
            return res;
        MI_DECREF(res);
    }
    if (!checked_reverse && b->type->richcmp != NULL) {
        res = b->type->richcmp(b, a, swapped_op[op]);
        if (res != MI_NOTIMPLEMENTED)
            return res;
        MI_DECREF(res);
    }
    if (op == MI_EQ)
        return mi_bool_from(a == b);
    if (op == MI_NE)
        return mi_bool_from(a != b);
    return mi_err_format(MI_EXC(TypeError), "'%s' not supported between instances of '%s' and "
                         "'%s'", op_symbol[op], MI_TYPE_NAME(a), MI_TYPE_NAME(b));
}

MiObject *
mi_obj_richcmp(MiObject *a, MiObject *b, int op)
{
    MiObject *res;
    if (mi_enter_recursive(" in comparison") < 0)
        return NULL;
    res = do_richcmp(a, b, op);
    mi_leave_recursive();
    return res;
}

int
mi_obj_richcmp_bool(MiObject *a, MiObject *b, int op)
{
    MiObject *res;
    int truth;
    if (a == b) {
        if (op == MI_EQ)
            return 1;
        if (op == MI_NE)
            return 0;
    }
    res = mi_obj_richcmp(a, b, op);
    if (res == NULL)
        return -1;
    if (res->type == &mi_bool_type)
        truth = res == MI_TRUE;
    else
        truth = mi_obj_is_true(res);
    MI_DECREF(res);
    return truth;
}

int
mi_obj_is_true(MiObject *o)
{
    MiType *t;
    if (o == MI_TRUE)
        return 1;
    if (o == MI_FALSE || o == MI_NONE)
        return 0;
    t = o->type;
    if (t->bool_ != NULL)
        return t->bool_(o);
    if (t->len != NULL) {
        intptr_t n = t->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

int
mi_obj_not(MiObject *o)
{
    int truth = mi_obj_is_true(o);
    return truth < 0 ? truth : !truth;
}

int
mi_obj_print(MiObject *o, MiObject *file, int use_str)
{
    MiObject *s = use_str ? mi_obj_str(o) : mi_obj_repr(o), *res;
    if (s == NULL)
        return -1;
    res = mi_call_method(file, MI_NAME(write), &s, 1);
    MI_DECREF(s);
    if (res == NULL)
        return -1;
    MI_DECREF(res);
    return 0;
}

/* ---- calls ------------------------------------------------------------------------ */

MiObject *
mi_call(MiObject *callable, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    MiVectorcall call = callable->type->call;
    if (call == NULL) {
        return mi_err_format(MI_EXC(TypeError), "'%s' object is not callable",
                             MI_TYPE_NAME(callable));
    }
    MiObject *res;
    /* a Python function counts through its frame; anything else (a
     * builtin, a class, an object with __call__) counts here */
    if (callable->type == &mi_function_type || callable->type == &mi_method_type)
        return call(callable, args, nargs, kwnames);
    if (mi_enter_recursive(" while calling a Python object") < 0)
        return NULL;
    res = call(callable, args, nargs, kwnames);
    mi_leave_recursive();
    return res;
}

MiObject *
mi_call0(MiObject *callable)
{
    return mi_call(callable, NULL, 0, NULL);
}

MiObject *
mi_call1(MiObject *callable, MiObject *arg)
{
    return mi_call(callable, &arg, 1, NULL);
}

MiObject *
mi_call2(MiObject *callable, MiObject *a, MiObject *b)
{
    MiObject *args[2] = {a, b};
    return mi_call(callable, args, 2, NULL);
}

MiObject *
mi_call_tuple_dict(MiObject *callable, MiObject *args, MiObject *kwargs)
{
    return mi_call_tuple_dict_args(callable, MI_TUPLE_ITEMS(args), MI_TUPLE_SIZE(args), kwargs);
}

MiObject *
mi_call_tuple_dict_args(MiObject *callable, MiObject *const *argv, intptr_t nargs,
                        MiObject *kwargs)
{
    intptr_t nkw = kwargs ? MI_DICT_SIZE(kwargs) : 0;
    MiObject **stack, *kwnames = NULL, *res, *key, *value;
    intptr_t pos = 0, i = 0;
    if (nkw == 0)
        return mi_call(callable, argv, nargs, NULL);
    stack = mi_malloc((size_t)(nargs + nkw) * sizeof(MiObject *));
    kwnames = mi_tuple_new(nkw);
    if (stack == NULL || kwnames == NULL) {
        mi_free(stack);
        MI_XDECREF(kwnames);
        return stack == NULL ? mi_err_nomemory() : NULL;
    }
    if (nargs > 0)
        memcpy(stack, argv, (size_t)nargs * sizeof(MiObject *));
    while (mi_dict_next(kwargs, &pos, &key, &value)) {
        if (!mi_str_check(key)) {
            mi_err_set(MI_EXC(TypeError), "keywords must be strings");
            mi_free(stack);
            MI_DECREF(kwnames);
            return NULL;
        }
        MI_TUPLE_ITEMS(kwnames)[i] = mi_newref(key);
        stack[nargs + i] = value;
        i++;
    }
    res = mi_call(callable, stack, nargs, kwnames);
    mi_free(stack);
    MI_DECREF(kwnames);
    return res;
}

/* meth(o, *args), with o placed in front of the borrowed arguments. */
static MiObject *
call_unbound(MiObject *meth, MiObject *o, MiObject *const *args, intptr_t nargs)
{
    MiObject *small[8], **stack = small, *res;
    if (nargs + 1 > 8) {
        stack = mi_malloc((size_t)(nargs + 1) * sizeof(MiObject *));
        if (stack == NULL)
            return mi_err_nomemory();
    }
    stack[0] = o;
    if (nargs > 0)
        memcpy(stack + 1, args, (size_t)nargs * sizeof(MiObject *));
    res = mi_call(meth, stack, nargs + 1, NULL);
    if (stack != small)
        mi_free(stack);
    return res;
}

MiObject *
mi_call_method(MiObject *o, MiObject *name, MiObject *const *args, intptr_t nargs)
{
    MiObject *meth, *res;
    int unbound = mi_obj_get_method(o, name, &meth);
    if (unbound < 0)
        return NULL;
    if (unbound)
        res = call_unbound(meth, o, args, nargs);
    else
        res = mi_call(meth, args, nargs, NULL);
    MI_DECREF(meth);
    return res;
}

int
mi_obj_is_callable(MiObject *o)
{
    return o->type->call != NULL;
}

/* ---- numbers ----------------------------------------------------------------------- */

typedef struct BinOpInfo {
    size_t      slot, islot;
    const char *symbol, *isymbol;
} BinOpInfo;

#define OPINFO(s, is, sym, isym) {offsetof(MiType, s), offsetof(MiType, is), sym, isym}
static const BinOpInfo binops[] = {
    OPINFO(add, iadd, "+", "+="),
    OPINFO(sub, isub, "-", "-="),
    OPINFO(mul, imul, "*", "*="),
    OPINFO(matmul, imatmul, "@", "@="),
    OPINFO(truediv, itruediv, "/", "/="),
    OPINFO(mod, imod, "%", "%="),
    OPINFO(pow, ipow, "** or pow()", "**="),
    OPINFO(lshift, ilshift, "<<", "<<="),
    OPINFO(rshift, irshift, ">>", ">>="),
    OPINFO(or_, ior, "|", "|="),
    OPINFO(xor_, ixor, "^", "^="),
    OPINFO(and_, iand, "&", "&="),
    OPINFO(floordiv, ifloordiv, "//", "//="),
};
#define MI_BINOP_POW 6
#define MI_BINOP_ADD 0
#define MI_BINOP_MUL 2

const char *
mi_binop_symbol(int op)
{
    return binops[op].symbol;
}

#define SLOT_AT(t, off) (*(void **)((char *)(t) + (off)))

/* Calls fn(a, b) (or the ternary pow with None), as the slot wants. */
static MiObject *
call_slot(void *fn, int op, MiObject *a, MiObject *b)
{
    if (op == MI_BINOP_POW)
        return ((MiTernaryFunc)fn)(a, b, MI_NONE);
    return ((MiBinaryFunc)fn)(a, b);
}

/* CPython's binary_op1: a's slot, b's slot, the subclass going first. */
static MiObject *
binary_op1(MiObject *a, MiObject *b, int op)
{
    size_t off = binops[op].slot;
    void *slota = SLOT_AT(a->type, off);
    void *slotb = a->type != b->type ? SLOT_AT(b->type, off) : NULL;
    MiObject *x;
    if (slotb == slota)
        slotb = NULL;
    if (slota != NULL) {
        if (slotb != NULL && mi_type_is_subtype(b->type, a->type)) {
            x = call_slot(slotb, op, a, b);
            if (x != MI_NOTIMPLEMENTED)
                return x;
            MI_DECREF(x);
            slotb = NULL;
        }
        x = call_slot(slota, op, a, b);
        if (x != MI_NOTIMPLEMENTED)
            return x;
        MI_DECREF(x);
    }
    if (slotb != NULL)
        return call_slot(slotb, op, a, b);
    MI_RETURN_NOTIMPLEMENTED;
}

static int
is_sequence(MiObject *o)
{
    return (o->type->flags & MI_TYPE_SEQUENCE) != 0;
}

static MiObject *
binop_type_error(MiObject *a, MiObject *b, int op, int inplace)
{
    if (op == MI_BINOP_ADD && is_sequence(a) && a->type->add != NULL) {
        const char *what = mi_str_check(a) ? "str" : MI_TYPE_NAME(a);
        return mi_err_format(MI_EXC(TypeError), "can only concatenate %s (not \"%s\") to %s",
                             what, MI_TYPE_NAME(b), what);
    }
    if (op == MI_BINOP_MUL && ((is_sequence(a) && a->type->mul != NULL) ||
                               (is_sequence(b) && b->type->mul != NULL))) {
        MiObject *other = is_sequence(a) ? b : a;
        return mi_err_format(MI_EXC(TypeError), "can't multiply sequence by non-int of type "
                             "'%s'", MI_TYPE_NAME(other));
    }
    return mi_err_format(MI_EXC(TypeError), "unsupported operand type(s) for %s: '%s' and '%s'",
                         inplace ? binops[op].isymbol : binops[op].symbol, MI_TYPE_NAME(a),
                         MI_TYPE_NAME(b));
}

MiObject *
mi_num_binop(MiObject *a, MiObject *b, int op)
{
    MiObject *res = binary_op1(a, b, op);
    if (res != MI_NOTIMPLEMENTED)
        return res;
    MI_DECREF(res);
    return binop_type_error(a, b, op, 0);
}

MiObject *
mi_num_inplace(MiObject *a, MiObject *b, int op)
{
    void *islot = SLOT_AT(a->type, binops[op].islot);
    MiObject *res;
    if (islot != NULL) {
        res = call_slot(islot, op, a, b);
        if (res != MI_NOTIMPLEMENTED)
            return res;
        MI_DECREF(res);
    }
    res = binary_op1(a, b, op);
    if (res != MI_NOTIMPLEMENTED)
        return res;
    MI_DECREF(res);
    return binop_type_error(a, b, op, 1);
}

MiObject *
mi_num_add(MiObject *a, MiObject *b)
{
    return mi_num_binop(a, b, MI_BINOP_ADD);
}

MiObject *
mi_num_sub(MiObject *a, MiObject *b)
{
    return mi_num_binop(a, b, 1);
}

MiObject *
mi_num_mul(MiObject *a, MiObject *b)
{
    return mi_num_binop(a, b, MI_BINOP_MUL);
}

MiObject *
mi_num_pow(MiObject *a, MiObject *b, MiObject *mod)
{
    MiTernaryFunc fa, fb, fc;
    MiObject *x;
    if (mod == NULL || mod == MI_NONE)
        return mi_num_binop(a, b, MI_BINOP_POW);
    /* three-argument pow: a's slot, then b's, then mod's */
    fa = a->type->pow;
    fb = b->type->pow != fa ? b->type->pow : NULL;
    if (fa != NULL) {
        x = fa(a, b, mod);
        if (x != MI_NOTIMPLEMENTED)
            return x;
        MI_DECREF(x);
    }
    if (fb != NULL) {
        x = fb(a, b, mod);
        if (x != MI_NOTIMPLEMENTED)
            return x;
        MI_DECREF(x);
    }
    fc = mod->type->pow;
    if (fc != NULL && fc != fa && fc != fb) {
        x = fc(a, b, mod);
        if (x != MI_NOTIMPLEMENTED)
            return x;
        MI_DECREF(x);
    }
    return mi_err_format(MI_EXC(TypeError), "unsupported operand type(s) for ** or pow(): "
                         "'%s', '%s', '%s'", MI_TYPE_NAME(a), MI_TYPE_NAME(b),
                         MI_TYPE_NAME(mod));
}

MiObject *
mi_num_divmod(MiObject *a, MiObject *b)
{
    MiBinaryFunc fa = a->type->divmod, fb = b->type != a->type ? b->type->divmod : NULL;
    MiObject *x;
    if (fb == fa)
        fb = NULL;
    if (fa != NULL) {
        if (fb != NULL && mi_type_is_subtype(b->type, a->type)) {
            x = fb(a, b);
            if (x != MI_NOTIMPLEMENTED)
                return x;
            MI_DECREF(x);
            fb = NULL;
        }
        x = fa(a, b);
        if (x != MI_NOTIMPLEMENTED)
            return x;
        MI_DECREF(x);
    }
    if (fb != NULL) {
        x = fb(a, b);
        if (x != MI_NOTIMPLEMENTED)
            return x;
        MI_DECREF(x);
    }
    return mi_err_format(MI_EXC(TypeError), "unsupported operand type(s) for divmod(): '%s' "
                         "and '%s'", MI_TYPE_NAME(a), MI_TYPE_NAME(b));
}

#define UNARY_OP(fn, slot, sym)                                                     \
    MiObject *fn(MiObject *o)                                                       \
    {                                                                               \
        if (o->type->slot != NULL)                                                  \
            return o->type->slot(o);                                                \
        return mi_err_format(MI_EXC(TypeError), "bad operand type for " sym ": '%s'", \
                             MI_TYPE_NAME(o));                                      \
    }
UNARY_OP(mi_num_neg, neg, "unary -")
UNARY_OP(mi_num_pos, pos, "unary +")
UNARY_OP(mi_num_invert, invert, "unary ~")
UNARY_OP(mi_num_abs, abs, "abs()")

MiObject *
mi_num_index(MiObject *o)
{
    MiObject *res;
    if (mi_int_check(o))
        return mi_newref(o);
    if (o->type->index == NULL) {
        return mi_err_format(MI_EXC(TypeError), "'%s' object cannot be interpreted as an "
                             "integer", MI_TYPE_NAME(o));
    }
    res = o->type->index(o);
    if (res != NULL && !mi_int_check(res)) {
        mi_err_format(MI_EXC(TypeError), "__index__ returned non-int (type %s)",
                      MI_TYPE_NAME(res));
        MI_DECREF(res);
        return NULL;
    }
    return res;
}

/* An exact int with the value of int subclass instance `o`. */
static MiObject *
exact_int(MiObject *o)
{
    if (o->type == &mi_int_type)
        return o;
    if (mi_int_is_small(o)) {
        MiObject *r = mi_int_from_i64(((MiInt *)o)->small);
        MI_DECREF(o);
        return r;
    } else {
        mpz_t z;
        mpz_init(z);
        mi_int_to_mpz(o, z);
        MI_DECREF(o);
        return mi_int_from_mpz(z);
    }
}

MiObject *
mi_num_to_int(MiObject *o)
{
    MiObject *res;
    if (o->type == &mi_int_type)
        return mi_newref(o);
    if (o->type->to_int != NULL) {
        res = o->type->to_int(o);
        if (res == NULL)
            return NULL;
        if (!mi_int_check(res)) {
            mi_err_format(MI_EXC(TypeError), "__int__ returned non-int (type %s)",
                          MI_TYPE_NAME(res));
            MI_DECREF(res);
            return NULL;
        }
        return exact_int(res);
    }
    if (o->type->index != NULL) {
        MiObject *i = mi_num_index(o);
        return i ? exact_int(i) : NULL;
    }
    {
        MiObject *trunc = mi_type_lookup(o->type, MI_NAME(__trunc__));
        if (trunc != NULL) {
            int found;
            res = mi_call_special(o, MI_NAME(__trunc__), NULL, 0, &found);
            if (res == NULL || mi_int_check(res))
                return res ? exact_int(res) : NULL;
            MiObject *r2 = mi_num_index(res);
            MI_DECREF(res);
            return r2 ? exact_int(r2) : NULL;
        }
    }
    if (mi_str_check(o))
        return mi_int_from_str(o, 10);
    if (mi_type_has_flag(o->type, MI_TYPE_BYTES_SUBCLASS)) {
        return mi_int_from_string(MI_BYTES_DATA(o), MI_BYTES_SIZE(o), 10);
    }
    return mi_err_format(MI_EXC(TypeError), "int() argument must be a string, a bytes-like "
                         "object or a real number, not '%s'", MI_TYPE_NAME(o));
}

MiObject *
mi_num_to_float(MiObject *o)
{
    MiObject *res;
    if (o->type == &mi_float_type)
        return mi_newref(o);
    if (o->type->to_float != NULL) {
        res = o->type->to_float(o);
        if (res == NULL)
            return NULL;
        if (!mi_float_check(res)) {
            mi_err_format(MI_EXC(TypeError), "%s.__float__ returned non-float (type %s)",
                          MI_TYPE_NAME(o), MI_TYPE_NAME(res));
            MI_DECREF(res);
            return NULL;
        }
        if (res->type != &mi_float_type) {
            double v = MI_FLOAT_VALUE(res);
            MI_DECREF(res);
            return mi_float_new(v);
        }
        return res;
    }
    if (o->type->index != NULL) {
        MiObject *i = mi_num_index(o);
        double v;
        if (i == NULL)
            return NULL;
        v = mi_int_as_double(i);
        MI_DECREF(i);
        if (v == -1.0 && mi_err_occurred())
            return NULL;
        return mi_float_new(v);
    }
    if (mi_str_check(o))
        return mi_float_from_string(MI_STR_DATA(o), MI_STR_SIZE(o));
    return mi_err_format(MI_EXC(TypeError), "float() argument must be a string or a real "
                         "number, not '%s'", MI_TYPE_NAME(o));
}

intptr_t
mi_num_as_ssize(MiObject *o, MiType *err)
{
    MiObject *i = mi_num_index(o);
    int64_t v;
    int overflow;
    if (i == NULL)
        return -1;
    v = mi_int_as_i64(i, &overflow);
    if (overflow) {
        if (err == NULL) {
            v = mi_int_sign(i) < 0 ? INTPTR_MIN : INTPTR_MAX;
        } else {
            MI_DECREF(i);
            mi_err_format(err, "cannot fit '%s' into an index-sized integer", MI_TYPE_NAME(o));
            return -1;
        }
    }
    MI_DECREF(i);
    return (intptr_t)v;
}

/* ---- containers ---------------------------------------------------------------------- */

intptr_t
mi_obj_len(MiObject *o)
{
    if (o->type->len != NULL)
        return o->type->len(o);
    mi_err_format(MI_EXC(TypeError), "object of type '%s' has no len()", MI_TYPE_NAME(o));
    return -1;
}

intptr_t
mi_obj_length_hint(MiObject *o, intptr_t dflt)
{
    MiObject *hint, *res;
    intptr_t n;
    if (o->type->len != NULL) {
        n = o->type->len(o);
        if (n >= 0)
            return n;
        if (!mi_err_matches((MiObject *)MI_EXC(TypeError)))
            return -1;
        mi_err_clear();
    }
    hint = mi_type_lookup(o->type, MI_NAME(__length_hint__));
    if (hint == NULL)
        return dflt;
    int found;
    res = mi_call_special(o, MI_NAME(__length_hint__), NULL, 0, &found);
    if (res == NULL) {
        if (mi_err_matches((MiObject *)MI_EXC(TypeError))) {
            mi_err_clear();
            return dflt;
        }
        return -1;
    }
    if (res == MI_NOTIMPLEMENTED) {
        MI_DECREF(res);
        return dflt;
    }
    n = mi_int_check(res) ? mi_int_as_ssize(res) : dflt;
    MI_DECREF(res);
    return n < 0 ? dflt : n;
}

MiObject *
mi_obj_getitem(MiObject *o, MiObject *key)
{
    if (o->type->getitem != NULL)
        return o->type->getitem(o, key);
    if (mi_obj_type_check(o, &mi_type_type)) {
        MiObject *meth, *res;
        if (o == (MiObject *)&mi_type_type)
            return mi_generic_alias_new(o, key);
        if (mi_obj_lookup_attr(o, MI_NAME(__class_getitem__), &meth) < 0)
            return NULL;
        if (meth != NULL) {
            res = mi_call1(meth, key);
            MI_DECREF(meth);
            return res;
        }
        return mi_err_format(MI_EXC(TypeError), "type '%s' is not subscriptable",
                             ((MiType *)o)->name);
    }
    return mi_err_format(MI_EXC(TypeError), "'%s' object is not subscriptable",
                         MI_TYPE_NAME(o));
}

int
mi_obj_setitem(MiObject *o, MiObject *key, MiObject *v)
{
    if (o->type->setitem != NULL)
        return o->type->setitem(o, key, v);
    mi_err_format(MI_EXC(TypeError), "'%s' object does not support item assignment",
                  MI_TYPE_NAME(o));
    return -1;
}

int
mi_obj_delitem(MiObject *o, MiObject *key)
{
    if (o->type->setitem != NULL)
        return o->type->setitem(o, key, NULL);
    mi_err_format(MI_EXC(TypeError), "'%s' object doesn't support item deletion",
                  MI_TYPE_NAME(o));
    return -1;
}

MiObject *
mi_obj_getitem_index(MiObject *o, intptr_t i)
{
    MiObject *key = mi_int_from_i64(i), *res;
    if (key == NULL)
        return NULL;
    res = mi_obj_getitem(o, key);
    MI_DECREF(key);
    return res;
}

int
mi_obj_contains(MiObject *container, MiObject *item)
{
    MiObject *it, *x;
    if (container->type->contains != NULL)
        return container->type->contains(container, item);
    it = mi_obj_iter(container);
    if (it == NULL) {
        if (mi_err_matches((MiObject *)MI_EXC(TypeError))) {
            mi_err_clear();
            mi_err_format(MI_EXC(TypeError), "argument of type '%s' is not iterable",
                          MI_TYPE_NAME(container));
        }
        return -1;
    }
    while ((x = mi_iter_next(it)) != NULL) {
        int eq = mi_obj_richcmp_bool(x, item, MI_EQ);
        MI_DECREF(x);
        if (eq != 0) {
            MI_DECREF(it);
            return eq;
        }
    }
    MI_DECREF(it);
    return mi_err_occurred() ? -1 : 0;
}

MiObject *
mi_obj_iter(MiObject *o)
{
    MiObject *it;
    if (o->type->iter != NULL) {
        it = o->type->iter(o);
        if (it != NULL && it->type->iternext == NULL) {
            mi_err_format(MI_EXC(TypeError), "iter() returned non-iterator of type '%s'",
                          MI_TYPE_NAME(it));
            MI_DECREF(it);
            return NULL;
        }
        return it;
    }
    if (o->type->getitem != NULL && !mi_dict_check(o))
        return mi_seq_iter_new(o);
    return mi_err_format(MI_EXC(TypeError), "'%s' object is not iterable", MI_TYPE_NAME(o));
}

MiObject *
mi_iter_next(MiObject *it)
{
    MiObject *res;
    if (it->type->iternext == NULL) {
        return mi_err_format(MI_EXC(TypeError), "'%s' object is not an iterator",
                             MI_TYPE_NAME(it));
    }
    res = it->type->iternext(it);
    if (res == NULL && mi_err_occurred() && mi_err_matches((MiObject *)MI_EXC(StopIteration)))
        mi_err_clear();
    return res;
}

int
mi_iterate(MiObject *iterable, int (*fn)(MiObject *item, void *arg), void *arg)
{
    MiObject *it, *x;
    int rc = 0;
    if (mi_list_check(iterable) && iterable->type == &mi_list_type) {
        for (intptr_t i = 0; i < MI_LIST_SIZE(iterable); i++) {
            x = mi_newref(MI_LIST_ITEMS(iterable)[i]);
            rc = fn(x, arg);
            MI_DECREF(x);
            if (rc != 0)
                return rc;
        }
        return 0;
    }
    if (iterable->type == &mi_tuple_type) {
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(iterable); i++) {
            rc = fn(MI_TUPLE_GET(iterable, i), arg);
            if (rc != 0)
                return rc;
        }
        return 0;
    }
    it = mi_obj_iter(iterable);
    if (it == NULL)
        return -1;
    while ((x = mi_iter_next(it)) != NULL) {
        rc = fn(x, arg);
        MI_DECREF(x);
        if (rc != 0)
            break;
    }
    MI_DECREF(it);
    if (rc == 0 && mi_err_occurred())
        return -1;
    return rc;
}

MiObject *
mi_seq_to_list(MiObject *iterable)
{
    MiObject *list = mi_list_new(0);
    if (list == NULL)
        return NULL;
    if (mi_list_extend(list, iterable) < 0) {
        MI_DECREF(list);
        return NULL;
    }
    return list;
}

MiObject *
mi_seq_to_tuple(MiObject *iterable)
{
    MiObject *list, *res;
    if (iterable->type == &mi_tuple_type)
        return mi_newref(iterable);
    if (mi_list_check(iterable))
        return mi_tuple_from_array(MI_LIST_ITEMS(iterable), MI_LIST_SIZE(iterable));
    list = mi_seq_to_list(iterable);
    if (list == NULL)
        return NULL;
    res = mi_list_as_tuple(list);
    MI_DECREF(list);
    return res;
}

/* ---- isinstance and issubclass ---------------------------------------------------------- */

/* Is cls a class: a type, or anything with a tuple __bases__ (the
 * abstract class protocol)?  1, or 0 with TypeError(what), or -1. */
static int
check_class(MiObject *cls, const char *what)
{
    MiObject *bases;
    int rc;
    if (mi_obj_type_check(cls, &mi_type_type))
        return 1;
    rc = mi_obj_lookup_attr(cls, MI_NAME(__bases__), &bases);
    if (rc < 0)
        return -1;
    rc = rc > 0 && mi_tuple_check(bases);
    MI_XDECREF(bases);
    if (!rc) {
        mi_err_format(MI_EXC(TypeError), "%s", what);
        return 0;
    }
    return 1;
}

/* derived's __bases__, as a tuple (new reference), or NULL: none (no
 * exception) or an error. */
static MiObject *
abstract_bases(MiObject *derived)
{
    MiObject *bases;
    if (mi_obj_lookup_attr(derived, MI_NAME(__bases__), &bases) <= 0)
        return NULL;
    if (!mi_tuple_check(bases)) {
        MI_DECREF(bases);
        return NULL;
    }
    return bases;
}

/* Does derived reach cls through __bases__ (CPython's abstract_issubclass)? */
static int
abstract_issubclass(MiObject *derived, MiObject *cls)
{
    for (;;) {
        MiObject *bases;
        intptr_t n;
        int r = 0;
        if (derived == cls)
            return 1;
        bases = abstract_bases(derived);
        if (bases == NULL)
            return mi_err_occurred() ? -1 : 0;
        n = MI_TUPLE_SIZE(bases);
        if (n == 1) {
            /* the common single-inheritance case: iterate, not recurse */
            derived = MI_TUPLE_GET(bases, 0);
            MI_DECREF(bases);         /* still held by the class */
            continue;
        }
        if (mi_enter_recursive(" in __issubclass__") < 0) {
            MI_DECREF(bases);
            return -1;
        }
        for (intptr_t i = 0; i < n && r == 0; i++)
            r = abstract_issubclass(MI_TUPLE_GET(bases, i), cls);
        mi_leave_recursive();
        MI_DECREF(bases);
        return r;
    }
}

/* isinstance without __instancecheck__ (CPython's object_isinstance):
 * the type, or else the __class__ the object claims. */
static int
object_isinstance(MiObject *o, MiObject *cls)
{
    MiObject *icls;
    int r;
    if (mi_obj_type_check(cls, &mi_type_type)) {
        if (mi_type_is_subtype(o->type, (MiType *)cls))
            return 1;
        if (mi_obj_lookup_attr(o, MI_NAME(__class__), &icls) < 0)
            return -1;
        r = icls != NULL && icls != (MiObject *)o->type &&
            mi_obj_type_check(icls, &mi_type_type) &&
            mi_type_is_subtype((MiType *)icls, (MiType *)cls);
        MI_XDECREF(icls);
        return r;
    }
    if (check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union") <= 0)
        return -1;
    if (mi_obj_lookup_attr(o, MI_NAME(__class__), &icls) < 0)
        return -1;
    if (icls == NULL)
        return 0;
    r = abstract_issubclass(icls, cls);
    MI_DECREF(icls);
    return r;
}

/* issubclass without __subclasscheck__ (CPython's recursive_issubclass). */
static int
object_issubclass(MiObject *derived, MiObject *cls)
{
    if (mi_obj_type_check(cls, &mi_type_type) && mi_obj_type_check(derived, &mi_type_type))
        return mi_type_is_subtype((MiType *)derived, (MiType *)cls);
    if (check_class(derived, "issubclass() arg 1 must be a class") <= 0)
        return -1;
    if (check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a "
                         "union") <= 0)
        return -1;
    return abstract_issubclass(derived, cls);
}

/* cls.__instancecheck__(o) / __subclasscheck__, looked up on type(cls):
 * 1 or 0 from the call, -1 on error, 2 when type(cls) has none. */
static int
call_check(MiObject *cls, MiObject *name, MiObject *arg)
{
    MiObject *res;
    int found, truth;
    if (mi_type_lookup(cls->type, name) == NULL)
        return mi_err_occurred() ? -1 : 2;
    if (mi_enter_recursive(" in __instancecheck__") < 0)
        return -1;
    res = mi_call_special(cls, name, &arg, 1, &found);
    mi_leave_recursive();
    if (res == NULL)
        return -1;
    truth = mi_obj_is_true(res);
    MI_DECREF(res);
    return truth;
}

int
mi_obj_isinstance(MiObject *o, MiObject *cls)
{
    int r;
    if ((MiObject *)o->type == cls)
        return 1;
    if (cls->type == &mi_type_type)           /* type's own check, inline */
        return object_isinstance(o, cls);
    if (mi_tuple_check(cls)) {
        if (mi_enter_recursive(" in __instancecheck__") < 0)
            return -1;
        r = 0;
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(cls) && r == 0; i++)
            r = mi_obj_isinstance(o, MI_TUPLE_GET(cls, i));
        mi_leave_recursive();
        return r;
    }
    r = call_check(cls, MI_NAME(__instancecheck__), o);
    return r != 2 ? r : object_isinstance(o, cls);
}

int
mi_obj_issubclass(MiObject *derived, MiObject *cls)
{
    int r;
    if (cls->type == &mi_type_type && derived->type == &mi_type_type)
        return mi_type_is_subtype((MiType *)derived, (MiType *)cls);
    if (mi_tuple_check(cls)) {
        if (mi_enter_recursive(" in __subclasscheck__") < 0)
            return -1;
        r = 0;
        for (intptr_t i = 0; i < MI_TUPLE_SIZE(cls) && r == 0; i++)
            r = mi_obj_issubclass(derived, MI_TUPLE_GET(cls, i));
        mi_leave_recursive();
        return r;
    }
    r = call_check(cls, MI_NAME(__subclasscheck__), derived);
    return r != 2 ? r : object_issubclass(derived, cls);
}

int
mi_obj_isinstance_default(MiObject *o, MiObject *cls)
{
    return object_isinstance(o, cls);
}

int
mi_obj_issubclass_default(MiObject *derived, MiObject *cls)
{
    return object_issubclass(derived, cls);
}
