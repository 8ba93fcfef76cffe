# Which str/bytes operations return their operand itself (as CPython does when
# nothing changes): visible with 'is' and sys.getrefcount.  Bugs fixed: '%s' % s
# is s, so is "{}".format(s); bytes.split() without a match returns the bytes itself.
s = 'hello world'
ops = {
 'strip': lambda x: x.strip(), 'lstrip': lambda x: x.lstrip(), 'rstrip': lambda x: x.rstrip(), 'replace': lambda x: x.replace('zz', 'y'),
 'replace0': lambda x: x.replace('l', 'L', 0), 'center': lambda x: x.center(3), 'ljust': lambda x: x.ljust(2), 'rjust': lambda x: x.rjust(1), 'zfill': lambda x: x.zfill(3),
 'expandtabs': lambda x: x.expandtabs(), 'str': str, 'format': lambda x: format(x), 'fmt_s': lambda x: '%s' % x, 'fstr': lambda x: f'{x}', 'join1': lambda x: ''.join([x]),
 'mul1': lambda x: x * 1, 'add_empty': lambda x: x + '', 'radd_empty': lambda x: '' + x, 'slice_all': lambda x: x[:], 'slice_all2': lambda x: x[0:100], 'slice_step1': lambda x: x[::1],
 'removeprefix': lambda x: x.removeprefix('zz'), 'removesuffix': lambda x: x.removesuffix('zz'), 'translate': lambda x: x.translate({}), 'lower': lambda x: x.lower(), 'upper': lambda x: x.upper(),
 'split0': lambda x: x.split('zz')[0], 'partition': lambda x: x.partition('zz')[0], 'rpartition': lambda x: x.rpartition('zz')[2], 'title': lambda x: x.title(), 'casefold': lambda x: x.casefold(), 'swapcase': lambda x: x.swapcase(), 'capitalize': lambda x: x.capitalize(),
}
print('str', [k for k, f in ops.items() if f(s) is s])
b = b'hello world'
bops = {
 'strip': lambda x: x.strip(), 'lstrip': lambda x: x.lstrip(), 'rstrip': lambda x: x.rstrip(), 'replace': lambda x: x.replace(b'zz', b'y'),
 'center': lambda x: x.center(3), 'ljust': lambda x: x.ljust(2), 'rjust': lambda x: x.rjust(1), 'zfill': lambda x: x.zfill(3), 'expandtabs': lambda x: x.expandtabs(),
 'bytes': bytes, 'join1': lambda x: b''.join([x]), 'mul1': lambda x: x * 1, 'add_empty': lambda x: x + b'', 'slice_all': lambda x: x[:], 'slice_step1': lambda x: x[::1],
 'removeprefix': lambda x: x.removeprefix(b'zz'), 'translate': lambda x: x.translate(None), 'split0': lambda x: x.split(b'zz')[0], 'partition': lambda x: x.partition(b'zz')[0], 'lower': lambda x: x.lower(),
}
print('bytes', [k for k, f in bops.items() if f(b) is b])
t = (1, 2)
fs = frozenset([1, 2])
print('frozenset', frozenset(fs) is fs, fs.copy() is fs, fs | frozenset() is fs, fs.union() is fs, fs - set() is fs)
import sys
x = 'unique string for refcount test'
before = sys.getrefcount(x)
y = x.strip(); z = x.replace('q', 'r'); w = x[:]
print(sys.getrefcount(x) - before)
x = "abc"
print("{}".format(x) is x, "{0}".format(x) is x, "{:}".format(x) is x, "{!s}".format(x) is x, format(x, "") is x, f"{x}" is x, "{}{}".format("", x) is x, str(x) is x, "".join([x]) is x, "{a}".format(a=x) is x, "{:3}".format(x) is x, "-{}".format(x) is x, "{}-".format(x) is x)
