# IndentationError when a block is missing after a colon.
def f():
return 1
