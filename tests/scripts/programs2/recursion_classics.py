# recursion: permutations, subsets, n-queens, sudoku, hanoi, flood fill, ackermann, memo
def permutations(seq):
    if len(seq) <= 1:
        yield seq[:]
        return
    for i in range(len(seq)):
        for p in permutations(seq[:i] + seq[i + 1:]):
            yield [seq[i]] + p
print(list(permutations([1, 2, 3])), sum(1 for _ in permutations(list("abcde"))))
def subsets(s):
    if not s: return [[]]
    rest = subsets(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(subsets([1, 2, 3]), key=lambda x: (len(x), x)))
def combos(n, k, start=1):
    if k == 0: return [[]]
    return [[i] + c for i in range(start, n + 1) for c in combos(n, k - 1, i + 1)]
print(combos(5, 3), len(combos(10, 4)))
def queens(n):
    sols = []
    def place(row, cols):
        if row == n:
            sols.append(cols[:]); return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                cols.append(c); place(row + 1, cols); cols.pop()
    place(0, [])
    return sols
for n in range(1, 9): print(n, len(queens(n)), end="; ")
print()
for row in queens(6)[0]: print(" ".join("Q" if c == row else "." for c in range(6)))
moves = []
def hanoi(n, a="A", b="B", c="C"):
    if n == 0: return
    hanoi(n - 1, a, c, b); moves.append(f"{a}->{c}"); hanoi(n - 1, b, a, c)
hanoi(4); print(len(moves), moves[:7])
puzzle = [
    "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1", "7...2...6", ".6....28.", "...419..5", "....8..79"]
grid = [[int(ch) if ch != "." else 0 for ch in row] for row in puzzle]
def ok(g, r, c, v):
    if v in g[r] or any(g[i][c] == v for i in range(9)): return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    return all(g[br + i][bc + j] != v for i in range(3) for j in range(3))
def solve(g):
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for v in range(1, 10):
                    if ok(g, r, c, v):
                        g[r][c] = v
                        if solve(g): return True
                        g[r][c] = 0
                return False
    return True
print(solve(grid))
for row in grid: print("".join(map(str, row)))
img = ["..##....", ".#..#...", ".#...#..", "..###...", "........"]
img = [list(r) for r in img]
def fill(r, c, new, old="."):
    if not (0 <= r < len(img) and 0 <= c < len(img[0])) or img[r][c] != old: return 0
    img[r][c] = new
    return 1 + sum(fill(r + dr, c + dc, new, old) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
print(fill(2, 3, "o"), fill(0, 0, "~"))
for r in img: print("".join(r))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
def gcd(a, b): return a if b == 0 else gcd(b, a % b)
def power(b, e): return 1 if e == 0 else (power(b * b, e // 2) * (b if e % 2 else 1))
def binsearch(a, x, lo=0, hi=None):
    if hi is None: hi = len(a) - 1
    if lo > hi: return -1
    mid = (lo + hi) // 2
    if a[mid] == x: return mid
    return binsearch(a, x, mid + 1, hi) if a[mid] < x else binsearch(a, x, lo, mid - 1)
print(gcd(1071, 462), power(3, 40), [binsearch(list(range(0, 100, 3)), x) for x in (0, 33, 34, 99)])
def merge_sort(a):
    if len(a) <= 1: return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    while l and r: out.append((l if l[0] <= r[0] else r).pop(0))
    return out + l + r
def quick(a):
    if len(a) < 2: return a
    p, *rest = a
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
print(merge_sort(data), quick(data), merge_sort([]) == quick([]))
def to_base(n, b):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return ("-" + to_base(-n, b)) if n < 0 else (digits[n] if n < b else to_base(n // b, b) + digits[n % b])
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-42, 7), int(to_base(123456789, 36), 36))
def flatten(x): return [y for i in x for y in (flatten(i) if isinstance(i, (list, tuple)) else [i])]
print(flatten([1, (2, [3, (4, 5)]), [[[6]]], 7]))
def count_change(amount, coins):
    if amount == 0: return 1
    if amount < 0 or not coins: return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])
print(count_change(100, [50, 25, 10, 5, 1]))
