# __bool__ and __len__ for truthiness (bool wins, len fallback, default
# True), __call__ making instances callable, __hash__ for sets and dicts,
# __index__ for slicing/bin, __int__/__float__/__str__ conversions.
class AlwaysFalse:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class BoolAndLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Default:
    pass
for obj in [AlwaysFalse(), Empty(), BoolAndLen(), Default()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale
triple = Multiplier(3)
print(triple(5), triple(1, 2, 3), triple(2, scale=10), callable(triple), callable(Multiplier), list(map(triple, [1, 2])))
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name.lower())
    def __eq__(self, o):
        return self.name.lower() == o.name.lower()
    def __repr__(self):
        return self.name
s = {Key("Ab"), Key("aB"), Key("cd")}
print(len(s), Key("AB") in s, {Key("x"): 1, Key("X"): 2})
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
print("abcdef"[Idx(2):Idx(5)], bin(Idx(5)), [0, 1, 2][Idx(-1)], range(Idx(3)))
class Conv:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __str__(self):
        return "conv"
c = Conv()
print(int(c), float(c), str(c), f"{c}")
class Neg:
    def __neg__(self):
        return "negated"
    def __invert__(self):
        return "inverted"
    def __pos__(self):
        return "positive"
print(-Neg(), ~Neg(), +Neg())
