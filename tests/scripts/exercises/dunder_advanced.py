# advanced dunders: __getattr__, descriptors, __new__, __missing__, builtin subclassing
class Lazy:
    def __init__(self): self.loaded = {}
    def __getattr__(self, name):
        if name.startswith('_'): raise AttributeError(name)
        v = f"<{name}>"
        self.loaded[name] = v
        return v
z = Lazy(); print(z.foo, z.bar, z.loaded, hasattr(z, '_x'))
class Recorder:
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f"del {name}")
        object.__delattr__(self, name)
r = Recorder(); r.a = 1; r.b = [2]; del r.a; print(r.__dict__)
class Positive:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if value <= 0: raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)
class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, q, p): self.qty = q; self.price = p
    def total(self): return self.qty * self.price
o = Order(3, 5); print(o.total(), type(Order.qty).__name__)
try:
    o.qty = -1
except ValueError as e:
    print(e)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Singleton(1); s2 = Singleton(2); print(s1 is s2, s1.v)
class DefaultDict(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k); self.factory = factory
    def __missing__(self, key):
        self[key] = v = self.factory()
        return v
dd = DefaultDict(list); dd['a'].append(1); dd['b'].append(2); dd['a'].append(3)
print(dd, len(dd), isinstance(dd, dict), dd.get('zz'), 'zz' in dd)
class MyList(list):
    def sum(self): return sum(self)
    def __repr__(self): return f"MyList({super().__repr__()})"
ml = MyList([1, 2, 3]); ml.append(4); print(ml, ml.sum(), len(ml), ml[1:], type(ml[1:]).__name__, ml + [5])
class UpperStr(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
    def shout(self): return self + "!"
u = UpperStr("hey"); print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, isinstance(u, str))
class Money(int):
    def __repr__(self): return f"${int(self)}"
    def __add__(self, o): return Money(int(self) + int(o))
m = Money(5) + Money(7); print(repr(m), m * 2, m > 10, str(m))
class Celsius(float):
    pass
print(Celsius(3.5) + 1, type(Celsius(2.0)).__name__)
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * 10
print(list(Seq(4)), 20 in Seq(4), [x for x in Seq(2)])
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v) + 0.5
    def __round__(self, n=None): return f"round({n})"
    def __trunc__(self): return 7
    def __bool__(self): return self.v != 0
print([10, 20, 30][Num(1)], bin(Num(5)), hex(Num(255)), float(Num(2)), int(Num(3)), round(Num(1)), round(Num(1), 2), bool(Num(0)), range(Num(3)))
class Sized:
    def __len__(self): return 0
print(bool(Sized()), not Sized())
class Rev:
    def __reversed__(self): return iter("cba")
    def __iter__(self): return iter("abc")
print(list(reversed(Rev())), list(Rev()))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f"Cmp({self.v})"
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(2) > Cmp(1), Cmp(2) >= Cmp(2), sorted([Cmp(3), Cmp(1)]), min(Cmp(5), Cmp(2)))
try:
    hash(Cmp(1))
except TypeError as e:
    print("TypeError:", e)
class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, o): self.items.append(o); return self
    def __imul__(self, k): self.items *= k; return self
i = IAdd(); i += 1; i += 2; i *= 2; print(i.items)
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self): return f"Matrix({self.rows})"
    def __pow__(self, n):
        r = self
        for _ in range(n - 1): r = r @ self
        return r
print(Matrix([[1, 2], [3, 4]]) @ Matrix([[5, 6], [7, 8]]), Matrix([[1, 1], [1, 0]]) ** 10)
class Box:
    def __init__(self, v): self.v = v
    def __contains__(self, x): return x == self.v
    def __eq__(self, o): return NotImplemented
print(3 in Box(3), 4 in Box(3), Box(1) == Box(1), Box(1) != Box(1))
class RAdd:
    def __radd__(self, o): return f"radd({o})"
    def __rsub__(self, o): return f"rsub({o})"
    def __rmul__(self, o): return f"rmul({o})"
    def __rtruediv__(self, o): return f"rtruediv({o})"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return "rpow"
    def __rlshift__(self, o): return "rlshift"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
ra = RAdd()
print(1 + ra, 2 - ra, 3 * ra, 4 / ra, 5 // ra, 6 % ra, 7 ** ra, 8 << ra, 9 & ra, 10 | ra, 11 ^ ra, [1] + ra)
class Pos:
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __neg__(self): return "neg"
print(+Pos(), ~Pos(), -Pos())
class WithClassGetitem:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item.__name__}]"
print(WithClassGetitem[int], list[int], dict[str, int])
