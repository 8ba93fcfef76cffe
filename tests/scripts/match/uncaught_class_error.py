# An uncaught error of a class pattern: the traceback names the pattern's line.
class Shape:
    __match_args__ = ("kind",)
    kind = "square"

def describe(s):
    match s:
        case Shape("circle"):
            return "circle"
        case Shape("square", 4):
            return "square"

print("start")
print(describe(Shape()))
