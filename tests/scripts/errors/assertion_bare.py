# Uncaught AssertionError without a message: the last line is the bare name.
data = []
print("checking")
assert data
