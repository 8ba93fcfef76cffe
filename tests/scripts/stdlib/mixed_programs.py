# Everyday programs combining the frozen standard library modules.
import heapq, itertools, functools, operator, bisect, copy, string, textwrap, statistics
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple
from dataclasses import dataclass, field
from enum import Enum, auto
from contextlib import suppress

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief"""
words = [w.strip(string.punctuation).lower() for w in text.split()]
freq = Counter(words)
print(freq.most_common(4))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))
print(textwrap.fill(' '.join(sorted(set(words))), 40))

graph = {'A': {'B': 7, 'C': 9, 'F': 14}, 'B': {'A': 7, 'C': 10, 'D': 15}, 'C': {'A': 9, 'B': 10, 'D': 11, 'F': 2},
         'D': {'B': 15, 'C': 11, 'E': 6}, 'E': {'D': 6, 'F': 9}, 'F': {'A': 14, 'C': 2, 'E': 9}}
def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in graph[u].items():
            if d + w < dist.get(v, float('inf')):
                dist[v] = d + w
                heapq.heappush(pq, (d + w, v))
    return OrderedDict(sorted(dist.items()))
print(dijkstra('A'))

def bfs(start, goal):
    q = deque([(start, [start])])
    seen = {start}
    while q:
        node, path = q.popleft()
        if node == goal:
            return path
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                q.append((nxt, path + [nxt]))
print(bfs('A', 'E'))

Employee = namedtuple('Employee', 'name dept salary')
staff = [Employee('ann', 'eng', 120), Employee('bob', 'ops', 90), Employee('cid', 'eng', 100),
         Employee('dee', 'ops', 95), Employee('eve', 'hr', 70)]
for dept, group in itertools.groupby(sorted(staff, key=operator.attrgetter('dept')), key=operator.attrgetter('dept')):
    group = list(group)
    print(dept, [e.name for e in group], statistics.mean(e.salary for e in group))
print(max(staff, key=operator.attrgetter('salary')).name, functools.reduce(operator.add, (e.salary for e in staff)))

class Status(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()
@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    status: Status = field(default=Status.TODO, compare=False)
    tags: list = field(default_factory=list, compare=False)
tasks = [Task(3, 'write'), Task(1, 'plan', Status.DONE), Task(2, 'test', tags=['qa'])]
for t in sorted(tasks):
    print(t)
snapshot = copy.deepcopy(tasks)
tasks[2].tags.append('ci')
print(snapshot[2].tags, tasks[2].tags, Counter(t.status.name for t in tasks))

scores = [55, 61, 68, 72, 79, 83, 88, 91, 97]
cuts = [60, 70, 80, 90]
print([('FDCBA'[bisect.bisect(cuts, s)]) for s in scores], statistics.median(scores), round(statistics.stdev(scores), 3))
print(list(itertools.accumulate(scores, max)), list(itertools.combinations('abc', 2)))
with suppress(KeyError):
    {}['missing']
print(sum(1 for p in itertools.permutations(range(5)) if all(abs(a - b) != 1 for a, b in itertools.pairwise(p))))
