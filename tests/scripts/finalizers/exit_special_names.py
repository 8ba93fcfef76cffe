# shutdown: replaced sys.stdout is restored from sys.__stdout__, names added to
# builtins die when builtins are restored; errors with sys.stderr None are silent
import sys
class Out:
    def __init__(s, f): s.f = f
    def write(s, t): return s.f.write(t)
    def flush(s): s.f.flush()
    def __del__(s): sys.__stdout__.write("del Out\n")
class D:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
sys.stdout = Out(sys.stdout)
import builtins
builtins.myglobal = D("in builtins")
sys.foo = D("in sys")
a = D("a")
