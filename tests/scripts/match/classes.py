# Class patterns: isinstance, __match_args__, keyword attributes, the
# self-matching builtins, attributes fetched before sub-patterns run.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=1):
            return f"3d at z=1 {x} {y}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), Point3(0, 0, 0),
          Point3(5, 6, 1), Point3(5, 6, 2), "p"]:
    print(where(p))

# the self-matching builtins take one positional sub-pattern: the subject
for v in [True, 1, 1.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 1}, {1}, frozenset({2}),
          None]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case bytes(b):
            print("bytes", b)
        case bytearray(b):
            print("bytearray", b)
        case list(l):
            print("list", l)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(s):
            print("set", s)
        case frozenset(s):
            print("frozenset", s)
        case object():
            print("object", v)

# subclasses of them too, unless they define __match_args__
class MyInt(int):
    pass
class Base:
    pass
class Mixed(Base, str):
    pass
class Named(int):
    __match_args__ = ("real",)
match MyInt(7):
    case MyInt(n):
        print("MyInt", n, type(n).__name__)
match Mixed("m"):
    case Mixed(s):
        print("Mixed", s)
match Named(8):
    case Named(r):
        print("Named real", r, type(r).__name__)
match 5:
    case int(real=r, imag=i):
        print("int attributes", r, i)

# a missing attribute is no match; other errors propagate
class Lazy:
    __match_args__ = ("a", "b")
    @property
    def a(self):
        print("  get a")
        return 1
    @property
    def b(self):
        print("  get b")
        raise AttributeError("b")
    @property
    def c(self):
        print("  get c")
        return 3

match Lazy():
    case Lazy(1, _):
        print("no: b is missing")
    case Lazy(1):
        print("only a")
match Lazy():
    case Lazy(2, c=3):
        print("no")
    case Lazy(c=3, a=1):
        print("keywords in their order")

# every attribute is fetched before any sub-pattern runs
class Noisy:
    __match_args__ = ("p", "q")
    def __getattr__(self, name):
        print("  getattr", name)
        return name
match Noisy():
    case Noisy("x", "q", r="r"):
        print("no")
    case Noisy("p", "q", r="r"):
        print("all three")

# isinstance goes through __instancecheck__
class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", type(obj).__name__)
        return isinstance(obj, int)
class AnyInt(metaclass=Meta):
    pass
match 3:
    case AnyInt():
        print("3 is an AnyInt")
match "3":
    case AnyInt():
        print("no")
    case _:
        print("'3' is not")

# dotted class names
class ns:
    Point = Point
match Point(1, 1):
    case ns.Point(x=1):
        print("dotted class")

# bool is an int; an int is no bool
match True:
    case int(x):
        print("True is an int:", x)
match 1:
    case bool():
        print("no")
    case int():
        print("1 is no bool")
