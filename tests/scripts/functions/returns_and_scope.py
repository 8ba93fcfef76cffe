# Return values (none, several, early), local vs global scope (LEGB),
# name shadowing of builtins, recursion, functions as first-class values,
# and attributes stored on function objects.
def no_return():
    x = 1
def bare_return():
    return
def multi():
    return 1, "two", [3]
print(no_return(), bare_return(), multi())
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return f"stopped at {i}"
    return "finished"
print(early(-1), early(20), early(0))
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
def reads_global():
    return x
print(outer(), reads_global())
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fact(10), fact(25), [fib(i) for i in range(15)])
def apply(func, *args):
    return func(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "abc"), apply(lambda: "none"))
funcs = [abs, str, len, sorted]
print([fn.__name__ for fn in funcs], [fn("-3") if fn is not abs else fn(-3) for fn in funcs])
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter(); counter()
print(counter.calls, counter.__name__, callable(counter), callable(5))
def doc():
    "This is the docstring."
    return doc.__doc__
print(doc(), no_return.__doc__)
def compose(*fs):
    def composed(v):
        for fn in reversed(fs):
            v = fn(v)
        return v
    return composed
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
print((lambda: 1).__name__, fact.__qualin__ if False else fact.__qualname__)
def mutate(lst, n):
    lst.append(n)
    n += 1
    lst = ["rebound"]
    return n
data = [0]
num = 10
print(mutate(data, num), data, num)
