# Decorators: simple wrappers, decorators with arguments, stacking order,
# preserving __name__ by hand, class-based decorators with __call__,
# decorators that register functions, and memoization.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    wrapper.__name__ = fn.__name__
    return wrapper
@shout
def greet(name):
    return f"hello {name}"
print(greet("ann"), greet.__name__)
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(v):
    return v * 2
print(roll(4))
def tag(name):
    def deco(fn):
        def wrapper():
            return f"<{name}>{fn()}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "styled"
print(text())
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.calls, type(add).__name__)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(sorted(registry), registry["beta"]())
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def trace(fn):
    depth = [0]
    def wrapper(*args):
        print("  " * depth[0] + f"-> {fn.__name__}{args}")
        depth[0] += 1
        result = fn(*args)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {result}")
        return result
    return wrapper
@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
gcd(48, 18)
order = []
def d1(fn):
    order.append("d1 applied")
    return fn
def d2(fn):
    order.append("d2 applied")
    return fn
@d1
@d2
def f():
    pass
print(order)
