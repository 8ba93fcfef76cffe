# A complete numeric class: a Fraction with normalisation, all arithmetic
# operators (including reflected ones with ints), comparisons with ints and
# other fractions, __hash__ consistent with int equality, __bool__, __int__,
# __float__, __abs__, __neg__, __round__, and sorting a mixed list.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Frac with zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(other):
        if isinstance(other, Frac):
            return other
        if isinstance(other, int):
            return Frac(other)
        return None
    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, other):
        return Frac(other) - self
    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, other):
        return Frac(other) / self
    def __pow__(self, n):
        if n < 0:
            return Frac(self.den ** -n, self.num ** -n)
        return Frac(self.num ** n, self.den ** n)
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __abs__(self):
        return Frac(abs(self.num), self.den)
    def __eq__(self, other):
        o = self._coerce(other)
        return o is not None and (self.num, self.den) == (o.num, o.den)
    def __lt__(self, other):
        o = self._coerce(other)
        return self.num * o.den < o.num * self.den
    def __le__(self, other):
        return self == other or self < other
    def __gt__(self, other):
        return not self <= other
    def __ge__(self, other):
        return not self < other
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __bool__(self):
        return self.num != 0
    def __int__(self):
        return int(self.num / self.den)
    def __float__(self):
        return self.num / self.den
    def __round__(self, ndigits=None):
        return round(float(self), ndigits)
    def __repr__(self):
        return f"Frac({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
a, b = Frac(1, 2), Frac(3, -4)
print(a, b, repr(b), a + b, a - b, a * b, a / b, b ** 2, a ** -3, -b, abs(b))
print(a + 1, 1 + a, 2 - a, 3 * a, 1 / a, a * 0, bool(a * 0), bool(a))
print(Frac(6, 8) == Frac(3, 4), Frac(4, 2) == 2, 2 == Frac(4, 2), Frac(1, 3) < Frac(1, 2), Frac(5, 2) > 2, a <= a)
print(int(Frac(7, 2)), int(Frac(-7, 2)), float(Frac(1, 8)), round(Frac(2, 3), 3), round(Frac(5, 2)))
print({Frac(2, 1): "two"}[2], len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), hash(Frac(3)) == hash(3))
values = [Frac(1, 3), Frac(-1, 2), 1, Frac(5, 4), 0, Frac(2, 3)]
print(sorted(values), max(values), min(values), sum(values), sum(values, Frac(0)))
h = Frac(0)
for k in range(1, 11):
    h += Frac(1, k)
print("H10 =", h, float(h))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError:", e)
