# A SyntaxError is reported before anything runs: no stdout at all.
print("never printed")
if True
    print("x")
