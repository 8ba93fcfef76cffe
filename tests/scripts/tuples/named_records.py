# Tuples as records: returning several values from a function, tuple keys in
# dicts, sorting tuples, zip/unzip, and comparing tuples element-wise with
# mixed types where the first element decides.
def min_max_avg(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, avg = min_max_avg([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
result = min_max_avg([1, 2])
print(result, type(result).__name__, result[2])
grid = {}
for r in range(2):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid)
print(grid[1, 2], (0, 0) in grid, grid.get((5, 5), "missing"))
points = [(3, 1), (1, 2), (1, -1), (2, 2)]
print(sorted(points), sorted(points, key=lambda p: p[1]), max(points), min(points))
names = ("ann", "ben", "cat")
ages = (31, 25, 40)
pairs = tuple(zip(names, ages))
print(pairs)
unzipped = tuple(zip(*pairs))
print(unzipped)
print((1, "b") < (2, "a"), (1, "b") < (1, "c"), (0, []) < (1, {}))
try:
    (1, "b") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
record = ("Widget", 4, 2.5)
name, qty, price = record
print(f"{name}: {qty} x {price} = {qty * price}")
inventory = [("bolt", 100, 0.05), ("nut", 250, 0.03), ("gear", 8, 4.5)]
total = sum(q * p for _, q, p in inventory)
print(round(total, 2))
print(max(inventory, key=lambda item: item[1] * item[2])[0])
