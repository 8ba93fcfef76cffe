# leading comment
def f(a,
      b):  # comment after colon

    # comment in block
    if a:
    	return b
    elif b:
        return \
            a
    x = [
        1,  # one
        2,
    ]
    return (a +
b)

class C:
    pass
