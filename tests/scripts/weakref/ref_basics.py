# weakref.ref: calling the ref returns the object while it is alive and None
# after its last strong reference goes; weak refs do not change the
# reference count; refs to the same object compare equal; unsupported types.
import sys, weakref
class Thing:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Thing({self.name!r})"
t = Thing("a")
before = sys.getrefcount(t)
r = weakref.ref(t)
print("weak ref adds no count:", sys.getrefcount(t) - before)
print(r() is t, r())
r2 = weakref.ref(t)
print(r2 is r, r == r2, weakref.getweakrefcount(t), len(weakref.getweakrefs(t)))
del t
print(r(), r2(), weakref.getweakrefcount(Thing("x")))
for v in [1, "str", (1, 2), [1], {"a": 1}, None]:
    try:
        weakref.ref(v)
        print(type(v).__name__, "can be weakly referenced")
    except TypeError as e:
        print("TypeError:", e)
def f():
    pass
print(weakref.ref(f)() is f, weakref.ref(Thing)() is Thing)
s = {1, 2}
try:
    weakref.ref(s)
    print("set can be weakly referenced")
except TypeError as e:
    print("TypeError:", e)
class MyList(list):
    pass
ml = MyList([1])
print(weakref.ref(ml)() == [1])
a = Thing("alias")
b = a
ra = weakref.ref(a)
del a
print("still alive through b:", ra())
b = None
print("now dead:", ra())
cache = {}
def get(name):
    ref = cache.get(name)
    obj = ref() if ref else None
    if obj is None:
        obj = Thing(name)
        cache[name] = weakref.ref(obj)
        print("  created", name)
    return obj
x1 = get("k")
x2 = get("k")
print(x1 is x2)
del x1, x2
x3 = get("k")
print(type(r).__name__, callable(r))
