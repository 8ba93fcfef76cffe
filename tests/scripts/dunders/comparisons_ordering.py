# Rich comparisons: __lt__/__le__/__gt__/__ge__/__eq__/__ne__, reflected
# comparison when one side returns NotImplemented, sorting with only __lt__,
# max/min using __lt__/__gt__, and errors for missing orderings.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    __hash__ = None
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("2.0"), Version("2.0.1")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Version("2.0"))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"L{self.v}"
items = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(items), sorted(items, reverse=True), min(items), max(items))
print(OnlyLt(5) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
class Logger:
    def __init__(self, name):
        self.name = name
    def __lt__(self, o):
        print(f"{self.name}.__lt__({o.name})")
        return NotImplemented
    def __gt__(self, o):
        print(f"{self.name}.__gt__({o.name})")
        return NotImplemented
try:
    Logger("a") < Logger("b")
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == (o.n if isinstance(o, Num) else o)
    def __hash__(self):
        return hash(self.n)
print(Num(3) == 3, 3 == Num(3), Num(3) in [1, 2, 3], 3 in [Num(3)], {Num(1): "x"}.get(1))
print(Version("1.0") < Version("1.0.0"), Version("3") > Version("2.99"))
