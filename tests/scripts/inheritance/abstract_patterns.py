# Polymorphism through inheritance: a shape hierarchy with an abstract-like
# base, template methods calling subclass hooks, class-level registries of
# subclasses, and dispatch on type with isinstance in order.
import math
class Shape:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry.append(cls.__name__)
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
print(Shape.registry)
shapes = [Circle(1), Rect(2, 3.5), Square(4)]
for s in shapes:
    print(s.describe())
print(sorted(shapes, key=lambda s: s.area())[0].describe())
print(round(sum(s.area() for s in shapes), 3))
def kind(obj):
    if isinstance(obj, Square):
        return "square"
    elif isinstance(obj, Rect):
        return "rectangle"
    elif isinstance(obj, Shape):
        return "some shape"
    return "not a shape"
print([kind(o) for o in shapes + [5]])
class Report:
    def render(self):
        return "\n".join([self.header(), *self.body(), self.footer()])
    def header(self):
        return "== report =="
    def footer(self):
        return "== end =="
    def body(self):
        return []
class Sales(Report):
    def body(self):
        return [f"{m}: {v}" for m, v in [("jan", 10), ("feb", 12)]]
class Short(Sales):
    def footer(self):
        return "(short)"
print(Report().render())
print(Sales().render())
print(Short().render())
