# super() in various places: __init__ chains passing arguments, overriding
# __repr__ and reusing the parent's, super() in classmethods, super() with
# explicit arguments, and overriding operators in subclasses of builtins.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"
class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        return self.deposit(round(self.balance * self.rate, 2))
    def __repr__(self):
        return super().__repr__() + f" @ {self.rate:.0%}"
s = Savings("zoe", 1000, 0.05)
print(s, s.add_interest(), s)
try:
    s.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
class Base:
    @classmethod
    def create(cls):
        return f"created {cls.__name__}"
class Derived(Base):
    @classmethod
    def create(cls):
        return super().create() + " via Derived"
print(Derived.create(), Base.create())
class MyList(list):
    def append(self, item):
        super().append(item * 2)
    def total(self):
        return sum(self)
ml = MyList([1, 2])
ml.append(5)
print(ml, ml.total(), len(ml), isinstance(ml, list), type(ml).__name__, ml + [0])
class UpperDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
ud = UpperDict()
ud["a"] = 1
ud["b"] = 2
print(ud, "A" in ud, ud.get("a"))
class CountingStr(str):
    def vowels(self):
        return sum(ch in "aeiou" for ch in self.lower())
cs = CountingStr("Education")
print(cs, cs.vowels(), cs.upper(), type(cs.upper()).__name__, len(cs))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
pt = Point(3, 4)
print(pt, pt.x, pt[1], isinstance(pt, tuple))
class Positive(int):
    def __new__(cls, v):
        if v <= 0:
            raise ValueError(f"{v} is not positive")
        return super().__new__(cls, v)
print(Positive(5) + 1, type(Positive(5) + 1).__name__)
try:
    Positive(-2)
except ValueError as e:
    print("ValueError:", e)
class A:
    def hello(self):
        return "A.hello"
class B(A):
    def hello(self):
        return "B.hello+" + super(B, self).hello()
print(B().hello())
