# Mapping patterns: dicts and their subclasses only, keys looked up with
# get() (no __missing__), **rest, literal and dotted keys.
def mp(x):
    match x:
        case {}:
            if x:
                return f"non-empty dict matches {{}}: {x!r}"
            return "empty"
    return "not a mapping " + type(x).__name__

for s in [{}, {1: 2}, [], (), "", set(), None]:
    print(mp(s))

def keys(x):
    match x:
        case {"a": 1, "b": b}:
            return f"a=1 b={b!r}"
        case {"a": a, **rest}:
            return f"a={a!r} rest={rest!r}"
        case {1: one, 2.0: two}:
            return f"numbers {one!r} {two!r}"
        case {None: n, True: t, b"k": k}:
            return f"singletons {n!r} {t!r} {k!r}"
        case {**rest}:
            return f"only rest {rest!r}"

for s in [{"a": 1, "b": 2}, {"a": 1}, {"a": 2, "c": 3, "d": 4}, {1: "x", 2: "y"},
          {1.0: "x", 2: "y", 3: "z"}, {None: 0, 1: 1, b"k": 2}, {"z": 0}, {}]:
    print(s, "->", keys(s))

class Missing(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0

match Missing(a=1):
    case {"a": 1, "b": 0}:
        print("no")
    case {"a": a}:
        print("__missing__ was not called", a)

class Logging(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return dict.get(self, key, default)

match Logging(a=1, b=2, c=3):
    case {"a": 1, "x": 0, "b": 2}:
        print("no")
    case {"c": c, "a": a, **rest}:
        print("order of lookups", c, a, rest, type(rest).__name__)

class Attr:
    A = "a"
    B = "b"

match {"a": 1, "b": 2}:
    case {Attr.A: 1, Attr.B: b}:
        print("dotted keys", b)

match {"a": {"b": [1, {"c": 2}]}}:
    case {"a": {"b": [1, {"c": c}]}}:
        print("nested", c)

# the rest is a new dict, the subject is untouched
d = {"x": 1, "y": 2, "z": 3}
match d:
    case {"y": _, **others}:
        others["new"] = 0
        print(others, d)

# a mappingproxy is a mapping
class K:
    attr = 1
match K.__dict__:
    case {"attr": v}:
        print("mappingproxy", v)

# length check happens before the lookups
match {"a": 1}:
    case {"a": 1, "b": 2, "c": 3}:
        print("no")
    case {"a": 1}:
        print("length checked first")
