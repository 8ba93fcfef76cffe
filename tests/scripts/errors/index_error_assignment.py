# Uncaught IndexError from assigning past the end of a list.
row = [0] * 3
row[2] = 1
print(row)
row[3] = 1
