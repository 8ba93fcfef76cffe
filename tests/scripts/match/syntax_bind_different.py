# Alternatives of an or-pattern must bind the same names.
print("never printed")
match [1, 2]:
    case [a, 1] | [1, b]:
        pass
