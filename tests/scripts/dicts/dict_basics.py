# dict creation, lookup, insertion order, update, deletion, membership,
# len, get/setdefault/pop/popitem, KeyError messages, and keys of many types.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], "a" in d, 1 in d, "z" not in d)
print(dict(x=1, y=2), dict([("k", "v"), ("n", 0)]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])), dict())
print(d.get("a"), d.get("zz"), d.get("zz", "default"), d.setdefault("a", 100), d.setdefault("new", []), d)
print(d.pop("new"), d.pop("missing", "fallback"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}[("t", 1)]
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
del d["a"]
print(d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
d.clear()
print(d, len(d), bool(d))
mixed = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset([1]): "fs"}
print(mixed)
print(mixed[1], mixed[1.0], mixed[True])
try:
    {[1]: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {{}: 1}
except TypeError as e:
    print("TypeError:", e)
e = {"k": 1}
e["k"] = e.get("k", 0) + 1
print(e, {**e, "k": 5}, {"k": 5, **e}, e | {"m": 0}, {"a": 1} == {"a": 1.0})
e |= {"q": 9}
print(e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys(()))
