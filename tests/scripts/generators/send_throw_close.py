# Generator methods: send() delivering values into yield expressions,
# priming with next()/send(None), throw() raising inside the generator
# (caught or not), close() raising GeneratorExit, and finally blocks.
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)
try:
    echo().send("too early")
except TypeError as e:
    print("TypeError:", e)
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
a.send(None)
print([a.send(v) for v in (10, 20, 60)])
def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  caught inside:", e)
            yield "recovered"
r = resilient()
print(next(r), r.throw(ValueError("bad")), next(r))
try:
    r.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", e)
print(list(r))
def with_cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
    finally:
        print("  finally in generator")
c = with_cleanup()
print(next(c))
c.close()
print("closed; next gives:", next(c, "exhausted"))
c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(b, "b finished"))
unstarted = with_cleanup()
unstarted.close()
print("closing an unstarted generator runs nothing")
def thrower():
    yield 1
t = thrower()
try:
    t.throw(IndexError("before start"))
except IndexError as e:
    print("thrown into unstarted:", e)
print(next(t, "generator is finished"))
def stop_inside():
    yield 1
    raise StopIteration("oops")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
