# An uncaught error inside a nested function called through a lambda and
# map: the traceback has several frames, the last line is the error.
def outer(values):
    def scale(v):
        return 100 / v
    return list(map(lambda v: scale(v), values))
print(outer([1, 2, 4]))
print(outer([5, 0]))
