# Number conversions written by hand: Roman numerals both ways, English
# words for integers, base conversion to any base up to 36, and checks
# against int() and format() for many values.
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = []
    for value, sym in ROMAN:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)
def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        if i + 1 < len(s) and vals[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(n, to_roman(n), from_roman(to_roman(n)) == n)
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for size, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= size:
            q, r = divmod(n, size)
            return words(q) + " " + name + ((", " if r >= 100 else " and ") + words(r) if r else "")
for n in [0, 7, 13, 21, 40, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 2000000003, -58]:
    print(n, "=", words(n))
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
for n in [0, 5, 255, -255, 2 ** 64, 123456789]:
    print(n, to_base(n, 2)[-16:], to_base(n, 8), to_base(n, 16), to_base(n, 36))
print(all(int(to_base(n, b), b) == n for n in range(-300, 300, 7) for b in range(2, 37)))
print(all(to_base(n, 16) == format(n, "x") and to_base(n, 2) == format(n, "b") for n in range(1000)))
