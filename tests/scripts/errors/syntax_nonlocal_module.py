# SyntaxError for nonlocal at module level.
print("never printed")
nonlocal counter
