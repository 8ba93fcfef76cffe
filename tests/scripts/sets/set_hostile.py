# Keys whose __hash__ or __eq__ raise, or mutate the set being searched:
# errors propagate, lookups restart after a mutation, nothing leaks.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class BadHash:
    def __hash__(self):
        raise ValueError('no hash')

class BadEq:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        raise RuntimeError('no eq')

class Mutator:
    target = None
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if Mutator.target is not None:
            t = Mutator.target
            Mutator.target = None
            t.clear()
            t.update(range(100, 120))
        return self is other
    def __repr__(self):
        return 'M(%d)' % self.h

s = {1, 2, 3}
show('add bad hash', lambda: s.add(BadHash()))
show('contains bad hash', lambda: BadHash() in s)
show('discard bad hash', lambda: s.discard(BadHash()))
show('update bad hash', lambda: s.update([4, BadHash(), 5]))
print(s)
e = {BadEq(7)}
show('add bad eq', lambda: e.add(BadEq(7)))
show('contains bad eq', lambda: BadEq(7) in e)
show('remove bad eq', lambda: e.remove(BadEq(7)))
show('no compare needed', lambda: (BadEq(8) in e, len(e)))
show('union bad eq', lambda: e | {BadEq(7)})
show('eq sets bad eq', lambda: e == {BadEq(7)})
show('frozenset bad', lambda: frozenset([1, BadHash()]))

def gen():
    yield 10
    yield 11
    raise KeyError('gen failed')

show('update gen error', lambda: s.update(gen()))
print(s)
show('intersection gen error', lambda: s.intersection(gen()))
show('difference_update gen error', lambda: s.difference_update(gen()))
show('issuperset gen error', lambda: s.issuperset(gen()))
show('isdisjoint gen error', lambda: s.isdisjoint(gen()))
print(s)

m = {Mutator(1), Mutator(2)}
Mutator.target = m
show('mutating eq', lambda: Mutator(1) in m)
print(sorted(x for x in m if isinstance(x, int))[:3], len(m))
m2 = set()
m2.add(Mutator(5))
Mutator.target = m2
m2.add(Mutator(5))
print(len(m2))

class Unhashable(set):
    pass

u = {frozenset([1, 2])}
print({1, 2} in u, Unhashable([1, 2]) in u, u.discard(Unhashable([1, 2])), u)
