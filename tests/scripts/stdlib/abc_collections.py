from collections import abc
from collections.abc import *

def gen():
    yield 1
checks = [
    ([], [Iterable, Sized, Container, Collection, Sequence, MutableSequence, Reversible, Hashable]),
    ((), [Sequence, MutableSequence, Hashable]),
    ('s', [Sequence, Hashable]),
    ({}, [Mapping, MutableMapping, Hashable, Iterable]),
    (set(), [Set, MutableSet, Hashable]),
    (frozenset(), [Set, MutableSet, Hashable]),
    (iter([]), [Iterator, Iterable]),
    (gen(), [Generator, Iterator]),
    (len, [Callable]),
    (1, [Hashable, Iterable, Callable]),
    ({}.keys(), [KeysView, Set, Sized]),
    ({}.items(), [ItemsView]),
    ({}.values(), [ValuesView, Collection]),
    (range(3), [Sequence, Reversible]),
    (b'', [ByteString, Sequence]),
]
for obj, abcs in checks:
    print(type(obj).__name__, [isinstance(obj, a) for a in abcs])
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Sequence))

class Seq(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Seq(4)
print(list(s), 9 in s, s.index(4), s.count(1), list(reversed(s)))

class M(Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = M({'a': 1, 'b': 2})
print(m.get('a'), m.get('z'), 'b' in m, list(m.keys()), list(m.items()), list(m.values()),
      m == {'a': 1, 'b': 2}, m.keys() & {'a'})
try:
    Sequence()
except TypeError as e:
    print(e)
try:
    class Bad(MutableMapping):
        def __getitem__(self, k): pass
    Bad()
except TypeError as e:
    print(e)
class Sized2:
    def __len__(self):
        return 0
print(isinstance(Sized2(), Sized), isinstance(Sized2(), Iterable))
class NotHash:
    __hash__ = None
print(isinstance(NotHash(), Hashable), Mapping, abc.Sequence.__module__)
from collections import deque, OrderedDict, Counter
class ML(list):
    pass
print(isinstance(deque(), MutableSequence), isinstance(ML(), MutableSequence), isinstance(Counter(), MutableMapping),
      isinstance(OrderedDict().keys(), KeysView))
