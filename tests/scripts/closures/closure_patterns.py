# Closures used as objects: memoize, rate of change tracking, generators of
# IDs, callbacks capturing loop state, function factories, and closures
# inspected through __closure__ cell contents.
def memoize(fn):
    cache = {}
    def wrapped(*args):
        if args in cache:
            return cache[args], "cached"
        cache[args] = fn(*args)
        return cache[args], "computed"
    return wrapped
slow_square = memoize(lambda x: x * x)
print(slow_square(4), slow_square(4), slow_square(5))
def id_maker(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return f"{prefix}-{n:03d}"
    return next_id
user_id = id_maker("user")
order_id = id_maker("order")
print(user_id(), user_id(), order_id(), user_id())
handlers = {}
for name in ["start", "stop"]:
    def handler(event, name=name):
        return f"{name} handled {event}"
    handlers[name] = handler
print(handlers["start"]("e1"), handlers["stop"]("e2"))
def make_adders():
    return {n: (lambda x, n=n: x + n) for n in range(3)}
adders = make_adders()
print([adders[k](10) for k in sorted(adders)])
def power_factory(exp):
    def power(base):
        return base ** exp
    power.__name__ = f"power_{exp}"
    return power
square, cube = power_factory(2), power_factory(3)
print(square(5), cube(2), square.__name__, cube.__name__)
def outer(a, b):
    def inner():
        return a + b
    return inner
fn = outer(3, 4)
print(fn(), len(fn.__closure__), sorted(c.cell_contents for c in fn.__closure__))
print(square.__closure__[0].cell_contents, (lambda: 0).__closure__)
def chain():
    log = []
    def add(msg):
        log.append(msg)
        return add
    add.log = log
    return add
a = chain()
a("one")("two")("three")
print(a.log)
def tally():
    counts = {}
    def hit(key):
        counts[key] = counts.get(key, 0) + 1
        return dict(counts)
    return hit
t = tally()
t("a"); t("b")
print(t("a"))
