# Iteration order of sets of ints is deterministic in CPython: it follows the
# hash table (hash(n) == n for small ints, table size, linear probing and
# resizing).  This file pins that order down; the other set tests sort.
print({3, 1, 2}, {5, 4, 3, 2, 1}, set(range(10, 0, -1)))
s = {1, 2, 3}
s.add(10)
print(s)
s = set()
for n in [7, 15, 23, 1]:
    s.add(n)
print(s)
print({100, 5, 37, 8}, {8, 16, 0}, {-1, -2, 0, 1})
c = {1, 2, 3, 4, 10}
c &= {1, 2, 10, 11}
print(c)
c ^= {1, 5}
print(c)
c.update([20, 21], {22})
print(c)
big = set(range(0, 100, 7))
print(big)
big.discard(0)
big.add(200)
print(big)
print(list({9, 8, 7}), [x for x in {32, 1, 64}], {x * 3 for x in range(6)})
print({1, 2, 3} | {100, 50}, {60, 40, 20} - {40})
print(frozenset([12, 4, 8]), set("") | {0})
