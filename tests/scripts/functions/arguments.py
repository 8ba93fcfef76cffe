# Function parameters: positional, keyword, defaults, *args, **kwargs,
# keyword-only, positional-only (/), unpacking at call sites, and the
# TypeError messages for bad calls.
def f(a, b, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)
print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, e=6, z=7, y=8))
print(f(*[1, 2], **{"d": "D", "extra": True}))
print(f(b=2, a=1, d=0))
def pos_only(x, y, /, z=0, *, w=1):
    return x, y, z, w
print(pos_only(1, 2), pos_only(1, 2, 3, w=4), pos_only(1, 2, z=9))
def varargs(*args, **kwargs):
    return args, kwargs
print(varargs(), varargs(1, "a", k=None), varargs(*"xy", **dict(p=1)))
calls = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, d=4, a=9),
    lambda: pos_only(x=1, y=2),
    lambda: pos_only(1, 2, 3, 4),
    lambda: varargs(**{1: 2}),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b: 0)(1),
    lambda: (lambda a: 0)(b=2),
    lambda: (lambda *, k: 0)(),
    lambda: len(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
def defaults(n, items=None, sep=", "):
    if items is None:
        items = []
    items.append(n)
    return sep.join(map(str, items))
print(defaults(1), defaults(2), defaults(3, [0], sep="-"))
def mutable_default(v, acc=[]):
    acc.append(v)
    return acc
print(mutable_default(1), mutable_default(2), mutable_default(3, []))
print(mutable_default.__defaults__)
def kwonly(*, name, greeting="Hello"):
    return f"{greeting}, {name}"
print(kwonly(name="Ann"), kwonly(greeting="Hi", name="Bo"))
print(f.__name__, f.__defaults__, f.__kwdefaults__)
def swap(a, b):
    return b, a
print(swap(*swap(1, 2)))
args = (1, 2)
kwargs = {"sep": "|", "end": "!\n"}
print(*args, **kwargs)
