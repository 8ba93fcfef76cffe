# types.MethodType(func, obj) argument errors, and WeakMethod: callback when the
# function dies, equality and hashing while alive and after death
import weakref, gc
class K:
    def __init__(self, n): self.n = n
    def m(self): return f"m of {self.n}"
    def __repr__(self): return f"K({self.n})"
MT = type(K(0).m)
for args in [(), (1,), (print, None), (1, 2), (len, 1, 2)]:
    try: print(MT(*args))
    except TypeError as e: print("TypeError:", e)
try: MT(print, 1, x=2)
except TypeError as e: print("TypeError:", e)
try: MT(func=print, self=1)
except TypeError as e: print("TypeError:", e)
b = MT(len, [1, 2, 3]); print(b(), b.__self__)
print(MT(K.m, K(7))())
print(MT(lambda c: c.__name__, K)())
try: weakref.WeakMethod(len)
except TypeError as e: print("TypeError:", e)
try: weakref.WeakMethod(lambda: 1)
except TypeError as e: print("TypeError:", e)
# function dies first
class Box: pass
box = Box()
def f(self): return "f"
box.meth = MT(f, box)
k = K(3)
wm = weakref.WeakMethod(MT(f, k), lambda r: print("cb func died", r() is None))
print(wm())
del f; del box.meth
gc.collect()
print(wm())
k2 = K(4)
a = weakref.WeakMethod(k2.m); b = weakref.WeakMethod(k2.m)
print(a == b, a != b, hash(a) == hash(b), a is b, isinstance(a, weakref.ref))
k3 = K(5)
c = weakref.WeakMethod(k3.m)
print(a == c, a != c)
del k2
print(a(), b(), a == b, a != b, a == a)
d = {a: 1}
print(len(d))
calls = []
k4 = K(6)
w4 = weakref.WeakMethod(k4.m, calls.append)
del k4
print(len(calls), calls[0] is w4)
print(MT.__name__, repr(MT))
