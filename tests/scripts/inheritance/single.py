# Single inheritance: overriding, extending with super(), inherited
# attributes, isinstance/issubclass (with tuples), __class__.__name__ in a
# base method, and calling the base method explicitly.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} is a {type(self).__name__} ({self.kind}) and says {self.speak()}"
class Dog(Animal):
    kind = "mammal"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
class Fish(Animal):
    pass
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Fish("nemo")]:
    print(a.describe())
p = Puppy("bit", 1)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Fish), isinstance(p, (Fish, Dog)))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Fish, (Dog, Animal)), issubclass(bool, int))
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, Animal.__bases__[0].__name__, [c.__name__ for c in Puppy.__mro__])
print(Animal.speak(p), Dog.speak(p), p.age, p.name)
print(isinstance(3, (str, int)), isinstance("s", object), isinstance(None, type(None)), isinstance(Dog, type))
try:
    isinstance(p, "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(p, Dog)
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self):
        self.log = ["Base.__init__"]
class NoSuperCall(Base):
    def __init__(self):
        self.other = True
n = NoSuperCall()
print(hasattr(n, "log"), hasattr(n, "other"))
class Inherits(Base):
    pass
print(Inherits().log)
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
for sh in [Sq(3), Shape()]:
    try:
        print(sh.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(type(p).__mro__[1] is Dog, Puppy.kind, Fish.kind)
