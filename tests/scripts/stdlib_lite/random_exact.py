# random: exact sequences for many seeds and distribution functions
import random
for seed in [0, 1, 42, 2**40, -5, "abc", b"xyz", 3.5, 10**30]:
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 10**6), random.randrange(0, 100, 7), random.choice("abcdefgh"), random.uniform(-1, 1))
random.seed(7)
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(1000), 8), random.sample("abcdefg", 3), random.choices(range(5), k=8), random.choices("xyz", weights=[1, 5, 10], k=10), random.choices("ab", cum_weights=[1, 2], k=4))
print(random.gauss(10, 2), random.normalvariate(0, 1), random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3), random.gammavariate(2, 1), random.lognormvariate(0, 1), random.vonmisesvariate(1, 1), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.getrandbits(100), random.randbytes(5), random.randrange(10**20), random.randint(-10**15, 10**15))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r = random.Random(123); print(r.random(), r.randint(1, 6), r.choice([1, 2, 3]))
print([random.randint(1, 6) for _ in range(30)])
print(random.sample(list(range(100)), k=100)[:10], random.sample({1, 2, 3} and [1, 2, 3], 2))
random.seed(99); deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]; random.shuffle(deck); print(deck[:13])
