# Uncaught RecursionError from a function with no base case.
def countdown(n):
    return countdown(n - 1)
print("starting")
countdown(1000)
