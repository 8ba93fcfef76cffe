# SystemExit is an exception: it can be caught (it is not an Exception
# subclass), inspected (code), and re-raised; sys.exit() with no argument
# and with None give code None; the script finally exits with status 0.
import sys
for arg in [(), (0,), (2,), ("text",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit(5)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", e.code)
def cleanup_then_exit():
    try:
        sys.exit(7)
    except SystemExit:
        print("intercepted exit, continuing")
cleanup_then_exit()
try:
    exit_code = 0
    sys.exit(exit_code)
finally:
    print("finally before exit 0")
