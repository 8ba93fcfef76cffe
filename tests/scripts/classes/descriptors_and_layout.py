# descriptors outlive their class; CPython's rules for slots on int/type subclasses;
# static types with instance dicts expose __dict__
import gc, weakref
class S: __slots__ = ('a',)
d = S.__dict__['a']; w = S.__dict__
del S; gc.collect()
print(d, d.__objclass__.__name__)
class A: pass
dd = A.__dict__['__dict__']; wr = A.__dict__['__weakref__']
del A; gc.collect()
print(dd, wr, dd.__objclass__)
class I(int): pass
try: weakref.ref(I(5))
except TypeError as e: print(e)
try:
    class J(int): __slots__ = ('__weakref__',)
except TypeError as e: print(e)
class Meta(type): pass
try:
    class M2(type): __slots__ = ('__dict__',)
except TypeError as e: print(e)
class K(metaclass=Meta):
    y = 2
K.z = 3
print(sorted(k for k in K.__dict__ if not k.startswith('__')), K.z, vars(K)['y'])
class C:
    __dict__ = 5
print(C.__dict__['__dict__'] if '__dict__' in C.__dict__ else None, list(C.__dict__))
class E(Exception): pass
e = E(); e.x = 1; print(e.__dict__, weakref.ref(e)() is e)
class F(float): pass
f = F(1.5); f.q = 2; print(f.__dict__, weakref.ref(f)() is f)
print(list(F.__dict__))
class By(bytes): pass
print(list(By.__dict__))
class Di(dict): pass
print(list(Di.__dict__))

print(gc.is_tracked(int.__dict__['bit_length']), gc.is_tracked(list.__dict__['append']))
def f(): pass
for t in (type(f), classmethod, staticmethod, BaseException, ValueError):
    print(t.__name__, '__dict__' in t.__dict__)
print(BaseException().__dict__, ValueError().__dict__)
