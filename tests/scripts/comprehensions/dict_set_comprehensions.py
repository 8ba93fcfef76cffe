# dict and set comprehensions: building from pairs, inverting, filtering,
# key collisions (last wins), nested comprehensions, set comprehensions of
# small ints, and comprehension over dict items.
print({n: n * n for n in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
prices = {"apple": 0.5, "pear": 0.75, "melon": 3.0, "fig": 0.2}
print({k: round(v * 1.1, 2) for k, v in prices.items() if v < 1})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({len(w): w for w in ["aa", "b", "cc", "ddd"]})
print({n % 5 for n in range(20)}, {c for c in [3, 1, 3, 2]}, {x * x for x in range(-3, 4)})
print(sorted({w.lower() for w in "The the THE quick Quick".split()}))
grid = {(r, c): "#" if (r + c) % 2 else "." for r in range(2) for c in range(3)}
print(grid)
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 4)}
print(nested)
words = "one two three four five six".split()
by_len = {n: [w for w in words if len(w) == n] for n in sorted({len(w) for w in words})}
print(by_len)
print({i: c for i, c in enumerate("abc")}, dict.fromkeys({1, 2}, 0))
print({k: v for k, v in zip("abc", range(10))}, {**{k: 0 for k in "ab"}, "c": 1})
