# input() reading lines from standard input (a .in file): prompts are
# written to stdout without a newline, values are strings without the
# trailing newline, and EOFError at the end of input.
name = input("Name? ")
print()
print(f"Hello, {name}!")
age = int(input("Age? "))
print()
print("Next year you will be", age + 1)
nums = list(map(int, input().split()))
print("sum:", sum(nums), "max:", max(nums))
n = int(input())
rows = [input() for _ in range(n)]
print(rows)
print(repr(input("blank: ")))
total = 0
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    if line.strip() == "":
        continue
    total += float(line)
print("total", total)
