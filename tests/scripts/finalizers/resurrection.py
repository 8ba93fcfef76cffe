# Resurrection: a __del__ that stores self somewhere keeps the object alive;
# CPython runs __del__ only once per object, so when the resurrected object
# dies again its __del__ is not called a second time.
import gc
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ of", self.name)
        saved.append(self)
p = Phoenix("bird")
del p
print("resurrected:", [x.name for x in saved])
saved.clear()
print("cleared the list: no second __del__")
q = Phoenix("cyclic")
q.me = q
del q
gc.collect()
print("resurrected from a cycle:", [x.name for x in saved])
saved[0].me = None
saved.clear()
gc.collect()
print("end")
