# complex numbers: arithmetic, integral powers, repr of signed zeros, formatting
c = 3 + 4j
print(c, c.real, c.imag, abs(c), c.conjugate(), c * 1j, c / 2, -c, c == 3 + 4j)
print(c ** 2, c ** 3, (1 + 1j) ** 8, 1j ** 2, pow(1j, 2), (2 - 3j) ** -1)
print(complex("1+2j"), complex(" -3.5j "), complex(2), complex(1, -1), repr(1j), str(-1j), (1 + 0j), 0j, complex(0, -0.0), -0j, complex(-0.0, 0))
print(f"{c:.2f}", format(c, ""), f"{c:>12}", f"{c:.1e}", format(1.5 - 2j, "+.3f"), f"{c!r}")
print((1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), hash(1 + 0j) == hash(1), 1 + 2j != 1 + 3j, complex(1, 2) + 1.5)
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print("TypeError:", e)
try:
    complex("1+")
except ValueError as e:
    print("ValueError:", e)
