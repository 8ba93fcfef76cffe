# printf-style % formatting: conversions s r a d i f e g x o c %, widths,
# precision, flags, * widths, dict-based names, tuples, and errors.
print("%s and %s" % ("this", "that"))
print("%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print("%i %d %d" % (3.99, -3.99, True))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%r %s %a" % ("quote", "quote", "é"))
print("%.3s|%10s|%-10s|" % ("abcdef", "right", "left"))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 33})
print("100%% sure" % (), "%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),))
print("%s" % None, "%d%%" % 50, "%5.1f%%" % 12.345)
print("%e|%.2e|%g|%g|%g" % (12345.678, 0.000123, 0.0001, 1e-5, 123456789))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(missing)s" % {"x": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError:", e)
name, score = "Bo", 87.5
msg = "Player %-6s scored %6.2f points (%d%%)" % (name, score, score)
print(msg)
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for r in rows:
    print("%-12s x%3d @ %5.2f = %7.2f" % (r[0], r[1], r[2], r[1] * r[2]))
