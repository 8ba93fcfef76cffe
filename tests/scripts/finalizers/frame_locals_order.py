# __del__ order when a frame dies: CPython clears locals first to last, then cells
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    x = D(1)
    y = D(2)
    raise ValueError
try:
    f()
except ValueError:
    print("caught")
print("---")
def gen():
    a = D("ga")
    b = D("gb")
    yield 1
g = gen(); next(g); del g
print("---")
def h():
    for i in range(2):
        tmp = D(f"loop{i}")
    other = D("other")
h()
print("---")
class Obj:
    def meth(self):
        p = D("p"); q = D("q")
Obj().meth()
print("--- lambda/comprehension")
[D(i) for i in range(3)]
print("--- nested")
def outer():
    a = D("oa")
    def inner(): return a
    b = D("ob")
    return 0
outer()
