# Uncaught NameError from a misspelled name.
counter = 1
print(counter)
print(countr)
