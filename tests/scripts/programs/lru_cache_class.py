# An LRU cache built on dict insertion order: get moves a key to the end,
# put evicts the oldest key when full; statistics of hits and misses; used
# to memoize a slow function, with the eviction order printed.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
        self.evicted = []
    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evicted.append(oldest)
        self.data[key] = value
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"LRU({list(self.data.items())})"
c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
print(c.get("a"), c)
c.put("d", "D")
print(c, c.evicted)
print(c.get("b"), c.get("c"), c)
c.put("e", "E")
c.put("a", "A2")
print(c, c.evicted, len(c), "b" in c)
print(f"hits={c.hits} misses={c.misses}")
def cached(cache):
    def deco(fn):
        def wrapper(n):
            sentinel = object()
            v = cache.get(n, sentinel)
            if v is sentinel:
                v = fn(n)
                cache.put(n, v)
            return v
        return wrapper
    return deco
calls = []
fib_cache = LRUCache(100)
@cached(fib_cache)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(calls), fib_cache.hits, fib_cache.misses)
small = LRUCache(2)
@cached(small)
def square(n):
    calls.append(n)
    return n * n
calls.clear()
print([square(n) for n in [1, 2, 1, 3, 2, 1, 1]], calls, small.evicted)
