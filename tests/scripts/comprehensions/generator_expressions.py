# Generator expressions: laziness (the first iterable is evaluated at once,
# the rest lazily), use as sole argument without extra parentheses, in
# sum/any/all/min/max/sorted/join, and exhaustion after one pass.
log = []
def src():
    log.append("src called")
    return range(3)
g = (x * 10 for x in src())
print(log)
print(next(g), list(g), list(g))
def noisy(v):
    log.append(v)
    return v
g2 = (noisy(v) for v in range(5))
log.clear()
print(any(v > 1 for v in g2), log)
print(list(g2))
print(sum(x * x for x in range(10)), min(len(w) for w in ["aa", "b"]), max((v for v in [3, 7, 2]), default=0))
print(all(c.isdigit() for c in "123"), all(c.isdigit() for c in "12a"), any(c == "z" for c in ""), all([]))
print(sorted(w[::-1] for w in ["ab", "cd"]), ",".join(str(n) for n in range(4)), tuple(c for c in "hi"))
print(dict((k, len(k)) for k in ["x", "yy"]), set(n % 3 for n in range(9)), list(n for n in range(3)))
try:
    (1 / v for v in [1, 0])
    print("no error until iterated")
    list(1 / v for v in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (v for v in 5)
except TypeError as e:
    print("TypeError (first iterable evaluated eagerly):", e)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(sum(1 for line in "a\nb\n\nc".splitlines() if line))
