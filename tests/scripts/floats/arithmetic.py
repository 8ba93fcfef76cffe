# Float arithmetic: floor division and modulo with negatives, divmod, pow,
# mixing with ints, inf/nan propagation and comparisons, ZeroDivisionError.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1.0, 0.3), (5, 0.5)]:
    print(a, b, "|", a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(2.0 ** 3, 2 ** -1.0, (-8.0) ** 2, 4 ** 0.5, 0.0 ** 0)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * 2, 1 / inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 1e308)
print(nan is nan, [nan] == [nan], nan in [nan])
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
for expr in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0)]:
    try:
        expr()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print((-8.0) ** 2, 8.0 ** (1 / 3), (-2.0) ** -2)
print(-7.5 % 2, 7.5 % -2, -0.0 % 5, 5 % -1.5)
print(3 * 1.5, 3 + 0.5, 10 / 4, 10 // 4.0, type(10 // 4.0).__name__)
x = 1.5
x += 1; print(x)
x *= 2; print(x)
x /= 3; print(x)
x //= 0.5; print(x)
x -= 0.25; print(x)
x **= 2; print(x)
x %= 3; print(x)
print(abs(-2.5), abs(-0.0), -(-1.5), +(-1.5))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 10 ** 400 > 1e308)
