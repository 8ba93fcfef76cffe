# Iterators are containers: a cycle through one is found by gc.collect().
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def make(kind):
    n = Node(kind)
    if kind == 'map':
        n.it = map(lambda x: n, [1])
    elif kind == 'filter':
        n.it = filter(lambda x: n, [1])
    elif kind == 'zip':
        n.it = zip([n], [n])
    elif kind == 'enumerate':
        n.it = enumerate([n])
    elif kind == 'reversed':
        n.it = reversed([n])
    elif kind == 'callable':
        n.it = iter(lambda: n, None)
    elif kind == 'seqiter':
        class S:
            def __getitem__(self, i):
                return n
        n.it = iter(S())
    elif kind == 'slice':
        n.it = slice(n, n)

for kind in ['map', 'filter', 'zip', 'enumerate', 'reversed', 'callable', 'seqiter', 'slice']:
    gc.collect()
    make(kind)
    print('collected', kind, gc.collect() > 0)
