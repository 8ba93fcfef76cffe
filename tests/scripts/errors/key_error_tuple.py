# Uncaught KeyError whose key is a tuple: the message is the tuple's repr.
grid = {(0, 0): "start"}
print(grid[0, 0])
print(grid[1, 2])
