# Details of except clauses: the `as` name is unbound after the block, an
# exception raised in an except replaces the one being handled, nested
# try blocks, exceptions in else and finally, catching in loops and
# continuing, and sys.exc_info() inside and outside handlers.
import sys
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
except IndexError as err:
    print("replaced:", repr(err), "context:", repr(err.__context__))
try:
    try:
        pass
    except Exception:
        print("not run")
    else:
        raise RuntimeError("from else")
except RuntimeError as err:
    print("else raised:", err)
def finally_raises():
    try:
        return "value"
    finally:
        raise ValueError("finally wins")
try:
    finally_raises()
except ValueError as err:
    print(err)
results = []
for token in ["1", "two", "3", None, "4.5"]:
    try:
        results.append(int(token))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        continue
    finally:
        results.append("|")
print(results)
print(sys.exc_info())
try:
    raise KeyError("info")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, type(tb).__name__)
print(sys.exc_info()[0])
def outer():
    try:
        raise ValueError("inner problem")
    except ValueError as exc:
        return exc
exc = outer()
print(type(exc).__name__, exc, exc.__traceback__ is not None)
try:
    raise TypeError("a")
except (ValueError, TypeError) as err:
    print("tuple catch:", type(err).__name__)
except_types = (KeyError, IndexError)
try:
    [][1]
except except_types as err:
    print("dynamic tuple catch:", type(err).__name__)
try:
    try:
        1 / 0
    finally:
        print("inner finally runs during propagation")
except ZeroDivisionError:
    print("outer caught")
