# pass, assert (with and without messages, caught), global statements
# modifying module names from functions, and del of globals.
def nothing():
    pass
class Empty:
    pass
print(nothing(), Empty.__name__)
for _ in range(2):
    pass
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("AssertionError without message:", repr(e), e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print("counter", counter)
def make_global():
    global created
    created = "made inside a function"
make_global()
print(created)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = -1
    return counter
print(shadow(), counter)
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
unbound()
del created
print("created" in globals())
x = 1
def g():
    global x
    del x
g()
try:
    x
except NameError as e:
    print("NameError:", e)
