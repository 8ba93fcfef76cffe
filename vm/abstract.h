/* vm/abstract.h: operations on any object, through its type's slots: the
 * protocol the interpreter, the builtins and the library all use.  Each one
 * is what the Python spelling in its comment does, with Python's fallbacks
 * (reflected operators, __getattr__, sequence iteration, ...).
 * Results are new references; NULL / -1 mean an exception is set. */
#ifndef MINI_VM_ABSTRACT_H
#define MINI_VM_ABSTRACT_H

#include "vm/object.h"

/* ---- singletons (vm/singletons.c) -------------------------------------- */

extern MiObject mi_none_struct, mi_notimplemented_struct, mi_ellipsis_struct;
extern MiType mi_none_type, mi_notimplemented_type, mi_ellipsis_type;
#define MI_NONE (&mi_none_struct)
#define MI_NOTIMPLEMENTED (&mi_notimplemented_struct)
#define MI_ELLIPSIS (&mi_ellipsis_struct)
#define MI_RETURN_NONE return mi_newref(MI_NONE)
#define MI_RETURN_NOTIMPLEMENTED return mi_newref(MI_NOTIMPLEMENTED)

/* ---- object lifecycle (vm/object.c) ------------------------------------ */

/* Allocates an instance of `type` (basicsize bytes, zeroed), refcount 1,
 * untracked; a heap type gains a reference.  NULL + MemoryError. */
MiObject *mi_object_alloc(MiType *type);
/* Same with room for `nitems` items of type->itemsize each; sets the
 * MiVarObject size field to nitems. */
MiObject *mi_object_alloc_var(MiType *type, intptr_t nitems);
/* Frees the memory of `o` (after its dealloc dropped its references) and
 * drops the reference a heap type held. */
void mi_object_free(MiObject *o);

/* The trashcan (as CPython's): deallocating a container releases what it
 * holds, which may deallocate further containers, so a long chain (a list
 * of a list of ...) would recurse as deep as the chain.  A container's
 * dealloc brackets its work, after untracking the object, with
 *     MI_TRASHCAN_BEGIN(self);  ...  MI_TRASHCAN_END();
 * Past MI_TRASH_LIMIT nested deallocations, BEGIN puts the object aside and
 * returns from the dealloc; the outermost END deallocates what was put
 * aside, each from a shallow C stack. */
#define MI_TRASH_LIMIT 50
int  mi_trashcan_begin(MiObject *o);     /* 1: put aside, return at once */
void mi_trashcan_destroy_later(void);
#define MI_TRASHCAN_BEGIN(o)                                                 \
    do {                                                                     \
        if (mi_trashcan_begin(o))                                            \
            return;                                                          \
    } while (0)
#define MI_TRASHCAN_END()                                                    \
    do {                                                                     \
        if (--mi_state->trash_depth == 0 && mi_state->trash_later != NULL)   \
            mi_trashcan_destroy_later();                                     \
    } while (0)

/* ---- conversion and comparison ----------------------------------------- */

MiObject *mi_obj_repr(MiObject *o);                   /* repr(o) */
MiObject *mi_obj_str(MiObject *o);                    /* str(o) */
MiObject *mi_obj_ascii(MiObject *o);                  /* ascii(o) */
MiObject *mi_obj_format(MiObject *o, MiObject *spec); /* format(o, spec) */
intptr_t  mi_obj_hash(MiObject *o);                   /* hash(o); -1 error */
/* Raises TypeError "unhashable type: 'X'"; returns -1. */
intptr_t  mi_obj_hash_not_implemented(MiObject *o);
MiObject *mi_obj_richcmp(MiObject *a, MiObject *b, int op);   /* a < b ... */
/* The same as a truth value: 1, 0, -1.  `a == b` is true for a is b. */
int       mi_obj_richcmp_bool(MiObject *a, MiObject *b, int op);
int       mi_obj_is_true(MiObject *o);                /* bool(o) */
int       mi_obj_not(MiObject *o);                    /* not o */
/* Writes repr(o) or str(o) (`use_str`) to the file object `file`. */
int       mi_obj_print(MiObject *o, MiObject *file, int use_str);

/* ---- attributes -------------------------------------------------------- */

MiObject *mi_obj_getattr(MiObject *o, MiObject *name);           /* o.name */
MiObject *mi_obj_getattr_str(MiObject *o, const char *name);
/* Looks up o.name: 1 with *result set (new reference), 0 when there is no
 * such attribute (AttributeError swallowed; *result NULL), -1 on error. */
int       mi_obj_lookup_attr(MiObject *o, MiObject *name, MiObject **result);
int       mi_obj_setattr(MiObject *o, MiObject *name, MiObject *value);  /* NULL deletes */
/* How argument errors name a callable, as CPython's _PyObject_FunctionStr:
 * "module.qualname()", "qualname()" for builtins, else str(func). */
MiObject *mi_obj_function_str(MiObject *func);
int       mi_obj_setattr_str(MiObject *o, const char *name, MiObject *value);
int       mi_obj_hasattr(MiObject *o, MiObject *name);           /* 1, 0, -1 */
/* object.__getattribute__ / __setattr__: type descriptors, then the
 * instance dict, then non-data descriptors and class attributes. */
MiObject *mi_obj_generic_getattr(MiObject *o, MiObject *name);
int       mi_obj_generic_setattr(MiObject *o, MiObject *name, MiObject *value);
/* Borrowed: the address of o's instance dict slot, or NULL. */
MiObject **mi_obj_dict_ptr(MiObject *o);
/* o.__dict__ (made on demand); new reference. */
MiObject *mi_obj_get_dict(MiObject *o);
/* Looks up a method for a call: 1 when *method is an unbound function that
 * expects `o` as first argument (LOAD_METHOD's fast path), 0 when *method
 * is already the bound attribute, -1 on error.  *method is a new reference. */
int       mi_obj_get_method(MiObject *o, MiObject *name, MiObject **method);
/* AttributeError "'T' object has no attribute 'name'" (with name/obj set). */
MiObject *mi_err_no_attribute(MiObject *o, MiObject *name);

/* ---- calls ------------------------------------------------------------- */

/* callable(*args, **kw): args[0..nargs) positional, then the values of the
 * keyword arguments named in the tuple kwnames (or NULL).  Borrowed args. */
MiObject *mi_call(MiObject *callable, MiObject *const *args, intptr_t nargs,
                  MiObject *kwnames);
/* callable(*args_tuple, **kwargs_dict); kwargs may be NULL. */
MiObject *mi_call_tuple_dict(MiObject *callable, MiObject *args, MiObject *kwargs);
/* callable(*args[0..nargs), **kwargs) with a dict of keywords (or NULL). */
MiObject *mi_call_tuple_dict_args(MiObject *callable, MiObject *const *args, intptr_t nargs,
                                  MiObject *kwargs);
MiObject *mi_call0(MiObject *callable);
MiObject *mi_call1(MiObject *callable, MiObject *arg);
MiObject *mi_call2(MiObject *callable, MiObject *a, MiObject *b);
/* o.name(*args): nargs positional arguments, borrowed. */
MiObject *mi_call_method(MiObject *o, MiObject *name, MiObject *const *args,
                         intptr_t nargs);
/* Is `o` callable? */
int       mi_obj_is_callable(MiObject *o);

/* ---- numbers ------------------------------------------------------------ */

/* Binary operators in MiBinOp order (grammar/ast.h), with Python's rules:
 * try a's slot, then b's reflected slot (b's first when b's type is a
 * subclass of a's), then TypeError "unsupported operand type(s)". */
MiObject *mi_num_binop(MiObject *a, MiObject *b, int op);
/* In-place a op= b: the in-place slot, else the binary operator. */
MiObject *mi_num_inplace(MiObject *a, MiObject *b, int op);
MiObject *mi_num_add(MiObject *a, MiObject *b);
MiObject *mi_num_sub(MiObject *a, MiObject *b);
MiObject *mi_num_mul(MiObject *a, MiObject *b);
MiObject *mi_num_pow(MiObject *a, MiObject *b, MiObject *mod);   /* mod may be None */
MiObject *mi_num_neg(MiObject *o);
MiObject *mi_num_pos(MiObject *o);
MiObject *mi_num_invert(MiObject *o);
MiObject *mi_num_abs(MiObject *o);
MiObject *mi_num_divmod(MiObject *a, MiObject *b);
/* operator.index(o): an int (new reference) or TypeError. */
MiObject *mi_num_index(MiObject *o);
/* int(o) / float(o) with __int__/__index__/__float__ and str parsing. */
MiObject *mi_num_to_int(MiObject *o);
MiObject *mi_num_to_float(MiObject *o);
/* o as a C index for sequences: __index__, clipped to intptr_t with
 * IndexError/OverflowError as `err` says (NULL: clip silently); -1 with an
 * exception on failure (check mi_err_occurred). */
intptr_t  mi_num_as_ssize(MiObject *o, MiType *err);
/* The symbol of a binary operator ("+", "//", ...) and its dunder names. */
const char *mi_binop_symbol(int op);

/* ---- containers and iteration ------------------------------------------ */

intptr_t  mi_obj_len(MiObject *o);                           /* len(o); -1 */
/* len(o) if it has one, else __length_hint__, else `dflt`. */
intptr_t  mi_obj_length_hint(MiObject *o, intptr_t dflt);
MiObject *mi_obj_getitem(MiObject *o, MiObject *key);        /* o[key] */
int       mi_obj_setitem(MiObject *o, MiObject *key, MiObject *v);
int       mi_obj_delitem(MiObject *o, MiObject *key);
MiObject *mi_obj_getitem_index(MiObject *o, intptr_t i);     /* o[i] */
int       mi_obj_contains(MiObject *container, MiObject *item);  /* item in c */
MiObject *mi_obj_iter(MiObject *o);                          /* iter(o) */
/* next(it): new reference, or NULL with no exception at the end (a
 * StopIteration raised by __next__ is swallowed) or with one on error. */
MiObject *mi_iter_next(MiObject *it);
/* Calls fn(item, arg) for each item of `iterable` (item borrowed); stops
 * when fn returns non-zero and returns that.  -1 on errors. */
int       mi_iterate(MiObject *iterable, int (*fn)(MiObject *item, void *arg), void *arg);
/* list(iterable) / tuple(iterable). */
MiObject *mi_seq_to_list(MiObject *iterable);
MiObject *mi_seq_to_tuple(MiObject *iterable);

/* ---- types -------------------------------------------------------------- */

/* list[int] and friends: a types.GenericAlias (vm/genericalias.c). */
MiObject *mi_generic_alias_new(MiObject *origin, MiObject *args);

/* isinstance(o, cls) / issubclass(derived, cls), with __instancecheck__ and
 * __subclasscheck__ and tuples of classes.  1, 0, -1. */
int mi_obj_isinstance(MiObject *o, MiObject *cls);
int mi_obj_issubclass(MiObject *derived, MiObject *cls);
/* The same without __instancecheck__ / __subclasscheck__: type's own
 * checks (type.__instancecheck__, type.__subclasscheck__). */
int mi_obj_isinstance_default(MiObject *o, MiObject *cls);
int mi_obj_issubclass_default(MiObject *derived, MiObject *cls);
/* Is `o` an instance of `t` or of a subclass? */
static inline int
mi_obj_type_check(MiObject *o, MiType *t)
{
    return o->type == t || mi_type_is_subtype(o->type, t);
}

/* ---- recursion guards ----------------------------------------------------- */

/* One counter, mi_state->depth, measures recursion as CPython 3.10's
 * recursion_depth does: each Python frame counts one, and so does each
 * C-level step that may recurse (a call of a builtin or of a callable
 * object, repr, str, a comparison), so that the RecursionError comes at the
 * same depth with the same message ("maximum recursion depth exceeded" +
 * `where`).  The C stack is checked too, as a backstop.  Pair each success
 * with mi_leave_recursive(). */
int  mi_enter_recursive(const char *where);
void mi_leave_recursive(void);
/* repr of self-referencing containers: 1 when `o` is already being
 * printed (print "[...]"), 0 when entered (call mi_repr_leave), -1 error. */
int  mi_repr_enter(MiObject *o);
void mi_repr_leave(MiObject *o);

#endif /* MINI_VM_ABSTRACT_H */
