# Comprehensions in more depth: nested comprehensions that reference outer
# loop variables, comprehension variables shadowing outer names without
# changing them, conditions referencing functions, comprehensions inside
# class bodies, and building nested data structures.
x = 10
result = [[x * y for y in range(3)] for x in range(3)]
print(result, x)
pairs = [(i, j) for i in range(4) for j in range(i + 1, 4) if (i + j) % 2]
print(pairs)
def is_vowel(c):
    return c in "aeiou"
print([c for c in "comprehension" if is_vowel(c)], {c: "comprehension".count(c) for c in "comprehension" if not is_vowel(c)})
class Table:
    size = 3
    cells = [[0] * 3 for _ in range(3)]
    labels = {i: str(i) for i in range(3)}
print(Table.cells, Table.labels)
data = {"fruits": ["apple", "kiwi"], "veg": ["leek"], "empty": []}
print({k: [w.upper() for w in v] for k, v in data.items() if v})
print([(k, len(w)) for k, v in data.items() for w in v])
transposed = [[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)]
print(transposed)
flat = [c for word in ["ab", "cd"] for c in word]
print(flat, [[c] * 2 for c in "xy"])
print([n for n in range(30) if n % 2 if n % 3 if n % 5])
total = sum(v for row in [[1, 2], [3, 4]] for v in row)
print(total, max((len(w), w) for w in ["pear", "fig", "melon"]))
funcs = [(lambda k: lambda: k)(k) for k in "abc"]
print([f() for f in funcs])
matrix = [[r * 4 + c for c in range(4)] for r in range(4)]
print([matrix[i][i] for i in range(4)], [matrix[i][3 - i] for i in range(4)])
print([[v for v in row if v % 2] for row in matrix])
