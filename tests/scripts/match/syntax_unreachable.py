# A capture pattern before other cases is a SyntaxError at compile time:
# nothing runs.
print("never printed")
def f(x):
    match x:
        case [y]:
            return 1
        case other:
            return 2
        case 3:
            return 3
