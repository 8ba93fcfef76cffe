# Sorting keys that the pre-sort check treats specially, with results that
# show the exact comparison sequence: floats with NaNs (every `<` with a NaN
# is false, so where NaNs end up depends on which pairs were asked), tuples
# (== on item pairs until the first unequal one, only then <), key= and
# reverse=True, and stability.
seed = 99


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


def checksum(numbers):
    h = 0
    for x in numbers:
        h = (h * 1000003 + x) % 2305843009213693951
    return h


def show_floats(values):
    return " ".join("nan" if x != x else str(int(x)) for x in values)


nan = float("nan")
print(show_floats(sorted([3.0, nan, 1.0, 2.0, nan, 0.0])))
print(show_floats(sorted([nan, 5.0, 4.0, 3.0, nan, 2.0, 1.0])))
for n in [8, 40, 64, 65, 300, 1500]:
    values = []
    for _ in range(n):
        r = rand(8)
        values.append(float("nan") if r == 0 else nan if r == 1 else float(rand(50)))
    result = sorted(values)
    print(n, show_floats(result[:40]))
    print("  ", checksum([999 if x != x else int(x) for x in result]))
    # NaNs inside tuples: a NaN is equal to itself (identity) but to no other
    pairs = [(v, i) for i, v in enumerate(values)]
    print("  ", checksum([p[1] for p in sorted(pairs)]))
    # mixed ints and floats go through the generic comparison
    mixed = [int(v) if v == v and rand(2) else v for v in values]
    print("  ", checksum([999 if x != x else int(x) for x in sorted(mixed)]))

log = []


class Item:
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        log.append("%d==%d" % (self.value, other.value))
        return self.value == other.value

    def __lt__(self, other):
        log.append("%d<%d" % (self.value, other.value))
        return self.value < other.value

    __hash__ = None


rows = [(Item(rand(3)), Item(rand(3)), i) for i in range(10)]
rows.sort()
print([r[2] for r in rows])
print(" ".join(log))
del log[:]
same = Item(1)
rows = [(same, Item(rand(3)), i) for i in range(8)] + [(Item(1), Item(0), 8)]
rows.sort()
print([r[2] for r in rows])
print(" ".join(log))
del log[:]
rows = [(Item(rand(4)),) if i % 3 else (Item(rand(4)), i) for i in range(9)]
rows.sort()
print([len(r) for r in rows])
print(" ".join(log))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,), (1, "a", 0), (0.5, "q")]))
print(sorted([("b", 2), ("a", 3), ("b", 1), ("a", 3, 0)]))
print(sorted([((2, 1), 0), ((1, 9), 1), ((2, 0), 2)]))

# key= and reverse=True keep equal keys in their original order
records = [(rand(6), i) for i in range(400)]
print(checksum([r[1] for r in sorted(records, key=lambda r: r[0])]))
print(checksum([r[1] for r in sorted(records, key=lambda r: r[0], reverse=True)]))
print(checksum([r[1] for r in sorted(records, key=lambda r: -r[0])]))
table = records[:]
table.sort(key=lambda r: r[0] % 3, reverse=True)
print(checksum([r[1] for r in table]))
words = ["b%d" % rand(30) for _ in range(200)] + ["a", "é", "z", "ß", "€", ""]
print(checksum([len(w) for w in sorted(words)]), sorted(words)[:6], sorted(words)[-4:])
big = [rand(100) * 10 ** 25 - rand(1000) for _ in range(300)]
print(checksum([x % 1000003 for x in sorted(big)]))
print(sorted([True, False, 1, 0, True, 0.0, -1]))
print(sorted([3, 1, 2], reverse=True), sorted([], reverse=True), sorted([1]))
