# vm/lib/objgraph.py: mini's built-in objgraph, the object-graph explorer
# the articles debug leaks with.  The API is the objgraph package's common
# one (show_refs, show_backrefs, count, by_type, typestats,
# most_common_types, show_most_common_types, growth, show_growth,
# find_backref_chain, find_ref_chain, show_chain), written anew on top of
# gc.get_objects / get_referents / get_referrers, plus mini's explain=True:
# nodes coloured by what the cycle collector would decide (gc._explain, a
# dry run that frees nothing).
#
# How a graph is drawn (_show_graph):
#   1. breadth-first from the given objects along referents (show_refs) or
#      referrers (show_backrefs), at most too_many edges per object and
#      max_depth levels; objgraph's own lists and dicts are never followed;
#   2. nodes are named o1, o2, ... in visit order, so the DOT text is the
#      same on every run; each is labelled with its type, a short repr
#      without addresses and, when asked, its refcount or the collector's
#      verdict; edges say which index, key or attribute holds the reference;
#   3. the DOT text goes to `output`, to a .dot file, or through Graphviz's
#      `dot` to a picture (see _present).
# Everything here lives in lists and dicts that are dropped on return, so
# nothing stays alive; the ids of those containers are kept in `ignore` so
# that they never show up as referrers.
import gc
import sys
import _objgraph

_RENDER_FORMATS = ('png', 'svg', 'pdf', 'ps', 'gif', 'jpg', 'jpeg')
_ATTRIBUTES = ('__class__', '__func__', '__self__', '__globals__', '__code__',
               '__defaults__', '__kwdefaults__', '__closure__', '__module__',
               '__bases__', '__mro__', '__base__', 'cell_contents', 'f_back',
               'f_globals', 'f_locals', 'f_code', 'tb_frame', 'tb_next')
_VERDICT_COLOURS = {
    'reachable from outside': 'palegreen',
    'reachable through another object': 'lightblue',
    'unreachable': 'salmon',
}


# ---- type statistics --------------------------------------------------------

def _short_typename(obj):
    return type(obj).__name__


def _long_typename(obj):
    t = type(obj)
    module = getattr(t, '__module__', None)
    name = getattr(t, '__qualname__', t.__name__)
    if not module or module == 'builtins':
        return name
    return module + '.' + name


def _typename(obj, shortnames):
    return _short_typename(obj) if shortnames else _long_typename(obj)


def typestats(objects=None, shortnames=True, filter=None):
    """Count the objects the collector tracks, by type name: {name: count}.
    With shortnames=False the names are qualified with their module."""
    if objects is None:
        objects = gc.get_objects()
    stats = {}
    for obj in objects:
        if filter is not None and not filter(obj):
            continue
        name = _typename(obj, shortnames)
        stats[name] = stats.get(name, 0) + 1
    return stats


def count(typename, objects=None):
    """How many tracked objects have this type name ('Person', or
    'module.Person' for the qualified name)."""
    if objects is None:
        objects = gc.get_objects()
    qualified = '.' in typename
    n = 0
    for obj in objects:
        if _typename(obj, not qualified) == typename:
            n += 1
    return n


def by_type(typename, objects=None):
    """The tracked objects whose type has this name, as a list."""
    if objects is None:
        objects = gc.get_objects()
    qualified = '.' in typename
    return [obj for obj in objects if _typename(obj, not qualified) == typename]


def most_common_types(limit=10, objects=None, shortnames=True, filter=None):
    """[(name, count), ...], the most numerous types first."""
    stats = sorted(typestats(objects, shortnames=shortnames, filter=filter).items(),
                   key=lambda item: item[1], reverse=True)
    if limit:
        stats = stats[:limit]
    return stats


def show_most_common_types(limit=10, objects=None, shortnames=True, file=None,
                           filter=None):
    """Print the most common types, one `name count` line each."""
    if file is None:
        file = sys.stdout
    stats = most_common_types(limit, objects, shortnames=shortnames, filter=filter)
    width = max([len(name) for name, n in stats] + [0])
    for name, n in stats:
        file.write('%-*s %i\n' % (width, name, n))


_peak_stats = {}


def growth(limit=10, peak_stats=None, shortnames=True, filter=None):
    """Collect, then list the types whose count grew past its peak since the
    last call: [(name, count, delta), ...], largest growth first."""
    if peak_stats is None:
        peak_stats = _peak_stats
    gc.collect()
    stats = typestats(shortnames=shortnames, filter=filter)
    deltas = {}
    for name, n in stats.items():
        old = peak_stats.get(name, 0)
        if n > old:
            deltas[name] = n - old
            peak_stats[name] = n
    ranked = sorted(deltas.items(), key=lambda item: item[1], reverse=True)
    if limit:
        ranked = ranked[:limit]
    return [(name, stats[name], delta) for name, delta in ranked]


def show_growth(limit=10, peak_stats=None, shortnames=True, file=None, filter=None):
    """Print growth(): `name  total  +delta` lines."""
    result = growth(limit, peak_stats, shortnames, filter)
    if file is None:
        file = sys.stdout
    width = max([len(name) for name, n, d in result] + [0])
    for name, n, delta in result:
        file.write('%-*s%9d %+9d\n' % (width, name, n, delta))


# ---- chains -----------------------------------------------------------------

def _find_chain(obj, predicate, edge_func, max_depth, extra_ignore):
    queue = [obj]
    depth = {id(obj): 0}
    parent = {id(obj): None}
    ignore = set(extra_ignore)
    ignore.update((id(queue), id(depth), id(parent), id(ignore)))
    held = [obj]                # keeps what the chain refers to alive
    ignore.add(id(held))
    while queue:
        target = queue.pop(0)
        if predicate(target):
            chain = [target]
            while parent[id(chain[-1])] is not None:
                chain.append(parent[id(chain[-1])])
            return chain
        tdepth = depth[id(target)]
        if tdepth < max_depth:
            neighbours = edge_func(target)
            ignore.add(id(neighbours))
            for source in neighbours:
                if id(source) in ignore or id(source) in depth:
                    continue
                depth[id(source)] = tdepth + 1
                parent[id(source)] = target
                held.append(source)
                queue.append(source)
            del neighbours
    return [obj]


def find_backref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """A shortest chain of references from an object satisfying predicate
    (e.g. is_proper_module) to obj: [root, ..., obj]; [obj] if none."""
    return _find_chain(obj, predicate, gc.get_referrers, max_depth, extra_ignore)


def find_ref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """A shortest chain of references from obj to an object satisfying
    predicate: [obj, ..., target]; [obj] if none."""
    return list(reversed(_find_chain(obj, predicate, gc.get_referents, max_depth,
                                     extra_ignore)))


def is_proper_module(obj):
    """Is obj a module found in sys.modules under its own name?"""
    return (type(obj) is type(sys) and
            sys.modules.get(getattr(obj, '__name__', None)) is obj)


def show_chain(*chains, **kw):
    """Draw chains found by find_backref_chain (backrefs=True, the default)
    or find_ref_chain (backrefs=False); other options as show_refs."""
    backrefs = kw.pop('backrefs', True)
    chains = [chain for chain in chains if chain]
    members = set()
    for chain in chains:
        members.update(id(x) for x in chain)

    def in_chains(x):
        return id(x) in members
    max_depth = max([len(chain) for chain in chains] + [1]) - 1
    if backrefs:
        show_backrefs([chain[-1] for chain in chains], max_depth=max_depth,
                      filter=in_chains, **kw)
    else:
        show_refs([chain[0] for chain in chains], max_depth=max_depth,
                  filter=in_chains, **kw)


# ---- labels -----------------------------------------------------------------

def _strip_address(text):
    """'<function f at 0x7f...>' -> '<function f>': graphs are the same on
    every run."""
    at = text.find(' at 0x')
    while at >= 0:
        end = at + 6
        while end < len(text) and text[end] in '0123456789abcdefABCDEF':
            end += 1
        text = text[:at] + text[end:]
        at = text.find(' at 0x')
    return text


def _short_repr(obj):
    t = type(obj)
    if t in (list, tuple, dict, set, frozenset):
        return '%d items' % len(obj) if len(obj) != 1 else '1 item'
    if t is type or t is type(sys):
        return obj.__name__
    try:
        text = repr(obj)
    except Exception:
        return '(repr failed)'
    text = _strip_address(text)
    if len(text) > 40:
        text = text[:37] + '...'
    return text


def _quote(text):
    return text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')


def _key_label(key):
    if type(key) is str and key.isidentifier():
        return key
    text = repr(key) if type(key) in (str, int, float, bool, type(None)) else \
        _short_typename(key)
    return text if len(text) <= 20 else text[:17] + '...'


def _edge_label(source, target):
    """Which index, key or attribute of source holds target ('' if none)."""
    t = type(source)
    if t is dict or isinstance(source, dict):
        for key, value in source.items():
            if value is target:
                return _key_label(key)
        for key in source:
            if key is target:
                return '(key)'
        return ''
    if isinstance(source, (list, tuple)):
        for i in range(len(source)):
            if source[i] is target:
                return '[%d]' % i
        return ''
    if getattr(source, '__dict__', None) is target:
        return '__dict__'
    for name in _ATTRIBUTES:
        try:
            if getattr(source, name) is target:
                return name
        except Exception:
            pass
    return ''


def _gradient(start, end, depth, max_depth):
    if max_depth == 0:
        return start
    frac = min(float(depth) / max_depth, 1.0)
    return tuple(s + (e - s) * frac for s, e in zip(start, end))


# ---- graphs -----------------------------------------------------------------

class _Graph:
    """The DOT text being built, and the node names o1, o2, ... by id."""

    def __init__(self):
        self.lines = ['digraph ObjectGraph {',
                      '  node[shape=box, style=filled, fillcolor=white];']
        self.names = {}

    def name(self, obj):
        key = id(obj)
        if key not in self.names:
            self.names[key] = 'o%d' % (len(self.names) + 1)
        return self.names[key]

    def text(self):
        return '\n'.join(self.lines + ['}', ''])


def _explain(nodes, own):
    """{id: (refcount, gc_refs, verdict)} for nodes, from the collector's
    dry run; the references held by `own` (objgraph's containers and the
    caller's list) do not count."""
    found = gc._explain(nodes, own)
    return dict(zip([id(x) for x in nodes], found))


def _node_attributes(obj, depth, max_depth, highlight, root, finding):
    h, s, v = _gradient((0, 0, 1), (0, 0, .3), depth, max_depth)
    if type(obj) is type(sys):
        h, s = .3, 1
    if highlight is not None and highlight(obj):
        h, s, v = .6, .6, 0.5 + v * 0.5
    attrs = []
    if finding is not None:
        attrs.append('fillcolor=%s' % _VERDICT_COLOURS.get(finding[2], 'white'))
    else:
        attrs.append('fillcolor="%g,%g,%g"' % (h, s, v))
        if v < 0.5:
            attrs.append('fontcolor=white')
    if root:
        attrs.append('fontcolor=red')
    return attrs


def _node_label(obj, extra_info, refcount, shortnames, finding):
    label = _typename(obj, shortnames)
    if refcount is not None:
        label += ' [%d]' % refcount
    label += '\n' + _short_repr(obj)
    if finding is not None:
        refs = finding[1]
        if refs is None:
            label += '\nnot tracked by the collector'
        else:
            label += '\nrefcount %d, gc_refs %d\n%s' % (finding[0], refs, finding[2])
    if extra_info is not None:
        label += '\n' + str(extra_info(obj))
    return label


def _write_node(graph, obj, depth, options, root, finding, refcount):
    name = graph.name(obj)
    label = _node_label(obj, options['extra_info'], refcount, options['shortnames'],
                        finding)
    attrs = _node_attributes(obj, depth, options['max_depth'], options['highlight'],
                             root, finding)
    graph.lines.append('  %s[label="%s", %s];' % (name, _quote(label), ', '.join(attrs)))
    if hasattr(type(obj), '__del__'):
        graph.lines.append('  %s -> %s_has_a_del[color=red, style=dotted, len=0.25, '
                           'weight=10];' % (name, name))
        graph.lines.append('  %s_has_a_del[label="__del__", shape=doublecircle, '
                           'height=0.25, color=red, fillcolor="0,.5,1", fontsize=6];'
                           % name)


def _write_too_many(graph, target, skipped, depth, options, backwards):
    name = graph.name(target)
    h, s, v = _gradient((0, 1, 1), (0, 1, .3), depth + 1, options['max_depth'])
    if backwards:
        label = '%d more backreferences' % skipped
        graph.lines.append('  too_many_%s -> %s[color=red, style=dotted, len=0.25, '
                           'weight=10];' % (name, name))
    else:
        label = '%d more references' % skipped
        graph.lines.append('  %s -> too_many_%s[color=red, style=dotted, len=0.25, '
                           'weight=10];' % (name, name))
    graph.lines.append('  too_many_%s[label="%s", shape=box, height=0.25, color=red, '
                       'fillcolor="%g,%g,%g", fontsize=6, fontcolor=white];'
                       % (name, label, h, s, v))


def _walk(objs, edge_func, backwards, options, ignore, graph, nodes, depths, edges):
    """Breadth-first walk: fills nodes (objects in visit order), depths
    and edges (pairs of node indexes with their labels)."""
    index = {}
    for obj in objs:
        if id(obj) not in index:
            index[id(obj)] = len(nodes)
            nodes.append(obj)
            depths.append(0)
    ignore.add(id(index))
    position = 0
    while position < len(nodes):
        target = nodes[position]
        tdepth = depths[position]
        position += 1
        if tdepth >= options['max_depth']:
            continue
        neighbours = edge_func(target)
        ignore.add(id(neighbours))
        n = skipped = 0
        source = None
        for source in neighbours:
            if id(source) in ignore:
                continue
            if options['filter'] is not None and not options['filter'](source):
                continue
            if n >= options['too_many']:
                skipped += 1
                continue
            if id(source) not in index:
                index[id(source)] = len(nodes)
                nodes.append(source)
                depths.append(tdepth + 1)
            if backwards:
                label = _edge_label(source, target)
            else:
                label = _edge_label(target, source)
            edges.append((position - 1, index[id(source)], label, skipped))
            n += 1
        del neighbours, source, target
        if skipped:
            edges.append((position - 1, -1, '', skipped))


def _show_graph(objs, edge_func, backwards, options):
    if options['filename'] and options['output']:
        raise ValueError('Cannot specify both output and filename.')
    if type(objs) not in (list, tuple):
        objs = [objs]
    gc.collect()
    graph = _Graph()
    nodes, depths, edges = [], [], []
    ignore = set(options['extra_ignore'])
    ignore.update((id(objs), id(graph), id(graph.lines), id(graph.names), id(nodes),
                   id(depths), id(edges), id(ignore), id(options)))
    _walk(objs, edge_func, backwards, options, ignore, graph, nodes, depths, edges)
    findings = None
    if options['explain']:
        findings = _explain(nodes, [objs, nodes, graph.lines, edges])
    roots = set(id(obj) for obj in objs)
    for i in range(len(nodes)):
        obj = nodes[i]
        finding = findings[id(obj)] if findings is not None else None
        refcount = None
        if options['refcounts']:
            # not counted: nodes, obj, getrefcount's argument, the roots list
            refcount = sys.getrefcount(obj) - 3 - len([x for x in objs if x is obj])
        _write_node(graph, obj, depths[i], options, id(obj) in roots, finding, refcount)
    del obj
    for source, target, label, skipped in edges:
        if target < 0:
            _write_too_many(graph, nodes[source], skipped, depths[source], options,
                            backwards)
            continue
        a, b = graph.name(nodes[source]), graph.name(nodes[target])
        if backwards:
            a, b = b, a
        attrs = ' [label="%s"]' % _quote(label) if label else ''
        graph.lines.append('  %s -> %s%s;' % (a, b, attrs))
    count = len(nodes)
    del nodes[:], objs
    _present(graph.text(), count, options)


# ---- writing and rendering --------------------------------------------------

def _extension(filename):
    dot = filename.rfind('.')
    if dot < 0 or '/' in filename[dot:]:
        return ''
    return filename[dot + 1:].lower()


def _write(path, text):
    with open(path, 'w') as f:
        f.write(text)


def _present(text, count, options):
    """Send the DOT text where the options say, and tell the user."""
    output, filename = options['output'], options['filename']
    if output is not None:
        output.write(text)
        return
    if not filename:
        path = _objgraph.mkstemp('.dot')
        _write(path, text)
        print('Graph written to %s (%d nodes)' % (path, count))
        return
    fmt = _extension(filename)
    if fmt == 'dot' or fmt not in _RENDER_FORMATS:
        path = filename if fmt == 'dot' else filename + '.dot'
        _write(path, text)
        print('Graph written to %s (%d nodes)' % (path, count))
        print('Render it with: dot -Tpng %s -o %s.png' % (path, path[:-4]))
        return
    if _objgraph.which('dot') is None:
        path = filename[:-len(fmt)] + 'dot'
        _write(path, text)
        print('Graph written to %s (%d nodes)' % (path, count))
        print('Image renderer (dot) not found; install Graphviz, then: '
              'dot -T%s %s -o %s' % (fmt, path, filename))
        return
    path = _objgraph.mkstemp('.dot')
    _write(path, text)
    status = _objgraph.render(fmt, path, filename)
    _objgraph.remove(path)
    if status != 0:
        print('dot failed (exit code %d) while writing %s' % (status, filename))
    else:
        print('Image generated as %s (%d nodes)' % (filename, count))


def _options(max_depth, extra_ignore, filter, too_many, highlight, filename,
             extra_info, refcounts, shortnames, output, explain):
    return {'max_depth': max_depth, 'extra_ignore': extra_ignore, 'filter': filter,
            'too_many': too_many, 'highlight': highlight, 'filename': filename,
            'extra_info': extra_info, 'refcounts': refcounts,
            'shortnames': shortnames, 'output': output, 'explain': explain}


def show_refs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10,
              highlight=None, filename=None, extra_info=None, refcounts=False,
              shortnames=True, output=None, explain=False):
    """Draw the objects reachable from objs (a list of roots, drawn in red),
    following references forwards.  See docs/objgraph.md."""
    _show_graph(objs, gc.get_referents, False,
                _options(max_depth, extra_ignore, filter, too_many, highlight, filename,
                         extra_info, refcounts, shortnames, output, explain))


def show_backrefs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10,
                  highlight=None, filename=None, extra_info=None, refcounts=False,
                  shortnames=True, output=None, explain=False):
    """Draw what refers to objs (a list of roots, drawn in red), following
    references backwards.  See docs/objgraph.md."""
    _show_graph(objs, gc.get_referrers, True,
                _options(max_depth, extra_ignore, filter, too_many, highlight, filename,
                         extra_info, refcounts, shortnames, output, explain))
