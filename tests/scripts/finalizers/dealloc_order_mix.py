# __del__ order of acyclic objects: frame locals, call arguments, containers, module end
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    x = D(1)
    y = D(2)
    z = D(3)
    print("end f")
f()
def g(a, b):
    c = D("c")
g(D("a"), D("b"))
print("--- list")
l = [D(4), D(5), D(6)]
del l
print("--- dict")
d = {1: D(7), 2: D(8)}
del d
print("--- tuple")
t = (D(9), D(10))
del t
print("--- obj attrs")
class H: pass
h = H(); h.a = D(11); h.b = D(12)
del h
print("--- module end")
m1 = D("m1"); m2 = D("m2")
