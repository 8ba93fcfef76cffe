# An uncaught exception with no arguments: the last line is just the class
# name, without a colon.
def check(v):
    if v < 0:
        raise ValueError
    return v
print(check(1))
check(-1)
