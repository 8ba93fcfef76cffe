/* vm/slots.h: the link between a type's C slots and Python's dunder
 * methods (vm/ private).
 *
 *   - A built-in type exposes each C slot it fills as a "slot wrapper" in
 *     its dict (int.__add__, list.__len__), so Python code can call it and
 *     subclasses can find it.
 *   - A class (heap type) fills each slot from the dunders along its MRO:
 *     with the C function itself when the dunder found is a built-in
 *     type's wrapper of that very slot, otherwise with a generic function
 *     that looks the dunder up and calls it (slot_add calls __add__ /
 *     __radd__ with Python's reflected-operand rules). */
#ifndef MINI_VM_SLOTS_H
#define MINI_VM_SLOTS_H

#include "vm/object.h"

/* Adds the slot wrappers of `t`'s filled slots to its dict (built-in
 * types; called by mi_type_ready).  0 / -1. */
int  mi_slots_add_wrappers(MiType *t);
/* Recomputes every slot of heap type `t` from its MRO.  */
void mi_slots_fixup(MiType *t);
/* Recomputes the slots of `t` and its subclasses that `name` feeds (after
 * `T.name = ...`).  Does nothing for names that are not slot dunders. */
void mi_slots_update(MiType *t, MiObject *name);
/* The slot functions of heap types, for identity checks elsewhere. */
MiObject *mi_slot_getattr_hook(MiObject *self, MiObject *name);
int       mi_slot_init(MiObject *self, MiObject *const *args, intptr_t nargs,
                       MiObject *kwnames);
MiObject *mi_slot_new(MiType *type, MiObject *const *args, intptr_t nargs,
                      MiObject *kwnames);
/* Calls the __del__ of `self` (the finalize slot of classes with one). */
void      mi_slot_finalize(MiObject *self);
/* Looks `name` up on type(self) and calls it with self and args; sets
 * *found = 0 and returns NULL without an exception when the type has no
 * such attribute. */
MiObject *mi_call_special(MiObject *self, MiObject *name, MiObject *const *args,
                          intptr_t nargs, int *found);

#endif /* MINI_VM_SLOTS_H */
