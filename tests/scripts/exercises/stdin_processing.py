# reading stdin: input() with prompts, loops until EOF, sys.stdin iteration
import sys
n = int(input("How many? "))
nums = [int(input(f"num {i + 1}: ")) for i in range(n)]
print()
print("sum", sum(nums), "max", max(nums))
name = input().strip()
print(f"Hello, {name.title()}!")
line = input()
a, b, op = line.split()
a, b = float(a), float(b)
ops = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan")}
print(f"{a} {op} {b} = {ops[op]:.3f}")
words = input().split(",")
print([w.strip() for w in words if w.strip()])
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print(len(rest), rest[:2], rest[-1] if rest else None)
matrix = [list(map(int, r.split())) for r in rest if r and r[0].isdigit()]
print(matrix, [sum(col) for col in zip(*matrix)])
print(sys.stdin.read() == "")
