# References held by classes, functions, and instances of classes:
# an instance holds its class, a function holds its defaults and globals.
import sys

class Empty:
    pass

before = sys.getrefcount(Empty)
objs = [Empty() for _ in range(5)]
print("five instances hold the class:", sys.getrefcount(Empty) - before)
del objs
print("instances gone:", sys.getrefcount(Empty) - before)

def fn():
    return 1

print("function alone:", sys.getrefcount(fn))
alias = fn
print("aliased:", sys.getrefcount(fn))
table = {"f": fn, "g": fn}
print("in a dict twice:", sys.getrefcount(fn))
del alias, table
print("back:", sys.getrefcount(fn))

class HasMethod:
    def m(self):
        return self

h = HasMethod()
print("instance:", sys.getrefcount(h))
bm1 = h.m
bm2 = h.m
print("two bound methods:", sys.getrefcount(h), bm1 == bm2, bm1 is bm2)
del bm1, bm2
print("methods gone:", sys.getrefcount(h))
r = h.m()
print("returned self:", sys.getrefcount(h), r is h)
