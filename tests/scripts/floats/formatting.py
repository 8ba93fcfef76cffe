# Formatting floats: format() specs f, e, g, %, with widths, signs, zero
# padding, thousands separators; %-formatting and str.format of floats.
x = 1234.56789
for spec in ["", ".2f", "10.3f", "<10.1f", "^12.2f", "+.1f", "010.2f", ",.2f", "_.1f",
             "e", ".3e", "E", "g", ".3g", ".10g", "%", ".1%", " .2f", "=+10.2f", "*>12.1f"]:
    print(repr(spec), "->", repr(format(x, spec)))
for v in [0.0, -0.0, 1e-7, 123456789.0, 1e16, 0.1, float("inf"), float("nan"), -float("inf")]:
    print(format(v, "g"), format(v, ".2f"), format(v, "e"), str(v))
print("%f %.2f %10.3f %-10.1f| %e %g %G" % (x, x, x, x, x, x, 1e-10))
print("%5.1f%%" % 99.44, "%+d %+.1f" % (5, -2.5), "%08.3f" % -3.14159)
print("{:.3f} {:>9.2e} {:,.1f} {:g}".format(2 / 3, 12345.678, 9876543.21, 0.00001))
print(format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e21, "f"), format(1e-5, "f"), format(12.0, "g"), format(1234567.0, "g"))
print(f"{x:.1f}", f"{x:12,.2f}", f"{-x:+.0f}", f"{x!r}", f"{x!s:>20}")
print(format(3, ".2f"), format(10, "e"), format(7, "%"))
