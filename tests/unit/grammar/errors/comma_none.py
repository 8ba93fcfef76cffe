x = [None 1]
