# __del__ at interpreter exit still sees module globals (CPython collects the __main__ dict cycle first)
class Person:
    population = 0
    def __init__(self, name):
        self.name = name
        Person.population += 1
        print(f"{name} born, population {Person.population}")
    def __del__(self):
        Person.population -= 1
        print(f"{self.name} dies, population {Person.population}")
alice = Person("Alice")
bob = Person("Bob")
del alice
print("end")
