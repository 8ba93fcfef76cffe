# dynamic programming classics
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if x == y else max(dp[i - 1][j], dp[i][j - 1])
    i, j, out = len(a), len(b), []
    while i and j:
        if a[i - 1] == b[j - 1]: out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]: i -= 1
        else: j -= 1
    return dp[-1][-1], "".join(reversed(out))
print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]
print([edit(a, b) for a, b in [("kitten", "sitting"), ("", "abc"), ("flaw", "lawn"), ("same", "same")]])
def knapsack(items, cap):
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c: best[i][c] = max(best[i][c], best[i - 1][c - w] + v)
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]: chosen.append(i - 1); c -= items[i - 1][0]
    return best[-1][-1], sorted(chosen)
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))
def coin_ways(coins, amt):
    ways = [1] + [0] * amt
    for c in coins:
        for a in range(c, amt + 1): ways[a] += ways[a - c]
    return ways[amt]
def min_coins(coins, amt):
    INF = float("inf"); dp = [0] + [INF] * amt
    for a in range(1, amt + 1):
        dp[a] = min((dp[a - c] + 1 for c in coins if c <= a), default=INF)
    return dp[amt] if dp[amt] != INF else -1
print(coin_ways([1, 2, 5], 11), coin_ways([2, 5, 3, 6], 10), min_coins([1, 2, 5], 11), min_coins([2], 3), coin_ways([1, 5, 10, 25, 50], 300))
def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]] < x: lo = mid + 1
            else: hi = mid
        if lo > 0: prev[i] = tails[lo - 1]
        if lo == len(tails): tails.append(i)
        else: tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None: out.append(seq[k]); k = prev[k]
    return out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]), lis([]))
memo = {}
def partitions(n, k=None):
    if k is None: k = n
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    if (n, k) not in memo: memo[(n, k)] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[(n, k)]
print([partitions(n) for n in range(1, 16)], partitions(100))
def max_subarray(a):
    best = cur = a[0]; s = bs = be = 0
    for i in range(1, len(a)):
        if cur + a[i] < a[i]: cur, s = a[i], i
        else: cur += a[i]
        if cur > best: best, bs, be = cur, s, i
    return best, a[bs:be + 1]
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))
def pascal(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]
for r in pascal(7): print(" ".join(map(str, r)).center(30).rstrip())
def catalan(n):
    c = [1] + [0] * n
    for i in range(1, n + 1): c[i] = sum(c[j] * c[i - 1 - j] for j in range(i))
    return c
print(catalan(15))
def word_break(s, words):
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in words for j in range(i))
    return ok[-1]
print(word_break("applepenapple", {"apple", "pen"}), word_break("catsandog", {"cats", "dog", "sand", "and", "cat"}))
def unique_paths(r, c, blocked=()):
    dp = [[0] * c for _ in range(r)]
    for i in range(r):
        for j in range(c):
            if (i, j) in blocked: dp[i][j] = 0
            elif i == 0 and j == 0: dp[i][j] = 1
            else: dp[i][j] = (dp[i - 1][j] if i else 0) + (dp[i][j - 1] if j else 0)
    return dp[-1][-1]
print(unique_paths(3, 7), unique_paths(18, 18), unique_paths(3, 3, {(1, 1)}))
