# Or-patterns and as-patterns: the first matching alternative wins, each
# alternative binds the same names (in any order), `as` binds the whole.
def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case [a, b] | [b, a, "swap"]:
            return f"a={a} b={b}"
        case {"k": k, "v": v} | (k, v, "kv") | [_, k, v, "x"]:
            return f"k={k} v={v}"
        case [1, *rest] | [*rest, 1]:
            return f"rest={rest}"
        case ("a" | "b") as letter:
            return f"letter {letter}"
        case [(1 | 2) as p, (3 | 4) as q] as whole:
            return f"p={p} q={q} whole={whole}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case _:
            return "other"

for v in [1, 2, 3, [10, 20], [10, 20, "swap"], {"k": 1, "v": 2}, ("K", "V", "kv"),
          [0, "K", "V", "x"], [1, 5, 6], [5, 6, 1], "a", "b", "c", b"d", [2, 4], [2, 5], 4.5]:
    print(repr(v), "->", f(v))

# alternatives binding names in different orders
def g(x):
    match x:
        case [a, b, c, 0] | [c, a, b, 1] | [b, c, a, 2]:
            return a, b, c
        case (x, (y, z)) | ((z, y), x):
            return x, y, z

for v in [[1, 2, 3, 0], [1, 2, 3, 1], [1, 2, 3, 2], (1, (2, 3)), ((1, 2), 3)]:
    print(v, g(v))

# nested or-patterns
match [1, [2, 3]]:
    case [1 | 4, [(2 | 5) as two, 3 | 6]] | [9, two]:
        print("nested or", two)

# an or-pattern after captures of the same pattern
match [7, 8]:
    case [a, (8 | 9) as b] | [b, a]:
        print("after captures", a, b)

# irrefutable last alternative
match 5:
    case 1 | _:
        print("fell to the wildcard")

# as with a capture and wildcard sub-patterns
match (1, 2):
    case (_, _) as pair:
        print("pair", pair)
match [3]:
    case [x as y]:
        print("x as y", x, y)
