# functions: argument kinds, defaults, closures, decorators
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 5, 6, 7, c=8, e=9), f(*[1, 2, 3], **{'c': 0, 'z': 1}))
def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
for call in [lambda: pos_only(a=1, b=2, c=3, d=4), lambda: pos_only(1, 2, 3, 4), lambda: f(), lambda: f(1, c=1, a=2), lambda: f(1, 2, c=3, c2=5, **{'c': 1})]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def mutable_default(x, acc=[]):
    acc.append(x); return acc
print(mutable_default(1), mutable_default(2), mutable_default.__defaults__)
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get(): return count
    return inc, get
inc, get = make_counter(); inc(); inc(10); print(get())
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in adders], [l(10) for l in late])
def decorator_with_args(times):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return deco
@decorator_with_args(3)
def greet(name):
    "Say hi"
    return f"hi {name}"
print(greet("bo"), greet.__name__, greet.__doc__)
def trace(fn):
    depth = [0]
    def wrapper(*args):
        print("  " * depth[0] + f"{fn.__name__}{args}")
        depth[0] += 1
        r = fn(*args)
        depth[0] -= 1
        return r
    return wrapper
@trace
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))
def memoize(fn):
    cache = {}
    def w(n):
        if n not in cache: cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memoize
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def compose(*fns):
    def c(x):
        for fn in reversed(fns): x = fn(x)
        return x
    return c
print(compose(str, lambda x: x * 2, abs)(-21))
x = "global"
def scope_test():
    x = "enclosing"
    def inner():
        global x
        x = "modified global"
    inner()
    return x
print(scope_test(), x)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()
def kwonly(*, key): return key
try:
    kwonly(1)
except TypeError as e:
    print(e)
def docs():
    """Multi-line
    docstring."""
print(docs.__doc__, docs.__name__, (lambda: 0).__name__)
def annotated(a: int, b: str = "x") -> bool: return True
print(annotated.__annotations__)
print((lambda *a, **k: (a, k))(1, 2, x=3))
def gen_args(*args): return len(args)
print(gen_args(*range(5), *"ab"), gen_args(*(i for i in range(3))))
print(sorted([3, 1, 2], key=None), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
def recursive_sum(lst):
    return 0 if not lst else lst[0] + recursive_sum(lst[1:])
print(recursive_sum(list(range(100))))
def outer():
    v = 1
    def mid():
        def inner():
            return v
        return inner
    return mid()()
print(outer())
fn = print
fn("aliased", "print", sep="-", end="!\n")
print(*[1, 2, 3], sep=", ")
print()
print("a", "b", sep="")
print(1, end=" "); print(2)
def apply(fn, *a, **k): return fn(*a, **k)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))
h = lambda n: "even" if n % 2 == 0 else "odd"
print([h(i) for i in range(4)])
def f2(): pass
print(f2(), f2.__name__, type(f2).__name__, callable(f2))
def counter_gen():
    counter_gen.calls = getattr(counter_gen, 'calls', 0) + 1
    return counter_gen.calls
counter_gen(); counter_gen(); print(counter_gen.calls)
