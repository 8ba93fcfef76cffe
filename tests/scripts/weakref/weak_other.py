# More of weakref: WeakKeyDictionary entries vanish with their keys,
# WeakSet membership, weakref.proxy forwarding attributes and raising
# ReferenceError once the referent is gone, and weakref.finalize.
import weakref
class Key:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Key({self.n})"
wkd = weakref.WeakKeyDictionary()
k1, k2 = Key(1), Key(2)
wkd[k1] = "one"
wkd[k2] = "two"
print(len(wkd), wkd[k1], k2 in wkd)
del k1
print(len(wkd), [v for v in wkd.values()])
ws = weakref.WeakSet()
items = [Key(i) for i in range(3)]
for it in items:
    ws.add(it)
print(len(ws), items[0] in ws)
del it
items.pop()
print(len(ws))
class Target:
    def __init__(self):
        self.value = 42
    def method(self):
        return "called"
t = Target()
p = weakref.proxy(t)
print(p.value, p.method(), type(p).__name__)
p.value = 7
print(t.value)
del t
try:
    p.value
except ReferenceError as e:
    print("ReferenceError:", e)
def on_finalize(label):
    print("finalized:", label)
obj = Target()
fin = weakref.finalize(obj, on_finalize, "obj")
print(fin.alive)
del obj
print(fin.alive)
obj2 = Target()
fin2 = weakref.finalize(obj2, on_finalize, "called early")
fin2()
print(fin2.alive)
del obj2
print("no second call")
