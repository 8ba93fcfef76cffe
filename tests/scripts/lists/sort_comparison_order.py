# list.sort() must ask exactly the `<` questions CPython 3.10's timsort
# asks, in the same order: a key whose __lt__ logs its (left, right) pairs
# is sorted at many sizes (0..2000) and shapes, and a checksum of the log
# and of the resulting order is printed; small sizes print the whole log.
log = []


class Key:
    __slots__ = ("value", "pos")

    def __init__(self, value, pos):
        self.value = value
        self.pos = pos

    def __lt__(self, other):
        log.append((self.pos, other.pos))
        return self.value < other.value


seed = 20240601


def rand(n):
    """A linear congruential generator, so the inputs depend on nothing else."""
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


def checksum(numbers):
    h = 0
    for x in numbers:
        h = (h * 1000003 + x) % 2305843009213693951
    return h


def run(shape, values, show=False):
    del log[:]
    keys = [Key(v, i) for i, v in enumerate(values)]
    keys.sort()
    order = [k.pos for k in keys]
    assert sorted(values) == [k.value for k in keys]
    flat = [x for pair in log for x in pair]
    print(shape, len(values), len(log), checksum(flat), checksum(order))
    if show:
        print("  ", log)


def runs_of(n):
    """Ascending and descending stretches of random lengths."""
    values = []
    while len(values) < n:
        length = rand(90) + 1
        base = rand(10000)
        step = 1 if rand(2) else -1
        values.extend(base + step * j for j in range(length))
    return values[:n]


def nearly_sorted(n):
    values = list(range(n))
    for _ in range(n // 25 + 1):
        if n > 1:
            a, b = rand(n), rand(n)
            values[a], values[b] = values[b], values[a]
    return values


for n in range(0, 12):
    run("random", [rand(100) for _ in range(n)], show=True)
run("random", [rand(100) for _ in range(16)], show=True)
run("descending-with-ties", [5, 4, 4, 3, 2, 2, 1, 9, 8, 7], show=True)

sizes = list(range(12, 80)) + [96, 127, 128, 129, 200, 255, 256, 257, 511, 512, 513,
                                700, 1000, 1023, 1024, 1025, 1500, 2000]
for n in sizes:
    run("random", [rand(1000000) for _ in range(n)])
    run("few-distinct", [rand(4) for _ in range(n)])
    run("runs", runs_of(n))
    run("nearly-sorted", nearly_sorted(n))
for n in [64, 65, 300, 1000, 2000]:
    run("ascending", list(range(n)))
    run("descending", list(range(n, 0, -1)))
    run("sawtooth", [i % 23 for i in range(n)])
    run("organ-pipe", [min(i, n - i) for i in range(n)])
    run("sorted-plus-tail", list(range(n)) + [rand(n) for _ in range(12)])
    run("all-equal", [7] * n)
