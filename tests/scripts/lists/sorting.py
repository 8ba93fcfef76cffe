# Sorting: sorted() vs list.sort(), stability with keys, reverse keeping
# stability, tuple keys, key functions returning tuples, sorting records,
# sorting by several fields in passes, and min/max with key/default.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people, key=lambda p: p[0])
by_age_then_name = sorted(by_name, key=lambda p: p[1])
print(by_age_then_name)
words = "the Quick brown fox Jumps over the lazy Dog".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted("hello world"), sorted({3: "c", 1: "a", 2: "b"}), sorted((3, 1, 2), reverse=True))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: n % 3), max(nums, key=abs), min(nums, key=abs))
print(max([], default="empty"), min([], default=None), max([1, 2], default=0))
print(max("apple", "fig", "banana", key=len), min("apple", "fig", "kiwi", key=len))
print(max([("a", 2), ("b", 2), ("c", 1)], key=lambda t: t[1]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
data = [3, 1, 2]
result = data.sort()
print(result, data)
rev = sorted(data, reverse=True)
print(rev, data)
class Student:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade
    def __repr__(self):
        return f"{self.name}:{self.grade}"
roster = [Student("x", 90), Student("y", 85), Student("z", 90), Student("w", 70)]
print(sorted(roster, key=lambda s: s.grade))
print(sorted(roster, key=lambda s: s.grade, reverse=True))
try:
    sorted(roster)
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1, 1, 1], [1]]))
print(sorted([True, False, 2, 0.5, -1]))
