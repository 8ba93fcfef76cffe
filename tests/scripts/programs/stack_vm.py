# A tiny stack-based virtual machine: an assembler from text to
# instructions with labels, a dispatch loop over a dict of handlers, calls
# and returns with a frame stack, and programs for factorial, gcd and
# primes; errors for stack underflow and unknown instructions.
class VMError(Exception):
    pass
def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, [labels.get(a, a) for a in args]) for op, args in code]
class VM:
    def __init__(self, code):
        self.code = code
        self.stack = []
        self.frames = []
        self.vars = [{}]
        self.pc = 0
        self.out = []
        self.steps = 0
    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at {self.pc - 1}")
        return self.stack.pop()
    def run(self, limit=100000):
        ops = {
            "PUSH": lambda a: self.stack.append(a[0]),
            "LOAD": lambda a: self.stack.append(self.vars[-1][a[0]]),
            "STORE": lambda a: self.vars[-1].__setitem__(a[0], self.pop()),
            "ADD": lambda a: self.stack.append(self.pop() + self.pop()),
            "MUL": lambda a: self.stack.append(self.pop() * self.pop()),
            "SUB": lambda a: self.binary(lambda x, y: x - y),
            "MOD": lambda a: self.binary(lambda x, y: x % y),
            "LT": lambda a: self.binary(lambda x, y: int(x < y)),
            "EQ": lambda a: self.binary(lambda x, y: int(x == y)),
            "JMP": lambda a: self.jump(a[0]),
            "JZ": lambda a: self.jump(a[0]) if self.pop() == 0 else None,
            "PRINT": lambda a: self.out.append(self.pop()),
            "CALL": lambda a: self.call(a[0]),
            "RET": lambda a: self.ret(),
            "DUP": lambda a: self.stack.append(self.stack[-1]),
        }
        while self.pc < len(self.code):
            op, args = self.code[self.pc]
            self.pc += 1
            self.steps += 1
            if self.steps > limit:
                raise VMError("step limit exceeded")
            if op == "HALT":
                break
            if op not in ops:
                raise VMError(f"unknown instruction {op}")
            ops[op](args)
        return self.out
    def binary(self, fn):
        y, x = self.pop(), self.pop()
        self.stack.append(fn(x, y))
    def jump(self, target):
        self.pc = target
    def call(self, target):
        self.frames.append(self.pc)
        self.vars.append({})
        self.pc = target
    def ret(self):
        self.vars.pop()
        self.pc = self.frames.pop()
FACT = """
    push 10
    call fact
    print
    halt
fact:           ; n on the stack -> n!
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    ret
"""
GCD = """
    push 1071
    push 462
    store b
    store a
top:
    load b
    jz end
    load a
    load b
    mod
    load b
    store a
    store b
    jmp top
end:
    load a
    print
"""
PRIMES = """
    push 2
    store n
next:
    load n
    push 30
    lt
    jz stop
    push 2
    store d
check:
    load d
    load d
    mul
    load n
    push 1
    add
    lt
    jz prime
    load n
    load d
    mod
    jz notprime
    load d
    push 1
    add
    store d
    jmp check
prime:
    load n
    print
notprime:
    load n
    push 1
    add
    store n
    jmp next
stop:
    halt
"""
for name, src in [("fact", FACT), ("gcd", GCD), ("primes", PRIMES)]:
    vm = VM(assemble(src))
    print(name, vm.run(), "steps:", vm.steps)
for bad in ["add", "push 1\nfrobnicate", "top:\njmp top"]:
    try:
        VM(assemble(bad)).run(limit=1000)
    except VMError as e:
        print("VMError:", e)
print(assemble("x:\npush -3\njz x"))
