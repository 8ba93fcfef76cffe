# An AttributeError raised from inside a method called on an instance; the
# last traceback line names the type and the missing attribute.
class Inventory:
    def __init__(self):
        self.items = {"apple": 3}
    def total(self):
        return sum(self.items.values()) + self.extra
inv = Inventory()
print("items:", inv.items)
print(inv.total())
