# RecursionError messages: where the limit is hit decides the suffix (" in comparison", "while calling a Python object")
def fact(n):
    if n == 0:
        return 1
    return n * fact(n - 1)
print(len(str(fact(500))))
try:
    fact(5000)
except RecursionError as e:
    print("fact:", e)
def count(n):
    return count(n + 1)
try:
    count(0)
except RecursionError as e:
    print("count:", e)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def deep_fib(n):
    return deep_fib(n + 1) if n < 10**6 else fib(n)
try:
    deep_fib(0)
except RecursionError as e:
    print("deep_fib:", e)
class A:
    def __repr__(self): return repr(self)
try:
    repr(A())
except RecursionError as e:
    print("repr:", e)
def mutual_a(n): return mutual_b(n + 1)
def mutual_b(n): return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print("depth reached > 900:", depth(0) > 900)
