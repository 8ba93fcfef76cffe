# Closures with nonlocal: counters, accumulators, independent closure
# instances, shared cells between sibling closures, and nonlocal in nested
# levels.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = account(50)
print(dep(25), wd(100), wd(30), get())
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x *= 10
            return x
        return inner
    f = middle()
    f()
    f()
    return x
print(outer())
def running_average():
    total = 0
    n = 0
    def add(v):
        nonlocal total, n
        total += v
        n += 1
        return total / n
    return add
avg = running_average()
print([avg(v) for v in (10, 20, 60, 10)])
def no_nonlocal():
    v = 1
    def inner():
        v = 2
        return v
    inner()
    return v
print(no_nonlocal())
def late_binding():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 99
    return [f() for f in fns]
print(late_binding())
def fixed_binding():
    def maker(i):
        return lambda: i
    return [maker(i)() for i in range(3)]
print(fixed_binding())
def cell_sees_later_assignment():
    def show():
        return value
    value = "assigned after def"
    return show()
print(cell_sees_later_assignment())
def unbound_cell():
    def show():
        return value
    try:
        show()
    except NameError as e:
        print("NameError:", e)
    value = 1
unbound_cell()
