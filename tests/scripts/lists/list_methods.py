# Every list method: append, extend, insert (including out-of-range and
# negative positions), remove, pop, clear, index (with ranges), count, sort,
# reverse, copy; and their errors.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend(range(2))
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(-1, "before last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
a.remove("a")
print(a, a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(1), a.index(1, 3), a.count(1), a.count("zz"))
try:
    a.index(1, 3, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
nums = [5, 2, 8, 1, 9, 3]
c = nums.copy()
nums.sort()
print(nums, c, nums.sort() is None)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
c.clear()
print(c, len(c))
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
x = [1, 2, 3]
x += (4, 5)
x += "6"
print(x)
try:
    x = x + (7,)
except TypeError as e:
    print("TypeError:", e)
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), list({3: 0, 1: 0}.values()))
