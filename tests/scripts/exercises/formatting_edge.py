# f-string and format edge cases
name, n, x = "Ada", 42, 3.14159265
print(f"{name!r} {name!s} {name!a} {n:5d}|{n:<5}|{n:^7}|{n:>06}|{n:+}|{-n: }")
print(f"{x:.2f} {x:10.4f}| {x:e} {x:.3g} {x:g} {1e-5:g} {1e16:g} {123.0:g} {x:%}")
width, prec = 10, 3
print(f"{x:{width}.{prec}f}|{name:{'>'}{width}}|{n:{width}}")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#x} {n:08b} {1234567:,} {1234567.891:,.2f} {1234567:_x}")
print(f"{'nested ' + name.upper()} {[i for i in range(3)]} {dict(a=1)} {(lambda y: y * 2)(4)}")
print(f"{n=} {x=:.2f} {name = }")
print(f"{{literal}} {{{n}}}")
print(f"{'a' if n > 3 else 'b'} {n > 3} {None} {[1, 'x']!r}")
print(f"{3.0} {1e20} {1.0e-10} {0.0001} {100.0:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{-0.0} {float('inf')} {float('nan')} {-float('inf'):>8}")
print(f"{True:d} {True} {False:>6}")
print(f"{'abc':.2} {'abc':>5.2}|{'x':-^9}|")
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __format__(self, spec):
        return f"P<{self.x},{self.y}>{spec}"
    def __repr__(self): return f"P({self.x!r}, {self.y!r})"
    def __str__(self): return f"({self.x}, {self.y})"
p = P(1, 'b')
print(f"{p} {p!r} {p:xyz} {p!s}", format(p, "q"), str(p), repr(p), "{}".format(p), "{!r}".format(p), "%s %r" % (p, p))
print("{:>{w}}".format("r", w=6), "{0:{1}}".format(3, 5), "{a[0]}{a[1]}".format(a="xy"), "{p.x}".format(p=p))
print(format(255, '#06x'), format(-255, '08x'), format(3.5, '<8.2f') + '|', format(12, ''), format(1.0, ''), format('s'))
print("{:=+8.2f}|{:=8}|{:0=8}".format(3.14159, -5, -5))
print(f"{12345.6789:e}", f"{0.000012345:.2e}", f"{12345:.2e}", f"{1.5:.0e}")
print(f"{100:,d}", f"{-1234.5:,}", f"{12.0:n}" if False else "", f"{7:02d}:{5:02d}")
print(f"{'multi'}" f"{'part'}" "plain" f"{1+1}")
items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
print(f"{'Item':<10}{'Price':>8}{'Qty':>5}")
for it, pr, q in items:
    print(f"{it:<10}{pr:>8.2f}{q:>5d}")
print(f"{sum(p * q for _, p, q in items):>23.2f}")
print("%5.1f%%" % 45.678, "%-10s|" % "left", "%*d" % (5, 42), "%.*f" % (2, 3.14159), "%#x %#o" % (255, 8))
print("%i %u" % (3, 4), "%s" % None, "%s and %s" % ("a", "b"), "%d%%" % 50, "%3c|" % 'x')
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("x",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{x}".format(y=1))
except KeyError as e:
    print("KeyError:", e)
try:
    print(f"{n:s}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(format("abc", "d"))
except ValueError as e:
    print("ValueError:", e)
print(f"{n!r:>5}", f"{'é':^5}", f"{'tab':\t>6}" if False else "", repr(f"{'q'!r}"))
