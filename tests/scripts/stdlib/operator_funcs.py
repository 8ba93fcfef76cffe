import operator as op
from operator import itemgetter, attrgetter, methodcaller

print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
print(op.index(7), op.getitem([1, 2, 3], 1), op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])))
print(op.__add__(1, 1), op.__not__(1), op.__and__(3, 1))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
a = [1]
b = op.iadd(a, [2]); print(a, b is a)
print(op.iadd(1, 2), op.imul('ab', 2), op.isub(5, 1), op.ior({1}, {2}), op.ipow(2, 3))

g = itemgetter(1)
print(g([10, 20]), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 'v'}))
print(repr(g), repr(itemgetter(1, 'a')))
class P:
    def __init__(self):
        self.x = 1
        self.child = self
    def hello(self, name, punct='!'):
        return 'hi ' + name + punct
p = P()
print(attrgetter('x')(p), attrgetter('x', 'child.x')(p), repr(attrgetter('x', 'child.x')))
print(methodcaller('hello', 'bob')(p), methodcaller('hello', 'al', punct='?')(p))
print(repr(methodcaller('hello', 'al', punct='?')))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))

for f, args in [(op.add, (1, 'a')), (op.concat, (1, 2)), (op.index, ('a',)),
                (itemgetter, ()), (attrgetter, (1,)), (methodcaller, ()), (methodcaller, (1,)),
                (op.indexOf, ([1], 2)), (op.getitem, ([], 1)), (attrgetter('nope'), (p,))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
