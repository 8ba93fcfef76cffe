# Reference counts of constants, as CPython 3.10 shows them for a script:
# a literal is referenced by the variable, getrefcount's argument, the
# co_consts of every code object using it (equal constants are merged
# across the whole file) and, while the script runs, by the parse tree.
# Constant expressions are folded at compile time (within CPython's size
# limits), so their values are constants too.
import sys

a = 1000
print("int literal", sys.getrefcount(a))
b = 1000 + 1
print("folded int", sys.getrefcount(b))
c = -5000
print("negative literal", sys.getrefcount(c))
d = 2.5
print("float literal", sys.getrefcount(d))
e = "hello world"
print("str literal", sys.getrefcount(e))
f = "ab" + "cd"
print("folded str", sys.getrefcount(f), f)
g = (1, 2, "three")
print("tuple literal", sys.getrefcount(g))
h = (1, (2, 3), -4)
print("nested tuple", sys.getrefcount(h), sys.getrefcount(h[1]))
i = 2 ** 61 - 1
print("folded power", sys.getrefcount(i), i)
j = 2 ** 200
print("too big to fold", sys.getrefcount(j), j > 0)
k = "x" * 5000
print("too long to fold", sys.getrefcount(k), len(k))
m = "abc"[1]
print("folded subscript", m)
n = [1000, 1000, 1000]
print("list of one constant", sys.getrefcount(n[0]), n[0] is n[1])


def uses_same():
    return 1000


def own_constant():
    local = 123456
    return sys.getrefcount(local)


print("shared across functions", uses_same() is a, sys.getrefcount(a))
print("function constant", own_constant())


def fresh():
    return [1, 2] * 2


print("computed values are not constants", sys.getrefcount(fresh()))
x = 10 ** 6
y = 10 ** 6
print("equal folded values merge", x is y)
print("divide by zero is left for run time:", end=" ")
try:
    print(1 / 0)
except ZeroDivisionError as err:
    print(err)
print({-1, -2, -8, 7}, 3 in [1, 2, 3], 4 not in {1, 2, 3})
print([v for v in {9, 1, 17, 25}], {0, 8, 16, 24, 32})
