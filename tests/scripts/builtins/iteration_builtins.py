# Iteration builtins: enumerate (start), zip (uneven lengths, strict-free),
# map with several iterables, filter with None, reversed on sequences and
# objects, iter/next with default, all/any short-circuiting, and that these
# return lazy iterators that are exhausted after one pass.
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=5)), list(enumerate([])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
print(list(map(len, ["a", "bb"])), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "hi")))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(str.isdigit, "a1b2")), list(filter(lambda v: v > 1, (1, 2, 3))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
z = zip([1, 2], [3, 4])
m = map(abs, [-1, -2])
f = filter(None, [1, 0, 2])
e = enumerate("ab")
print(type(z).__name__, type(m).__name__, type(f).__name__, type(e).__name__)
print(list(z), list(z), list(m), list(m), list(f), list(e))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"))
checked = []
def check(v):
    checked.append(v)
    return v
print(all(check(v) for v in [1, 1, 0, 1]), checked)
checked.clear()
print(any(check(v) for v in [0, 0, 3, 0]), checked)
print(all([]), any([]), all([[]]), any([[]]), all("abc"), any([0, 0.0, ""]))
print(sorted(zip("cab", [3, 1, 2])), dict(zip("ab", "xy")), max(zip([1, 3, 2], "abc")))
names = ["ann", "bob"]
scores = [90, 85]
for rank, (name, score) in enumerate(zip(names, scores), 1):
    print(rank, name, score)
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")), list(map(int, "123")))
squares = map(lambda x: x * x, range(4))
print(4 in squares, list(squares))
