# An exception raised inside __del__ cannot propagate: CPython prints
# "Exception ignored in: ..." to stderr and continues.  To keep stderr empty
# this test only checks that __del__ can catch its own errors and that the
# program continues normally after objects are finalized.
class Careful:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        try:
            1 / self.n
            print("finalized", self.n)
        except ZeroDivisionError:
            print("handled error in __del__ for", self.n)
a = Careful(1)
b = Careful(0)
del a
del b
print("program continues")
class Counter:
    alive = 0
    def __init__(self):
        Counter.alive += 1
    def __del__(self):
        Counter.alive -= 1
objs = [Counter() for _ in range(5)]
print("alive:", Counter.alive)
del objs[:3]
print("alive:", Counter.alive)
objs = None
print("alive:", Counter.alive)
