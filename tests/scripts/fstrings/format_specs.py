# f-string format specs: alignment, fill, width, sign, zero padding,
# precision, grouping, bases, exponent, percent, and specs computed from
# nested replacement fields; also __format__ on a user class.
v = 1234.5678
i = -42
s = "py"
print(f"[{s:>8}] [{s:<8}] [{s:^8}] [{s:*^8}] [{s:.1}] [{s!r:>6}]")
print(f"[{i:5}] [{i:<5}] [{i:^7}] [{i:05}] [{i:+}] [{-i:+}] [{-i: }] [{i:=6}]")
print(f"[{v:.1f}] [{v:10.2f}] [{v:<10.0f}] [{v:+.3e}] [{v:g}] [{v:,.1f}] [{v:_.2f}]")
print(f"[{0.5:%}] [{0.1234:.1%}] [{1/3:.5f}] [{2/3:.0f}] [{1e-9:g}] [{12345678.9:.3g}]")
print(f"[{255:b}] [{255:o}] [{255:x}] [{255:X}] [{255:#b}] [{255:#010x}] [{65:c}]")
print(f"[{10**10:,}] [{-10**10:_}] [{1234567:,d}] [{0:,}]")
width, prec, align = 12, 3, "^"
print(f"[{v:{width}.{prec}f}] [{s:{align}{width}}] [{v:{'>'}{width}}] [{i:0{width}d}]")
for k in range(1, 4):
    print(f"{k:>{k * 2}}|{'x' * k:-<5}|")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f"{self.cents / 100:.2f} EUR"
        return format(text, spec) if spec else text
    def __str__(self):
        return "Money"
m = Money(123456)
print(f"{m}|{m:>15}|{m!s}|{m!s:>8}")
print(format(m), format(m, "<14") + "|")
try:
    print(f"{s:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{v:x}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{i:,s}")
except ValueError as e:
    print("ValueError:", e)
table = [("Alice", 93.5, 1), ("Bob", 78.25, 12), ("Christina", 100.0, 3)]
print(f"{'Name':<10}|{'Score':>8}|{'Rank':^6}")
print("-" * 26)
for name, score, rank in table:
    print(f"{name:<10}|{score:>8.2f}|{rank:^6}")
print(f"{True:>6} {True!s:>6} {None!r:>6} {[1, 2]!s:>8}")
