# Uncaught ValueError from list.remove of a missing value.
queue = ["a", "b"]
queue.remove("a")
print(queue)
queue.remove("z")
