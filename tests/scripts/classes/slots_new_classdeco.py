# Less common class machinery used by real programs: __slots__ (no
# __dict__, AttributeError for unknown attributes), __new__ controlling
# instance creation (a singleton and an instance cache), class decorators,
# and classes created inside functions.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1, 2).__dict__
except AttributeError as e:
    print("AttributeError:", e)
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.inits = 0
        return cls._instance
    def __init__(self, *args):
        self.inits += 1
s1 = Singleton()
s2 = Singleton("again")
print(s1 is s2, s1.inits)
class Interned:
    _cache = {}
    def __new__(cls, name):
        if name not in cls._cache:
            obj = super().__new__(cls)
            obj.name = name
            cls._cache[name] = obj
        return cls._cache[name]
print(Interned("a") is Interned("a"), Interned("a") is Interned("b"), sorted(Interned._cache))
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
known = []
@register(known)
@add_repr
class Config:
    def __init__(self, host, port=80):
        self.host, self.port = host, port
print(Config("example.org"), Config("localhost", 8080), known)
def make_class(base_value):
    class Local:
        value = base_value
        def get(self):
            return self.value
    return Local
A, B = make_class(1), make_class(2)
print(A().get(), B().get(), A is B, A.__name__, A.__qualname__)
class WithNewArgs:
    def __new__(cls, value):
        print("__new__ got", value)
        return super().__new__(cls)
    def __init__(self, value):
        print("__init__ got", value)
        self.value = value
print(WithNewArgs(5).value)
class NotInstance:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called: __new__ returned a non-instance")
print(NotInstance())
