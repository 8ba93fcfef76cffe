# uncaught RecursionError whose limit is hit inside a comparison (n == 0)
def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)
print(countdown(100))
print(countdown(100000))
