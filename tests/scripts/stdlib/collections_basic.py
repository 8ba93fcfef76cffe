from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap
from collections import UserDict, UserList, UserString
import collections.abc

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x + p.y, p[0], Point._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(repr(Point), Point.__doc__, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p; print(x, y, len(p), Point.x.__doc__)
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3._field_defaults, P3(1, 2, 3))
R = namedtuple('R', ['ok', 'def', '_x', 'ok'], rename=True)
print(R._fields)
for args, kw in [(('P', ['a', 'a']), {}), (('P', ['_a']), {}), (('P', ['def']), {}),
                 (('P', ['1x']), {}), (('P', 'a'), {'defaults': [1, 2]})]:
    try:
        namedtuple(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point._make([1]),
             lambda: p._replace(z=1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Sub(3, 4), Sub(3, 4).norm())

d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([4, 5]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.index(3), d.count(1), 3 in d, list(reversed(d)))
d.remove(3); print(d); d.reverse(); print(d); d[0] = 'x'; del d[1]; print(d)
d.insert(1, 'y'); print(d, d == deque(['x', 'y', 2, 1, -1, 5]), d != deque())
m = deque(range(10), maxlen=3); print(m, m.maxlen); m.append(10); m.appendleft(6); print(m)
print(deque(maxlen=3), deque(), deque('ab') + deque('cd'), deque([1]) * 3)
big = deque()
for i in range(1000):
    big.append(i)
for i in range(500):
    big.popleft()
for i in range(300):
    big.appendleft(-i)
print(len(big), big[0], big[-1], big[300], sum(big))
for call in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
             lambda: deque([1]).remove(2), lambda: deque([1]).index(2),
             lambda: deque([1], maxlen=1).insert(0, 1), lambda: deque(maxlen=-1)]:
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
dd = deque([1]); dd.append(dd); print(dd)

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), sorted(c.elements())[:4], c.total())
c.update('aaz'); c.subtract({'b': 5}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), +Counter(a=-1, b=2), -Counter(a=-1, b=2), Counter(a=1) == Counter(a=1, b=0))
print(Counter([1, 1, 2]), dict(Counter('hello')), list(Counter('hello')))
words = 'the cat the dog the end cat'.split()
print(Counter(words).most_common())
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)

dd = defaultdict(list)
dd['a'].append(1); dd['b']; print(dd, dd.default_factory, isinstance(dd, dict))
di = defaultdict(int, {'x': 1}); di['y'] += 2; print(di, dict(di))
print(defaultdict(None, {1: 2}), defaultdict())
try:
    defaultdict(None)['q']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print(e)
print(dd.get('zz'), 'zz' in dd, dd.copy())

od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(OrderedDict.fromkeys('xyz'))), OrderedDict(a=1) | {'b': 2})
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm, cm.get('z', 0), 'b' in cm)
cm['c'] = 5; print(cm.maps[0], cm.new_child({'a': 0})['a'], cm.parents)
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)

ud = UserDict({'a': 1}, b=2); ud['c'] = 3
print(ud, len(ud), ud['a'], 'b' in ud, ud.get('z'), isinstance(ud, collections.abc.MutableMapping))
ul = UserList([3, 1, 2]); ul.append(0); ul.sort()
print(ul, ul[1:], ul + [9], len(ul), ul == [0, 1, 2, 3])
us = UserString('hello')
print(us, us.upper(), us + '!', us[1:3], len(us), 'ell' in us, us.split('l'))
