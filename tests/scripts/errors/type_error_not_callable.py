# Uncaught TypeError: calling something that is not callable.
total = 10
print(total)
total(5)
