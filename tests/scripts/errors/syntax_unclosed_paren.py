# SyntaxError for a parenthesis that is never closed.
print("never printed")
total = (1 + 2
print(total)
