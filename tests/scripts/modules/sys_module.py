# The sys module: argv, version info, path and modules, recursion limit get
# and set, intern, stdout/stderr objects, maxsize, and getsizeof returning an
# int (its value is not printed: it is implementation-specific).
import sys
print(sys.argv, len(sys.argv))
print(sys.argv[0].endswith("sys_module.py"))
print(sys.version[:4], sys.version_info[0], sys.version_info[:2] >= (3, 10), sys.version_info.major)
print(type(sys.path).__name__, len(sys.path) > 0, type(sys.path[0]).__name__)
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys, type(sys.modules).__name__)
print(sys.modules["__main__"].__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
a = sys.intern("hello world " * 2)
b = sys.intern("hello world " * 2)
print(a is b, a == b)
print(sys.stdout is sys.__stdout__, hasattr(sys.stderr, "write"), sys.stdout.write("via write\n"))
print(sys.maxsize == 2 ** 63 - 1, type(sys.getsizeof([])).__name__, sys.getsizeof([]) > 0)
print(sys.getsizeof([1, 2, 3]) >= sys.getsizeof([]), type(sys.getrefcount(None)).__name__)
print(sys.byteorder in ("little", "big"), sys.platform != "", type(sys.float_info.max).__name__, sys.float_info.epsilon)
print(sys.exc_info() == (None, None, None))
