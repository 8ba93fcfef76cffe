# Arithmetic dunders on a Vector class: __add__, __sub__, __mul__ with
# scalars, reflected __rmul__/__radd__ (so sum() works), __neg__, __abs__,
# __truediv__, __floordiv__, __mod__, __pow__, in-place __iadd__, and
# NotImplemented leading to TypeError.
class Vec:
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __repr__(self):
        return f"Vec{self.xs}"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.xs, other.xs)))
        if other == 0:
            return self
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(*(a - b for a, b in zip(self.xs, other.xs)))
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.xs))
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.xs, k.xs))
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.xs))
    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.xs))
    def __mod__(self, k):
        return Vec(*(a % k for a in self.xs))
    def __pow__(self, k):
        return Vec(*(a ** k for a in self.xs))
    def __neg__(self):
        return Vec(*(-a for a in self.xs))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, w - v, v * 3, 3 * v, v * w, -v, +v, abs(w))
print(w / 2, w // 3, w % 3, v ** 2, sum([v, w, Vec(10, 10)]))
print(v == Vec(1, 2), v != w, v == (1, 2))
a = v
a += w
print(a, v, a is v)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
acc = Acc()
alias = acc
acc += 1
acc += 2
print(acc.items, acc is alias)
for expr in [lambda: v + "s", lambda: "s" * v, lambda: v * "s", lambda: v - 1, lambda: v @ w]:
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    def __radd__(self, o):
        print("radd called with", o)
        return Money(o + self.c)
    def __repr__(self):
        return f"Money({self.c})"
print(Money(5) + Money(6), Money(5) + 1, 1 + Money(5))
class Sub(Money):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(Money(1) + Sub(2))
