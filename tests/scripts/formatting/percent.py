# printf-style formatting: every conversion, flags, width and precision
# (also '*'), mapping keys, single non-tuple arguments.

print('%s|%r|%a' % ('é', 'é', 'é'), '%d %i %u' % (1, -2, 3), '%o %x %X' % (8, 255, 255))
print('%e|%E|%f|%F|%g|%G' % (12345.678, 12345.678, 1.5, float('nan'), 1e-5, 1e20))
print('%c%c%c' % ('a', 233, 0x1F600), '%%', '%s%%' % 5, '%.2f%%' % 50)
for fmt in ['%5d|', '%-5d|', '%05d|', '%+d', '% d', '%+5d|', '%-+5d|', '%0-5d|', '%.3d', '%8.3d|',
            '%#x', '%#X', '%#o', '%#10x|', '%#010x', '%-#10x|', '%.3x', '%#.3x', '%+x', '% o', '%+#X',
            '%#5.3o|', '%x', '%o']:
    print(repr(fmt), repr(fmt % 42), repr(fmt % -42), repr(fmt % 0))
for fmt in ['%f', '%.0f', '%#.0f', '%10.3f|', '%-10.2e|', '%010.2f', '%+.2f', '% .1f', '%g', '%#g',
            '%.3g', '%.15g', '%.20f', '%e', '%E', '%G', '%#.3g', '%+010.1e', '%-8g|', '%5.1f%%']:
    print(repr(fmt), repr(fmt % 3.14159), repr(fmt % -0.0), repr(fmt % 1234567.0), repr(fmt % float('inf')))
print('%.0f %.0f %.0f %.2f' % (0.5, 1.5, 2.5, 0.125), '%.100f' % 1.5)
print('%5s|%-5s|%.1s|%5.1s|%-5c|%5c' % ('ab', 'ab', 'abc', 'xyz', 'x', 'é'))
print('%*d|%-*d|%.*f|%*.*f|' % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828), '%*d|' % (-5, 3), '%.*s|' % (-1, 'abc'))
print('%(x)s-%(y)r' % {'x': 1, 'y': 'b'}, '%(a)s %(a)d' % {'a': 7}, '%(k(1))s' % {'k(1)': 'paren'})
print('%s' % {'a': 1}, '%s' % [1, 2], '%s' % ((1, 2),), '%d' % 3.7, '%d' % True, '%x' % True, '%s' % None)
print('%i' % 2**100, '%x' % 2**70, '%#o' % -2**70, '%20d|' % -10**15, '%e' % 10**20, '%d' % -0.5)
print('%ld %hi %Lf' % (1, 2, 3.0), 'hello' % [1], 'hello' % {}, 'hello' % (), '%s' % b'ab', '%r' % 'x')
print('%s' % 5, '%s' % 2.5, '%r' % 2.5, '%a' % 'ü😀', '%5r|' % 'x', '%s and %s' % ('a', 'b'))
print('é%sü' % 'x', '%5s|' % 'é', '日本%s語' % '😀', '%-3s|%3s' % ('日', '本'))
class N:
    def __index__(self):
        return 7
    def __float__(self):
        return 2.5
    def __int__(self):
        return 9
print('%x %d %f %c' % (N(), N(), N(), N()))
class Z(int):
    def __str__(self):
        return 'Z!'
print('%s %d %r' % (Z(5), Z(5), Z(5)))
