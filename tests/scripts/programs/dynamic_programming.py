# Dynamic programming classics: longest common subsequence with
# reconstruction, edit distance table, 0/1 knapsack with chosen items, coin
# change (ways and fewest coins), longest increasing subsequence, and
# memoized grid paths with a dict cache.
def lcs(a, b):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        for j in range(m):
            t[i + 1][j + 1] = t[i][j] + 1 if a[i] == b[j] else max(t[i][j + 1], t[i + 1][j])
    out = []
    i, j = n, m
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i, j = i - 1, j - 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"), repr(lcs("abc", "xyz")))
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    print(f"{a!r} -> {b!r}: {edit_distance(a, b)}")
def knapsack(items, cap):
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[-1][cap], sorted(chosen)
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
print(knapsack(items, 200))
def coin_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for t in range(c, total + 1):
            ways[t] += ways[t - c]
    return ways[total]
def fewest_coins(coins, total):
    INF = float("inf")
    best = [0] + [INF] * total
    for t in range(1, total + 1):
        for c in coins:
            if c <= t and best[t - c] + 1 < best[t]:
                best[t] = best[t - c] + 1
    return best[total] if best[total] != INF else -1
print(coin_ways([1, 2, 5], 5), coin_ways([2, 5, 3, 6], 10), coin_ways([1, 5, 10, 25, 50], 100))
print(fewest_coins([1, 5, 6, 9], 11), fewest_coins([2], 3), fewest_coins([1, 2, 5], 100))
def lis(seq):
    tails, prev_idx, idx_at = [], [None] * len(seq), []
    for i, v in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < v:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(v)
            idx_at.append(i)
        else:
            tails[lo] = v
            idx_at[lo] = i
        prev_idx[i] = idx_at[lo - 1] if lo else None
    out, k = [], idx_at[-1] if idx_at else None
    while k is not None:
        out.append(seq[k])
        k = prev_idx[k]
    return out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]), lis([]))
cache = {}
def grid_paths(r, c, blocked=frozenset({(1, 1), (2, 3)})):
    if (r, c) in blocked or r < 0 or c < 0:
        return 0
    if r == 0 and c == 0:
        return 1
    if (r, c) not in cache:
        cache[r, c] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return cache[r, c]
print(grid_paths(4, 5), len(cache), grid_paths(16, 16))
