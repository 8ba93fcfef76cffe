# Scoping rules: LEGB lookup, class bodies do not create enclosing scopes
# for methods, comprehension scopes, global vs nonlocal, names assigned
# anywhere in a function being local everywhere in it.
x = "global x"
def f():
    return x
def g():
    x = "local x"
    return f()
print(g())
class C:
    x = "class x"
    def method(self):
        return x
    y = [x for _ in range(1)]
    z = x.upper()
print(C().method(), C.y, C.z)
def comp_scope():
    n = 10
    return [n * i for i in range(3)]
print(comp_scope())
i = "outer i"
squares = [i * i for i in range(4)]
print(i, squares)
def nested():
    a = 1
    def lvl1():
        b = 2
        def lvl2():
            return a + b
        return lvl2()
    return lvl1()
print(nested())
def global_and_nonlocal():
    global x
    y = "enclosing y"
    def inner():
        nonlocal y
        y = "changed y"
        return y
    inner()
    x = "changed global"
    return y
print(global_and_nonlocal(), x)
def local_everywhere():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    if False:
        x = 1
local_everywhere()
def builtin_shadow():
    print(max([1, 3]))
    max_ = max
    return max_([4, 2])
print(builtin_shadow())
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
lam_scope = [lambda: j for j in range(2)]
print([fn() for fn in lam_scope])
