/* vm/compile_match.c: code generation for the match statement (PEP 634),
 * the same instructions as CPython 3.10's compiler makes.
 *
 * The subject stays on the stack; each case but the last works on a copy
 * (DUP_TOP).  A pattern consumes the value on top of the stack and either
 * falls through (a match) or jumps to a failure label.  While it runs:
 *   - the values it captures are kept on the stack, under everything the
 *     pattern still needs (`on_top` items): ROT_N moves each one down
 *     there, so the latest capture is the deepest.  Names are bound only
 *     when the whole pattern matched, popping them in capture order: a
 *     failed pattern binds nothing;
 *   - on failure, `on_top + nstores` items must go.  fail_pop[n] is a label
 *     followed by n POP_TOPs in a row (emit_and_reset_fail_pop), so a jump
 *     to fail_pop[n] drops exactly n items before reaching the next case;
 *   - alternatives of an or-pattern run on copies with their own captures;
 *     each successful one reorders its captures to the order of the first
 *     alternative, and the survivor's are rotated into place at the end.
 * Syntax errors (irrefutable patterns before others, duplicate names,
 * alternatives binding different names, bad keys) are CPython's, at the
 * node CPython reports (`loc`, its SET_LOC).
 * Start reading at mi_compile_match(). */
#include "vm/compile_internal.h"

#include <stdio.h>
#include <string.h>

#include "vm/int.h"
#include "vm/mem.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/tuple.h"

/* The names a pattern captured so far, in capture order. */
typedef struct Names {
    const char **items;
    int          len, cap;
} Names;

typedef struct PatternContext {
    Names  stores;
    int    allow_irrefutable;     /* may this pattern always match? */
    int   *fail_pop;              /* fail_pop[n]: pop n items, then fail */
    int    fail_pop_size;
    int    on_top;                /* items above the captures to keep */
    MiAst *loc;                   /* where errors point */
} PatternContext;

#define CHECK(x)                                                              \
    do {                                                                      \
        if (!(x))                                                             \
            return 0;                                                         \
    } while (0)
#define EMIT(op, arg) CHECK(mi_compiler_emit(c, MI_OP_##op, (uint32_t)(arg)))
#define EMIT0(op) CHECK(mi_compiler_emit(c, MI_OP_##op, 0))

static int pattern(Compiler *c, MiAst *p, PatternContext *pc);

/* ---- helpers ------------------------------------------------------------------------------ */

static int
is_wildcard(const MiAst *p)
{
    return p->kind == MI_AST_MATCHAS && p->u.matchas.pattern == NULL &&
           p->u.matchas.name == NULL;
}

static int
is_star_wildcard(const MiAst *p)
{
    return p->kind == MI_AST_MATCHSTAR && p->u.matchstar.name == NULL;
}

/* Records SyntaxError "fmt % name" at the current location. */
static int
error_name(Compiler *c, PatternContext *pc, const char *fmt, const char *name)
{
    char msg[512];
    snprintf(msg, sizeof msg, fmt, name);
    return mi_compiler_error(c, pc->loc, msg);
}

/* Moves to pattern node p: errors point there, instructions get its line. */
static void
set_loc(Compiler *c, PatternContext *pc, MiAst *p)
{
    pc->loc = p;
    mi_compiler_unit(c)->lineno = p->line;
}

static int
emit_int(Compiler *c, intptr_t n)
{
    return mi_compiler_emit_const_new(c, mi_int_from_i64(n));
}

/* ROT_N n, in its short forms where there is one (as CPython's peephole
 * optimizer writes it). */
static int
emit_rot(Compiler *c, int n)
{
    switch (n) {
    case 1:
        return 1;
    case 2:
        return mi_compiler_emit(c, MI_OP_ROT_TWO, 0);
    case 3:
        return mi_compiler_emit(c, MI_OP_ROT_THREE, 0);
    case 4:
        return mi_compiler_emit(c, MI_OP_ROT_FOUR, 0);
    default:
        return mi_compiler_emit(c, MI_OP_ROT_N, (uint32_t)n);
    }
}

static int
names_index(const Names *names, const char *name)
{
    for (int i = 0; i < names->len; i++) {
        if (strcmp(names->items[i], name) == 0)
            return i;
    }
    return -1;
}

static int
names_insert(Compiler *c, Names *names, int at, const char *name)
{
    if (names->len == names->cap) {
        int cap = names->cap ? names->cap * 2 : 8;
        const char **p = mi_realloc(names->items, (size_t)cap * sizeof *p);
        if (p == NULL)
            return mi_compiler_nomemory(c);
        names->items = p;
        names->cap = cap;
    }
    memmove(&names->items[at + 1], &names->items[at],
            (size_t)(names->len - at) * sizeof names->items[0]);
    names->items[at] = name;
    names->len++;
    return 1;
}

static void
names_free(Names *names)
{
    mi_free(names->items);
    names->items = NULL;
    names->len = names->cap = 0;
}

/* ---- failure labels ----------------------------------------------------------------------- */

/* Makes fail_pop[0..n] exist. */
static int
ensure_fail_pop(Compiler *c, PatternContext *pc, int n)
{
    int size = n + 1;
    int *p;
    if (size <= pc->fail_pop_size)
        return 1;
    p = mi_realloc(pc->fail_pop, (size_t)size * sizeof *p);
    if (p == NULL)
        return mi_compiler_nomemory(c);
    pc->fail_pop = p;
    while (pc->fail_pop_size < size) {
        int label = mi_compiler_new_label(c);
        CHECK(!mi_compiler_failed(c));
        pc->fail_pop[pc->fail_pop_size++] = label;
    }
    return 1;
}

/* Emits a jump (op) to the failure label popping everything the pattern
 * holds on the stack now. */
static int
jump_to_fail_pop(Compiler *c, PatternContext *pc, MiOpcode op)
{
    int pops = pc->on_top + pc->stores.len;
    CHECK(ensure_fail_pop(c, pc, pops));
    return mi_compiler_emit(c, op, (uint32_t)pc->fail_pop[pops]);
}

/* Places the failure labels, each before the POP_TOPs its count needs,
 * and forgets them. */
static int
emit_and_reset_fail_pop(Compiler *c, PatternContext *pc)
{
    int ok = 1;
    if (pc->fail_pop_size == 0)
        return 1;
    while (--pc->fail_pop_size > 0 && ok) {
        mi_compiler_place_label(c, pc->fail_pop[pc->fail_pop_size]);
        ok = mi_compiler_emit(c, MI_OP_POP_TOP, 0);
    }
    if (ok)
        mi_compiler_place_label(c, pc->fail_pop[0]);
    mi_free(pc->fail_pop);
    pc->fail_pop = NULL;
    pc->fail_pop_size = 0;
    return ok;
}

/* ---- captures ----------------------------------------------------------------------------- */

static int
check_store_name(Compiler *c, PatternContext *pc, const char *name)
{
    if (strcmp(name, "__debug__") == 0)
        return mi_compiler_error(c, pc->loc, "cannot assign to __debug__");
    if (names_index(&pc->stores, name) >= 0)
        return error_name(c, pc, "multiple assignments to name '%s' in pattern", name);
    return 1;
}

/* Captures TOS as `name` (NULL: drops it): rotates it under the kept items
 * and the earlier captures. */
static int
store_name(Compiler *c, PatternContext *pc, const char *name)
{
    if (name == NULL) {
        EMIT0(POP_TOP);
        return 1;
    }
    CHECK(check_store_name(c, pc, name));
    CHECK(emit_rot(c, pc->on_top + pc->stores.len + 1));
    return names_insert(c, &pc->stores, pc->stores.len, name);
}

/* A sub-pattern may be irrefutable whatever its parent may be. */
static int
subpattern(Compiler *c, MiAst *p, PatternContext *pc)
{
    int allow = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    CHECK(pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return 1;
}

/* ---- the kinds of patterns ---------------------------------------------------------------- */

/* `p as name`, a capture `name` or the wildcard `_`. */
static int
pattern_as(Compiler *c, MiAst *p, PatternContext *pc)
{
    const char *name = p->u.matchas.name;
    if (p->u.matchas.pattern == NULL) {
        if (!pc->allow_irrefutable) {
            if (name != NULL)
                return error_name(c, pc, "name capture '%s' makes remaining patterns "
                                  "unreachable", name);
            return mi_compiler_error(c, pc->loc, "wildcard makes remaining patterns "
                                     "unreachable");
        }
        return store_name(c, pc, name);
    }
    pc->on_top++;
    EMIT0(DUP_TOP);
    CHECK(pattern(c, p->u.matchas.pattern, pc));
    pc->on_top--;
    return store_name(c, pc, name);
}

/* A literal or a dotted name, compared with ==. */
static int
pattern_value(Compiler *c, MiAst *p, PatternContext *pc)
{
    MiAst *value = p->u.matchvalue.value;
    MiObject *v = value->kind != MI_AST_ATTRIBUTE ? mi_compiler_fold(c, value) : NULL;
    if (v != NULL) {
        CHECK(mi_compiler_emit_const_new(c, v));
    } else if (mi_compiler_failed(c)) {
        return 0;
    } else if (value->kind == MI_AST_ATTRIBUTE) {
        CHECK(mi_compiler_expr(c, value));
    } else {
        return mi_compiler_error(c, pc->loc, "patterns may only match literals and attribute "
                                 "lookups");
    }
    EMIT(COMPARE_OP, MI_EQ);
    return jump_to_fail_pop(c, pc, MI_OP_POP_JUMP_IF_FALSE);
}

/* None, True or False, compared with `is`. */
static int
pattern_singleton(Compiler *c, MiAst *p, PatternContext *pc)
{
    MiObject *v = mi_compiler_fold(c, p->u.matchvalue.value);
    if (v == NULL)
        return mi_compiler_failed(c) ? 0 : mi_compiler_nomemory(c);
    CHECK(mi_compiler_emit_const_new(c, v));
    EMIT(IS_OP, 0);
    return jump_to_fail_pop(c, pc, MI_OP_POP_JUMP_IF_FALSE);
}

/* Unpacks the sequence and matches each item (there is a starred name). */
static int
sequence_unpack(Compiler *c, MiAstList patterns, int star, PatternContext *pc)
{
    int size = patterns.len;
    if (star >= 0) {
        if (star >= (1 << 8) || size - star - 1 >= (1 << 16))
            return mi_compiler_error(c, pc->loc, "too many expressions in star-unpacking "
                                     "sequence pattern");
        EMIT(UNPACK_EX, star + ((size - star - 1) << 8));
    } else {
        EMIT(UNPACK_SEQUENCE, size);
    }
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        CHECK(subpattern(c, patterns.items[i], pc));
    }
    return 1;
}

/* Matches the items by index, skipping a starred wildcard: [a, *_, b]. */
static int
sequence_subscr(Compiler *c, MiAstList patterns, int star, PatternContext *pc)
{
    int size = patterns.len;
    pc->on_top++;
    for (int i = 0; i < size; i++) {
        MiAst *sub = patterns.items[i];
        if (is_wildcard(sub) || i == star)
            continue;
        EMIT0(DUP_TOP);
        if (i < star) {
            CHECK(emit_int(c, i));
        } else {
            /* the subject may not support negative indices */
            EMIT0(GET_LEN);
            CHECK(emit_int(c, size - i));
            EMIT0(BINARY_SUB);
        }
        EMIT0(BINARY_SUBSCR);
        CHECK(subpattern(c, sub, pc));
    }
    pc->on_top--;
    EMIT0(POP_TOP);
    return 1;
}

/* [p, q, *rest] or (p, q). */
static int
pattern_sequence(Compiler *c, MiAst *p, PatternContext *pc)
{
    MiAstList patterns = p->u.matchseq.patterns;
    int size = patterns.len, star = -1, only_wildcard = 1, star_wildcard = 0;
    for (int i = 0; i < size; i++) {
        MiAst *sub = patterns.items[i];
        if (sub->kind == MI_AST_MATCHSTAR) {
            if (star >= 0)
                return mi_compiler_error(c, pc->loc, "multiple starred names in sequence "
                                         "pattern");
            star_wildcard = is_star_wildcard(sub);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(sub);
    }
    pc->on_top++;
    EMIT0(MATCH_SEQUENCE);
    CHECK(jump_to_fail_pop(c, pc, MI_OP_POP_JUMP_IF_FALSE));
    if (star < 0) {
        EMIT0(GET_LEN);
        CHECK(emit_int(c, size));
        EMIT(COMPARE_OP, MI_EQ);
        CHECK(jump_to_fail_pop(c, pc, MI_OP_POP_JUMP_IF_FALSE));
    } else if (size > 1) {
        EMIT0(GET_LEN);
        CHECK(emit_int(c, size - 1));
        EMIT(COMPARE_OP, MI_GE);
        CHECK(jump_to_fail_pop(c, pc, MI_OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) {
        EMIT0(POP_TOP);
        return 1;
    }
    if (star_wildcard)
        return sequence_subscr(c, patterns, star, pc);
    return sequence_unpack(c, patterns, star, pc);
}

/* Checks constant key v (new reference, kept in `consts` at i) against
 * the keys before it, in `seen`. */
static int
check_const_key(Compiler *c, PatternContext *pc, MiObject *seen, MiObject *v)
{
    MiObject *msg;
    int dup = mi_set_contains(seen, v);
    if (dup == 0)
        return mi_set_add(seen, v) < 0 ? mi_compiler_nomemory(c) : 1;
    if (dup < 0)
        return mi_compiler_nomemory(c);
    msg = mi_str_format("mapping pattern checks duplicate key (%R)", v);
    if (msg == NULL)
        return mi_compiler_nomemory(c);
    mi_compiler_error(c, pc->loc, MI_STR_DATA(msg));
    MI_DECREF(msg);
    return 0;
}

/* The constant values of the keys of a mapping pattern, in `consts` (NULL
 * for a dotted name), checked: literals or dotted names, no literal
 * twice.  *all_const tells whether every key is a literal. */
static int
check_keys(Compiler *c, MiAstList keys, PatternContext *pc, MiObject *consts, int *all_const)
{
    MiObject *seen = mi_set_new(NULL);
    int ok = 1;
    if (seen == NULL)
        return mi_compiler_nomemory(c);
    *all_const = 1;
    for (int i = 0; i < keys.len && ok; i++) {
        MiAst *key = keys.items[i];
        MiObject *v = key->kind != MI_AST_ATTRIBUTE ? mi_compiler_fold(c, key) : NULL;
        if (v != NULL) {
            MI_TUPLE_ITEMS(consts)[i] = v;
            ok = check_const_key(c, pc, seen, v);
        } else if (mi_compiler_failed(c)) {
            ok = 0;
        } else if (key->kind != MI_AST_ATTRIBUTE) {
            ok = mi_compiler_error(c, pc->loc, "mapping pattern keys may only match literals "
                                   "and attribute lookups");
        } else {
            *all_const = 0;
        }
    }
    MI_DECREF(seen);
    return ok;
}

/* Checks the keys of a mapping pattern and pushes them as one tuple. */
static int
mapping_keys(Compiler *c, MiAstList keys, PatternContext *pc)
{
    MiObject *consts = mi_tuple_new(keys.len);
    int all_const = 0, ok;
    if (consts == NULL)
        return mi_compiler_nomemory(c);
    ok = check_keys(c, keys, pc, consts, &all_const);
    if (ok && all_const)
        return mi_compiler_emit_const_new(c, consts);
    for (int i = 0; i < keys.len && ok; i++) {
        MiObject *v = MI_TUPLE_GET(consts, i);
        ok = v != NULL ? mi_compiler_emit_const_new(c, mi_newref(v))
                       : mi_compiler_expr(c, keys.items[i]);
    }
    MI_DECREF(consts);
    return ok && mi_compiler_emit(c, MI_OP_BUILD_TUPLE, (uint32_t)keys.len);
}

/* {k: p, ..., **rest}. */
static int
pattern_mapping(Compiler *c, MiAst *p, PatternContext *pc)
{
    MiAstList keys = p->u.matchmapping.keys, patterns = p->u.matchmapping.patterns;
    const char *rest = p->u.matchmapping.rest;
    int size = keys.len;
    pc->on_top++;
    EMIT0(MATCH_MAPPING);
    CHECK(jump_to_fail_pop(c, pc, MI_OP_POP_JUMP_IF_FALSE));
    if (size == 0 && rest == NULL) {
        pc->on_top--;
        EMIT0(POP_TOP);
        return 1;
    }
    if (size > 0) {
        EMIT0(GET_LEN);
        CHECK(emit_int(c, size));
        EMIT(COMPARE_OP, MI_GE);
        CHECK(jump_to_fail_pop(c, pc, MI_OP_POP_JUMP_IF_FALSE));
    }
    CHECK(mapping_keys(c, keys, pc));
    EMIT0(MATCH_KEYS);
    pc->on_top += 2;
    CHECK(jump_to_fail_pop(c, pc, MI_OP_POP_JUMP_IF_FALSE));
    for (int i = 0; i < size; i++) {
        MiAst *sub = patterns.items[i];
        if (is_wildcard(sub))
            continue;
        EMIT0(DUP_TOP);
        CHECK(emit_int(c, i));
        EMIT0(BINARY_SUBSCR);
        CHECK(subpattern(c, sub, pc));
    }
    pc->on_top -= 2;
    EMIT0(POP_TOP);                     /* the values */
    if (rest != NULL) {
        EMIT0(COPY_DICT_WITHOUT_KEYS);
        CHECK(store_name(c, pc, rest));
    } else {
        EMIT0(POP_TOP);                 /* the keys */
    }
    pc->on_top--;
    EMIT0(POP_TOP);                     /* the subject */
    return 1;
}

/* Keyword attributes: no __debug__, none twice. */
static int
check_kwd_attrs(Compiler *c, MiAst *p, PatternContext *pc)
{
    MiAstNames attrs = p->u.matchclass.kwd_attrs;
    MiAstList patterns = p->u.matchclass.kwd_patterns;
    for (int i = 0; i < attrs.len; i++) {
        pc->loc = patterns.items[i];
        if (strcmp(attrs.items[i], "__debug__") == 0)
            return mi_compiler_error(c, pc->loc, "cannot assign to __debug__");
        for (int j = i + 1; j < attrs.len; j++) {
            if (strcmp(attrs.items[i], attrs.items[j]) == 0) {
                pc->loc = patterns.items[j];
                return error_name(c, pc, "attribute name repeated in class pattern: %s",
                                  attrs.items[i]);
            }
        }
    }
    pc->loc = p;
    return 1;
}

/* A tuple of the keyword attribute names of a class pattern (new). */
static MiObject *
kwd_names(MiAstNames attrs)
{
    MiObject *names = mi_tuple_new(attrs.len);
    for (int i = 0; names != NULL && i < attrs.len; i++) {
        MiObject *s = mi_str_intern_cstr(attrs.items[i]);
        if (s == NULL)
            MI_CLEAR(names);
        else
            MI_TUPLE_ITEMS(names)[i] = s;
    }
    return names;
}

/* Cls(p, q, attr=r). */
static int
pattern_class(Compiler *c, MiAst *p, PatternContext *pc)
{
    MiAstList args = p->u.matchclass.patterns, kwds = p->u.matchclass.kwd_patterns;
    int nargs = args.len, nattrs = kwds.len;
    if (nattrs > 0)
        CHECK(check_kwd_attrs(c, p, pc));
    CHECK(mi_compiler_expr(c, p->u.matchclass.cls));
    CHECK(mi_compiler_emit_const_new(c, kwd_names(p->u.matchclass.kwd_attrs)));
    EMIT(MATCH_CLASS, nargs);
    pc->on_top++;
    CHECK(jump_to_fail_pop(c, pc, MI_OP_POP_JUMP_IF_FALSE));
    for (int i = 0; i < nargs + nattrs; i++) {
        MiAst *sub = i < nargs ? args.items[i] : kwds.items[i - nargs];
        if (is_wildcard(sub))
            continue;
        EMIT0(DUP_TOP);
        CHECK(emit_int(c, i));
        EMIT0(BINARY_SUBSCR);
        CHECK(subpattern(c, sub, pc));
    }
    pc->on_top--;
    EMIT0(POP_TOP);
    return 1;
}

/* What ROT_N n does to the stack, done to the names of the captures:
 * the first capture (on top of the stack) becomes the n-th. */
static void
rotate_names(Names *names, int n)
{
    const char *first = names->items[0];
    memmove(&names->items[0], &names->items[1], (size_t)(n - 1) * sizeof names->items[0]);
    names->items[n - 1] = first;
}

/* Puts the captures of an alternative in the order of the first one's
 * (`control`), rotating the stack the same way; 0 with the SyntaxError
 * when it binds other names. */
static int
reorder_captures(Compiler *c, PatternContext *pc, const Names *control)
{
    Names *stores = &pc->stores;
    if (stores->len != control->len)
        return mi_compiler_error(c, pc->loc, "alternative patterns bind different names");
    for (int icontrol = control->len - 1; icontrol >= 0; icontrol--) {
        int istores = names_index(stores, control->items[icontrol]), rotations;
        if (istores < 0)
            return mi_compiler_error(c, pc->loc, "alternative patterns bind different names");
        /* istores <= icontrol: the names after icontrol are in place */
        rotations = istores == icontrol ? 0 : istores + 1;
        for (int r = 0; r < rotations; r++) {
            rotate_names(stores, icontrol + 1);
            CHECK(emit_rot(c, icontrol + 1));
        }
    }
    return 1;
}

/* One alternative of an or-pattern, on its own copy of the subject; its
 * captures are left in the first alternative's order (*control). */
static int
or_alternative(Compiler *c, MiAst *alt, PatternContext *pc, int is_first, Names *control,
               int end)
{
    set_loc(c, pc, alt);
    EMIT0(DUP_TOP);
    CHECK(pattern(c, alt, pc));
    if (is_first) {
        *control = pc->stores;
        pc->stores = (Names){ NULL, 0, 0 };
    } else {
        CHECK(reorder_captures(c, pc, control));
        names_free(&pc->stores);
    }
    CHECK(mi_compiler_emit(c, MI_OP_JUMP_FORWARD, (uint32_t)end));
    return emit_and_reset_fail_pop(c, pc);
}

/* p | q | r: the first alternative that matches. */
static int
pattern_or(Compiler *c, MiAst *p, PatternContext *pc)
{
    MiAstList alts = p->u.matchseq.patterns;
    PatternContext old = *pc;
    Names control = { NULL, 0, 0 };
    int end = mi_compiler_new_label(c), ok = 1, nrots;
    for (int i = 0; i < alts.len && ok; i++) {
        pc->stores = (Names){ NULL, 0, 0 };
        pc->allow_irrefutable = i == alts.len - 1 && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        ok = or_alternative(c, alts.items[i], pc, i == 0, &control, end);
        names_free(&pc->stores);
        mi_free(pc->fail_pop);
    }
    old.loc = pc->loc;
    *pc = old;
    /* no alternative matched: drop the copy of the subject and fail */
    ok = ok && mi_compiler_emit(c, MI_OP_POP_TOP, 0) &&
         jump_to_fail_pop(c, pc, MI_OP_JUMP_FORWARD);
    mi_compiler_place_label(c, end);
    /* move each capture under the other captures, the subject, the kept
     * items and the pattern's earlier captures */
    nrots = control.len + 1 + pc->on_top + pc->stores.len;
    for (int i = 0; i < control.len && ok; i++) {
        ok = emit_rot(c, nrots) &&
             check_store_name(c, pc, control.items[i]) &&
             names_insert(c, &pc->stores, pc->stores.len, control.items[i]);
    }
    names_free(&control);
    return ok && mi_compiler_emit(c, MI_OP_POP_TOP, 0);
}

static int
pattern(Compiler *c, MiAst *p, PatternContext *pc)
{
    set_loc(c, pc, p);
    switch (p->kind) {
    case MI_AST_MATCHVALUE:
        return pattern_value(c, p, pc);
    case MI_AST_MATCHSINGLETON:
        return pattern_singleton(c, p, pc);
    case MI_AST_MATCHSEQUENCE:
        return pattern_sequence(c, p, pc);
    case MI_AST_MATCHMAPPING:
        return pattern_mapping(c, p, pc);
    case MI_AST_MATCHCLASS:
        return pattern_class(c, p, pc);
    case MI_AST_MATCHSTAR:
        return store_name(c, pc, p->u.matchstar.name);
    case MI_AST_MATCHAS:
        return pattern_as(c, p, pc);
    case MI_AST_MATCHOR:
        return pattern_or(c, p, pc);
    default:
        return mi_compiler_error(c, p, "internal error: unexpected pattern");
    }
}

/* ---- the statement ------------------------------------------------------------------------ */

/* Binds the captures, popping them (the first capture is on top). */
static int
bind_captures(Compiler *c, PatternContext *pc)
{
    for (int i = 0; i < pc->stores.len; i++)
        CHECK(mi_compiler_store_name(c, pc->stores.items[i], pc->loc));
    return 1;
}

/* One case but a trailing `case _`: pattern, guard, body; `copy`: works
 * on a copy of the subject (more cases follow). */
static int
match_case(Compiler *c, MiAst *mc, PatternContext *pc, int copy, int is_last, int end)
{
    MiAst *guard = mc->u.match_case.guard;
    set_loc(c, pc, mc->u.match_case.pattern);
    if (copy)
        EMIT0(DUP_TOP);
    pc->stores = (Names){ NULL, 0, 0 };
    pc->allow_irrefutable = guard != NULL || is_last;
    pc->on_top = 0;
    CHECK(pattern(c, mc->u.match_case.pattern, pc));
    CHECK(bind_captures(c, pc));
    names_free(&pc->stores);
    if (guard != NULL) {
        CHECK(ensure_fail_pop(c, pc, 0));
        CHECK(mi_compiler_jump_if(c, guard, 0, pc->fail_pop[0]));
    }
    if (copy)
        EMIT0(POP_TOP);
    CHECK(mi_compiler_stmts(c, mc->u.match_case.body));
    CHECK(mi_compiler_emit(c, MI_OP_JUMP_FORWARD, (uint32_t)end));
    /* a failed pattern's cleanup belongs to the pattern's line */
    set_loc(c, pc, mc->u.match_case.pattern);
    return emit_and_reset_fail_pop(c, pc);
}

static int
match_cases(Compiler *c, MiAst *s, PatternContext *pc)
{
    MiAstList cases = s->u.match.cases;
    MiAst *last = cases.items[cases.len - 1];
    int has_default = is_wildcard(last->u.match_case.pattern) && cases.len > 1;
    int n = cases.len - has_default, end;
    CHECK(mi_compiler_expr(c, s->u.match.subject));
    end = mi_compiler_new_label(c);
    for (int i = 0; i < n; i++)
        CHECK(match_case(c, cases.items[i], pc, i != n - 1, i == cases.len - 1, end));
    if (has_default) {
        set_loc(c, pc, last->u.match_case.pattern);
        EMIT0(NOP);
        if (last->u.match_case.guard != NULL)
            CHECK(mi_compiler_jump_if(c, last->u.match_case.guard, 0, end));
        CHECK(mi_compiler_stmts(c, last->u.match_case.body));
    }
    mi_compiler_place_label(c, end);
    return 1;
}

int
mi_compile_match(Compiler *c, MiAst *s)
{
    PatternContext pc = { { NULL, 0, 0 }, 0, NULL, 0, 0, s };
    int ok = match_cases(c, s, &pc);
    names_free(&pc.stores);
    mi_free(pc.fail_pop);
    return ok;
}
