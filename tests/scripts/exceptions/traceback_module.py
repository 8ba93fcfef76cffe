# the traceback module: print_exc, format_exc, format_exception(_only), chains
import traceback, sys


class Out:
    """stdout with the script's own path shortened (it is absolute)."""
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))
    def flush(self):
        pass


def a(x): return b(x) + 1
def b(x): return {"k": 1}[x]
try:
    a("zz")
except KeyError:
    traceback.print_exc(file=Out())
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1], len(s.splitlines()))
try:
    try: 1/0
    except ZeroDivisionError as e: raise ValueError("v") from e
except ValueError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(lines), lines[-1], end="")
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    traceback.print_exception(e, file=Out())
print(traceback.format_exc())
