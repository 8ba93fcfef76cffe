# structural pattern matching (3.10)
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case float() | complex():
            return "other number"
        case "hello" | "hi":
            return "greeting"
        case str() as s if len(s) > 5:
            return f"long string {s!r}"
        case str(s):
            return f"string {s}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"first={first} rest={rest}"
        case {"type": "point", "x": px, "y": py}:
            return f"point dict {px},{py}"
        case {"name": name, **others}:
            return f"named {name} others={others}"
        case None:
            return "none"
        case True:
            return "unreachable for True? no: 1 matched first"
        case _:
            return "something else"
for v in [0, 2, -5, 99, 1.5, 2j, "hi", "abcdefg", "ab", [], [7], [1, 2], [1, 2, 3], (4, 5),
          {"type": "point", "x": 1, "y": 2}, {"name": "n", "a": 1}, None, True, False, {1, 2}]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, c, r): self.center, self.r = c, r
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Circle(Point(x, y), r=r):
            return f"circle at {x},{y} r={r}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 3), "x"]:
    print(where(p))
def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", item, *_]:
            return f"taking {item}"
        case ["quit"] | ["exit"]:
            return "bye"
        case [verb, *args]:
            return f"unknown verb {verb} with {len(args)} args"
        case []:
            return "nothing"
for c in ["go north", "go up", "take lamp now", "quit", "exit", "dance a b", ""]:
    print(repr(c), command(c))
RED = 'red'
class Color:
    RED = 'r'
    GREEN = 'g'
def color(c):
    match c:
        case Color.RED: return "red!"
        case Color.GREEN: return "green!"
        case other: return f"other {other}"
print(color('r'), color('g'), color('b'))
match (1, [2, 3], {"k": "v"}):
    case (a, [b, c], {"k": d}):
        print(a, b, c, d)
match 42:
    case x:
        print("captured", x)
match [1, 2, 3, 4]:
    case [*init, last]:
        print(init, last)
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("partial dict matches")
match "abc":
    case ["a", "b", "c"]:
        print("str is not a sequence pattern")
    case _:
        print("str not matched as sequence")
match 5:
    case 1 | 2:
        print("no")
    case n if n > 3:
        print("guard", n)
x = 3
match x:
    case -1: print("neg one")
    case 1.0 | 3.0: print("float literal matched int", x)
match {"x": None}:
    case {"x": None}: print("None value")
