# List comprehensions: filters, nested loops (order of for clauses),
# conditional expressions in the element, nested comprehensions building
# matrices, comprehension variables not leaking, and calling functions.
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([x if x % 2 else -x for x in range(6)])
print([[r * 3 + c for c in range(3)] for r in range(3)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
x = "outer"
print([x for x in "abc"], x)
words = ["Apple", "banana", "Cherry", "date"]
print([w.lower() for w in words if w[0].isupper()], [len(w) for w in words])
print([(i, w) for i, w in enumerate(words, 1) if i % 2])
print([c for c in "Hello World" if c.isupper()], [int(d) for d in "2024"])
print([[]] * 0, [n for n in []], [None for _ in range(2)])
print([f"{a}{b}" for a in "xy" for b in "12"])
print([sum(row) for row in matrix], max([abs(v - 5) for row in matrix for v in row]))
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
funcs = [lambda v, k=k: v + k for k in range(3)]
print([f(10) for f in funcs])
print([y for y in (lambda: [1, 2])()], [i for i in range(3)][::-1])
