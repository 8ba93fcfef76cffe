# An uncaught exception raised three calls deep: the traceback lists every
# frame from <module> down, and the script exits with status 1 after the
# output printed before the error.
def parse(text):
    return int(text)
def load(items):
    return [parse(t) for t in items]
def main():
    print("loading")
    values = load(["1", "2", "three"])
    print("never printed", values)
main()
