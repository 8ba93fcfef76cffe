# Backtracking puzzles: all solutions of N-queens for small N, a sudoku
# solver on a fixed puzzle, and subset-sum enumeration; solutions counted
# and printed.
def queens(n):
    solutions = []
    cols = []
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                cols.append(c)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(queens(n)))
first = queens(6)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
grid = [[int(ch) if ch != "." else 0 for ch in line] for line in PUZZLE.split()]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]
steps = 0
def solve(g):
    global steps
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for v in candidates(g, r, c):
                    steps += 1
                    g[r][c] = v
                    if solve(g):
                        return True
                    g[r][c] = 0
                return False
    return True
print(solve(grid), steps)
for row in grid:
    print("".join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in grid), all(sorted(col) == list(range(1, 10)) for col in zip(*grid)))
def subsets_with_sum(nums, target):
    out = []
    def go(i, chosen, total):
        if total == target:
            out.append(chosen[:])
        if i == len(nums) or total >= target:
            return
        for j in range(i, len(nums)):
            chosen.append(nums[j])
            go(j + 1, chosen, total + nums[j])
            chosen.pop()
    go(0, [], 0)
    return out
print(subsets_with_sum([1, 2, 3, 4, 5, 6, 7], 10))
