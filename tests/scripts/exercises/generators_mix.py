# generators: send/throw/close, yield from, pipelines
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(10)), max(countdown(3)))
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
    return total
g = accumulator(); next(g)
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen_with_finally(); print(next(g)); g.close(); print("closed")
def catcher():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"caught {e}"
g = catcher(); print(next(g), g.throw(ValueError("bad")), next(g))
def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from range(3)
g = outer(); print(next(g)); print(g.send("hi")); print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    for i, x in enumerate(it):
        if i >= n: return
        yield x
print(list(take(10, fib())))
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(5)])
def chain(*its):
    for it in its: yield from it
print(list(chain([1, 2], "ab", (3,))))
gen = (i * i for i in range(5)); print(type(gen).__name__, list(gen), list(gen))
def flatten(x):
    for i in x:
        if isinstance(i, list): yield from flatten(i)
        else: yield i
print(list(flatten([1, [2, [3, [4]], 5]])))
g = countdown(2); print(next(g), next(g), next(g, 'done'))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def g2():
    yield 1
    raise ValueError("inside")
try:
    for v in g2(): print(v)
except ValueError as e:
    print("caught", e)
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i; i += 1
print(list(Range2(4)), 3 in Range2(5), sorted(Range2(3), reverse=True))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), [x for x in It()], dict(zip(It(), "abc")))
def pipeline():
    data = range(1, 21)
    sq = (x * x for x in data)
    odd = (x for x in sq if x % 2)
    return sum(odd)
print(pipeline())
import sys
lines = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(lines), "STOP")))
g = countdown(3); print(g.__next__(), iter(g) is g)
def gen_return():
    yield 1
    return 5
print(list(gen_return()))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = closer(); next(c); c.close()
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_closer(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(zip(countdown(3), countdown(10))), list(enumerate(countdown(2))))
