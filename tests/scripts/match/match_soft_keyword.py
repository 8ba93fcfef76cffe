# `match` and `case` stay usable as names next to match statements.
match = [1, 2]
case = {"k": "v"}
match match:
    case [1, case]:
        print("case bound", case)
def match(case):
    return case * 2
print(match(21))
match(match(1))
class case:
    match = "attr"
match case.match:
    case "attr":
        print("dotted soft keywords")
match (1, 2):
    case (1, 2):
        print("parenthesised subject")
match -1,:
    case (-1,):
        print("tuple subject")
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")
