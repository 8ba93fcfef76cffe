# list methods and operations
a = [3, 1, 4, 1, 5, 9, 2, 6]
b = a.copy()
b.sort(); print(b, a)
b.sort(reverse=True); print(b)
print(sorted(a, key=lambda x: -x), sorted(['bb', 'a', 'ccc'], key=len))
a.append(7); a.extend([8, 9]); a.insert(0, 0); a.insert(100, 99); a.insert(-1, 55)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a, a.index(5), a.count(1), a.index(1, 2))
a.reverse(); print(a)
try:
    a.remove(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    a[100]
except IndexError as e:
    print("IndexError:", e)
c = list(range(10))
print(c[::2], c[::-1], c[-3:], c[2:8:3], c[8:2:-2], c[100:], c[-100:2])
c[2:5] = ['a', 'b']; print(c)
c[::2] = [0] * len(c[::2]); print(c)
del c[1:3]; print(c)
del c[::2]; print(c)
try:
    c[::2] = [1, 2, 3, 4, 5, 6]
except ValueError as e:
    print("ValueError:", e)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5; print(m)
bad = [[0] * 3] * 3
bad[1][1] = 5; print(bad)
print([1, 2] + [3], [1] * 3, [1, 2] * 0, 2 in [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
x = [1, 2, 3]; x += [4]; x *= 2; print(x)
print(list("abc"), list((1, 2)), list({1: 2, 3: 4}), list(range(3, 0, -1)))
print(len([]), sum([1, 2, 3]), sum([[1], [2]], []), max([3, 7, 2]), min([3, 7, 2]))
n = [5, 3, 8]
n.clear(); print(n)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, 'b'), (2, 'a'), (1, 'a')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), max(pairs), min(pairs, key=lambda p: p[1]))
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
nested = [[1, 2], [3], [], [4, 5, 6]]
print([y for x in nested for y in x], [len(x) for x in nested])
s = [1, 2, 3, 4, 5]
first, *rest = s; *init, last = s; a1, *mid, z1 = s
print(first, rest, init, last, a1, mid, z1)
print(list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")), list(map(str, [1, 2])), list(filter(None, [0, 1, '', 'a'])))
print(s.__len__(), s.__getitem__(0), [].__class__.__name__)
L = [1, 2, 3]
L[1:1] = [9, 9]; print(L)
L[-1:] = []; print(L)
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1] == list(reversed([1, 2, 3])))
print(repr([1, 'a', None, 2.5, [True]]), str([[]]))
r = [1]; r.append(r); print(r)
print([0.1, 1e20, 1e-5, -0.0])
