# Multiple inheritance and the C3 method resolution order: diamonds,
# cooperative super() calls visiting each class once, mixins, attribute
# lookup following __mro__, and an inconsistent MRO raising TypeError.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.mro()])
class Base:
    def __init__(self, **kw):
        self.inits = ["Base"]
class Left(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.inits.append("Left")
class Right(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.inits.append("Right")
class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.inits.append("Bottom")
print(Bottom().inits)
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"
class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({vars(self)})"
class User(JsonMixin, ReprMixin):
    def __init__(self, name, uid):
        self.name, self.uid = name, uid
u = User("ann", 7)
print(u.to_json(), u, isinstance(u, JsonMixin))
class P1:
    attr = "P1"
class P2:
    attr = "P2"
    only2 = "only in P2"
class Child(P1, P2):
    pass
print(Child.attr, Child.only2, Child().attr)
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class S(B, C):
    def who(self):
        return super(B, self).who()
print(S().who())
print(super(D, D()).who(), [c.__name__ for c in B.__mro__])
