def f():
    pass
def f(a, b):
    return a + b
def f(a, b=1, *args, c, d=2, **kwargs):
    return
def f(a, /, b, *, c):
    pass
def f(a, b, /):
    pass
def f(a=1, /, b=2, *, c):
    pass
def f(*, a, b=1):
    pass
def f(*args, **kwargs):
    pass
def f(a: int, b: str = 'x', *args: tuple, c: 'C' = None, **kw: dict) -> bool:
    pass
def f(a,):
    pass
def f(*a,):
    pass
def f(**a,):
    pass
def f():
    """docstring"""
    x = yield
    y = yield 1
    z = yield from g()
    w = yield a, *b
    yield
    await_ = 1
    return *a, b
def f():
    global a, b
    nonlocal c
    def g():
        nonlocal a
@decorator
def f():
    pass
@a.b(c)
@d
@e[0] if f else g
def f():
    pass
class C:
    pass
class C():
    pass
class C(A, B):
    x = 1
    def m(self):
        return self.x
class C(A, metaclass=M, **kw):
    pass
@dataclass
class C:
    x: int = 0
lambda: 0
lambda x: x
lambda x, y=1, *a, z, w=2, **k: 0
lambda x, /, y: 0
lambda *, a: a
lambda x,: x
lambda *a, **k: (a, k)
f = lambda: (yield)
