# show_refs(..., explain=True): nodes coloured by the collector's verdict
# from a dry run that frees nothing.  The list handed to show_refs does not
# count as a reference, so after `del a, b` the two-list cycle shows as
# unreachable (salmon); in scenario B (only `del a`) b is reachable from
# outside... through the module's dict, which is itself a container, so b
# reads "reachable through another object" (lightblue) like a.
import gc
import objgraph


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def explained(objs):
    out = Capture()
    objgraph.show_refs(objs, output=out, explain=True,
                       filter=lambda x: type(x) is list)
    for line in ''.join(out.parts).split('\n'):
        if 'label=' in line and '->' not in line:
            name = line.strip().split('[')[0]
            label = line.split('label="')[1].split('"')[0].replace('\\n', ' | ')
            colour = line.split('fillcolor=')[1].split(',')[0].split(']')[0]
            print('  %s: %s [%s]' % (name, label, colour))


a = [1, 3]
b = [2, 4]
a.append(b)
b.append(a)
print('both names alive:')
explained([a])

objs = [a]
del a
print('scenario B (del a):')
explained(objs)

del b
print('scenario A (del a, b):')
explained(objs)

print('the dry run freed nothing:', len(objs[0]), len(objs[0][2]))
del objs
gc.collect()
