# The with statement: __enter__ return value bound by `as`, __exit__
# receiving (type, value, traceback) or (None, None, None), suppressing
# exceptions by returning True, not suppressing by returning None/False,
# multiple managers in one with, and the order of enter/exit calls.
class Tracer:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"exit {self.name}: {kind} {exc!r} tb={'yes' if tb else 'no'}")
        return self.suppress
with Tracer("plain") as value:
    print("inside, as value =", value)
with Tracer("quiet", suppress=True):
    raise ValueError("suppressed")
print("continued after suppressed error")
try:
    with Tracer("loud"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught outside:", e)
with Tracer("a") as a, Tracer("b") as b:
    print("both entered:", a, b)
try:
    with Tracer("outer", suppress=False), Tracer("inner", suppress=False):
        raise RuntimeError("through both")
except RuntimeError:
    print("RuntimeError reached the top")
with Tracer("outer2"), Tracer("inner2", suppress=True):
    raise RuntimeError("stopped by inner")
print("outer2 saw no exception")
def early_return():
    with Tracer("func"):
        return "returned value"
print(early_return())
for i in range(3):
    with Tracer(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
class NoEnterResult:
    def __enter__(self):
        pass
    def __exit__(self, *args):
        pass
with NoEnterResult() as nothing:
    print("as-target is", nothing)
try:
    with 42:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
