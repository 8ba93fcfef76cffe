# Bitwise operators on ints, including negatives (two's complement semantics
# with infinite sign extension) and shifts.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print(1 << 0, 1 << 10, 5 << 3, -5 << 2)
print(1024 >> 3, 5 >> 1, -5 >> 1, -1 >> 100, 7 >> 10)
print(bin(0b1111 & ~0b0101), bin(255 ^ 0b10101010))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
x = 0
for bit in (0, 3, 5):
    x |= 1 << bit
print(x, bin(x), [i for i in range(8) if x >> i & 1])
x &= ~(1 << 3)
print(x)
x ^= 0xFF
print(x)
x <<= 2
print(x)
x >>= 3
print(x)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(n) for n in range(17)])
print((2 ** 100 - 1) & 0xFFFF, (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100))
