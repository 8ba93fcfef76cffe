# __slots__: member descriptors instead of an instance dict, unset slots,
# deletion, inheritance with and without __dict__/__weakref__, the errors of
# bad slot lists and layout conflicts; private name mangling of attributes,
# names, parameters and slot names inside classes.
import gc
import weakref


class P:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, hasattr(p, '__dict__'), P.x, type(P.__dict__['x']).__name__)
try:
    p.y
except AttributeError as e:
    print(repr(e))
try:
    del p.y
except AttributeError as e:
    print(repr(e))
try:
    p.z = 1
except AttributeError as e:
    print(repr(e))
p.y = [p]
del p.x
print(hasattr(p, 'x'), p.y[0] is p)
try:
    weakref.ref(p)
except TypeError as e:
    print(e)


class Q(P):
    __slots__ = ['z', '__dict__', '__weakref__']


q = Q(2)
q.w = 3
q.z = 4
print(q.__dict__, q.x, q.z, weakref.ref(q)() is q)


class R:
    __slots__ = 'one'


print(R.__slots__, R.one.__name__, R().__class__.__name__)


class Empty:
    __slots__ = ()


print(gc.is_tracked(Empty()), gc.is_tracked(P(0)), hasattr(Empty(), '__dict__'))

for source in [
    "class S:\n    __slots__ = ('a',)\n    a = 1",
    "class T(int):\n    __slots__ = ('a',)",
    "class U(P, R): pass",
    "class W: __slots__ = ('1x',)",
    "class W: __slots__ = 3",
    "class W: __slots__ = (1,)",
    "class W: __slots__ = ('__dict__', '__dict__')",
    "class W(Q): __slots__ = ('__dict__',)",
]:
    try:
        exec(source)
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class X(tuple):
    __slots__ = ()


print(X((1, 2)), hasattr(X(), '__dict__'))


class Account:
    __slots__ = ('__balance', 'owner')

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def deposit(self, n):
        self.__balance += n
        return self.__balance


a = Account('ann', 10)
print(a.deposit(5), a._Account__balance, sorted(k for k in Account.__dict__ if 'balance' in k))


class Secret:
    __hidden = 'class-level'

    def __init__(self):
        self.__value = 42
        self._Secret__other = 'direct'

    def get(self, __param=7):
        __local = self.__value + __param
        return __local, self.__hidden, self.__other

    def __dunder__(self):
        return 'not mangled'


s = Secret()
print(s.get(), s.get(1), sorted(vars(s)), s.__dunder__())
print(Secret.get.__code__.co_varnames)
try:
    s.__value
except AttributeError as e:
    print(e)


class _Under:
    def m(self):
        self.__a = 1
        return list(vars(self))


class ___:
    def m(self):
        self.__a = 1
        return list(vars(self))


print(_Under().m(), ___().m())


class Outer:
    class Inner:
        def f(self):
            self.__x = 1
            return list(vars(self))

    def g(self):
        __y = 5
        f = lambda: __y
        return f(), [__y for _ in range(2)]


print(Outer.Inner().f(), Outer().g())


def outside():
    __x = 1
    return __x


print(outside(), outside.__code__.co_varnames)


class Cycle:
    __slots__ = ('other', '__weakref__')


c1, c2 = Cycle(), Cycle()
c1.other, c2.other = c2, c1
r = weakref.ref(c1)
gc.collect()
del c1, c2
print(gc.collect() >= 2, r() is None)
