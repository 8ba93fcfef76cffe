# __del__ order when frames die with temporaries on the stack, in generators
# closed or deleted, and through frame.clear() (mini lacked frame.clear)
import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __add__(self, o): raise ValueError
def f():
    a = D("a"); b = D("b")
    return [D("s1"), D("s2") + D("s3")]
try: f()
except ValueError: print("caught")
print("---")
def g():
    a = D("ga")
    for x in [D("it")]:
        yield (D("t1"), (yield x))
    b = D("gb")
gg = g(); next(gg); next(gg); gg.close(); print("closed")
print("---")
gg = g(); next(gg); next(gg); del gg; print("deleted")
print("---")
def h():
    a = D("ha"); b = D("hb")
    return sys._getframe()
fr = h(); print("got frame"); fr.clear(); print("cleared")
del fr
print("---")
def k():
    a = D("ka"); b = D("kb")
    def inner(): return a, b
    c = D("kc")
    raise KeyError
try: k()
except KeyError as e: print("caught2")
print("--- finally")
def m():
    a = D("ma")
    try:
        b = D("mb")
        return D("ret")
    finally:
        c = D("mc")
m()
print("end")
