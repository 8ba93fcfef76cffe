# classes: properties, class/static methods, dunder ops, inheritance
class Vector:
    __slots__ = ('x', 'y')
    def __init__(self, x=0, y=0):
        self.x = x; self.y = y
    def __repr__(self): return f"Vector({self.x}, {self.y})"
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __sub__(self, o): return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
v, w = Vector(1, 2), Vector(3, 4)
print(v + w, v - w, v * 3, 3 * v, -v, abs(w), v == Vector(1, 2), v != w, bool(Vector()), list(v), v[1])
print(sum([v, w]), {v, Vector(1, 2)}, tuple(w), [*v, *w])
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Temp:
    count = 0
    def __init__(self, c):
        self._c = c
        Temp.count += 1
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); del self._c
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f): return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v): return v >= -273.15
t = Temp(100); print(t.celsius, t.fahrenheit); t.celsius = 0; print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, '_c'), Temp.from_f(212).celsius, Temp.valid(-500), Temp.count, t.count)
class Animal:
    sound = "..."
    def __init__(self, name): self.name = name
    def speak(self): return f"{self.name} says {self.sound}"
    def __str__(self): return f"{type(self).__name__}({self.name})"
    def kind(self): raise NotImplementedError("subclass must implement")
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        super().__init__(name); self.breed = breed
    def kind(self): return "canine"
class Puppy(Dog):
    def speak(self): return super().speak() + "!"
for a in [Animal("x"), Dog("Rex", "lab"), Puppy("Bit", "pug")]:
    try:
        print(a, a.speak(), a.kind())
    except NotImplementedError as e:
        print(a, "error:", e)
print(Puppy.__mro__ == (Puppy, Dog, Animal, object), [c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__)
print(isinstance(Puppy("a", "b"), Animal), issubclass(Dog, (int, Animal)), issubclass(bool, int), type(Dog("a", "b")) is Dog)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
class Counter:
    def __init__(self): self.n = 0
    def __call__(self, k=1): self.n += k; return self.n
c = Counter(); c(); c(5); print(c.n, callable(c), callable(3))
class Stack:
    def __init__(self, items=None): self._items = list(items or [])
    def __len__(self): return len(self._items)
    def __contains__(self, x): return x in self._items
    def __getitem__(self, i): return self._items[i]
    def __setitem__(self, i, v): self._items[i] = v
    def __delitem__(self, i): del self._items[i]
    def __repr__(self): return f"Stack({self._items})"
    def __lt__(self, other): return len(self) < len(other)
s = Stack([1, 2, 3]); s[0] = 10; del s[1]; print(s, len(s), 3 in s, s[-1], s[::-1], list(s), bool(Stack()))
print(sorted([Stack([1, 2]), Stack(), Stack([1])]), max(Stack([1]), Stack([1, 2, 3])))
print(Stack([1]) > Stack([]))
try:
    Stack() <= Stack()
except TypeError as e:
    print("TypeError:", e)
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
class P1(Base): pass
class P2(Base): pass
print(Base.registry)
o = Dog("Fido", "mutt")
print(vars(o), o.__dict__, getattr(o, 'breed'), getattr(o, 'nope', 'dflt'))
setattr(o, 'age', 3); delattr(o, 'breed'); print(sorted(o.__dict__))
print(Dog.__name__, Dog.__qualname__, o.__class__.__name__, Dog.speak.__name__, Temp.__dict__['valid'].__class__.__name__)
