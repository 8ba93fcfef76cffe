# Control flow in a small state machine: a while loop driven by a dict of
# transitions, early returns, loop-and-a-half input parsing, and nested
# break via a function return (no goto in Python).
transitions = {
    ("idle", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
    ("ready", "refund"): "idle",
}
state = "idle"
for event in ["push", "coin", "coin", "push", "done", "coin", "refund"]:
    nxt = transitions.get((state, event))
    if nxt is None:
        print(f"{state:8} --{event}--> (ignored)")
        continue
    print(f"{state:8} --{event}--> {nxt}")
    state = nxt
print("final", state)
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10), find_pair([3, 3], 6))
tokens = "12 + 7 - 3 + 100 - 50".split()
total = int(tokens[0])
i = 1
while i < len(tokens):
    op, val = tokens[i], int(tokens[i + 1])
    if op == "+":
        total += val
    elif op == "-":
        total -= val
    else:
        raise ValueError(op)
    i += 2
print("total", total)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 16)], max(range(1, 1000), key=collatz))
def fizzbuzz(n):
    for i in range(1, n + 1):
        if i % 15 == 0:
            yield "FizzBuzz"
        elif i % 3 == 0:
            yield "Fizz"
        elif i % 5 == 0:
            yield "Buzz"
        else:
            yield str(i)
print(" ".join(fizzbuzz(20)))
