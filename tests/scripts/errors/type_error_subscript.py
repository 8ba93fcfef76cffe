# Uncaught TypeError: subscripting None (a function that forgot to return).
def build():
    data = [1, 2, 3]
print(build())
print(build()[0])
