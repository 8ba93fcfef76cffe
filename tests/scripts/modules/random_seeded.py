# The random module with a fixed seed: the Mersenne Twister sequence of
# CPython is reproducible, so random(), randint, randrange, choice,
# shuffle, sample, uniform and getrandbits give the same values every run.
import random
random.seed(42)
print([round(random.random(), 12) for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(5)], random.randrange(10))
print(random.choice("abcdef"), random.choice([10, 20, 30]))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), sorted(random.sample(["a", "b", "c", "d"], 2)))
print(round(random.uniform(1, 2), 10), random.getrandbits(16), random.getrandbits(64))
random.seed(42)
again = round(random.random(), 12)
print("same first value after reseed:", again)
random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(600)]
print([rolls.count(face) for face in range(1, 7)])
random.seed(123456789)
print(random.randint(0, 10 ** 6))
r = random.Random(7)
print(r.randint(1, 100), r.random() < 1, r.choice("xyz"))
random.seed(0)
print(random.choices(["red", "green"], k=5), random.choices("ab", weights=[1, 9], k=5))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
print(all(0 <= random.random() < 1 for _ in range(1000)), all(1 <= random.randint(1, 3) <= 3 for _ in range(100)))
