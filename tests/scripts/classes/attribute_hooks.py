# Attribute access hooks: __getattr__ (only for missing attributes),
# __setattr__ (every assignment), __delattr__, __getattribute__ sparingly,
# getattr/setattr/hasattr/delattr builtins with defaults.
class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no attribute {name!r}")
d = Dynamic()
print(d.real, d.auto_thing, getattr(d, "auto_x"), hasattr(d, "nope"), getattr(d, "nope", "dflt"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        self.log = []
        self.x = 1
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(f"set {name}={value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)
o = Logged()
o.y = [2]
o.x += 10
del o.y
setattr(o, "z", "zed")
print(o.log, o.x, o.z, hasattr(o, "y"))
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e, f.v)
class Counting:
    def __init__(self):
        self.hits = 0
        self.data = 5
    def __getattribute__(self, name):
        if name == "data":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
c = Counting()
c.data; c.data; c.data
print(c.hits)
class Obj:
    pass
x = Obj()
setattr(x, "name", "n")
setattr(x, "with space", 1)
print(getattr(x, "name"), getattr(x, "with space"), vars(x))
delattr(x, "name")
print(hasattr(x, "name"))
try:
    delattr(x, "name")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(x, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(x, 5)
except TypeError as e:
    print("TypeError:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.bar
except AttributeError as e:
    print("AttributeError:", e)
