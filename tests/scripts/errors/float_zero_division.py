# Uncaught ZeroDivisionError from float division: the message differs from
# the integer one ("float division by zero").
rate = 3.5
print(rate / 2)
print(rate / 0.0)
