# Attributes of instances and classes hold references; deleting attributes
# and instances gives them back.
import sys

class Box:
    def __init__(self, content):
        self.content = content

payload = {"id": 7}
print("payload alone:", sys.getrefcount(payload))
b1 = Box(payload)
print("held by one box:", sys.getrefcount(payload))
b2 = Box(payload)
print("held by two boxes:", sys.getrefcount(payload))
del b1
print("first box gone:", sys.getrefcount(payload))
del b2.content
print("attribute deleted:", sys.getrefcount(payload))
b2.content = payload
b2.other = payload
print("two attributes:", sys.getrefcount(payload))
b2.__dict__.clear()
print("__dict__ cleared:", sys.getrefcount(payload))

class Registry:
    items = []

thing = []
Registry.items.append(thing)
print("in a class attribute list:", sys.getrefcount(thing))
Registry.items = []
print("class attribute replaced:", sys.getrefcount(thing))

setattr(Registry, "special", thing)
print("setattr on class:", sys.getrefcount(thing))
delattr(Registry, "special")
print("delattr on class:", sys.getrefcount(thing))

inst = Box(None)
print("instance alone:", sys.getrefcount(inst))
inst.me = inst
print("instance refers to itself:", sys.getrefcount(inst))
del inst.me
print("self reference removed:", sys.getrefcount(inst))

# a bound method holds its instance
m = inst.__init__
print("bound method held:", sys.getrefcount(inst))
del m
print("bound method dropped:", sys.getrefcount(inst))
