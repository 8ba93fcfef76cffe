# weakref callbacks: called with the (now dead) weak reference when the
# referent is freed, immediately on the last del for acyclic objects and at
# collection time for cycles; callbacks of several refs run newest first;
# a callback is not called if the ref itself died first.
import gc, weakref
class Res:
    def __init__(self, name):
        self.name = name
log = []
def make_cb(label):
    def cb(ref):
        log.append((label, ref() is None))
    return cb
r = Res("plain")
w = weakref.ref(r, make_cb("plain"))
print("before del:", log)
del r
print("after del:", log)
log.clear()
a, b = Res("a"), Res("b")
a.other, b.other = b, a
wa = weakref.ref(a, make_cb("cycle a"))
wb = weakref.ref(b, make_cb("cycle b"))
gc.collect()
del a, b
print("after del of cycle:", log)
gc.collect()
print("after collect:", sorted(log))
log.clear()
o = Res("multi")
w1 = weakref.ref(o, make_cb("first"))
w2 = weakref.ref(o, make_cb("second"))
w3 = weakref.ref(o, make_cb("third"))
del o
print("several callbacks:", log)
log.clear()
o = Res("ref dies first")
w = weakref.ref(o, make_cb("never"))
del w
del o
print("ref dropped first:", log)
def cb_receives_ref(ref):
    print("callback got the same ref object:", ref is holder[0])
o = Res("x")
holder = [weakref.ref(o, cb_receives_ref)]
del o
