x = [not a b]
