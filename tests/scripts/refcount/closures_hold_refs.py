# Closures keep captured objects alive through cells; lambdas and nested
# functions share one cell; deleting the closure releases the object.
import sys

def make_getter(obj):
    def getter():
        return obj
    return getter

data = [1, 2, 3]
print("alone:", sys.getrefcount(data))
g = make_getter(data)
print("captured in a closure:", sys.getrefcount(data))
g2 = make_getter(data)
print("two closures:", sys.getrefcount(data))
print(g() is data, g2() is data)
del g
print("one closure gone:", sys.getrefcount(data))
del g2
print("both gone:", sys.getrefcount(data))

def pair(obj):
    get = lambda: obj
    def put(new):
        nonlocal obj
        obj = new
    return get, put

get, put = pair(data)
print("one cell shared by two functions:", sys.getrefcount(data))
put("replaced")
print("cell rebound:", sys.getrefcount(data), get())
del get, put
print(sys.getrefcount(data))
