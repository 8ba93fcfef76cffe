# Random set operations on random sets of ints (seeded): every result prints in
# CPython's iteration order, so table sizes, probing and bulk shortcuts agree.
import random
random.seed(4242)
def rset():
    k = random.choice([0, 1, 3, 5, 8, 20, 50, 200])
    hi = random.choice([10, 64, 1000, 2**40])
    base = [random.randrange(-hi, hi) for _ in range(k)]
    how = random.randrange(4)
    if how == 0: return set(base)
    if how == 1: return {x for x in base}
    if how == 2:
        s = set()
        for x in base: s.add(x)
        return s
    return set(frozenset(base))
for step in range(300):
    a, b = rset(), rset()
    op = random.randrange(17)
    if op == 0: r = a | b
    elif op == 1: r = a & b
    elif op == 2: r = a - b
    elif op == 3: r = a ^ b
    elif op == 4: a |= b; r = a
    elif op == 5: a &= b; r = a
    elif op == 6: a -= b; r = a
    elif op == 7: a ^= b; r = a
    elif op == 8: a.update(list(b)); r = a
    elif op == 9: a.intersection_update(list(b)); r = a
    elif op == 10: a.difference_update(list(b)); r = a
    elif op == 11: a.symmetric_difference_update(list(b)); r = a
    elif op == 12:
        for x in list(b): a.discard(x)
        r = a
    elif op == 13:
        r = [a.pop() for _ in range(min(len(a), 3))] + [sorted(a)[:3]]
    elif op == 14: r = a.union(list(b), range(3)), a.intersection(b, list(a))
    elif op == 15: r = frozenset(a) | frozenset(b)
    else:
        for x in list(b)[:5]: a.add(x)
        for x in list(a)[::2]: a.remove(x)
        r = a
    print(step, op, r)
