import copy
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, 2); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
cyc = [1]; cyc.append(cyc); c2 = copy.deepcopy(cyc); print(c2[1] is c2, c2 is not cyc)
shared = [0]; pair = [shared, shared]; p2 = copy.deepcopy(pair); print(p2[0] is p2[1])

class Pt:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
    def __repr__(self):
        return 'Pt(%r, %r)' % (self.x, self.tags)
p = Pt(1, ['a'])
sp = copy.copy(p); dp = copy.deepcopy(p)
p.tags.append('b')
print(sp, dp, sp.tags is p.tags, type(dp).__name__)

class Sl:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 2
x = Sl(); y = copy.deepcopy(x); print(y.a, y.b, y.a is x.a)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
cc = copy.copy(Custom(1)); dc = copy.deepcopy(Custom([1])); print(cc.v, dc.v)

class Red:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Red, (self.a * 2,))
print(copy.copy(Red(3)).a)

P = namedtuple('P', 'x y')
print(copy.copy(P(1, [2])), copy.deepcopy(P(1, [2])))
od = OrderedDict(a=[1]); od2 = copy.deepcopy(od); od['a'].append(2); print(od2, od)
dd = defaultdict(list, a=[1]); print(copy.deepcopy(dd), copy.copy(dd))
print(copy.deepcopy(Counter('aab')), copy.copy(deque([1, 2], maxlen=5)), copy.deepcopy(deque([[1]])))
print(copy.deepcopy({1, 2}), copy.copy(frozenset([3])), copy.deepcopy(len) is len)
