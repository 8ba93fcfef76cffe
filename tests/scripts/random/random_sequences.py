# random: seeded sequences equal CPython's, for every kind of seed and
# every function of the module.
import random

def run(seed):
    random.seed(seed)
    print('seed', repr(seed))
    print(random.random(), random.random(), random.getrandbits(70), random.getrandbits(5))
    print(random.randint(1, 10**30), random.randrange(100), random.randrange(0, 100, 7),
          random.randrange(50, -50, -3), random.randint(-5, 5))
    print(random.choice('abcdefg'), random.choice(range(1000)), random.choice([None, 1]))
    L = list(range(20))
    random.shuffle(L)
    print(L)
    print(random.sample(range(1000), 8), random.sample(range(30), 10), random.sample('abcde', 5))
    print(random.sample(['a', 'b', 'c'], counts=[3, 5, 2], k=6))
    print(random.choices('abc', k=5), random.choices('abc', [1, 5, 10], k=5),
          random.choices('abc', cum_weights=[1, 5, 10], k=5), random.choices(range(5)))
    print(random.uniform(1, 5), random.triangular(0, 10, 3), random.triangular())
    print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(5, 2), random.normalvariate(1, 2))
    print(random.lognormvariate(0, 1), random.expovariate(1.5), random.vonmisesvariate(1, 2),
          random.vonmisesvariate(1, 0))
    print(random.gammavariate(0.5, 2), random.gammavariate(1, 2), random.gammavariate(3.5, 2),
          random.betavariate(2, 3))
    print(random.paretovariate(2), random.weibullvariate(1, 2))

for seed in [0, 1, 42, 12345, 2**100 + 7, -5, 2**32, 2**32 - 1, 3.25, -0.5, True,
             'hello', '', 'ünïcode ✓', b'bytes', bytearray(b'xyz')]:
    run(seed)

random.seed('abc', version=1)
print('version 1', random.random())
random.seed(b'abc', version=1)
print('version 1 bytes', random.random())
