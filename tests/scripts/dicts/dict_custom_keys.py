# User-defined objects as dict keys: __hash__ and __eq__ together decide
# lookups; equal objects with equal hashes collide into one key; a class with
# __eq__ but no __hash__ is unhashable; objects hash by identity by default.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in d, Point(2, 1) in d)
d[Point(1, 2)] = "b"
print(d, len(d))
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
try:
    {OnlyEq(1): 1}
except TypeError as e:
    print("TypeError:", e)
print(OnlyEq.__hash__ is None)
class Plain:
    pass
p1, p2 = Plain(), Plain()
pd = {p1: 1, p2: 2}
print(len(pd), pd[p1], pd[p2], p1 == p2, p1 == p1)
class Always:
    calls = 0
    def __hash__(self):
        return 1
    def __eq__(self, other):
        Always.calls += 1
        return True
a1, a2 = Always(), Always()
ad = {a1: "first"}
ad[a2] = "second"
print(len(ad), list(ad.values()), Always.calls > 0)
class HashCounter:
    hashes = 0
    def __hash__(self):
        HashCounter.hashes += 1
        return 42
h = HashCounter()
hd = {h: 1}
hd[h]
h in hd
print("hash calls:", HashCounter.hashes)
print({1: "a", 1.0: "b", True: "c"})
print({(1, 2): 1, (1.0, 2.0): 2})
