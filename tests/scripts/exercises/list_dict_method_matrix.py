# list/dict/set/tuple methods with many argument combinations
def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", f"{type(e).__name__}: {e}")
lists = [[], [1], [3, 1, 2], [1, 1, 2, 2], ["b", "a", "C"], [1, "a"], [[2], [1, 3]]]
for L in lists:
    show(f"{L}.index(1)", lambda: L.index(1))
    show(f"{L}.index(1, 1)", lambda: L.index(1, 1))
    show(f"{L}.count(1)", lambda: L.count(1))
    show(f"sorted({L})", lambda: sorted(L))
    show(f"sorted({L}, rev)", lambda: sorted(L, reverse=True))
    show(f"min({L})", lambda: min(L))
    show(f"max({L})", lambda: max(L))
    show(f"sum({L})", lambda: sum(L))
    show(f"{L}[1:]", lambda: L[1:])
    show(f"{L}[::-1]", lambda: L[::-1])
    show(f"{L}[5]", lambda: L[5])
    show(f"{L}[-1]", lambda: L[-1])
    show(f"{L}*2", lambda: L * 2)
    show(f"copy.pop()", lambda: L.copy().pop())
    show(f"copy.pop(1)", lambda: L.copy().pop(1))
    show(f"copy.remove(1)", lambda: (lambda c: (c.remove(1), c))(L.copy()))
    show(f"tuple", lambda: tuple(L))
    show(f"set-len", lambda: len(set(L)))
    show(f"enumerate", lambda: list(enumerate(L)))
    show(f"reversed", lambda: list(reversed(L)))
    show(f"any/all", lambda: (any(L), all(L)))
dicts = [{}, {"a": 1}, {"a": 1, "b": 2, 3: [4]}, {(1, 2): None, 0: 0}]
for D in dicts:
    show(f"{D}.get('a')", lambda: D.get("a"))
    show(f"{D}['a']", lambda: D["a"])
    show(f"{D}.pop('b')", lambda: dict(D).pop("b"))
    show(f"{D}.pop('b', 9)", lambda: dict(D).pop("b", 9))
    show(f"{D}.popitem()", lambda: dict(D).popitem())
    show(f"{D}.setdefault('z')", lambda: (lambda c: (c.setdefault("z"), c))(dict(D)))
    show(f"{D} keys", lambda: list(D.keys()))
    show(f"{D} items", lambda: list(D.items()))
    show(f"{D} values", lambda: list(D.values()))
    show(f"{D} | x", lambda: D | {"x": 0})
    show(f"{D} == copy", lambda: D == dict(D))
    show(f"{D} len", lambda: len(D))
    show(f"{D} sorted", lambda: sorted(D, key=str))
    show(f"{D} in", lambda: ("a" in D, 3 in D, (1, 2) in D))
    show(f"dict({D}, q=1)", lambda: dict(D, q=1))
    show(f"{D}.update(kw)", lambda: (lambda c: (c.update(k=1), c))(dict(D)))
sets = [set(), {1}, {1, 2, 3}, frozenset({2, 3, 4})]
for S in sets:
    for T in sets:
        show(f"{S} ops {T}", lambda: (sorted(S | T), sorted(S & T), sorted(S - T), sorted(S ^ T), S <= T, S < T, S == T, S.isdisjoint(T)))
    show(f"{S}.pop", lambda: set(S).pop())
    show(f"{S}.remove(1)", lambda: set(S).remove(1))
    show(f"{S}.discard(1)", lambda: set(S).discard(1))
    show(f"{S} repr", lambda: repr(S))
    show(f"{S} type of |", lambda: type(S | {9}).__name__)
tuples = [(), (1,), (1, 2, 1), ("a", (1, 2))]
for T in tuples:
    show(f"{T}.count(1)", lambda: T.count(1))
    show(f"{T}.index(1)", lambda: T.index(1))
    show(f"{T} + (9,)", lambda: T + (9,))
    show(f"{T} < (1, 3)", lambda: T < (1, 3))
    show(f"{T}[::2]", lambda: T[::2])
    show(f"hash eq", lambda: hash(T) == hash(tuple(list(T))))
