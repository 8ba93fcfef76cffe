# Container dunders: __len__, __getitem__ (ints, negatives, slices),
# __setitem__, __delitem__, __contains__, __iter__, __reversed__, fallback
# iteration through __getitem__ until IndexError, and bool() from __len__.
class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(self.items[i])
        return self.items[i % len(self.items)]
    def __setitem__(self, i, v):
        self.items[i % len(self.items)] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, v):
        print("__contains__", v)
        return v in self.items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(self.items[::-1])
    def __repr__(self):
        return f"Ring({self.items})"
r = Ring("abcde")
print(len(r), r[0], r[7], r[-1], r[1:3], r[::-1])
r[6] = "B"
del r[0]
print(r, "c" in r, "z" in r, "z" not in r)
print(list(r), list(reversed(r)), sorted(r), [x.upper() for x in r], bool(r), bool(Ring([])))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), list(zip(Squares(), "ab")))
for v in Squares():
    print(v, end=" ")
print()
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
g = Grid()
g[0, 1] = "#"
g[2, 2] = "@"
print("\n".join("".join(g[r, c] for c in range(3)) for r in range(3)))
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    iter(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    5 in NoLen()
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class Defaulting(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
dd = Defaulting()
print(dd["abc"], dd["z"], dd, dd.get("nope"))
