try:
    x
# c
