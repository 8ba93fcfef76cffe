# OOP: abstract base via NotImplementedError, class registry, comparison, sorting, class methods
import math
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    def area(self): raise NotImplementedError(f"{type(self).__name__}.area")
    def perimeter(self): raise NotImplementedError
    def __lt__(self, other): return self.area() < other.area()
    def __eq__(self, other): return type(self) is type(other) and self.area() == other.area()
    def __hash__(self): return hash((type(self).__name__, round(self.area(), 6)))
    def __str__(self): return f"{type(self).__name__} area={self.area():.2f} perim={self.perimeter():.2f}"
    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}") from None
class Circle(Shape):
    def __init__(self, r):
        if r <= 0: raise ValueError("radius must be positive")
        self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
    def __repr__(self): return f"Circle({self.r})"
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
    def __repr__(self): return f"Rect({self.w}, {self.h})"
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
    def __repr__(self): return f"Square({self.w})"
class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        self.sides = (a, b, c)
    def perimeter(self): return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
    def __repr__(self): return "Triangle(%d, %d, %d)" % self.sides
class Blob(Shape):
    pass
print(sorted(Shape.registry))
specs = [("circle", 1), ("rect", 2, 3), ("square", 2), ("triangle", 3, 4, 5), ("triangle", 1, 1, 5), ("hexagon", 1), ("circle", -1), ("blob",)]
shapes = []
for spec in specs:
    try:
        s = Shape.create(*spec)
        print(s)
        shapes.append(s)
    except ValueError as e:
        print("error:", e)
    except NotImplementedError as e:
        print("not implemented:", e)
shapes = [s for s in shapes if not isinstance(s, Blob)]
print(sorted(shapes), max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(Square(2) == Rect(2, 2), Square(2) == Square(2), Rect(1, 4) < Square(2), len({Square(2), Square(2), Rect(2, 2)}))
print(isinstance(Square(1), Rect), issubclass(Square, Shape), [c.__name__ for c in Square.__mro__])
by_type = {}
for s in shapes + [Circle(2), Square(5)]:
    by_type.setdefault(type(s).__name__, []).append(s)
for name, group in sorted(by_type.items()):
    print(f"{name:>9}: {len(group)} total area {sum(g.area() for g in group):8.3f}")
total = sum(s.area() for s in shapes)
print(f"{total=:.4f}", f"{len(shapes)=}")
try:
    Blob().area()
except NotImplementedError as e:
    print("NotImplementedError", e)
