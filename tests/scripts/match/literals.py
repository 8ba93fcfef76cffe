# Literal, value and singleton patterns: == for literals and dotted names,
# `is` for None, True and False.
def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case 1j:
            return "i"
        case -1 + 2j:
            return "complex"
        case 3 - 4j:
            return "complex 2"
        case "abc" "def":
            return "concatenated"
        case "x":
            return "x"
        case b"bytes":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other " + repr(x)

for v in [0, 0.0, -0.0, False, 1, True, -1, 1.5, -2.5, 1j, complex(-1, 2), 3 - 4j,
          "abcdef", "x", b"bytes", bytearray(b"bytes"), None, 2, "y", [], ()]:
    print(repr(v), "->", lit(v))

class Const:
    ONE = 1
    NAME = "name"
    class Inner:
        DEEP = (1, 2)

def value(x):
    match x:
        case Const.ONE:
            return "one"
        case Const.NAME:
            return "name"
        case Const.Inner.DEEP:
            return "deep"
        case _:
            return "no"

for v in [1, 1.0, True, "name", (1, 2), [1, 2], 2]:
    print(repr(v), "->", value(v))

class Eq:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        print("  __eq__", self.tag, repr(other))
        return self.tag == other
    __hash__ = None

match Eq("a"):
    case "b":
        print("b")
    case "a":
        print("matched a through __eq__")

class Falsy:
    def __eq__(self, other):
        return 0
match Falsy():
    case 1:
        print("no")
    case _:
        print("__eq__ returning 0 does not match")

# `is` for singletons: 1 is not True, 0 is not False
for v in [1, 0, True, False, None]:
    match v:
        case True:
            print(repr(v), "is True")
        case False:
            print(repr(v), "is False")
        case None:
            print(repr(v), "is None")
        case _:
            print(repr(v), "is not a singleton")

import math
match math.nan:
    case 0.0:
        print("no")
    case _:
        print("nan matches no float literal")
