# Reference counts of fresh objects as names are bound, rebound and deleted
# at module level: lists, dicts, tuples of objects, instances.
import sys

x = [10, 20, 30]
print("fresh list:", sys.getrefcount(x))
y = x
print("after y = x:", sys.getrefcount(x))
z = y
print("after z = y:", sys.getrefcount(x))
del y
print("after del y:", sys.getrefcount(x))
z = None
print("after z = None:", sys.getrefcount(x))

d = {"a": 1}
print("fresh dict:", sys.getrefcount(d))
e = f = g = d
print("chained assignment:", sys.getrefcount(d))
del e, f
print("after del e, f:", sys.getrefcount(d))
g = 5
print("after rebinding g:", sys.getrefcount(d))

class Thing:
    pass

t = Thing()
print("fresh instance:", sys.getrefcount(t))
u = t
print("alias:", sys.getrefcount(t))
del u
print("alias gone:", sys.getrefcount(t))

# tuple unpacking binds names too
a1 = [1]
p, q = a1, a1
print("unpacked twice:", sys.getrefcount(a1))
p, q = 0, 0
print("unpacked names rebound:", sys.getrefcount(a1))

# swapping names does not change counts
s1 = []
s2 = []
s1, s2 = s2, s1
print("after swap:", sys.getrefcount(s1), sys.getrefcount(s2))

# augmented assignment on a list keeps the same object
lst = []
alias = lst
lst += [1, 2]
print("same object after +=:", lst is alias, sys.getrefcount(lst))
lst = lst + [3]
print("new object after +:", lst is alias, sys.getrefcount(lst), sys.getrefcount(alias))
