# Runaway recursion raises RecursionError (a RuntimeError subclass) with
# CPython's message; it can be caught, the program continues, and normal
# recursion still works afterwards.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))
def depth_reached():
    depth = 0
    def dive():
        nonlocal depth
        depth += 1
        dive()
    try:
        dive()
    except RecursionError:
        return depth
    return None
d = depth_reached()
print("reached a depth between 900 and 1000:", 900 < d < 1000)
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(len(str(fact(500))))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("repr recursion:", e)
class Attr:
    def __getattr__(self, name):
        return self.missing
try:
    Attr().x
except RecursionError as e:
    print("__getattr__ recursion:", type(e).__name__)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion caught")
print("still running")
