# sys.stdin iteration, readline, readlines
import sys
first = sys.stdin.readline()
print(repr(first))
second = sys.stdin.readline().rstrip("\n")
print(repr(second))
counts = {}
total = 0
for lineno, line in enumerate(sys.stdin, start=3):
    line = line.rstrip()
    if not line:
        print(lineno, "<blank>")
        continue
    for w in line.lower().split():
        counts[w] = counts.get(w, 0) + 1
        total += 1
    print(lineno, line[::-1])
print(total, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(repr(sys.stdin.readline()), sys.stdin.readlines())
