if x:
    y = 1
    # final comment
