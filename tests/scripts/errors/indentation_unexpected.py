# IndentationError for an unexpected indent.
print("a")
    print("b")
