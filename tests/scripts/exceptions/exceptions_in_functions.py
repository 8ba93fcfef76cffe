# Exceptions propagating through call stacks, generators and methods;
# cleanup order of nested finally blocks across frames; exceptions from
# __init__; and a retry loop with a counter.
log = []
def level3():
    try:
        raise ValueError("deep")
    finally:
        log.append("level3 finally")
def level2():
    try:
        level3()
    finally:
        log.append("level2 finally")
def level1():
    try:
        level2()
    except ValueError as e:
        log.append(f"level1 caught {e}")
    finally:
        log.append("level1 finally")
level1()
print(log)
class Resource:
    def __init__(self, fail):
        if fail:
            raise RuntimeError("cannot init")
        self.ok = True
for fail in (False, True):
    try:
        r = Resource(fail)
        print("created", r.ok)
    except RuntimeError as e:
        print("failed:", e)
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "connected"
for i in range(5):
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retrying after:", e)
else:
    print("gave up")
def gen():
    yield 1
    raise KeyError("from generator")
try:
    for v in gen():
        print("value", v)
except KeyError as e:
    print("generator error:", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError as e:
        return f"bad types: {e}"
print(safe_div(1, 2), safe_div(1, 0), safe_div("a", 2))
def lookup(d, *keys):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, IndexError, TypeError) as e:
        return f"{type(e).__name__}({e})"
data = {"a": [{"b": 1}]}
print(lookup(data, "a", 0, "b"), lookup(data, "x"), lookup(data, "a", 5), lookup(data, "a", "k"))
