# Binding semantics: a failed pattern binds nothing (CPython 3.10 binds
# only once the whole pattern matched), a failed guard leaves the names
# bound, names go to the scope the symbol table gives them.
def failed_pattern():
    match [1, 2, 3]:
        case [a, b, 4]:
            pass
        case [c, *d] if False:
            pass
        case _:
            pass
    for name in ["a", "b", "c", "d"]:
        try:
            print(name, "=", eval(name))
        except NameError:
            print(name, "unbound")
    try:
        print(a)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

failed_pattern()

def or_partial():
    match (1, 2):
        case (x, 3) | (x, 4):
            pass
        case _:
            pass
    try:
        return x
    except UnboundLocalError:
        return "x unbound after failed alternatives"
print(or_partial())

# module level: names are globals
match {"name": "mod", "extra": 1}:
    case {"name": modname, **modrest}:
        pass
print(modname, modrest, "modname" in globals())

# class body: names are class attributes
class C:
    match (1, 2):
        case (first, second):
            pass
print(C.first, C.second)

# closures: captured names become cells
def outer(v):
    match v:
        case [x, y]:
            pass
    def inner():
        return x + y
    return inner
print(outer([20, 22])())

def nonlocal_capture():
    n = 0
    def set_it(v):
        nonlocal n
        match v:
            case int(n):
                pass
    set_it(5)
    return n
print(nonlocal_capture())

g = "old"
def global_capture():
    global g
    match "new":
        case g:
            pass
global_capture()
print(g)

# a guard sees the names; walrus in the guard binds too
match [1, 2]:
    case [a, b] if (total := a + b) > 5:
        print("no")
    case [a, b] if (total := a + b) == 3:
        print("guard with walrus", a, b, total)

# a name rebound by a later case
v = 10
match 10:
    case 1:
        pass
    case v if v > 100:
        pass
    case _:
        print("v after failed guard:", v)

# match in a loop with break/continue/return in case bodies
def loop(items):
    out = []
    for it in items:
        match it:
            case "skip":
                continue
            case "stop":
                break
            case ("return", value):
                return out + [value]
            case other:
                out.append(other)
    return out
print(loop([1, "skip", 2, "stop", 3]))
print(loop([1, ("return", 9), 2]))

# a generator yielding in the subject and the guard
def gen():
    match (yield "subject"):
        case x if (yield ("guard", x)):
            yield ("body", x)
        case x:
            yield ("other", x)
it = gen()
print(next(it))
print(it.send(5))
print(it.send(True))

# try inside a case body and a match inside a handler
def tricky(v):
    try:
        match v:
            case int(n):
                try:
                    return 10 // n
                except ZeroDivisionError:
                    match n:
                        case 0:
                            return "zero"
    finally:
        print("  finally for", v)
print(tricky(5), tricky(0), tricky("s"))

# a match statement with only a wildcard, and with a guarded default
match 1:
    case _:
        print("only wildcard")
match 2:
    case 1:
        pass
    case _ if False:
        print("no")
print("after guarded default")
