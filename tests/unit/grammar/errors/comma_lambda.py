x = [lambda: a b]
