# graph algorithms: BFS, DFS, Dijkstra (hand-written heap), topological sort, components, cycle detection
def heappush(h, item):
    h.append(item); i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[p] <= h[i]: break
        h[p], h[i] = h[i], h[p]; i = p
def heappop(h):
    last = h.pop()
    if not h: return last
    top, h[0] = h[0], last
    i, n = 0, len(h)
    while True:
        l, r, m = 2 * i + 1, 2 * i + 2, i
        if l < n and h[l] < h[m]: m = l
        if r < n and h[r] < h[m]: m = r
        if m == i: break
        h[m], h[i] = h[i], h[m]; i = m
    return top
edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0); order.append(node)
        for nb, _ in sorted(graph[node]):
            if nb not in seen:
                seen.add(nb); queue.append(nb)
    return order
def dfs(start, seen=None):
    if seen is None: seen = []
    seen.append(start)
    for nb, _ in sorted(graph[start]):
        if nb not in seen: dfs(nb, seen)
    return seen
def dijkstra(src):
    dist, prev, h = {src: 0}, {}, [(0, src)]
    while h:
        d, u = heappop(h)
        if d > dist.get(u, float("inf")): continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u; heappush(h, (nd, v))
    return dist, prev
def path(prev, t):
    p = [t]
    while p[-1] in prev: p.append(prev[p[-1]])
    return "->".join(reversed(p))
print("BFS", bfs("A")); print("DFS", dfs("A"))
dist, prev = dijkstra("A")
for n in sorted(dist): print(f"  {n}: {dist[n]:>3} via {path(prev, n)}")
print("unreachable H:", dist.get("H", float("inf")))
def components():
    seen, comps = set(), []
    for n in sorted(graph):
        if n not in seen:
            comp = dfs(n, []); seen.update(comp); comps.append(sorted(comp))
    return comps
print("components", components())
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
def topo(deps):
    state, out = {}, []
    def visit(n, stack=()):
        if state.get(n) == "done": return
        if state.get(n) == "active": raise ValueError("cycle: " + " -> ".join(stack + (n,)))
        state[n] = "active"
        for d in deps[n]: visit(d, stack + (n,))
        state[n] = "done"; out.append(n)
    for n in sorted(deps): visit(n)
    return out
print("topo", topo(deps))
deps["core"] = ["app"]
try:
    topo(deps)
except ValueError as e:
    print("error:", e)
h = []
for x in [5, 3, 8, 1, 9, 2, 7]: heappush(h, x)
print("heapsort", [heappop(h) for _ in range(len(h))])
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "......#E"]
def shortest(grid):
    R, C = len(grid), len(grid[0])
    start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
    q, dist = [start], {start: 0}
    while q:
        r, c = q.pop(0)
        if grid[r][c] == "E": return dist[(r, c)]
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1; q.append((nr, nc))
    return -1
print("maze", shortest(grid))
