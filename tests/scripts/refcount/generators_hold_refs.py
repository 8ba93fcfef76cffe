# A suspended generator frame keeps its arguments and locals alive; the
# references go away when the generator finishes or is closed.
import sys

def walk(seq):
    for item in seq:
        yield item

data = [[1], [2]]
print("list alone:", sys.getrefcount(data))
gen = walk(data)
print("generator created:", sys.getrefcount(data))
first = next(gen)
print("generator running:", sys.getrefcount(data))
print("yielded item:", sys.getrefcount(first))
rest = list(gen)
print("generator exhausted:", sys.getrefcount(data))
del gen
print("generator deleted:", sys.getrefcount(data))

gen = walk(data)
next(gen)
print("suspended again:", sys.getrefcount(data))
gen.close()
print("after close:", sys.getrefcount(data))

def holder():
    big = [0] * 10
    yield sys.getrefcount(big)
    alias = big
    yield sys.getrefcount(big)

print(list(holder()))
