# property: getters, setters with validation, deleters, read-only
# properties (AttributeError on set), computed attributes, and property
# objects accessed on the class.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fget(Temperature(0)))
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    def _get_size(self):
        return (self.w, self.h)
    def _set_size(self, wh):
        self.w, self.h = wh
    size = property(_get_size, _set_size, doc="width and height")
r = Rect(2, 3)
print(r.area, r.size)
r.size = (10, 20)
print(r.area, r.w, Rect.size.__doc__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last
    @property
    def full(self):
        return f"{self.first} {self.last}"
    @full.setter
    def full(self, text):
        self.first, self.last = text.split(" ", 1)
p = Person("Ada", "Lovelace")
p.full = "Grace Brewster Hopper"
print(p.first, "|", p.last, "|", p.full)
try:
    del p.full
except AttributeError as e:
    print("AttributeError:", e)
