# Lambdas and higher-order functions: map/filter/sorted with lambdas,
# returning lambdas, default-argument capture in loops, reduce by hand,
# function dispatch tables, and partial application via closures.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2))
print(list(map(lambda s: s.upper(), ["a", "b"])), list(filter(lambda n: n % 3 == 0, range(10))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(filter(None, [0, 1, "", "x", None, [], [0]])))
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])
def make_multiplier(n):
    return lambda x: x * n
doublers = [make_multiplier(n) for n in range(1, 4)]
print([d(10) for d in doublers])
def reduce(fn, seq, init):
    acc = init
    for item in seq:
        acc = fn(acc, item)
    return acc
print(reduce(lambda a, b: a + b, range(1, 6), 0), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, w: acc + [w.upper()] if len(w) > 2 else acc, "a bcd ef ghi".split(), []))
def partial(fn, *bound):
    def call(*rest):
        return fn(*bound, *rest)
    return call
power_of_two = partial(pow, 2)
print([power_of_two(n) for n in range(6)])
ops = sorted([("mul", lambda a, b: a * b), ("add", lambda a, b: a + b), ("sub", lambda a, b: a - b)])
for name, op in ops:
    print(name, op(7, 3))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
text = "  Hello Big World  "
for step in pipeline:
    text = step(text)
print(text)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), max([(1, "z"), (2, "a")], key=lambda t: t[1]))
print((lambda x: (lambda y: x + y))(3)(4))
is_even = lambda n: n % 2 == 0
print(all(map(is_even, [2, 4])), any(map(is_even, [1, 3])), sum(map(square, range(4))))
