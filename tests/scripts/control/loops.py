# while and for loops with break, continue, else clauses (run only when the
# loop was not broken), nested loops with flags, range variations, and
# loop variables surviving the loop.
for i in range(3):
    print("for", i)
else:
    print("for-else runs when not broken")
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else after", n)
while True:
    n -= 1
    if n == 1:
        break
print("n is", n)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime", end="; ")
print()
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
print(range(10)[2], range(0, 20, 5)[-1], len(range(3, 30, 4)), 7 in range(0, 10, 7), range(3)[::-1])
r = range(1, 10, 2)
print(r, r.start, r.stop, r.step, r.index(5), r.count(3), list(r[1:3]))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
for x in []:
    print("no iterations")
else:
    print("empty loop else")
print("x never bound" if "x" not in dir() else "x bound")
count = 0
for a in range(3):
    for b in range(3):
        if b > a:
            continue
        count += 1
print(count)
found = None
for row, line in enumerate(["abc", "dxf", "ghi"]):
    col = line.find("x")
    if col != -1:
        found = (row, col)
        break
print(found)
i = 10
while i:
    i //= 2
    if i == 2:
        continue
    print("i =", i)
for ch in "ab":
    pass
print(ch)
total = 0
for i in range(1, 101):
    total += i
print(total)
