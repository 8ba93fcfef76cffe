# Sequence patterns: which subjects are sequences, length checks, starred
# names in every position, wildcards, nesting.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a!r}"
        case [a, b]:
            return f"two {a!r} {b!r}"
        case (a, b, c):
            return f"three {a!r} {b!r} {c!r}"
        case [a, *rest, z] if len(rest) > 2:
            return f"long {a!r} {rest!r} {z!r}"
        case [*init, last]:
            return f"init {init!r} last {last!r}"
        case _:
            return "not a sequence " + type(x).__name__

class MyList(list):
    pass
class MyTuple(tuple):
    pass
class NotSeq:
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 3

subjects = [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], "ab", b"ab", bytearray(b"ab"),
            range(0), range(1), range(5), range(10, 20, 3), MyList([1, 2]), MyTuple("xyz"),
            [1, 2, 3, 4, 5, 6], {1: 2}, {1, 2}, frozenset(), NotSeq(), iter([1]),
            (x for x in [1]), 42, None, "", "a"]
for s in subjects:
    print(seq(s))

# starred names at every position
def star(x):
    match x:
        case [*a, 1]:
            return ("a1", a)
        case [1, *b]:
            return ("1b", b)
        case [2, *c, 3]:
            return ("2c3", c)
        case [4, 5, *d, 6, 7]:
            return ("45d67", d)
        case [*e]:
            return ("e", e)

for s in [[1], [0, 1], [1, 2, 3], [2, 3], [2, 0, 0, 3], [4, 5, 6, 7], [4, 5, 0, 6, 7], [9, 9],
          (9,), (), range(3)]:
    print(s, star(s))

# starred wildcards use indexing, not unpacking
class Seq(list):
    def __getitem__(self, i):
        print("  getitem", i)
        return list.__getitem__(self, i)
    def __len__(self):
        print("  len")
        return list.__len__(self)
    def __iter__(self):
        print("  iter")
        return list.__iter__(self)

for s in [Seq([1, 2, 3, 4])]:
    match s:
        case [first, *_, last]:
            print("first/last", first, last)
    match s:
        case [_, second, *_]:
            print("second", second)
    match s:
        case [*_, -1]:
            print("no")
        case [*_]:
            print("anything")
    match s:
        case [a, *b]:
            print("unpacked", a, b)
    match s:
        case [_, _, _, _]:
            print("four wildcards")

# nesting and tuples of patterns without brackets
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a, b, c, d)
match (1, 2):
    case 1, x:
        print("bare tuple pattern", x)
match [(1, 2), (3, 4)]:
    case [(a, b), (c, d)] if a + b < c + d:
        print("pairs", a, b, c, d)
match range(3):
    case [0, *rest]:
        print("range rest is a list:", rest)
match (1, 2, 3):
    case (*head, tail):
        print("tuple star gives list:", head, tail)
