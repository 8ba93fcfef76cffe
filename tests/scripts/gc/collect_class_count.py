# gc.collect() counts the objects a class is made of (type, dict, mro and bases tuples, descriptors)
# mini: gc-timing
import gc
gc.collect()
def report(label):
    print(label, gc.collect())
class A: pass
del A
report("class")
class B:
    def m(self): pass
    x = [1, 2]
del B
report("class with method")
