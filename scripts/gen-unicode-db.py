#!/usr/bin/env python3.10
# scripts/gen-unicode-db.py FILE: regenerates the tables of vm/str_unicode_db.h
# (everything after the "generated tables below" marker line) from the
# unicodedata module of CPython 3.10, the oracle (Unicode 13.0.0), so that
# str's methods answer as CPython's do.  Run from the top of the tree:
#     python3.10 scripts/gen-unicode-db.py vm/str_unicode_db.h
# The output depends only on the Unicode version; the script refuses others.
import unicodedata as ud, sys
N = 0x110000
assert ud.unidata_version == "13.0.0", "needs CPython 3.10 (Unicode 13.0.0)"
C = [chr(cp) for cp in range(N)]
OPEN, CLOSE = "/" + "*", "*" + "/"
def ranges(pred):
    out, start = [], None
    for cp in range(N + 1):
        if cp < N and pred(cp):
            if start is None:
                start = cp
        elif start is not None:
            out.append((start, cp - 1))
            start = None
    return out
def runs(mapf, keep):
    out = []                                   # (first, last, delta, stride)
    for cp in range(N):
        if not keep(cp):
            continue
        d = mapf(cp) - cp
        if out:
            f, l, dd, st = out[-1]
            if dd == d and ((f == l and cp - l in (1, 2))
                            or (f != l and cp - l == st)):
                out[-1] = (f, cp, d, cp - f if f == l else st)
                continue
        out.append((cp, cp, d, 1))
    return out
def simple(f):
    return lambda cp: ord(f(C[cp])) if len(f(C[cp])) == 1 else cp
def single(f):
    return lambda cp: len(f(C[cp])) == 1
up, lo, ti = simple(str.upper), simple(str.lower), simple(str.title)
is_lt = lambda cp: ud.category(C[cp]) == "Lt"
FUNCS = (str.lower, str.title, str.upper, str.casefold)
special = [cp for cp in range(N) if any(len(f(C[cp])) > 1 for f in FUNCS)]
decimal = ranges(lambda cp: C[cp].isdecimal())
for f, l in decimal:
    assert ud.decimal(C[f]) == 0 and (l - f + 1) % 10 == 0
out = []
def table(decl, comment, items):
    out.append(f"{OPEN} {comment} {CLOSE}\nstatic const {decl} = {{")
    line = "   "
    for item in items:
        if len(line) + len(item) + 1 > 96:
            out.append(line)
            line = "   "
        line += " " + item
    out.append(line + "\n};\n")
def emit_ranges(name, comment, rs):
    table(f"uint32_t {name}[][2]", comment, [f"{{0x{f:X}, 0x{l:X}}}," for f, l in rs])
def emit_runs(name, comment, rs):
    table(f"MiCaseRun {name}[]", comment,
          [f"{{0x{f:X}, 0x{l:X}, {d}, {st}}}," for f, l, d, st in rs])
out.append(f'#define MI_UNICODE_DB_VERSION "{ud.unidata_version}"\n')
emit_runs("upper_runs", "simple uppercase mappings",
          runs(up, lambda cp: single(str.upper)(cp) and up(cp) != cp))
emit_runs("lower_runs", "simple lowercase mappings",
          runs(lo, lambda cp: single(str.lower)(cp) and lo(cp) != cp))
emit_runs("title_runs", "simple titlecase mappings that differ from uppercase",
          runs(ti, lambda cp: single(str.title)(cp) and ti(cp) != up(cp)))
emit_runs("fold_runs", "simple case foldings that differ from lowercase",
          runs(simple(str.casefold), lambda cp: single(str.casefold)(cp)
               and C[cp].casefold() != C[cp].lower()))
def hexes(s):
    return "{" + ", ".join(f"0x{ord(x):X}" for x in s) + "}"
table("MiSpecialCase special_cases[]",
      "multi-character mappings: lower, title, upper, fold",
      [f"{{0x{cp:X}, " + ", ".join(hexes(f(C[cp])) for f in FUNCS) + "},"
       for cp in special])
emit_ranges("alpha_ranges", "str.isalpha", ranges(lambda cp: C[cp].isalpha()))
emit_ranges("decimal_ranges", "str.isdecimal: runs of ten from a zero", decimal)
emit_ranges("digit_ranges", "str.isdigit", ranges(lambda cp: C[cp].isdigit()))
emit_ranges("numeric_ranges", "str.isnumeric", ranges(lambda cp: C[cp].isnumeric()))
emit_ranges("lower_xor_ranges", "Lowercase where it differs from: has an upper mapping",
            ranges(lambda cp: C[cp].islower() != (C[cp].upper() != C[cp]
                                                  and not is_lt(cp))))
emit_ranges("upper_xor_ranges", "Uppercase where it differs from: has a lower mapping",
            ranges(lambda cp: C[cp].isupper() != (C[cp].lower() != C[cp]
                                                  and not is_lt(cp))))
emit_ranges("title_ranges", "titlecase letters (Lt)", ranges(is_lt))
def case_ignorable(cp):
    # unicodedata lacks the property; read it off lower()'s final sigma rule,
    # which looks through case-ignorable characters on both sides
    c = C[cp]
    if 0xD800 <= cp <= 0xDFFF:
        return False
    cased = c.islower() or c.isupper() or is_lt(cp)
    if cased:
        return (c + "\u03a3").lower()[-1] == "\u03c3"
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"
emit_ranges("case_ignorable_ranges", "Case_Ignorable (what final sigma looks through)",
            ranges(case_ignorable))
emit_ranges("printable_ranges", "str.isprintable (what repr() shows as is)",
            ranges(lambda cp: C[cp].isprintable()))
xid_start = lambda cp: C[cp].isidentifier()
xid_continue = lambda cp: ("a" + C[cp]).isidentifier()
emit_ranges("xid_start_xor_ranges", "XID_Start where it differs from: alpha or '_'",
            ranges(lambda cp: xid_start(cp) != (C[cp].isalpha() or cp == 0x5F)))
emit_ranges("xid_continue_ranges", "XID_Continue that is not XID_Start nor decimal",
            ranges(lambda cp: xid_continue(cp) and not xid_start(cp)
                   and not C[cp].isdecimal()))
out.append("#endif " + OPEN + " MINI_VM_STR_UNICODE_DB_H " + CLOSE)
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
marker = "---- generated tables below ----"
head = text[:text.index("\n", text.index(marker, text.index(CLOSE))) + 1]
open(path, "w", encoding="utf-8").write(head + "\n" + "\n".join(out) + "\n")
