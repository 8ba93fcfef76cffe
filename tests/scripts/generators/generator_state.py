# Generator objects as state machines: gi_running-free checks via
# repeated next, a generator-based tokenizer, round-robin scheduling of
# several generators, and generators closing when garbage (finally runs
# when the last reference goes away).
def tokens(text):
    num = ""
    for ch in text + " ":
        if ch.isdigit():
            num += ch
            continue
        if num:
            yield ("NUM", int(num))
            num = ""
        if ch in "+-*/()":
            yield ("OP", ch)
print(list(tokens("12+(3*45)-6")))
def task(name, steps):
    for i in range(steps):
        yield f"{name} step {i}"
queue = [task("A", 3), task("B", 1), task("C", 2)]
while queue:
    t = queue.pop(0)
    try:
        print(next(t))
        queue.append(t)
    except StopIteration:
        print("  task finished")
def guarded(name):
    try:
        yield 1
        yield 2
    finally:
        print(f"  cleanup {name}")
g = guarded("dropped")
next(g)
print("dropping reference")
del g
print("after del")
for v in guarded("loop"):
    print("loop got", v)
    break
print("after loop")
def state_machine():
    state = "start"
    while True:
        event = yield state
        if state == "start" and event == "go":
            state = "running"
        elif state == "running" and event == "stop":
            state = "stopped"
        elif event == "reset":
            state = "start"
sm = state_machine()
print(next(sm), [sm.send(e) for e in ["stop", "go", "go", "stop", "reset", "go"]])
