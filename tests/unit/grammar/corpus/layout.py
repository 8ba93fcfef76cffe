# Comments, blank lines, continuations and indentation.
x = 1  # trailing comment

# a comment line

if x:
        # comment at another indentation
    y = 1
    if y:
    	z = 2
    w = (1,
  2,
          3)
    v = [
    ]
    u = 1 + \
        2
    t = \
1
def f(a,
      b):
    return (a +
            b)
if x:

    pass

    # trailing comment in a block
s = """triple
quoted
"""
if x:
    if y:
        pass
z = 3
