from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return '%s is %d' % (self.name, self.value)
print(Color.RED, repr(Color.GREEN), Color(3), Color['GREEN'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.describe(), type(Color.RED), isinstance(Color.RED, Color))
print(Color.__members__, repr(Color), type(Color).__name__, Color.RED == 1, Color.RED == Color.RED)
print(f'{Color.RED}', format(Color.BLUE, '>12'), Color.RED in Color, {Color.RED: 'r'}[Color.CRIMSON])
print([m.name for m in reversed(Color)], Color.BLUE.value, hash(Color.RED) == hash('RED'))
for call in [lambda: Color(7), lambda: Color['PINK'], lambda: setattr(Color, 'RED', 5),
             lambda: delattr(Color, 'RED')]:
    try:
        call()
    except (ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
for body in ["class E(Enum):\n    A = 1\n    A = 2", "class E(Color):\n    X = 9",
             "class E(Enum):\n    A = 1\n    def A(self): pass"]:
    try:
        exec(body)
    except TypeError as e:
        print('TypeError', e)

class Shape(IntEnum):
    SQUARE = 4
    TRIANGLE = 3
print(Shape.SQUARE + 1, Shape.TRIANGLE < Shape.SQUARE, Shape(3), repr(Shape.SQUARE), f'{Shape.SQUARE}',
      Shape.SQUARE == 4, sorted(Shape), isinstance(Shape.SQUARE, int))

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto))
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(list(Lower))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, repr(Planet.MERCURY))

class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    X = (1, 'ex')
    Y = (2, 'why')
print(Coord(2), Coord.X.label, Coord.Y.value)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), rw, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), repr(~Perm.R))
print(repr(rw & Perm.W), repr(rw ^ Perm.R), list(Perm))
try:
    Perm(8)
except ValueError as e:
    print(e)
class F(Flag):
    a = auto()
    b = auto()
    c = auto()
print(list(F), repr(F.a | F.c))
class IP(IntFlag):
    R = 4
    W = 2
print(repr(IP.R | IP.W), repr(IP.R | 8), IP.R | IP.W, IP.R | 1 == 5, format(IP.R))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Pair = Enum('Pair', [('ONE', 1), ('TWO', 2)])
print(list(Pair))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
