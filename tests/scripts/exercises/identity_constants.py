# identity of constants: one script's equal constants are one object (merged across functions),
# constant folding of literal expressions, the empty-string singleton
a = 257
b = 257
print("same statement-level constant:", a is b)
def f():
    return 257
def g():
    x = "a longer string, not an identifier"
    return x
print("constant shared with a function:", f() is a, f() is f())
LONG = "a longer string, not an identifier"
print("string constant across functions:", g() is LONG)
p = 1000
q = 999 + 1
print("folded int:", p is q)
k1 = -6
k2 = -7 + 1
print("folded negative:", k1 is k2)
s1 = "hello"
s2 = "hel" + "lo"
print("folded str concat:", s1 is s2)
u = "a" * 20
v = "a" * 20
print("folded str repeat:", u is v)
t = (1, 2) + (3,)
print("folded tuple:", t == (1, 2, 3))
empty = ""
print("empty string singleton:", "".join([]) is empty, "abc"[5:] is empty, str() is empty, "x".strip("x") is empty)
A, B = "a", "b"; ABC = "abc"
print("one-char strings are cached:", ABC[0] is A, chr(98) is B)
N1000 = 1000
print("runtime ints are distinct:", int("1000") is int("1000"), int("1000") == N1000)
