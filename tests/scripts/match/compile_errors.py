# Compile-time errors of the match statement: message and span, as CPython 3.10.
srcs = [
"match x:\n    case y: pass\n    case 1: pass\n",
"match x:\n    case _: pass\n    case 1: pass\n",
"match x:\n    case [a, a]: pass\n",
"match x:\n    case [a] | b: pass\n",
"match x:\n    case {1: a, 1: b}: pass\n",
"match x:\n    case {1: a, True: b}: pass\n",
"match x:\n    case {'a': a, \"a\": b}: pass\n",
"match x:\n    case {-1: a, -1: b}: pass\n",
"match x:\n    case A(x=1, x=2): pass\n",
"match x:\n    case [*a, *b]: pass\n",
"match x:\n    case *a: pass\n",
"match x:\n    case {**_}: pass\n",
"match x:\n    case {**a, 'b': 1}: pass\n",
"match x:\n    case f'x': pass\n",
"match x:\n    case 1 | x: pass\n",
"match x:\n    case x | 1: pass\n",
"match x:\n    case (x | y) as z: pass\n",
"match x:\n    case [x] | [y]: pass\n",
"match x:\n    case [x, y] | [y, z]: pass\n",
"match x:\n    case __debug__: pass\n",
"match x:\n    case A(__debug__=1): pass\n",
"match x:\n    case [a, b] as a: pass\n",
"match x:\n    case {'k': a, **a}: pass\n",
"match x:\n    case (a | a): pass\n",
"match x:\n    case [1,\n          a,\n          [b, a]]: pass\n",
"match x:\n    case 1 + 1: pass\n",
"match x:\n    case a.b(): pass\n    case a(): pass\n    case _ if 1: pass\n    case x if x: pass\n    case x: pass\n",
"match x:\n    case -1j: pass\n    case 1-1j: pass\n",
"match x:\n    case 1j+1: pass\n",
"match x:\n    case A(1, x=2, 3): pass\n",
"match x:\n    case _ as y: pass\n    case 1: pass\n",
"match x:\n    case y as _: pass\n",
"match x:\n    case (_): pass\n    case 2: pass\n",
"match x:\n    case [x] | [x] | y: pass\n    case 2: pass\n",
"def f():\n    match x:\n        case {'a': 1, **rest}: pass\n    global rest\n",
"match x:\n    case {a.b: 1, a.b: 2}: pass\n",
"match x:\n    case {0: 1, False: 2}: pass\n",
"match x:\n    case {b'a': 1, 'a': 2, 1.0: 3, 1: 4}: pass\n",
"match x:\n    case {None: 1, None: 2}: pass\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset, getattr(e, "end_lineno", None), getattr(e, "end_offset", None))
