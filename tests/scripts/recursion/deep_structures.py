# Recursion over deep data: building a deeply nested list iteratively and
# measuring it iteratively works at any depth; printing a self-containing
# list uses [...] instead of recursing; equality of deeply nested lists
# beyond the limit raises RecursionError.
deep = []
cur = deep
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
depth = 0
node = deep
while node:
    node = node[0]
    depth += 1
print("iterative depth:", depth)
loop = [1, 2]
loop.append(loop)
print(loop, len(str(loop)))
d = {"a": 1}
d["self"] = d
print(d)
a = []
b = [a]
a.append(b)
print(a, b)
x, y = [], []
cx, cy = x, y
for _ in range(5000):
    cx.append([])
    cy.append([])
    cx, cy = cx[0], cy[0]
try:
    print(x == y)
except RecursionError as e:
    print("RecursionError:", e)
def measure(n):
    return 0 if not n else 1 + measure(n[0])
try:
    measure(deep)
except RecursionError:
    print("recursive measure of depth 100000 fails")
print(measure([[[[]]]]))
