# random with many seed types: the Mersenne Twister outputs of every method match CPython.
import random
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
print(sorted(n for n in dir(random) if not n.startswith('_') and n != 'SystemRandom'))
for seed in [42, 0, 1, -5, 2**100, 3.5, 'hello', b'bytes', bytearray(b'ba'), None if False else 7]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.randrange(10), random.randrange(5, 50, 5), random.choice('abcdef'), random.uniform(1, 2))
random.seed(42)
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 10), random.sample('abcdefg', 3), random.choices('abc', k=5), random.choices(range(5), weights=[1, 2, 3, 4, 5], k=6), random.choices('ab', cum_weights=[1, 10], k=4))
print(random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(0, 1), random.lognormvariate(0, 1), random.expovariate(2), random.triangular(0, 10, 3), random.betavariate(2, 3), random.gammavariate(2, 1), random.gammavariate(0.5, 1), random.paretovariate(3), random.weibullvariate(1, 2), random.vonmisesvariate(1, 2))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(64), random.getrandbits(100), random.randbytes(5), random.getrandbits(0))
print(random.randrange(-10, 10), random.randrange(10, -10, -3), random.randint(-5, -1), random.randrange(2**80), random.randint(0, 2**65))
st = random.getstate(); a = [random.random() for _ in range(3)]; random.setstate(st); b = [random.random() for _ in range(3)]; print(a == b, a)
r = random.Random(123); print(r.random(), r.randint(1, 6), r.choice([1, 2, 3]))
r2 = random.Random(); r2.seed(123); print(r2.random())
class MyR(random.Random):
    pass
m = MyR(5); print(m.random(), m.sample([1, 2, 3, 4], 2))
random.seed(99); print([random.randint(1, 6) for _ in range(20)])
random.seed(2024); x = list('abcdefghij'); random.shuffle(x); print(x, random.sample(x, k=4), random.sample(range(10**6), 3))
show('randrange empty', lambda: random.randrange(0))
show('randint bad', lambda: random.randint(5, 1))
show('choice empty', lambda: random.choice([]))
show('sample big', lambda: random.sample([1, 2], 3))
show('getrandbits neg', lambda: random.getrandbits(-1))
show('choices bad', lambda: random.choices('ab', weights=[1], k=2))
show('randrange step0', lambda: random.randrange(1, 5, 0))
random.seed(42)
print(random.random(), [random.random() for _ in range(3)])
random.seed(42, version=1); print(random.random())
random.seed('abc', version=1); print(random.random())
random.seed(12345); print(random.binomialvariate(10, 0.5) if hasattr(random, 'binomialvariate') else 'n/a')
random.seed(1); print(random.sample(range(1000), 30))
random.seed(1); print(random.sample(list(range(50)), 30))
random.seed(3); print(random.choices([1,2,3], [0.2, 0.3, 0.5]), random.choices([1,2,3], k=10))
