/* vm/opcodes.c: the opcode table (names, stack effects, flags) built from
 * the X-macro in vm/opcodes.h. */
#include "vm/opcodes.h"

#define J OPF_JUMP
#define C OPF_CACHE
#define B OPF_END
#define N OPF_NONE
#define MI_OP_INFO(name, pops, pushes, flags) {#name, pops, pushes, flags},
const MiOpInfo mi_opcode_info[MI_OP_COUNT] = {MI_OPCODES(MI_OP_INFO)};
#undef MI_OP_INFO
#undef J
#undef C
#undef B
#undef N

int
mi_opcode_stack_effect(MiOpcode op, uint32_t arg, int jump)
{
    int n = (int)arg;
    switch (op) {
    case MI_OP_BUILD_TUPLE:
    case MI_OP_BUILD_LIST:
    case MI_OP_BUILD_SET:
    case MI_OP_BUILD_STRING:
    case MI_OP_BUILD_SLICE:
        return 1 - n;
    case MI_OP_BUILD_MAP:
        return 1 - 2 * n;
    case MI_OP_BUILD_CONST_KEY_MAP:
        return 1 - (n + 1);
    case MI_OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case MI_OP_UNPACK_SEQUENCE:
        return n - 1;
    case MI_OP_UNPACK_EX:
        return (n & 0xff) + (n >> 8);
    case MI_OP_ROT_N:
        return 0;
    case MI_OP_RAISE_VARARGS:
        return -n;
    case MI_OP_MAKE_FUNCTION:
        return -((n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1));
    case MI_OP_CALL:
        return -(n + 1);
    case MI_OP_CALL_KW:
        return -(n + 2);
    case MI_OP_CALL_FUNCTION_EX:
        return -1 - (n & 1) - ((n >> 1) & 1);
    case MI_OP_FOR_ITER:
        return jump ? -1 : 1;
    case MI_OP_SEND:
        return jump ? -1 : 0;
    case MI_OP_JUMP_IF_FALSE_OR_POP:
    case MI_OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    default:
        return mi_opcode_info[op].pushes - mi_opcode_info[op].pops;
    }
}
