# A generic "invalid syntax" error.
print("never printed")
x = 5 5
