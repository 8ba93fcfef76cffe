# exceptions: hierarchy, custom classes, chaining, finally semantics
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class CodeError(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self): return f"code {self.code}"
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.field, e.args, repr(e))
try:
    raise CodeError(404)
except Exception as e:
    print(e, repr(e), e.args, str(e))
print(repr(ValueError("x", 1)), str(ValueError("x", 1)), str(ValueError()), repr(KeyError('k')), str(KeyError('k')))
def f(x):
    try:
        if x == 0: raise ValueError("zero")
        if x == 1: return "one"
        return 1 / (x - 2)
    except ValueError as e:
        return f"VE {e}"
    except ZeroDivisionError:
        return "ZDE"
    else:
        pass
    finally:
        print("finally", x)
for i in range(4): print(f(i))
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
    return i
print(h())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        {}['x']
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(e, repr(e.__context__), e.__cause__)
try:
    raise ValueError("a") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def checker(v):
    assert v > 0, f"bad value {v}"
    return v
try:
    checker(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("empty assert", repr(e), e.args)
NONE = None; SET = {1, 2}; F15 = 1.5
errs = [lambda: [][1], lambda: {}[1], lambda: int('x'), lambda: None.foo, lambda: 1 + 'a', lambda: undefined_name,
        lambda: 'a' * 'b', lambda: len(5), lambda: (1, 2)[5], lambda: [].pop(), lambda: iter(5), lambda: 1 < 'a',
        lambda: NONE(), lambda: 'abc'.foo(), lambda: object().x, lambda: int.nope, lambda: [1, 2] + (3,),
        lambda: -'a', lambda: SET[0], lambda: 'x'[F15], lambda: divmod(1, 0), lambda: [1][NONE], lambda: ord('ab'),
        lambda: chr(-1), lambda: hash([]), lambda: 'a'.join([1]), lambda: sum(['a']), lambda: abs('x'), lambda: max([]),
        lambda: {}.popitem(), lambda: float('abc'), lambda: list(1), lambda: tuple(None), lambda: range(1.5),
        lambda: (lambda a: a)(), lambda: (lambda a: a)(1, 2), lambda: (lambda: 0)(x=1), lambda: dict(1), lambda: 'a' < None,
        lambda: 5 .foo, lambda: 'abc'.index('z'), lambda: [1].index(2), lambda: int(None), lambda: 2 ** 'x', lambda: 'ab'[5]]
for fn in errs:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None, ev)
        return self.n == 2
with Res(1) as r1, Res(2) as r2:
    print("body", r1.n, r2.n)
with Res(2):
    raise KeyError("suppressed")
try:
    with Res(3):
        raise KeyError("propagated")
except KeyError as e:
    print("outer caught", e)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), str(e) == "")
try:
    try:
        raise ValueError(1)
    finally:
        print("inner finally")
except ValueError:
    print("caught after finally")
e = None
try:
    raise IndexError("scope")
except IndexError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
def reraiser():
    try:
        raise ValueError("orig")
    except ValueError:
        print("logging")
        raise
try:
    reraiser()
except ValueError as e:
    print("re-raised", e)
try:
    raise Exception("multi", "args", 3)
except Exception as e:
    print(e, e.args[1])
x = ExceptionGroup if False else None
class MyErr(ValueError):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra
try:
    raise MyErr("m", extra=5)
except ValueError as e:
    print(e, e.extra, isinstance(e, MyErr))
