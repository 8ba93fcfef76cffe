# the sequence of __lt__ calls made by sorted()/list.sort (CPython's timsort: count_run + binary insertion, merges)
class Student:
    def __init__(self, name, grade): self.name, self.grade = name, grade
    def __lt__(self, other):
        print(f"  comparing {self.name} < {other.name}")
        return self.grade < other.grade
    def __repr__(self): return self.name
students = [Student("Ann", 90), Student("Bob", 75), Student("Cid", 82), Student("Dee", 75)]
print(sorted(students))
students.sort(reverse=True)
print(students)
print(sorted([Student("X", 1), Student("Y", 2), Student("Z", 3)]))
print(sorted([Student("P", 3), Student("Q", 2), Student("R", 1)]))
log = []
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v)); return self.v < o.v
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for n in [5, 10, 40, 64, 65, 150, 600]:
    vals = [rnd(n) for _ in range(n)]
    for label, data in [("random", vals), ("sorted", sorted(vals)), ("reversed", sorted(vals, reverse=True))]:
        log.clear()
        out = [c.v for c in sorted(C(v) for v in data)]
        h = 0
        for a, b in log: h = (h * 31 + a * 7 + b) % 1000000007
        print(n, label, len(log), h, out == sorted(data))
