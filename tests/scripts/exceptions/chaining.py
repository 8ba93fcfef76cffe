# Exception chaining: implicit __context__ when raising inside except,
# explicit `raise ... from` setting __cause__ and __suppress_context__,
# `from None`, and context of exceptions raised in finally.
def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling KeyError")
try:
    implicit()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def explicit():
    try:
        int("x")
    except ValueError as exc:
        raise RuntimeError("conversion failed") from exc
try:
    explicit()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)
def hidden():
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("clean") from None
try:
    hidden()
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def in_finally():
    try:
        raise TypeError("first")
    finally:
        raise IndexError("second")
try:
    in_finally()
except IndexError as e:
    print(repr(e), repr(e.__context__))
try:
    raise ValueError("outer") from KeyError("cause")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    try:
        raise OSError("a")
    except OSError as a:
        try:
            raise ValueError("b")
        except ValueError as b:
            raise TypeError("c")
except TypeError as c:
    chain = []
    cur = c
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
def handled_is_not_context():
    try:
        raise KeyError("handled")
    except KeyError:
        pass
    raise ValueError("later")
try:
    handled_is_not_context()
except ValueError as e:
    print(repr(e), e.__context__)
