# Uncaught TypeError from using a list as a dict key.
seen = {}
point = [1, 2]
seen[point] = True
