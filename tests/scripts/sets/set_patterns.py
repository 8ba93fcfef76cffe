# Sets in everyday code: removing duplicates while keeping order, finding
# common and unique elements between lists, sets of tuples (sorted for
# printing), frozensets as dict keys for unordered pairs, and set
# comprehensions with conditions.
items = ["b", "a", "b", "c", "a", "d"]
seen = set()
unique = [x for x in items if not (x in seen or seen.add(x))]
print(unique, sorted(seen), len(set(items)))
print(list(dict.fromkeys(items)))
alice = ["python", "c", "rust", "go"]
bob = ["go", "java", "python", "kotlin"]
common = set(alice) & set(bob)
print(sorted(common), sorted(set(alice) - set(bob)), sorted(set(alice) ^ set(bob)), sorted(set(alice) | set(bob)))
edges = {(1, 2), (2, 3), (1, 2), (3, 1)}
print(sorted(edges), len(edges), (2, 3) in edges, (3, 2) in edges)
undirected = {frozenset(e) for e in [(1, 2), (2, 1), (2, 3)]}
print(len(undirected), frozenset((3, 2)) in undirected)
distances = {frozenset(("a", "b")): 5, frozenset(("b", "c")): 7}
print(distances[frozenset(("b", "a"))], distances.get(frozenset(("a", "c")), "unknown"))
words = "the cat sat on the mat with the hat".split()
print(sorted({w for w in words if len(w) == 3 and w != "the"}), sorted({w[0] for w in words}))
visited = set()
stack = [0]
graph = {0: [1, 2], 1: [3], 2: [3], 3: [0], 4: [0]}
while stack:
    n = stack.pop()
    if n in visited:
        continue
    visited.add(n)
    stack.extend(graph[n])
print(sorted(visited), sorted(set(graph) - visited))
letters = set("programming")
print(sorted(letters), len(letters), sorted(set("hello") & set("world")))
print(set() == set(), set() is set(), {1, 2}.isdisjoint({3}), {(1, "a")} == {(1, "a")})
