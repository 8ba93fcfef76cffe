# References: the subject, attribute tuples, key/value tuples and failed
# captures are all released; captures keep exactly their names' references.
import sys

class Tracked:
    __match_args__ = ("a", "b")
    def __init__(self, name, a=None, b=None):
        self.name, self.a, self.b = name, a, b
    def __del__(self):
        print("  del", self.name)

def release_subject():
    match Tracked("subject"):
        case Tracked(1):
            print("no")
        case [x]:
            print("no")
        case {"k": v}:
            print("no")
    print("after match")

release_subject()

def failed_captures():
    match [Tracked("item0"), Tracked("item1"), 3]:
        case [a, b, 4]:
            print("no")
        case [a, *rest] if False:
            print("no")
    print("a bound by the failed guard:", a.name)
    del a
    print("rest still bound")
    del rest
    print("end of failed_captures")

failed_captures()

def or_captures():
    match (Tracked("left"), Tracked("right")):
        case (x, 0) | (0, x) | (_, x):
            print("captured", x.name)
    print("end of or_captures")

or_captures()

class Plain:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

def refcounts():
    o = object()
    before = sys.getrefcount(o)
    for _ in range(100):
        match [o, {"k": o}, Plain(o, o)]:
            case [p, {"k": q}, Plain(r, b=s)] if p is q is r is s:
                pass
            case _:
                print("no")
        match {"k": o, "j": o}:
            case {"k": _, **rest}:
                pass
        match o:
            case object() as alias:
                pass
    del p, q, r, s, rest, alias
    print("refcount unchanged:", sys.getrefcount(o) == before)

refcounts()

def many():
    total = 0
    for i in range(2000):
        match (i, [i] * (i % 4), {"i": i}):
            case (n, [], {"i": m}):
                total += n + m
            case (n, [a, *_], {"i": _, **r}) if not r:
                total += a
            case _:
                total -= 1
    return total
print(many())
