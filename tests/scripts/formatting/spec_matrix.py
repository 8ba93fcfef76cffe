# format() of ints and floats over a matrix of format specs; %-formatting, round().
vals_i = [0, 1, -1, 7, 255, -255, 1234567, -98765432109876543210, 2**64, True]
vals_f = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-7, 1.5e-5, 123456789.125, 1e16, 1.7976931348623157e308, 5e-324, float('inf'), float('-inf'), float('nan'), 0.5, 2.5, 0.125, 1/3, 2/3, 100.0, 1e22, 12345.6789]
specs_i = ['', 'd', '5d', '<5d', '^7d', '=+8d', '+d', ' d', '-d', '08d', ',d', '_d', '_x', '_b', 'x', 'X', '#x', '#X', '#o', 'o', 'b', '#b', 'c', 'n', '10,', '*^12,', '0=10', 'e', '.2e', 'f', '.3f', 'g', '%', '.1%', 'G', 'E', '+.3g', '#.3g', '012,.2f', '#10x', '010b', ' ,d']
specs_f = ['', 'e', 'E', '.0e', '.3e', 'f', 'F', '.0f', '.2f', '.10f', 'g', 'G', '.0g', '.1g', '.3g', '.10g', '.17g', '#g', '#.3g', '#.0f', '#.0e', '%', '.0%', '.2%', '10.3f', '<10.2f', '^12.3e', '=+12.2f', '012.3f', '+f', ' f', ',f', ',.2f', '_.3f', ',g', 'n', '.3n', '.1', '.5', '.20', '+', ' ', '010', '#', '*>15', '0<10', 'r' if False else 'e']
for v in vals_i:
    out = []
    for sp in specs_i:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append('!' + type(e).__name__ + ':' + str(e))
    print(repr(v), '|'.join(out))
for v in vals_f:
    out = []
    for sp in specs_f:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append('!' + type(e).__name__ + ':' + str(e))
    print(repr(v), '|'.join(out))
for v in [1.5, 0.1, 1e300, 123.456, -1e-300, 2.0**60, 1e23, 9.999999999999999e22]:
    print(str(v), repr(v), '%s %r %.3f %10.4e %g %G %.15g %.17g %#g %-12f|' % (v, v, v, v, v, v, v, v, v, v))
for v in [0, 5, -5, 2**70, -2**70]:
    print('%d %5d %-5d| %05d %+d % d %x %#X %o %#o %.3d %+.3d %c' % (v, v, v, v, v, v, v, v, v, v, v, v, 65 + abs(v) % 26))
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1.2355, 3), round(123.456, -1), round(1e300, 2), round(5, -1), round(15, -1), round(25, -1))
print(round(0.5), round(1.5), round(2.675, 2), round(-2.5), round(2.5, 0), round(7, 0), type(round(7.0)), type(round(7.0, 0)))
print(float('1e500'), float('-1e500'), 1e308 * 10, -1e308 * 10, 1e-320, 2.2250738585072014e-308)
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 1e16 + 1, 9007199254740993, float(9007199254740993), 0.1 * 3, 1.1 * 1.1)
print(float.hex(1.0), (0.1).hex(), float.fromhex('0x1.8p1'), (3.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer())
print(int(1e20), int(-2.9), int(2.9), int('  42  '), int('-0x1f', 16), int('0b101', 0), int('z', 36), int('1_000'))
print(divmod(7, -2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), 7 % -3, -7 % 3, 7.0 % -3, -7.0 // 2, 2 ** -1, (-8) ** (1/3))
