# When a comparison raises, list.sort() stops at once and the list holds a
# permutation of its items, left exactly as CPython 3.10's timsort leaves
# it (runs already merged stay merged, a merge in progress puts its buffered
# items back).  Also: inconsistent comparisons, NotImplemented, results that
# are not bools, and the "unsafe" same-type comparison path.
seed = 4242


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


def checksum(numbers):
    h = 0
    for x in numbers:
        h = (h * 1000003 + x) % 2305843009213693951
    return h


calls = 0
fail_at = 0


class Fragile:
    def __init__(self, value, pos):
        self.value = value
        self.pos = pos

    def __lt__(self, other):
        global calls
        calls += 1
        if calls == fail_at:
            raise ValueError("comparison %d" % calls)
        return self.value < other.value


def attempt(label, n, values, how):
    global calls
    calls = 0
    items = [Fragile(v, i) for i, v in enumerate(values)]
    try:
        if how == "key":
            positions = list(range(n))
            positions.sort(key=lambda i: items[i])
            order = positions
        else:
            items.sort(reverse=(how == "reverse"))
            order = [x.pos for x in items]
        print(label, n, fail_at, how, "finished after", calls)
    except ValueError as e:
        order = [x.pos for x in items] if how != "key" else positions
        assert sorted(order) == list(range(n))
        print(label, n, fail_at, how, e, checksum(order))
    return order


small = [rand(10) for _ in range(12)]
for fail_at in range(1, 30, 3):
    print(attempt("small", 12, small, "plain"))
for n in [50, 64, 300, 1000, 2500]:
    values = [rand(1000) for _ in range(n)]
    for fail_at in [1, 2, 10, 63, 200, 1000, 5000, 12000, 40000]:
        for how in ["plain", "reverse", "key"]:
            attempt("random", n, values, how)
runs = []
while len(runs) < 1500:
    length = rand(200) + 1
    base = rand(10000)
    runs.extend(base + (j if rand(2) else -j) for j in range(length))
for fail_at in [100, 1500, 3000, 4500, 6000, 9000]:
    attempt("runs", len(runs), runs, "plain")


class Coin:
    """An inconsistent order: each answer is drawn at random."""

    def __init__(self, pos):
        self.pos = pos

    def __lt__(self, other):
        return rand(3) == 0


for n in [5, 64, 65, 500, 3000]:
    coins = [Coin(i) for i in range(n)]
    coins.sort()
    print("coins", n, checksum([c.pos for c in coins]))

log = []


class OnlyGreater:
    """__lt__ answers NotImplemented, so the reflected __gt__ decides."""

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        log.append("lt(%d,%d)" % (self.value, other.value))
        return NotImplemented

    def __gt__(self, other):
        log.append("gt(%d,%d)" % (self.value, other.value))
        return self.value > other.value


print([x.value for x in sorted(OnlyGreater(v) for v in [3, 1, 2, 5, 4])])
print(" ".join(log))
del log[:]
# keys of two types take the generic path: __lt__ is asked once, not twice
mixed = [OnlyGreater(2), OnlyGreater(1), Fragile(0, 0)]
mixed.sort()
print([x.value for x in mixed], " ".join(log))


class Truthy:
    def __init__(self, answer):
        self.answer = answer

    def __bool__(self):
        if self.answer is None:
            raise RuntimeError("no answer")
        return self.answer


class Odd:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        if self.value == 99 or other.value == 99:
            return Truthy(None)
        return Truthy(self.value < other.value)


print([x.value for x in sorted(Odd(v) for v in [4, 2, 8, 6, 0])])
odd = [Odd(v) for v in [4, 2, 99, 6, 0]]
try:
    odd.sort()
except RuntimeError as e:
    print("RuntimeError:", e, [x.value for x in odd])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
victim = [5, 3, 1]


class Meddler:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        victim.append(0)
        return self.value < other.value


victim = [Meddler(v) for v in [5, 3, 1]]
try:
    victim.sort()
except ValueError as e:
    print("ValueError:", e, [m.value for m in victim])
