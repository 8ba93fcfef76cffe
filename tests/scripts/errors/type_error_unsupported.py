# Uncaught TypeError: an operator between unsupported types.
values = [1, 2, None]
total = 0
for v in values:
    total = total + v
    print(total)
