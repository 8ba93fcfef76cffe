# dict views: keys/values/items are live views, support len, membership,
# set operations on keys/items, reversed(); insertion order is preserved
# through updates, deletion and reinsertion; iteration while mutating fails.
d = {"one": 1, "two": 2, "three": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["four"] = 4
print(list(k), list(v), list(it), len(k))
print("two" in k, 2 in v, ("two", 2) in it, ("two", 3) in it)
print(k & {"one", "five"}, sorted(k | {"x"}), sorted(k - {"one"}), k ^ {"one", "z"} == {"two", "three", "four", "z"})
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[0])
del d["one"]
d["one"] = 1
print(list(d))
d["two"] = 22
print(list(d.items()))
try:
    for key in d:
        d["extra"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d:
        del d["extra"]
except RuntimeError as e:
    print("RuntimeError:", e)
for key in list(d):
    if key.startswith("t"):
        del d[key]
print(d)
print(sorted({"b": 1, "a": 2}.items()), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(max({"x": 3, "y": 9, "z": 1}, key=lambda key: {"x": 3, "y": 9, "z": 1}[key]))
scores = {"ann": 90, "bob": 72, "cy": 85}
print(sorted(scores, key=scores.get, reverse=True), sum(scores.values()), min(scores.items(), key=lambda kv: kv[1]))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print({1: "a"}.keys() == {1: "b"}.keys(), {1: "a"}.values() == {1: "a"}.values())
print(list(enumerate({"p": 0, "q": 0})), dict(enumerate("ab")))
