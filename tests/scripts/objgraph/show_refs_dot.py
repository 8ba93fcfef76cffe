# The DOT text objgraph writes for the articles' graphs, parsed back:
# node and edge counts, node labels (type and short repr) and edge labels
# (the index, key or attribute holding the reference).  Node names follow
# the visit order, so the text is the same on every run.
import objgraph


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def parse(text):
    """(nodes {name: label}, edges [(src, dst, label)]) of objgraph's DOT."""
    lines = text.split('\n')
    assert lines[0] == 'digraph ObjectGraph {', lines[0]
    assert lines[-2] == '}' and lines[-1] == '', lines[-2:]
    nodes, edges = {}, []
    for line in lines[2:-2]:
        line = line.strip()
        assert line.endswith(';'), line
        head, _, attrs = line[:-1].partition('[')
        label = ''
        if 'label="' in attrs:
            label = attrs.split('label="', 1)[1].split('"', 1)[0].replace('\\n', ' | ')
        if '->' in head:
            src, dst = [part.strip() for part in head.split('->')]
            edges.append((src, dst, label))
        else:
            nodes[head.strip()] = label
    return nodes, edges


def graph(show, objs, **options):
    out = Capture()
    show(objs, output=out, **options)
    return parse(''.join(out.parts))


def report(title, nodes, edges):
    print('%s: %d nodes, %d edges' % (title, len(nodes), len(edges)))
    for name in sorted(nodes, key=lambda n: (len(n), n)):
        print('  %s: %s' % (name, nodes[name]))
    for src, dst, label in edges:
        print('  %s -> %s %s' % (src, dst, label))


# the two lists of article 000
a = [1, 2, 3]
b = [4, 5, 6]
a.append(b)
b.append(a)
report('show_refs([a])', *graph(objgraph.show_refs, [a]))
report('show_refs([a], max_depth=1)', *graph(objgraph.show_refs, [a], max_depth=1))
report('show_refs([a], too_many=2)', *graph(objgraph.show_refs, [a], too_many=2))
report('show_refs([a], refcounts=True)',
       *graph(objgraph.show_refs, [a], refcounts=True,
              filter=lambda x: type(x) is list))

# the backreferences stop at the module's globals (a dict) one level up
nodes, edges = graph(objgraph.show_backrefs, [a], max_depth=1)
report('show_backrefs([a], max_depth=1)', nodes, edges)

# article 004's topology: x = [1, 2, 3]; y = [x, dict(key1=x)]; z = [y, (x, y)]
x = [1, 2, 3]
y = [x, dict(key1=x)]
z = [y, (x, y)]
report('show_refs([z])', *graph(objgraph.show_refs, [z]))


class Node:
    def __init__(self, name):
        self.name = name


n1 = Node('n1')
n2 = Node('n2')
n1.other = n2
n2.other = n1
report('show_refs([n1])', *graph(objgraph.show_refs, [n1], max_depth=2,
                                 filter=lambda o: type(o) is not type))
