# raise forms: an instance, a class (instantiated with no args), re-raise
# with bare raise, raising non-exceptions (TypeError), exception args, str
# and repr of exceptions with zero, one and several args.
for exc in [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("key"), KeyError(),
            IndexError(5), OSError(2, "No such file"), StopIteration(10), Exception(None), TypeError("")]:
    print(repr(exc), "|", str(exc), "|", exc.args)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
def reraiser():
    try:
        int("bad")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("re-raised:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise "string"
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
e = RuntimeError("stored")
for i in range(2):
    try:
        raise e
    except RuntimeError as caught:
        print(i, caught is e)
try:
    raise ValueError("with attr")
except ValueError as err:
    err.extra = "attached"
    saved = err
print(saved.extra, saved.args)
print(StopIteration(10).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit("x", "y").code)
ki = KeyboardInterrupt("interrupted")
print(isinstance(ki, Exception), isinstance(ki, BaseException), repr(ki))
oe = OSError(13, "Permission denied", "file.txt")
print(oe.errno, oe.strerror, oe.filename, str(oe), type(oe).__name__)
print(repr(FileNotFoundError(2, "No such file or directory")), type(OSError(2, "x")).__name__)
