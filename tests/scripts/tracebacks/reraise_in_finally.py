# finally code runs (and prints) before an uncaught exception reaches the
# top level; the traceback is printed after all of the script's stdout.
def risky():
    try:
        print("trying")
        return [1, 2, 3][10]
    finally:
        print("cleaning up")
try:
    risky()
finally:
    print("outer finally")
