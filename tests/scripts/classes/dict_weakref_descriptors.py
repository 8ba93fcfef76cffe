# which classes get __dict__/__weakref__ getset descriptors in their dict (slots,
# builtin bases, metaclasses), their order, repr, tracking, and what they return
import gc
class A: pass
print(list(A.__dict__), A.__dict__['__dict__'], A.__dict__['__weakref__'])
print(gc.is_tracked(A.__dict__["__dict__"]), gc.is_tracked(A.__mro__))
class S: __slots__ = ('a',)
print(list(S.__dict__))
class S2: __slots__ = ('a', '__dict__')
print(list(S2.__dict__))
class S3: __slots__ = ('__weakref__',)
print(list(S3.__dict__))
class B(A): pass
print(list(B.__dict__))
class C(S): pass
print(list(C.__dict__))
class L(list): pass
print(list(L.__dict__))
class I(int): pass
print(list(I.__dict__))
class T(tuple): pass
print(list(T.__dict__))
class E(Exception): pass
print(list(E.__dict__))
class M(type): pass
print(list(M.__dict__))
class O(object): x = 1
print(list(O.__dict__))
class SW(S3): pass
print(list(SW.__dict__))
class SD(S2): pass
print(list(SD.__dict__))
print(A.__dict__['__dict__'].__name__, A.__dict__['__dict__'].__objclass__, A.__dict__['__weakref__'].__doc__)
a = A(); print(A.__dict__['__dict__'].__get__(a), A.__dict__['__weakref__'].__get__(a))
A.__dict__['__dict__'].__set__(a, {'z': 1}); print(a.z)
class Meta(type): pass
class K(metaclass=Meta): pass
print(list(K.__dict__))
print(type(A.__dict__['__dict__']))
import weakref
r = weakref.ref(a); print(a.__weakref__ is r)
