# Reference counts seen inside functions: parameters, locals, the caller's
# stack, default arguments, *args tuples, and return values.
import sys

def one(arg):
    return sys.getrefcount(arg)

def two(arg):
    local = arg
    return sys.getrefcount(arg)

def nested(arg):
    return one(arg)

def star(*args):
    return sys.getrefcount(args[0])

def kw(**kwargs):
    return sys.getrefcount(kwargs["v"])

data = [1, 2, 3]
print("module level:", sys.getrefcount(data))
print("one param:", one(data))
print("param plus local:", two(data))
print("through two calls:", nested(data))
print("in *args:", star(data))
print("in **kwargs:", kw(v=data))
print("after calls:", sys.getrefcount(data))

def make():
    return [0] * 3

fresh = make()
print("returned object:", sys.getrefcount(fresh))

default_obj = []
def with_default(x=default_obj):
    return sys.getrefcount(x)

print("default held by function:", sys.getrefcount(default_obj))
print("default inside call:", with_default())
del with_default
print("function deleted:", sys.getrefcount(default_obj))

def keeper():
    keep = []
    before = sys.getrefcount(keep)
    other = keep
    after = sys.getrefcount(keep)
    del other
    return before, after, sys.getrefcount(keep)

print("locals in a function:", keeper())

def count_in_loop(items):
    out = []
    for it in items:
        out.append(sys.getrefcount(it))
    return out

a, b = [], []
print("loop variable:", count_in_loop([a, b]))
