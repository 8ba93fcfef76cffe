# Iterating over lists: for with enumerate/zip/reversed, modifying a list
# while iterating over a copy, index-based loops, the iterator protocol on a
# list, list iterators seeing appended elements, and list() consuming.
colors = ["red", "green", "blue"]
for i, c in enumerate(colors):
    print(i, c)
for i, c in enumerate(colors, start=10):
    print(i, c, end=" ")
print()
for c, n in zip(colors, [3, 5]):
    print(c, n)
for c in reversed(colors):
    print(c, end=",")
print()
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 3, 4, 5, 6]
nums = [n for n in nums if n % 2]
print(nums)
it = iter(colors)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
growing = [1]
for v in growing:
    if v < 5:
        growing.append(v + 1)
print(growing)
lst = [10, 20, 30]
i = 0
while i < len(lst):
    lst[i] += i
    i += 1
print(lst)
total = 0
for row in [[1, 2], [3], []]:
    for v in row:
        total += v
print(total)
pairs = list(zip("abc", range(3), [True, False, None]))
print(pairs)
letters, numbers, flags = zip(*pairs)
print(letters, numbers, flags)
r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r))
e = enumerate("xy")
print(next(e), list(e))
