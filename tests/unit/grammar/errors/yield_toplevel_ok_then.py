x = (yield)
y = 1 2
