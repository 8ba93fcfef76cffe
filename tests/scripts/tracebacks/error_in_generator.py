# An exception raised inside a generator body while a for loop consumes it;
# the traceback goes through the loop line and the generator frame.
def countdown(n):
    while True:
        yield 10 // n
        n -= 1
for v in countdown(3):
    print(v)
