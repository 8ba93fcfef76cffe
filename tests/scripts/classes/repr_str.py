# __repr__ and __str__: which is used by print, str(), repr(), f-strings,
# containers (always repr), %s/%r; fallback of __str__ to __repr__; and
# classes defining only __str__.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<1>"
class StrOnly:
    def __str__(self):
        return "str only"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b}, {1: r})
print(f"{b} {b!r} {r}", "%s %r" % (b, b), "{} {!r}".format(b, r))
print(repr(s).startswith("<__main__.StrOnly object at "), repr(s).endswith(">"))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
print(Point(1, 2), [Point("a", 2.5)], Point(Point(0, 0), None))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
    def __repr__(self):
        if not self.children:
            return f"Node({self.v})"
        return f"Node({self.v}, {self.children})"
print(Node(1, [Node(2), Node(3, [Node(4)])]))
print(str(Both), repr(Point).startswith("<class"), Point.__name__, Point.__qualname__)
print(repr(Point) == "<class '__main__.Point'>", str(int), repr(str))
