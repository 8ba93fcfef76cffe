import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
for args in [(max, []), (max, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(e)

p = partial(max, 1, key=abs)
print(p(-5, 3), p.func is max, p.args, p.keywords, repr(p))
pp = partial(p, 7)
print(pp.args, repr(pp))
try:
    partial(1)
except TypeError as e:
    print(e)
class MyPartial(partial):
    pass
print(repr(MyPartial(min, 2)))

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        "inner doc"
        return f(*a, **k)
    return inner
@deco
def hello(x):
    "hello doc"
    return x + 1
print(hello(1), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)

@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().misses)

@lru_cache(typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident.cache_info().currsize)
try:
    lru_cache('x')
except TypeError as e:
    print(e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a))))

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2))
try:
    @total_ordering
    class W:
        pass
except ValueError as e:
    print(e)

class C:
    def __init__(self):
        self.n = 0
    @functools.cached_property
    def val(self):
        self.n += 1
        return 42
c = C()
print(c.val, c.val, c.n, 'val' in c.__dict__)

@functools.singledispatch
def show(x):
    return 'object'
@show.register(int)
def _(x):
    return 'int'
@show.register
def _(x: list):
    return 'list'
print(show(1), show(True), show([1]), show('s'), show(2.0))

class Cell:
    def __init__(self):
        self.v = None
    def set(self, v):
        self.v = v
    set_one = functools.partialmethod(set, 1)
c = Cell(); c.set_one(); print(c.v)
