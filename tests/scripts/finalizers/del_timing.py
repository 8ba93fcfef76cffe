# __del__ runs as soon as the last reference goes: on del, on rebinding a
# name, when a container holding the object is cleared, when a function's
# local goes out of scope, and for temporaries at the end of a statement.
class Noisy:
    def __init__(self, name):
        self.name = name
        print(f"  init {name}")
    def __del__(self):
        print(f"  del {self.name}")
print("1. del of the only name")
a = Noisy("a")
del a
print("2. del of one of two names")
b = Noisy("b")
b2 = b
del b
print("   b2 still holds it")
del b2
print("3. rebinding a name")
c = Noisy("c1")
c = Noisy("c2")
print("4. list cleared")
items = [Noisy("i0"), Noisy("i1")]
items.clear()
print("5. function local")
def work():
    local = Noisy("local")
    print("   returning")
work()
print("6. temporary in an expression")
print("   name of temp:", Noisy("temp").name)
print("7. returned object kept")
def make():
    return Noisy("kept")
k = make()
print("   still alive:", k.name)
print("8. dict value replaced")
d = {"x": Noisy("dval1")}
d["x"] = Noisy("dval2")
print("9. remaining names deleted")
del c
del k, d
print("10. end of script")
