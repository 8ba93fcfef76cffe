# A grade book read from standard input: each line "name score score ...";
# computes averages, letter grades, class statistics and a ranking, and
# reports malformed lines instead of crashing.
import sys
def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"
students = {}
problems = []
for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, *raw = line.split()
    try:
        scores = [float(s) for s in raw]
        if not scores:
            raise ValueError("no scores")
        if any(not 0 <= s <= 100 for s in scores):
            raise ValueError("score out of range")
    except ValueError as e:
        problems.append(f"line {lineno}: {e}")
        continue
    students.setdefault(name, []).extend(scores)
print(f"{'name':<10}{'n':>3}{'avg':>8}{'min':>6}{'max':>6}  grade")
for name in sorted(students):
    s = students[name]
    avg = sum(s) / len(s)
    print(f"{name:<10}{len(s):>3}{avg:>8.2f}{min(s):>6.0f}{max(s):>6.0f}  {letter(avg)}")
averages = {n: sum(s) / len(s) for n, s in students.items()}
ranking = sorted(averages, key=lambda n: (-averages[n], n))
print("ranking:", ", ".join(f"{i}. {n}" for i, n in enumerate(ranking, 1)))
all_scores = sorted(x for s in students.values() for x in s)
mid = len(all_scores) // 2
median = all_scores[mid] if len(all_scores) % 2 else (all_scores[mid - 1] + all_scores[mid]) / 2
mean = sum(all_scores) / len(all_scores)
sd = (sum((x - mean) ** 2 for x in all_scores) / len(all_scores)) ** 0.5
print(f"scores={len(all_scores)} mean={mean:.3f} median={median} sd={sd:.3f}")
dist = {}
for n in students:
    dist[letter(averages[n])] = dist.get(letter(averages[n]), 0) + 1
print("distribution:", dict(sorted(dist.items())))
for p in problems:
    print("skipped", p)
