# Generator basics: lazy execution (body runs on first next), state kept
# between yields, StopIteration at the end, generators are single-pass,
# return inside a generator, and generator expressions.
def numbers():
    print("  started")
    yield 1
    print("  resumed after 1")
    yield 2
    print("  resumed after 2")
g = numbers()
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(g))
def first_n(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(first_n(4)), sum(first_n(101)), list(first_n(0)))
g = first_n(2)
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)
gen_exp = (x * x for x in range(5))
print(type(gen_exp).__name__, next(gen_exp), list(gen_exp), list(gen_exp))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in "a bb ccc".split()))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
inf = infinite()
print([next(inf) for _ in range(5)], next(inf))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
def empty():
    return
    yield
print(list(empty()))
def gen_with_args(*args, sep="-"):
    for a in args:
        yield f"{sep}{a}"
print(list(gen_with_args(1, 2, sep="+")))
g1, g2 = first_n(3), first_n(3)
print(next(g1), next(g1), next(g2), list(zip(g1, g2)))
print(iter(g1) is g1, hasattr(g1, "__next__"))
