# Common dict idioms: counting, grouping, inverting, nested dicts, dict of
# lists, default values with get/setdefault, merging, comprehension filters,
# and a dict used as a dispatch table.
text = "one two three two three three"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
nested = {"alice": {"age": 30, "langs": ["py", "c"]}, "bob": {"age": 25, "langs": []}}
nested["bob"]["langs"].append("go")
nested["carol"] = {"age": 35, "langs": ["rust"]}
for name, info in nested.items():
    print(name, info["age"], ",".join(info["langs"]) or "-")
print(sum(p["age"] for p in nested.values()) / len(nested))
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
merged = {**a, **b}
merged2 = dict(a)
merged2.update(b)
print(merged, merged == merged2, a | b, b | a)
print({k: v for k, v in merged.items() if v > 1}, {k: v * 2 for k, v in zip("pq", (5, 6))})
ops = {"+": lambda p, q: p + q, "-": lambda p, q: p - q, "*": lambda p, q: p * q}
for sym in "+-*":
    print(6, sym, 3, "=", ops[sym](6, 3))
print(ops.get("/", lambda p, q: "unsupported")(1, 2))
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(matrix)
squares = dict((n, n * n) for n in range(5))
print(squares, list(squares.keys())[-1], squares[4])
freq = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(freq)
copy = counts.copy()
copy["one"] = 100
print(counts["one"], copy["one"])
deep = {"l": [1]}
shallow = dict(deep)
shallow["l"].append(2)
print(deep)
