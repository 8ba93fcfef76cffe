match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) if x > 1:
        print("Origin")
    case Point(1, y=2):
        pass
    case {"x": 1, **rest}:
        pass
    case {1: _, Color.RED: [*_]}:
        pass
    case 1 | 2 | -3 | 1+2j | "a" "b" | None | True | b"x":
        pass
    case (a, *rest) as whole:
        pass
    case ():
        pass
    case _:
        pass
match x, y:
    case 1, 2: pass
    case (1): pass
    case [1, 2, *_]: pass
    case {}: pass
    case A.B.C: pass
    case A(): pass
match = 1
match.x = 2
match(3)
case = 4
match x:
    case 1, 2,:
        pass
    case (a | b) as z:
        pass
    case ((a)):
        pass
    case [1, *_] | (2, *r):
        pass
    case {1: _, **kw}:
        pass
    case C(1, b=2) if a:
        pass
    case -1 | 1+2j | a.b.c:
        pass
def f(point):
    match point:
        case (0, 0):
            return "origin"
        case [x, 0] | [0, x] if x > 0:
            return "axis"
        case {"kind": "circle", "r": r, **others}:
            return r
        case str() | bytes():
            return "text"
        case Point(x=px, y=py) as p:
            return p
        case -1.5 | 0x10 | 1_000 | -2j | 3 - 4j | 'a' 'b' | b'c' if False:
            pass
        case {None: 1, True: 2, -1: 3, 1+1j: 4, a.b: 5}:
            pass
        case [*xs, last]:
            match last:
                case _:
                    pass
        case (x) | (((y))):
            pass
match (1, 2):
    case match:
        pass
match -x:
    case case:
        pass
match x, *rest:
    case 1,:
        pass
match [x]:
    case [case] if case: pass
match = {"match": 1}
print(match["match"], match)
case = 3
match(case)
