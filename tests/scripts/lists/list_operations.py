# Operations on lists: + and * (including aliasing of inner lists),
# comparison (lexicographic), membership, len/min/max/sum, nested lists,
# copying (shallow), identity vs equality, and list as a stack/queue.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, [0] * 5, [] * 3, 2 * [None])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] == [1, 2], [1] != [1.0])
print(3 in a, 7 not in a, [1, 2] in [[1, 2], 3], len(a), min(a), max(a), sum(a))
nested = [[1, 2], [3, [4, 5]], []]
print(nested[1][1][0], len(nested), sum(len(x) for x in nested))
x = [1, [2, 3]]
y = x[:]
z = list(x)
w = x.copy()
y[1].append(4)
print(x, y is x, y == x, z[1] is x[1], w)
stack = []
for i in range(4):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = ["a", "b", "c"]
print(queue.pop(0), queue)
r = [1, 2, 3]
r2 = r
r += [4]
print(r2)
r = r + [5]
print(r2, r)
print(list(map(str, a)), [str(i) for i in a], list(zip(a, b)), list(enumerate(b, 1)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [row[::-1] for row in matrix])
flat = [v for row in matrix for v in row]
print(flat, flat.index(5), sorted(flat, reverse=True)[:2])
try:
    [1, 2] < [1, "x"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
print([1, 2, 3] * -1, [[]] * 2, bool([]), bool([0]))
lst = ["a"]
lst.append(lst)
print(lst, len(lst), lst[1][1][0])
print(repr([1.0, "s", None, True, (1,), {1: 2}]))
