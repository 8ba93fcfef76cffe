# frame.clear(): running frames refuse, suspended generators are closed first
import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def g():
    a = D("a"); b = D("b")
    try:
        yield 1
    finally:
        print("finally")
gen = g(); next(gen)
fr = gen.gi_frame
fr.clear()
print("cleared", gen.gi_frame)
try:
    sys._getframe().clear()
except RuntimeError as e: print(e)
def h():
    try:
        sys._getframe().clear()
    except RuntimeError as e: print(e)
h()
def g2():
    x = D("x")
    fr = sys._getframe()
    yield fr
gen = g2(); f2 = next(gen)
try: f2.clear()
except Exception as e: print(type(e).__name__, e)
del gen
print(f2.f_locals)
f2.clear()
print("end")
