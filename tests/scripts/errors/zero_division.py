# Uncaught ZeroDivisionError from integer division inside an average.
def average(values):
    return sum(values) // len(values)
print(average([4, 6]))
print(average([]))
