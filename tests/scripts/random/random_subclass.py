# Subclasses of random.Random overriding random(), getrandbits() and seed();
# getstate()/setstate() round trips.
import random
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.uniform(0, 10), m.randrange(10), m.choice('abcd'), m.randint(1, 6), m.gauss(0, 1), m.expovariate(1), m.triangular())
class Bits(random.Random):
    def getrandbits(self, k):
        return 0
b = Bits(1)
print(b.randrange(10), b.randrange(16), b.random(), b.choice('abc'))
class Seeded(random.Random):
    def seed(self, a=None, version=2):
        super().seed(a, version)
        self.seeded = a
s = Seeded(5); print(s.seeded, s.random())
r = random.Random(7); st = r.getstate(); print(type(st).__name__, len(st), st[0], len(st[1]), st[2])
r2 = random.Random(); r2.setstate(st); print(r2.random() == random.Random(7).random())
