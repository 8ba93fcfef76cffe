# Assignment expressions (:=) in conditions, loops and comprehensions, and
# chained comparisons with side effects evaluated once.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
print(n)
lines = iter(["alpha", "beta", "", "gamma"])
while (line := next(lines)):
    print("line:", line)
print([y for x in data if (y := x * 2) > 6], y)
print([(x, sq) for x in range(5) if (sq := x * x) % 2 == 0])
total = 0
print([total := total + v for v in data], total)
def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(3))
print(f(3) < f(2) < f(1))
five = 5
print(1 < 2 > 0 != five == 5 < 6 > five is not None)
x = 5
print(1 <= x <= 10, x in range(10) in [range(10)], (x > 3) is True)
print((a := 10) + a, a)
def first_long(words):
    for w in words:
        if (length := len(w)) > 4:
            return w, length
    return None
print(first_long(["hi", "hello", "greetings"]), first_long([]))
chunks = []
buf = list(range(10))
while (chunk := buf[:3]):
    chunks.append(chunk)
    buf = buf[3:]
print(chunks)
print([m for s in ["a1", "b", "c22"] if (m := s[1:])])
