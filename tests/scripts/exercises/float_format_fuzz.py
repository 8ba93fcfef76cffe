# deterministic float formatting fuzz
seed = 12345
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
vals = [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, 0.125, 1e-7, 1e16, 1e22, 1e-320, 5e-324, 1.7976931348623157e308, 123456.789, 0.1, 2/3, 1e100, 9.995, 0.005, 2.675, 1234567.0, 99.99, 0.0001234, 1e15, 1e-5]
for i in range(150):
    r = rnd()
    m = (r >> 11) / 2**53
    e = (r % 41) - 20
    v = m * 10.0 ** e
    if r % 3 == 0: v = -v
    if r % 7 == 0: v = round(v, r % 5)
    vals.append(v)
specs = ["", "f", ".0f", ".1f", ".2f", ".3f", ".10f", "e", ".0e", ".2e", ".12e", "g", ".1g", ".2g", ".5g", ".15g", ".17g", "%", ".1%", ",.2f", "+.3g", "#.3g", "#g", "12.4f", "<12.3e", "^14g", "=+12.2f", "010.3f", "n", ".20f", ".30e", "_.1f", "E", "G", "#.0f", "#.0e", ".0%", ".50f"]
for v in vals:
    out = [repr(v), str(v)]
    for s in specs:
        out.append(format(v, s))
    out.append("%.3f|%10.4e|%g|%G|%.0f|%r|%s|%.12g|%#.3g" % (v, v, v, v, v, v, v, v, v))
    out.append(str(round(v, 2)) + " " + str(round(v)) if abs(v) < 1e300 else "big")
    out.append(repr(v * 3) + " " + repr(v / 7) + " " + repr(v + 0.1))
    print(" | ".join(out))
ints = [0, 1, -1, 7, 255, -255, 10**6, 2**31, -2**63, 10**20, 123456789]
ispecs = ["", "d", "5d", "<5", "^7", "+d", " d", "x", "X", "#x", "o", "#o", "b", "#b", "08b", ",", "_", "_x", "e", ".2f", "%", "c" , "n", "=+10", "010,"]
for v in ints:
    out = []
    for s in ispecs:
        try:
            out.append(format(v, s))
        except Exception as ex:
            out.append(type(ex).__name__ + ":" + str(ex))
    print(" | ".join(out))
print(round(25, -1), round(35, -1), round(-25, -1), round(15, -1), round(150, -2), round(250, -2), round(7, 0), round(-5, -1))
print([hash(x) for x in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, -2**64, 0.5, 1.5, -0.5, 1e20, float('inf'), 10**30]])
