# import inside functions binds a local name; importing a builtin module
# (math) inside a function and using from-imports of helper functions.
def compute():
    import math
    from geometry_helpers import scale
    return scale(math.sqrt(16), 3)
print(compute())
try:
    math
except NameError as e:
    print("NameError:", e)
def lazy_circle(r):
    from geometry_helpers import Circle
    return Circle(r)
print(lazy_circle(3), lazy_circle(3).area())
