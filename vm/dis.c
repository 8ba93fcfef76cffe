/* vm/dis.c: the disassembler behind `mini --dis`.  Each code object prints
 * a header, then one line per instruction:
 *
 *   line  offset  OPNAME            arg (meaning)
 *
 * with ">>" marking jump targets, and then the exception table.  Nested
 * code objects (functions, classes, comprehensions) follow. */
#include "vm/dis.h"

#include <stdio.h>
#include <stdlib.h>

#include "vm/abstract.h"
#include "vm/errors.h"
#include "vm/opcodes.h"
#include "vm/str.h"
#include "vm/tuple.h"

static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};

static void
print_arg_meaning(FILE *out, MiCode *co, MiOpcode op, uint32_t arg)
{
    MiObject *r = NULL;
    switch (op) {
    case MI_OP_LOAD_CONST:
        r = mi_obj_repr(MI_TUPLE_GET(co->consts, arg));
        break;
    case MI_OP_LOAD_NAME: case MI_OP_STORE_NAME: case MI_OP_DELETE_NAME:
    case MI_OP_LOAD_GLOBAL: case MI_OP_STORE_GLOBAL: case MI_OP_DELETE_GLOBAL:
    case MI_OP_LOAD_ATTR: case MI_OP_STORE_ATTR: case MI_OP_DELETE_ATTR:
    case MI_OP_LOAD_METHOD: case MI_OP_IMPORT_NAME: case MI_OP_IMPORT_FROM:
        r = mi_newref(MI_TUPLE_GET(co->names, arg));
        break;
    case MI_OP_LOAD_FAST: case MI_OP_STORE_FAST: case MI_OP_DELETE_FAST:
    case MI_OP_LOAD_DEREF: case MI_OP_STORE_DEREF: case MI_OP_DELETE_DEREF:
    case MI_OP_LOAD_CLOSURE: case MI_OP_LOAD_CLASSDEREF:
        r = mi_newref(MI_TUPLE_GET(co->localsplusnames, arg));
        break;
    case MI_OP_COMPARE_OP:
        fprintf(out, " (%s)", arg < 6 ? cmp_names[arg] : "?");
        return;
    case MI_OP_BINARY_OP: case MI_OP_INPLACE_OP:
        fprintf(out, " (%s%s)", mi_binop_symbol((int)arg), op == MI_OP_INPLACE_OP ? "=" : "");
        return;
    default:
        if (mi_opcode_info[op].flags & OPF_JUMP)
            fprintf(out, " (to %u)", arg);
        return;
    }
    if (r == NULL) {
        mi_err_clear();
        return;
    }
    if (mi_str_check(r))
        fprintf(out, " (%s)", mi_str_cstr(r));
    MI_DECREF(r);
}

int
mi_dis_code(MiCode *co, void *file)
{
    FILE *out = file;
    unsigned char *targets = calloc((size_t)co->ncode + 1, 1);
    int last_line = -1;
    fprintf(out, "Disassembly of <code object %s, file \"%s\", line %d>:\n",
            mi_str_cstr(co->name), mi_str_cstr(co->filename), co->firstlineno);
    if (targets != NULL) {
        for (intptr_t i = 0; i < co->ncode;) {
            MiOpcode op = MI_INSTR_OP(co->code[i]);
            if ((mi_opcode_info[op].flags & OPF_JUMP) && MI_INSTR_ARG(co->code[i]) <= co->ncode)
                targets[MI_INSTR_ARG(co->code[i])] = 1;
            i += 1 + ((mi_opcode_info[op].flags & OPF_CACHE) != 0);
        }
        for (intptr_t e = 0; e < co->nexc; e++)
            targets[co->exctable[e].handler] = 1;
    }
    for (intptr_t i = 0; i < co->ncode;) {
        uint32_t word = co->code[i];
        MiOpcode op = MI_INSTR_OP(word);
        uint32_t arg = MI_INSTR_ARG(word);
        int line = co->lines[i];
        if (line != last_line) {
            if (i > 0)
                fputc('\n', out);
            fprintf(out, "%4d", line);
            last_line = line;
        } else {
            fprintf(out, "    ");
        }
        fprintf(out, " %s %5zd %-22s", targets && targets[i] ? ">>" : "  ", (ssize_t)i,
                mi_opcode_info[op].name);
        if (op != MI_OP_NOP && (arg != 0 || mi_opcode_stack_effect(op, 0, 0) !=
                                                mi_opcode_stack_effect(op, 1, 0) ||
                                mi_opcode_info[op].flags & OPF_JUMP ||
                                op == MI_OP_LOAD_CONST || op == MI_OP_LOAD_FAST ||
                                op == MI_OP_STORE_FAST || op == MI_OP_LOAD_NAME ||
                                op == MI_OP_STORE_NAME || op == MI_OP_LOAD_GLOBAL ||
                                op == MI_OP_LOAD_ATTR || op == MI_OP_LOAD_METHOD ||
                                op == MI_OP_COMPARE_OP || op == MI_OP_STORE_ATTR)) {
            fprintf(out, "%5u", arg);
            print_arg_meaning(out, co, op, arg);
        }
        fputc('\n', out);
        i += 1 + ((mi_opcode_info[op].flags & OPF_CACHE) != 0);
    }
    if (co->nexc > 0) {
        fprintf(out, "ExceptionTable:\n");
        for (intptr_t e = 0; e < co->nexc; e++) {
            MiExcEntry *x = &co->exctable[e];
            fprintf(out, "  %u to %u -> %u [%u]\n", x->start, x->end, x->handler, x->depth);
        }
    }
    free(targets);
    for (intptr_t i = 0; i < MI_TUPLE_SIZE(co->consts); i++) {
        MiObject *c = MI_TUPLE_GET(co->consts, i);
        if (c->type == &mi_code_type) {
            fputc('\n', out);
            if (mi_dis_code((MiCode *)c, out) < 0)
                return -1;
        }
    }
    return 0;
}
