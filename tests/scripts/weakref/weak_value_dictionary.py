# weakref.WeakValueDictionary: entries disappear when the value's last
# strong reference goes; lookups, len, membership, get with default,
# KeyError after disappearance, and a cache pattern.
import gc, weakref
class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name
    def __repr__(self):
        return f"Image({self.name})"
cache = weakref.WeakValueDictionary()
a = Image("a")
b = Image("b")
cache["a"] = a
cache["b"] = b
print(len(cache), sorted(cache.keys()), cache["a"], "b" in cache)
del a
print(len(cache), "a" in cache, cache.get("a"), cache.get("a", "gone"))
try:
    cache["a"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(cache.items(), key=lambda kv: kv[0]))
def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img
x = load("x")
y = load("x")
print(x is y, Image.loads)
del x, y
z = load("x")
print(Image.loads)
c = Image("cyclic")
c.me = c
cache["c"] = c
del c
print("cyclic value still there:", "c" in cache)
gc.collect()
print("after collect:", "c" in cache)
del z
print(sorted(cache.keys()))
del b
print(len(cache), list(cache.keys()))
