# yield from: delegating to sub-generators and iterables, the return value
# of the sub-generator becoming the value of the yield from expression,
# send() and throw() passed through to the sub-generator, recursion.
def inner():
    x = yield "inner 1"
    print("  inner got", x)
    yield "inner 2"
    return "inner result"
def outer():
    result = yield from inner()
    print("  outer got", result)
    yield from range(2)
    yield from "ab"
    return "outer result"
g = outer()
print(next(g), g.send("sent"), next(g), list(g))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), "xy", {9: 0}, range(2))))
def tree_walk(node):
    if isinstance(node, list):
        for child in node:
            yield from tree_walk(child)
    else:
        yield node
print(list(tree_walk([1, [2, [3, 4], []], [[5]], 6])))
def catcher():
    try:
        yield 1
    except ValueError:
        yield "inner handled ValueError"
def delegator():
    yield from catcher()
    yield "delegator continues"
d = delegator()
print(next(d), d.throw(ValueError), next(d))
def counter():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def summer(results):
    while True:
        total = yield from counter()
        results.append(total)
res = []
s = summer(res)
next(s)
for v in [1, 2, 3, None, 10, 20, None]:
    s.send(v)
print(res)
def gen_return():
    yield 1
    return [1, 2]
def take_value():
    value = yield from gen_return()
    yield value
print(list(take_value()))
def flatten(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from flatten(v, prefix + k + ".")
        else:
            yield prefix + k, v
print(dict(flatten({"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": 4})))
