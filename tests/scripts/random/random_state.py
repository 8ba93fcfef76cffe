# random: getstate/setstate, independent Random instances, subclasses,
# the _random core type, and errors.
import random
import _random

random.seed(7)
state = random.getstate()
print(len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [random.random() for i in range(3)]
g = random.gauss(0, 1)
state2 = random.getstate()
print(state2[2] is not None)
random.setstate(state)
print([random.random() for i in range(3)] == first, random.gauss(0, 1) == g)
random.setstate(state2)
print(random.gauss(0, 1) != g)

a = random.Random(123)
b = random.Random(123)
print(a.random() == b.random(), a.randrange(10**6), b.randrange(10**6), a.random() == b.random())
c = random.Random()
c.seed(123)
print(c.random() == random.Random(123).random())
print(random.Random('seed').random(), random.Random(5.5).random(), random.Random(-7).random())

class MyRandom(random.Random):
    pass
m = MyRandom(42)
print(m.random(), m.randint(1, 6), isinstance(m, random.Random), type(m).__name__)

class Fixed(random.Random):
    def random(self):
        return 0.5
f = Fixed(1)
print(f.randrange(100), f.choice('abcd'), f.uniform(0, 10))

r = _random.Random(42)
print(type(r), r.random(), r.getrandbits(40), len(r.getstate()), r.getstate()[-1])
r.seed(42)
print(r.random(), _random.Random.__name__, type(r).__module__)
r2 = _random.Random()
r2.setstate(r.getstate())
print(r2.random() == r.random())

class Core(_random.Random):
    def __init__(self, x):
        self.note = x
k = Core(42)
print(k.note, k.random() == _random.Random(42).random())

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for expr in ['r.setstate(1)', 'r.setstate((1,) * 10)', 'r.setstate(("a",) * 625)',
             'r.setstate((-1,) * 625)', 'r.setstate((2**40,) * 625)',
             'r.setstate((1,) * 624 + (625,))', 'r.setstate((1,) * 624 + (1.0,))',
             'r.getrandbits(-1)', 'r.getrandbits(1.0)', 'r.getrandbits(2**40)', 'r.seed(1, 2)',
             'r.seed([1])', '_random.Random(1, 2)', 'r.random(1)',
             'random.randrange(0)', 'random.randrange(5, 5)', 'random.randrange(1, 10, 0)',
             'random.randrange(10, 1, 2)', 'random.randrange(10, step=2)',
             'random.randint(5, 1)', 'random.choice([])',
             'random.sample(range(3), 5)', 'random.sample(range(3), -1)', 'random.sample({"a": 1}, 1)',
             'random.sample(["a", "b"], 1, counts=[1])', 'random.sample(["a"], 1, counts=[0])',
             'random.sample(["a"], 1, counts=[1.5])', 'random.choices("ab", [1], k=2)',
             'random.choices("ab", 3)', 'random.choices("ab", [1, 1], cum_weights=[1, 2])',
             'random.choices("ab", [0, 0])', 'random.choices("ab", [1, float("inf")])',
             'random.gammavariate(0, 1)', 'random.setstate((9, (), None))',
             'random.Random(bytearray(b"x"))']:
    show(expr, lambda: eval(expr))
