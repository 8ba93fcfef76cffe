# Generator pipelines: lazy stages composed together, showing the
# interleaved order of evaluation, early termination, itertools-like helpers
# written by hand (take, chunk, pairwise, window), and generator state.
trace = []
def source(n):
    for i in range(n):
        trace.append(f"src {i}")
        yield i
def double(it):
    for v in it:
        trace.append(f"dbl {v}")
        yield v * 2
def keep_big(it, limit):
    for v in it:
        if v > limit:
            yield v
pipe = keep_big(double(source(5)), 3)
print(next(pipe), trace)
trace.clear()
print(list(pipe), trace)
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def chunks(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
def window(seq, k):
    for i in range(len(seq) - k + 1):
        yield seq[i:i + k]
print(list(take(5, naturals())), list(chunks(range(7), 3)), list(pairwise("abcd")), list(window([1, 2, 3, 4], 2)))
squares_of_odds = (n * n for n in naturals() if n % 2)
print(list(take(4, squares_of_odds)), next(squares_of_odds))
lines = ["# comment", "alpha 1", "", "beta 22", "# another", "gamma 333"]
records = (line.split() for line in lines if line and not line.startswith("#"))
parsed = ((name, int(num)) for name, num in records)
print(dict(parsed))
def running_total(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_total([3, 1, 4, 1, 5])))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(12, primes())))
gen = (c.upper() for c in "lazy")
print("".join(gen), "".join(gen) == "")
def unique(it):
    seen = set()
    for v in it:
        if v not in seen:
            seen.add(v)
            yield v
print(list(unique([3, 1, 3, 2, 1, 4])))
