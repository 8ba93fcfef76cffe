/* vm/opcodes.h: the instruction set.  One line per opcode:
 *   X(NAME, pops, pushes, flags)   meaning
 * `pops`/`pushes` are the stack effect; -1 means "depends on the argument"
 * (computed by mi_opcode_stack_effect).  Flags: J = the argument is a jump
 * target (an instruction offset), C = one inline-cache word follows,
 * B = the instruction ends a basic block (no fall-through).
 * This table feeds the opcode enum, the eval loop's dispatch table,
 * `mini --dis` and the compiler's stack-depth computation.
 *
 * Conventions: "TOS" is the top of the stack; a call site is
 * [A, B, args...] where A is NULL and B the callable, or A an unbound
 * method and B its self (LOAD_METHOD pushes either form). */
#ifndef MINI_VM_OPCODES_H
#define MINI_VM_OPCODES_H

#include <stdint.h>

enum { OPF_NONE = 0, OPF_JUMP = 1, OPF_CACHE = 2, OPF_END = 4 };
#define J OPF_JUMP
#define C OPF_CACHE
#define B OPF_END
#define N OPF_NONE

#define MI_OPCODES(X)                                                              \
    X(NOP, 0, 0, N)                     /* nothing */                              \
    X(POP_TOP, 1, 0, N)                 /* drop TOS */                             \
    X(ROT_TWO, 2, 2, N)                 /* swap the two top items */               \
    X(ROT_THREE, 3, 3, N)               /* lift the 2nd and 3rd, TOS goes 3rd */   \
    X(ROT_FOUR, 4, 4, N)                /* TOS goes 4th */                         \
    X(ROT_N, -1, -1, N)                 /* TOS goes arg-th (arg items rotate) */   \
    X(DUP_TOP, 1, 2, N)                 /* push TOS again */                       \
    X(DUP_TOP_TWO, 2, 4, N)             /* push the two top items again */         \
    X(PUSH_NULL, 0, 1, N)               /* push NULL (call-site marker) */         \
    X(LOAD_CONST, 0, 1, N)              /* push consts[arg] */                     \
    X(LOAD_FAST, 0, 1, N)               /* push local arg; UnboundLocalError */    \
    X(STORE_FAST, 1, 0, N)              /* local arg = TOS */                      \
    X(DELETE_FAST, 0, 0, N)             /* del local arg */                        \
    X(LOAD_NAME, 0, 1, C)               /* locals, globals, builtins [names[arg]] */ \
    X(STORE_NAME, 1, 0, N)              /* locals[names[arg]] = TOS */             \
    X(DELETE_NAME, 0, 0, N)             /* del locals[names[arg]] */               \
    X(LOAD_GLOBAL, 0, 1, C)             /* globals, builtins [names[arg]] */       \
    X(STORE_GLOBAL, 1, 0, N)            /* globals[names[arg]] = TOS */            \
    X(DELETE_GLOBAL, 0, 0, N)           /* del globals[names[arg]] */              \
    X(LOAD_DEREF, 0, 1, N)              /* push the contents of cell slot arg */   \
    X(LOAD_CLASSDEREF, 0, 1, N)         /* class body: locals, then the cell */    \
    X(STORE_DEREF, 1, 0, N)             /* cell slot arg contents = TOS */         \
    X(DELETE_DEREF, 0, 0, N)            /* empty cell slot arg */                  \
    X(LOAD_CLOSURE, 0, 1, N)            /* push the cell of slot arg itself */     \
    X(LOAD_ATTR, 1, 1, C)               /* TOS = TOS.names[arg] */                 \
    X(STORE_ATTR, 2, 0, C)              /* TOS.names[arg] = TOS1 */                \
    X(DELETE_ATTR, 1, 0, N)             /* del TOS.names[arg] */                   \
    X(LOAD_METHOD, 1, 2, C)             /* obj -> A B call-site for obj.names[arg] */ \
    X(BINARY_ADD, 2, 1, N)              /* TOS1 + TOS */                           \
    X(BINARY_SUB, 2, 1, N)              /* TOS1 - TOS */                           \
    X(BINARY_MUL, 2, 1, N)              /* TOS1 * TOS */                           \
    X(BINARY_OP, 2, 1, N)               /* TOS1 op TOS, op = arg (MiBinOp) */      \
    X(INPLACE_ADD, 2, 1, N)             /* TOS1 += TOS */                          \
    X(INPLACE_SUB, 2, 1, N)             /* TOS1 -= TOS */                          \
    X(INPLACE_OP, 2, 1, N)              /* TOS1 op= TOS, op = arg */               \
    X(BINARY_SUBSCR, 2, 1, N)           /* TOS1[TOS] */                            \
    X(STORE_SUBSCR, 3, 0, N)            /* TOS1[TOS] = TOS2 */                     \
    X(DELETE_SUBSCR, 2, 0, N)           /* del TOS1[TOS] */                        \
    X(UNARY_POSITIVE, 1, 1, N)          /* +TOS */                                 \
    X(UNARY_NEGATIVE, 1, 1, N)          /* -TOS */                                 \
    X(UNARY_NOT, 1, 1, N)               /* not TOS */                              \
    X(UNARY_INVERT, 1, 1, N)            /* ~TOS */                                 \
    X(COMPARE_OP, 2, 1, N)              /* TOS1 cmp TOS, cmp = arg (MI_LT..MI_GE) */ \
    X(IS_OP, 2, 1, N)                   /* TOS1 is TOS (is not when arg) */        \
    X(CONTAINS_OP, 2, 1, N)             /* TOS1 in TOS (not in when arg) */        \
    X(BUILD_TUPLE, -1, 1, N)            /* tuple of the arg top items */           \
    X(BUILD_LIST, -1, 1, N)             /* list of the arg top items */            \
    X(BUILD_SET, -1, 1, N)              /* set of the arg top items */             \
    X(BUILD_MAP, -1, 1, N)              /* dict of arg key/value pairs */          \
    X(BUILD_CONST_KEY_MAP, -1, 1, N)    /* dict: arg values, then a tuple of keys */ \
    X(BUILD_STRING, -1, 1, N)           /* concatenate the arg top strings */      \
    X(BUILD_SLICE, -1, 1, N)            /* slice of 2 or 3 items */                \
    X(LIST_APPEND, 1, 0, N)             /* STACK[-arg-1].append(TOS) */            \
    X(SET_ADD, 1, 0, N)                 /* STACK[-arg-1].add(TOS) */               \
    X(MAP_ADD, 2, 0, N)                 /* STACK[-arg-2][TOS1] = TOS */            \
    X(LIST_EXTEND, 1, 0, N)             /* STACK[-arg-1].extend(TOS) */            \
    X(SET_UPDATE, 1, 0, N)              /* STACK[-arg-1].update(TOS) */            \
    X(DICT_UPDATE, 1, 0, N)             /* STACK[-arg-1].update(TOS) */            \
    X(DICT_MERGE, 1, 0, N)              /* like DICT_UPDATE, duplicates are errors */ \
    X(LIST_TO_TUPLE, 1, 1, N)           /* tuple(TOS) */                           \
    X(FORMAT_VALUE, -1, 1, N)           /* f-string field; arg: conversion | 4 if spec */ \
    X(UNPACK_SEQUENCE, 1, -1, N)        /* TOS -> arg items, first on top */       \
    X(UNPACK_EX, 1, -1, N)              /* a, *b, c: arg = before | after << 8 */  \
    X(JUMP_FORWARD, 0, 0, J | B)        /* go to arg */                            \
    X(JUMP_BACKWARD, 0, 0, J | B)       /* go to arg, checking for signals */      \
    X(POP_JUMP_IF_FALSE, 1, 0, J)       /* pop; jump when false */                 \
    X(POP_JUMP_IF_TRUE, 1, 0, J)        /* pop; jump when true */                  \
    X(JUMP_IF_FALSE_OR_POP, 1, 1, J)    /* jump keeping TOS when false, else pop */ \
    X(JUMP_IF_TRUE_OR_POP, 1, 1, J)     /* jump keeping TOS when true, else pop */ \
    X(GET_ITER, 1, 1, N)                /* iter(TOS) */                            \
    X(FOR_ITER, 1, 2, J)                /* push next(TOS), or pop it and jump */   \
    X(RETURN_VALUE, 1, 0, B)            /* return TOS */                           \
    X(YIELD_VALUE, 1, 1, N)             /* yield TOS; push the sent value */       \
    X(GET_YIELD_FROM_ITER, 1, 1, N)     /* iter(TOS) unless it is a generator */   \
    X(SEND, 2, 2, J)                    /* [it, v]: send v; yielded x: [it, x];    \
                                         * returned r: [r] and jump to arg */       \
    X(RAISE_VARARGS, -1, 0, B)          /* raise (0: re-raise, 1: exc, 2: from) */ \
    X(RERAISE, 1, 0, B)                 /* raise TOS again, keeping its traceback */ \
    X(PUSH_EXC_INFO, 1, 2, N)           /* exc -> handled-before exc; now handling */ \
    X(POP_EXCEPT, 1, 0, N)              /* restore the handled exception TOS */    \
    X(CHECK_EXC_MATCH, 2, 2, N)         /* exc type -> exc bool(exc matches type) */ \
    X(BEFORE_WITH, 1, 3, N)             /* mgr -> NULL mgr.__exit__ mgr.__enter__() */ \
    X(WITH_EXCEPT_START, 4, 5, N)       /* NULL exit prev exc -> ... exit(t, v, tb) */ \
    X(LOAD_ASSERTION_ERROR, 0, 1, N)    /* push AssertionError */                  \
    X(LOAD_BUILD_CLASS, 0, 1, N)        /* push builtins.__build_class__ */        \
    X(SETUP_ANNOTATIONS, 0, 0, N)       /* make __annotations__ in locals */       \
    X(MAKE_FUNCTION, -1, 1, N)          /* code -> function; arg flags: 1 defaults, \
                                         * 2 kwdefaults, 4 annotations, 8 closure */ \
    X(CALL, -1, 1, N)                   /* A B args[arg] -> result */              \
    X(CALL_KW, -1, 1, N)                /* A B args[arg] kwnames -> result */      \
    X(CALL_FUNCTION_EX, -1, 1, N)       /* [NULL] f args [kwargs] -> result; arg: 1 kwargs \
                                         * present, 2 a NULL below f */             \
    X(IMPORT_NAME, 2, 1, N)             /* level fromlist -> module names[arg] */  \
    X(IMPORT_FROM, 1, 2, N)             /* module -> module module.names[arg] */   \
    X(IMPORT_STAR, 1, 0, N)             /* from module import * */                 \
    X(PRINT_EXPR, 1, 0, N)              /* REPL: echo repr(TOS), keep it in _ */   \
    X(GET_LEN, 1, 2, N)                 /* o -> o len(o) */                        \
    X(MATCH_SEQUENCE, 1, 2, N)          /* o -> o bool(o is a sequence for match) */ \
    X(MATCH_MAPPING, 1, 2, N)           /* o -> o bool(o is a mapping for match) */ \
    X(MATCH_KEYS, 2, 4, N)              /* map keys -> map keys (values True)      \
                                         * or (None False) */                       \
    X(MATCH_CLASS, 3, 2, N)             /* o cls names -> (attrs True) or (o False); \
                                         * arg: positional sub-patterns */          \
    X(COPY_DICT_WITHOUT_KEYS, 2, 2, N)  /* map keys -> map dict(map) - keys */

#define MI_OP_ENUM(name, pops, pushes, flags) MI_OP_##name,
typedef enum MiOpcode { MI_OPCODES(MI_OP_ENUM) MI_OP_COUNT } MiOpcode;
#undef MI_OP_ENUM

#undef J
#undef C
#undef B
#undef N

#define MI_INSTR_OP(word) ((MiOpcode)((word) & 0xff))
#define MI_INSTR_ARG(word) ((uint32_t)(word) >> 8)
#define MI_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define MI_MAX_ARG 0xffffff

typedef struct MiOpInfo {
    const char *name;
    int8_t      pops, pushes;
    uint8_t     flags;
} MiOpInfo;

extern const MiOpInfo mi_opcode_info[MI_OP_COUNT];

/* The stack effect of an instruction (pushes - pops); for a jumping
 * instruction, `jump` selects the effect when the jump is taken. */
int mi_opcode_stack_effect(MiOpcode op, uint32_t arg, int jump);

#endif /* MINI_VM_OPCODES_H */
