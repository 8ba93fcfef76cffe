# Classic sorting algorithms implemented by hand and checked against
# sorted(): bubble, insertion, selection, merge, quick, heap, counting; with
# comparison counters and stability checks on records.
import random
def bubble(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a
def insertion(a, key=lambda v: v):
    a = a[:]
    for i in range(1, len(a)):
        cur = a[i]
        j = i - 1
        while j >= 0 and key(a[j]) > key(cur):
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = cur
    return a
def selection(a):
    a = a[:]
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a
def merge_sort(a, key=lambda v: v):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]
def quick(a):
    if len(a) <= 1:
        return a[:]
    pivot = a[len(a) // 2]
    return quick([v for v in a if v < pivot]) + [v for v in a if v == pivot] + quick([v for v in a if v > pivot])
def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(n // 2 - 1, -1, -1):
        sift(start, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for v in a:
        counts[v - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]
random.seed(7)
data = [random.randint(-50, 50) for _ in range(40)]
print(data)
expected = sorted(data)
for fn in (bubble, insertion, selection, merge_sort, quick, heap_sort, counting):
    result = fn(data)
    print(f"{fn.__name__:<11} ok={result == expected} first={result[:5]}")
for case in ([], [1], [2, 1], [3, 3, 3], list(range(10, 0, -1))):
    print(case, [fn(case) == sorted(case) for fn in (bubble, insertion, selection, merge_sort, quick, heap_sort, counting)])
records = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3), ("f", 2)]
print(insertion(records, key=lambda r: r[1]))
print(merge_sort(records, key=lambda r: r[1]) == sorted(records, key=lambda r: r[1]))
words = "delta Alpha charlie bravo echo alpha Charlie".split()
print(merge_sort(words, key=str.lower), sorted(words, key=str.lower))
