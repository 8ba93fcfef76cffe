# str.format: positional/keyword/indexed fields, attribute and item access,
# conversions, format specs for alignment, fill, sign, width, precision,
# grouping, bases, nested spec fields, and escaping braces.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0}{name}".format(9, name="n"))
print("{0[0]} {0[1]} {d[key]} {d[k2]}".format([10, 20], d={"key": "v", "k2": 5}))
class P:
    x = 3
    def __init__(self):
        self.y = "why"
print("{0.x} {0.y} {p.y}".format(P(), p=P()))
print("{!r} {!s} {!a}".format("s", "s", "ü"))
print("[{:<8}] [{:>8}] [{:^8}] [{:*^9}] [{:-<6}] [{:08}]".format("l", "r", "c", "mid", "x", -42))
print("[{:+}] [{:+}] [{: }] [{:=+8}] [{:06.2f}]".format(5, -5, 5, 5, -1.5))
print("{:,} {:_} {:,.2f} {:_x} {:,d}".format(1234567, 1234567, 1234567.891, 0xFFFFFF, -9876543))
print("{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:c} {:d}".format(10, 10, 255, 255, 10, 10, 255, 97, 7))
print("{:e} {:.2E} {:g} {:.2%} {:%}".format(123.456, 0.000123, 1e20, 0.4567, 1))
print("{:{}}|{:>{w}}|{:.{p}f}|{:{fill}{align}{width}}".format("a", 5, "b", 3.14159, "c", w=4, p=2, fill="#", align="^", width=7))
print("{{literal}} {{{}}}".format("inside"))
print("{:10}|{:<10}|{:10}|".format("text", 12, 12))
print("{:.3}|{:.0f}|{:.1f}".format("abcdef", 2.5, 0.05))
print(format("x", "^5"), format(10, "#06x"), format(-7, "05d"), format(True, "d"), format(True))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{name}".format(other=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
try:
    "{:x}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print("{0:>3}|{0:<3}|{0:^3}".format(7))
print("{}".format([1, "a"]), "{}".format({"k": (1,)}), "{}".format(None))
print("Total: {total:>10.2f} EUR".format(total=1234.5), "{:>5}%".format(42))
template = "{name:<10}{qty:>5}{price:>10.2f}"
for row in [dict(name="pen", qty=3, price=1.5), dict(name="notebook", qty=10, price=12.25)]:
    print(template.format(**row))
print("a{}b".format(""), "{}{}".format("x", "y"), "{:s}".format("s"))
