# Interplay of try/except/else/finally with return, break and continue:
# finally always runs, a return in finally overrides, else runs only without
# an exception, and the order of the clauses.
def order(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("x")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order(False), order(True))
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_in_try())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def nested():
    log = []
    try:
        try:
            raise TypeError("inner")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append("outer caught " + str(e))
    finally:
        log.append("outer finally")
    return log
print(nested())
def except_returns():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("cleanup")
print(except_returns())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("loop finally", count)
def gen_try():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for v in gen_try():
    print("got", v)
    break
print("after break")
