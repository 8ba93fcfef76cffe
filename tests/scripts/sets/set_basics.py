# Sets of small ints (deterministic order): creation, add/remove/discard/pop,
# membership, len, the empty-set spelling, duplicates collapsing, set() of
# iterables, and errors (KeyError on remove, unhashable elements).
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 not in s)
s.add(10)
s.add(1)
print(sorted(s))
s.remove(10)
s.discard(99)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
e = set()
print(e, type({}).__name__, type(e).__name__, len(e), bool(e), bool({0}))
print(set([5, 5, 4]), set(range(5)), set((1, 1)), set({7: "x"}))
popped = {42}.pop()
print(popped)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    s.add({})
except TypeError as e:
    print("TypeError:", e)
c = s.copy()
c.add(100)
print(s, c)
c.clear()
print(c)
print(sorted({"pear", "apple", "fig"}), len({"a", "a", "b"}), "a" in {"a", "b"})
print({1, 2} == {2, 1}, {1, 2} == {1, 2, 3}, {1} == [1], {1, 2, 3} == set([3, 2, 1]))
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("mississippi")))
seen = set()
dups = []
for n in [4, 1, 4, 2, 1, 4]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(sorted(seen), dups)
print(sum({1, 2, 3}), max({4, 9}), min({4, 9}), sorted({5, -1, 3}, reverse=True))
print({x % 3 for x in range(10)}, {True, 1, 1.0}, {0, False})
