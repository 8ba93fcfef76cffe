# An uncaught AttributeError raised inside __init__ of a subclass that calls
# super().__init__ with a wrong argument type.
class Base:
    def __init__(self, name):
        self.name = name.title()
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
print(Child("ann", 3).name)
print(Child(42, 3).name)
