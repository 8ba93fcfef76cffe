# Class basics: __init__, instance vs class attributes, methods, attribute
# lookup order, shadowing class attributes with instance ones, __dict__,
# __class__, __name__, adding attributes dynamically, AttributeError text.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self, sound="woof"):
        return f"{self.name} says {sound}"
    def birthday(self):
        self.age += 1
        return self
d1 = Dog("rex")
d2 = Dog("fido", 5)
print(d1.speak(), d2.speak("grr"), Dog.speak(d1, "via class"))
print(d1.species, Dog.species, Dog.count, d1.count)
d1.species = "wolf"
print(d1.species, d2.species, Dog.species)
del d1.species
print(d1.species)
print(d2.birthday().birthday().age)
print(sorted(d1.__dict__.items()), d1.__class__.__name__, type(d1) is Dog, Dog.__name__)
d1.nickname = "rexy"
print(d1.nickname, "nickname" in d1.__dict__, hasattr(d2, "nickname"))
try:
    d2.nickname
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog("x").speak("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    Dog()
except TypeError as e:
    print("TypeError:", e)
class Counter:
    instances = []
    def __init__(self):
        self.instances.append(self)
Counter(); Counter()
print(len(Counter.instances))
m = d1.speak
print(m(), m.__name__, m.__self__ is d1, m.__func__ is Dog.speak)
class Empty:
    pass
e = Empty()
e.x = 1
e.__dict__["y"] = 2
print(e.x, e.y, vars(e), Empty.__name__, isinstance(e, Empty), isinstance(e, object))
print(sorted(k for k in vars(Dog) if not k.startswith("__")))
print(sorted(n for n in dir(d1) if not n.startswith("__")))
