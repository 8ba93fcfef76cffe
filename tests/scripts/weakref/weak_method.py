# weakref.WeakMethod and constructing bound methods with type(obj.method)(func, obj)
import weakref
class K:
    def __init__(self, n): self.n = n
    def m(self): return f"m of {self.n}"
k = K(1)
print(weakref.ref(k.m)())
wm = weakref.WeakMethod(k.m, lambda r: print("callback, dead:", r() is None))
print(wm()(), wm() == k.m, wm == weakref.WeakMethod(k.m))
MethodType = type(k.m)
def extra(self, x): return f"extra {self.n} {x}"
k2 = K(2)
bound = MethodType(extra, k2)
print(bound(5), bound.__self__ is k2, bound.__func__ is extra)
del k
print(wm())
