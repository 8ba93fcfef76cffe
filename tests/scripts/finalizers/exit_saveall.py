# shutdown with DEBUG_SAVEALL still set: nothing more is printed
import gc
gc.set_debug(gc.DEBUG_SAVEALL)
class D:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
l = [1]; l.append(l); del l
x = D("x")
