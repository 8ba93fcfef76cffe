# gc.collect() return values for many kinds of cycles (closures, bound methods, slots, frames, cells, sets)
import gc
gc.collect()
def report(label):
    print(label, gc.collect())
def f():
    def g(): return g
    return g
h = f(); del h
report("recursive closure")
class N:
    def __init__(self): self.me = self.method
    def method(self): pass
n = N(); del n
report("bound method cycle")
def gen():
    me = yield
    yield
g = gen(); next(g); g.send(g); del g
report("generator holding itself")
l = [1, 2]; d = {'l': l}; l.append(d); del l, d
report("list-dict")
class S:
    __slots__ = ('a', 'b')
s1 = S(); s2 = S(); s1.a = s2; s2.a = s1; del s1, s2
report("slots pair")
t = ([],); t[0].append(t); del t
report("tuple-list")
e = None
try:
    raise ValueError
except ValueError as exc:
    e = exc
e.self = e
del e
report("exception self")
import sys
def frame_cycle():
    f = sys._getframe()
    return None
frame_cycle()
report("frame (no cycle)")
x = {}
for i in range(10):
    x = {'prev': x}
x['prev']['loop'] = x
del x
report("dict chain cycle")
class P:
    def __init__(self): self.children = [C(self) for _ in range(3)]
class C:
    def __init__(self, parent): self.parent = parent
p = P(); del p
report("parent-children")
lam = lambda: lam
del lam
report("lambda global ref (no cycle)")
def outer():
    x = []
    def inner(): return x
    x.append(inner)
outer()
report("cell cycle")
class WithDel:
    def __del__(self): pass
w = WithDel(); w.me = w; del w
report("del cycle")
fs = frozenset(); l = [fs]; l.append(l); del l
report("list with frozenset")
ss = set(); 
class H: pass
h = H(); h.s = ss; ss.add(h); del h, ss
report("set-instance")
