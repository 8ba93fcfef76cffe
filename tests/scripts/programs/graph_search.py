# Graph algorithms on small graphs: BFS shortest paths, DFS (recursive and
# iterative) orders, cycle detection, topological sort, connected
# components, and Dijkstra with a hand-written binary heap.
edges = [("A", "B"), ("A", "C"), ("B", "D"), ("C", "D"), ("D", "E"), ("F", "G")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
for node in graph:
    graph[node].sort()
def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        for v in graph[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                parent[v] = u
                queue.append(v)
    return dist, parent
def path(parent, target):
    out = []
    while target is not None:
        out.append(target)
        target = parent[target]
    return out[::-1]
dist, parent = bfs("A")
print(dist)
print(path(parent, "E"))
def dfs_recursive(u, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(u)
    order.append(u)
    for v in graph[u]:
        if v not in seen:
            dfs_recursive(v, seen, order)
    return order
def dfs_iterative(start):
    seen, order, stack = set(), [], [start]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        stack.extend(reversed(graph[u]))
    return order
print(dfs_recursive("A"), dfs_iterative("A"))
def components():
    seen = set()
    comps = []
    for node in sorted(graph):
        if node not in seen:
            comp = dfs_recursive(node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(components())
dag = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"],
       "socks": ["shoes"], "shoes": [], "jacket": [], "watch": []}
def topo(g):
    indeg = {u: 0 for u in g}
    for u in g:
        for v in g[u]:
            indeg[v] += 1
    ready = sorted(u for u in g if indeg[u] == 0)
    order = []
    while ready:
        u = ready.pop(0)
        order.append(u)
        for v in g[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    return order if len(order) == len(g) else None
print(topo(dag))
print(topo({"a": ["b"], "b": ["c"], "c": ["a"]}))
def has_cycle(g):
    WHITE, GREY, BLACK = 0, 1, 2
    color = {u: WHITE for u in g}
    def visit(u):
        color[u] = GREY
        for v in g[u]:
            if color[v] == GREY or (color[v] == WHITE and visit(v)):
                return True
        color[u] = BLACK
        return False
    return any(color[u] == WHITE and visit(u) for u in g)
print(has_cycle(dag), has_cycle({"a": ["b"], "b": ["a"]}))
class MinHeap:
    def __init__(self):
        self.items = []
    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0 and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.items
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[m]:
                m = l
            if r < len(a) and a[r] < a[m]:
                m = r
            if m == i:
                return top
            a[i], a[m] = a[m], a[i]
            i = m
    def __len__(self):
        return len(self.items)
weighted = {"s": {"a": 7, "b": 2}, "a": {"c": 1}, "b": {"a": 3, "c": 8}, "c": {"t": 2}, "t": {}}
def dijkstra(src):
    best = {src: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, src))
    while heap:
        d, u = heap.pop()
        if d > best[u]:
            continue
        for v, w in sorted(weighted[u].items()):
            nd = d + w
            if nd < best.get(v, float("inf")):
                best[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return best, prev
best, prev = dijkstra("s")
print(best)
node, route = "t", []
while node != "s":
    route.append(node)
    node = prev[node]
print(" -> ".join(["s"] + route[::-1]))
h = MinHeap()
for v in [5, 3, 8, 1, 9, 2]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
