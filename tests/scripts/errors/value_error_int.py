# Uncaught ValueError from int() of a non-numeric string.
for text in ["12", " 7 ", "3.5"]:
    print(int(text) * 2)
