# range: construction, repr, len, indexing, slicing, membership, equality,
# hashing, iteration (64-bit and arbitrary-size), reversed, errors.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(range(10), range(2, 10), range(0, 10, 2), range(10, 0, -3))
print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -2)), list(range(0)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(-5, 5, -1)))
print(range(True), range(False, True))

r = range(3, 30, 4)
print(r.start, r.stop, r.step)
print(r[0], r[2], r[-1], r[-7], r[True])
print(r[1:4], r[::-1], r[::2], r[10:], r[-3:-1], r[5:1:-2])
print(list(r[::-1]), list(r[1:4]))
print(5 in r, 7 in r, 31 in r, 7.0 in r, 'a' in r, True in range(2))
print(r.count(7), r.count(8), r.count(7.0), r.index(11), r.index(11.0))
print(bool(range(0)), bool(range(1)))

print(range(0) == range(5, 5), range(0, 10, 3) == range(0, 11, 3), range(1) == range(1, 2, 5))
print(range(0, 3) == range(0, 4), range(3) != range(3), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(7, 7)), hash(range(1, 2, 9)) == hash(range(1, 2)))
print(hash(range(0, 10, 3)) == hash(range(0, 11, 3)))

big = range(10**20, 10**20 + 30, 7)
print(big, len(big), big[1], big[-1], list(big))
print(list(reversed(big)), 10**20 + 7 in big, 10**20 + 8 in big)
huge = range(2**100)
print(huge[2**99], huge[-1], huge[5:2**70:3], huge.index(12345))
print(list(range(2**63 - 3, 2**63)), list(range(-2**63, -2**63 + 2)))
print(list(reversed(range(2**63 - 3, 2**63))))
print(list(range(2**64, 2**64 + 3)), list(reversed(range(-3, 0))))

it = iter(range(5))
print(type(it).__name__, it.__length_hint__(), next(it), next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
rit = reversed(range(1, 10, 2))
print(type(rit).__name__, rit.__length_hint__(), list(rit))
print(type(iter(range(2**64))).__name__, type(iter(range(2**63))).__name__)
print(type(iter(range(0, 2**63 - 1, 2))).__name__, type(iter(range(0, 2**63 - 10, 2))).__name__)
lit = iter(range(2**64, 2**64 + 4))
print(lit.__length_hint__(), next(lit), lit.__length_hint__())

total = 0
for i in range(1000):
    total += i
print(total, sum(range(-50, 51)), [x * x for x in range(1, 6)])

show('range()', lambda: range())
show('range(1,2,3,4)', lambda: range(1, 2, 3, 4))
show('range(1.5)', lambda: range(1.5))
show('range(1, 2.0)', lambda: range(1, 2.0))
show('step 0', lambda: range(1, 2, 0))
show('kwargs', lambda: range(stop=3))
show('index -11', lambda: range(10)[-11])
show('index 10', lambda: range(10)[10])
show('index str', lambda: range(10)['a'])
show('slice step 0', lambda: range(10)[::0])
show('slice float', lambda: range(10)[1.5:])
show('len huge', lambda: len(range(10**20)))
show('index missing', lambda: range(5).index(7))
show('index str', lambda: range(5).index('a'))
show('ordering', lambda: range(1) < range(2))
show('attr', lambda: range(3).foo)

class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(10)[Idx()], list(range(Idx(), 8)))
