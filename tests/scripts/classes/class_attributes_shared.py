# Class attributes shared by all instances versus per-instance attributes:
# the mutable class attribute pitfall, class attribute updates seen through
# instances, instance attributes shadowing, and counting instances.
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items, a.items is b.items)
class GoodBag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
a, b = GoodBag(), GoodBag()
a.add(1)
b.add(2)
print(a.items, b.items)
class Config:
    level = 1
c1, c2 = Config(), Config()
Config.level = 5
print(c1.level, c2.level)
c1.level = 9
Config.level = 7
print(c1.level, c2.level, Config.level)
del c1.level
print(c1.level)
class Tracker:
    total = 0
    def __init__(self):
        self.total += 1
        Tracker.total += 10
t1 = Tracker()
t2 = Tracker()
print(t1.total, t2.total, Tracker.total)
class Circle:
    pi = 3.14159
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(self.pi * self.r ** 2, 3)
c = Circle(2)
print(c.area())
c.pi = 3
print(c.area(), Circle(2).area())
class WithMethodAttr:
    def method(self):
        return "method"
w = WithMethodAttr()
w.method = lambda: "instance override"
print(w.method(), WithMethodAttr().method())
print(sorted(vars(Config).keys() - {"__module__", "__dict__", "__weakref__", "__doc__"}))
