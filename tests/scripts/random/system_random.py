# random.SystemRandom: OS entropy, no state; only properties of its results
# are printed.
import random
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
r = random.SystemRandom()
x = r.random(); print(0 <= x < 1, type(x).__name__)
print(r.getrandbits(0), r.getrandbits(5) < 32, len(r.randbytes(10)), r.randint(1, 1), 1 <= r.randint(1, 6) <= 6, r.choice('a'), sorted(r.sample(range(5), 5)))
print(r.seed(5), isinstance(r, random.Random), 'SystemRandom' in random.__all__)
show('getstate', r.getstate)
show('setstate', lambda: r.setstate(None))
show('neg bits', lambda: r.getrandbits(-1))
show('neg bytes', lambda: r.randbytes(-1))
show('float bytes', lambda: r.randbytes(1.5))
l = list(range(10)); r.shuffle(l); print(sorted(l))
print(len(set(r.random() for _ in range(100))) > 90, 0 <= r.uniform(2, 3) or True, r.gauss(0, 1) == r.gauss(0, 1))
