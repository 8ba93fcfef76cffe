# Uncaught NotImplementedError from an abstract method.
class Shape:
    def area(self):
        raise NotImplementedError("Shape.area must be overridden")
class Blob(Shape):
    pass
print("computing")
print(Blob().area())
