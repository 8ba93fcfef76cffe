# int() from strings in several bases, with whitespace, signs and underscores;
# int() of floats truncating; hex/oct/bin and their prefixes; errors.
print(int("42"), int("  -17  "), int("+8"), int("1_000_000"), int("\t7\n"))
print(int("ff", 16), int("0xff", 16), int("0x1f", 16), int("FF", 16))
print(int("777", 8), int("0o777", 8), int("101", 2), int("0b101", 2))
print(int("z", 36), int("10", 36), int("0x10", 0), int("0o10", 0), int("0b10", 0), int("10", 0))
print(int(3.99), int(-3.99), int(1e20), int(True), int(False), int())
print(int("-0"), int("000"), int("0_0"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 70), bin(2 ** 10))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "o"), format(255, "b"), format(255, "#b"))
for s in ["", "abc", "1.5", "1__0", "_1", "1_", "0x", "12 34", "0b2"]:
    try:
        int(s)
        print(repr(s), "parsed?")
    except ValueError as e:
        print("ValueError:", e)
for s, base in [("8", 8), ("g", 16), ("0x1", 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(str(12345), repr(-6), str(0))
print(1_000, 0x_ff, 0o_17, 0b_1010, 0XAB, 0O7, 0B11)
print(round(1234.5678), round(-2.5), round(2.5), round(3.5), type(round(2.5)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(float(10), float(-0))
