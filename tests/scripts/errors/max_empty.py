# Uncaught ValueError from max() of an empty sequence.
scores = [s for s in [3, 8, 1] if s > 10]
print(scores)
print(max(scores))
