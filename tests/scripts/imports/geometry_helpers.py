# Helper module for the imports tests (no .out file: not a test itself).
# It prints when first imported, so tests can check it runs only once.
print("geometry_helpers: module body runs")
PI_ISH = 3.14
_private = "underscore names are skipped by import *"
__all__ = ["area", "Circle", "PI_ISH", "scale"]
loaded_as = __name__
def area(r):
    return PI_ISH * r * r
def scale(v, k=2):
    return v * k
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return area(self.r)
    def __repr__(self):
        return f"Circle({self.r})"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
if __name__ == "__main__":
    print("never printed on import")
