# a Fraction class with operator overloading, hashing, ordering, formatting
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Fraction:
    __slots__ = ("num", "den")
    def __init__(self, num=0, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if isinstance(num, str):
            if "/" in num:
                a, b = num.split("/")
                num, den = int(a), int(b)
            else:
                num = int(num)
        g = gcd(num, den)
        if den < 0: g = -g
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Fraction): return o
        if isinstance(o, int): return Fraction(o)
        return NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o): return Fraction._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return Fraction(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o): return Fraction._coerce(o) / self
    def __pow__(self, n):
        if n >= 0: return Fraction(self.num ** n, self.den ** n)
        return Fraction(self.den ** -n, self.num ** -n)
    def __neg__(self): return Fraction(-self.num, self.den)
    def __abs__(self): return Fraction(abs(self.num), self.den)
    def __eq__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return False
        return self.num == o.num and self.den == o.den
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o): return self == o or self < o
    def __gt__(self, o): return not self <= o
    def __ge__(self, o): return not self < o
    def __hash__(self): return hash((self.num, self.den))
    def __float__(self): return self.num / self.den
    def __int__(self): return self.num // self.den if self.num >= 0 else -(-self.num // self.den)
    def __bool__(self): return self.num != 0
    def __repr__(self): return f"Fraction({self.num}, {self.den})"
    def __str__(self): return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
    def __format__(self, spec):
        if spec.endswith("f"): return format(float(self), spec)
        return format(str(self), spec)
half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, half ** 2, third ** -2, -half, abs(Fraction(-3, 4)))
print(1 + half, 1 - half, 2 * third, 1 / third, half + 1, half == Fraction(2, 4), half != third, half == 0.5)
print(sorted([Fraction(3, 4), half, third, Fraction(-1, 5), Fraction(5, 3)]))
print(max(half, third), min([half, third, Fraction(1, 10)]), sum([half, third, Fraction(1, 6)]))
print(float(third), int(Fraction(7, 2)), int(Fraction(-7, 2)), bool(Fraction(0, 5)), bool(half))
print(f"{third:.4f} [{half:>6}] [{Fraction(22, 7):<8}]", repr(Fraction("3/9")), str(Fraction("-10")))
print(len({half, Fraction(2, 4), Fraction(3, 6), third}), Fraction(6, -4), Fraction(0, -3))
h = Fraction(0)
for k in range(1, 11): h += Fraction(1, k)
print("H10 =", h, f"{h:.6f}")
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    half + 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    half < "x"
except Exception as e:
    print(type(e).__name__, e)
def egyptian(f):
    out = []
    while f.num != 0:
        c = -(-f.den // f.num)
        out.append(Fraction(1, c)); f = f - Fraction(1, c)
    return out
print(" + ".join(map(str, egyptian(Fraction(7, 15)))), " + ".join(map(str, egyptian(Fraction(5, 121)))))
x = Fraction(1)
for _ in range(6): x = (x + 2 / x) / 2
print("sqrt2 ~", x, f"{x:.15f}")
