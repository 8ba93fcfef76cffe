# Arbitrary-precision integers: powers, factorials, negative big values,
# floor division and modulo of big numbers, comparison with small ones.
big = 2 ** 200
print(big)
print(-big)
print(big + 1, big - 1)
print(big * big)
print(big // 3, big % 3)
print(-big // 7, -big % 7)
print(divmod(big, -12345678901234567890))
print(big // big, big % big, big / 2 ** 199)
print(2 ** 64, 2 ** 63 - 1, -2 ** 63, 2 ** 64 - 1)
print(0xFFFFFFFFFFFFFFFF + 1)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(10 ** 30 == 1000000000000000000000000000000)
print(big > 10 ** 60, big < 10 ** 61, -big < -1)
print(abs(-3 ** 100))
print(pow(3, 100), pow(3, 100, 1000000007), pow(2, 1000, 997))
print(pow(7, -1, 40), pow(-3, 3, 10))
print(123456789 * 987654321, 99999999999 * 99999999999)
fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[119])
print(int("9" * 40) + 1)
print((2 ** 100).bit_length(), (255).bit_length(), (0).bit_length(), (-8).bit_length())
print(hash(2 ** 61 - 1) == hash(0) or hash(2 ** 61 - 1), hash(7), hash(-1), hash(-2))
print(big == float(big), float(2 ** 53 + 1))
print(2 ** 100 // -3, 2 ** 100 % -3)
print((-2 ** 100) >> 3, (2 ** 100) >> 98, 1 << 100)
