# The iterator protocol: classes with __iter__ returning self and __next__
# raising StopIteration; separate iterable and iterator classes allowing
# several passes; iter() with a sentinel; next() with a default.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
for v in Countdown(2):
    print("tick", v)
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __iter__(self):
        return DeckIter(self.cards)
class DeckIter:
    def __init__(self, cards):
        self.cards, self.i = cards, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.cards):
            raise StopIteration
        card = self.cards[self.i]
        self.i += 1
        return card
d = Deck(["A", "K", "Q"])
print(list(d), list(d), [a + b for a in d for b in d if a != b][:4])
it = iter(d)
print(next(it), next(it), next(it), next(it, "empty"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
data = [5, 3, 0, 8]
pos = iter(data)
print(list(iter(lambda: next(pos), 0)))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), sum(Fib(1000)), max(Fib(50)), 21 in Fib(30))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
a, b, *rest = Countdown(5)
print(a, b, rest)
print(dict(zip(Countdown(3), "xyz")), sorted(Countdown(4)), tuple(enumerate(Countdown(2))))
