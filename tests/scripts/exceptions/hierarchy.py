# The standard exception hierarchy: catching by base class, the order of
# except clauses, tuples of exception types, __mro__ of common exceptions,
# and which builtin operations raise which exception.
def mro(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, ValueError, UnicodeDecodeError, FileNotFoundError,
            RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit,
            MemoryError, AttributeError, NameError, UnboundLocalError, OverflowError, AssertionError,
            TypeError, ImportError, ModuleNotFoundError, GeneratorExit]:
    print(mro(cls))
print(issubclass(LookupError, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(OSError, Exception))
print(IOError is OSError, EnvironmentError is OSError)
cases = [
    ("1/0", lambda: 1 / 0),
    ("[][0]", lambda: [][0]),
    ("{}['k']", lambda: {}["k"]),
    ("int('x')", lambda: int("x")),
    ("'a' + 1", lambda: "a" + 1),
    ("None.x", lambda: None.x),
    ("undefined", lambda: undefined_name),
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("next(iter([]))", lambda: next(iter([]))),
    ("import", lambda: __import__("no_such_module_here")),
    ("open", lambda: open("/definitely/not/here.txt")),
    ("chr(-1)", lambda: chr(-1)),
]
for label, fn in cases:
    try:
        fn()
    except ArithmeticError as e:
        print(label, "-> ArithmeticError branch:", type(e).__name__)
    except LookupError as e:
        print(label, "-> LookupError branch:", type(e).__name__)
    except (TypeError, AttributeError) as e:
        print(label, "-> TypeError/AttributeError branch:", type(e).__name__)
    except OSError as e:
        print(label, "-> OSError branch:", type(e).__name__, e.errno)
    except Exception as e:
        print(label, "-> Exception branch:", type(e).__name__)
try:
    raise KeyError("k")
except Exception:
    print("caught by Exception")
except KeyError:
    print("never: the first matching clause wins")
try:
    try:
        raise SystemExit(3)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
