# Uncaught TypeError from sending a value into a just-started generator.
def acc():
    total = 0
    while True:
        total += yield total
g = acc()
g.send(5)
