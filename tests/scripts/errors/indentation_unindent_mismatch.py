# IndentationError when a dedent matches no outer indentation level.
if True:
        x = 1
    y = 2
