# Integer arithmetic: + - * / // % ** with positive and negative operands,
# floor division and modulo sign rules, divmod, true division giving floats.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (1, 7)]:
    print(a, b, "|", a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))

print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 2, -2 ** 2)
print(2 ** -1, 10 ** -3, (-8) ** -1)
print(7 // 1, -7 // 1, 0 // 3, -0)
print(abs(-5), abs(5), abs(0), -(-3), +4)
print(1 + 2 * 3 - 4 // 2 % 3, (1 + 2) * 3, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(17 % 5, -17 % 5, 17 % -5, -17 % -5)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x /= 4; print(x)
print(True + True, True * 10, False - 1, 3 * False)
for bad in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0)]:
    try:
        bad()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(int.__add__(3, 4), (5).__mul__(6), (3).__neg__())
