# Introspection builtins: getattr/setattr/hasattr/delattr, callable, vars,
# dir on user classes (sorted names), isinstance/issubclass with tuples,
# id-free identity checks, type() with three args not used; globals/locals.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    cls_attr = "c"
    def __init__(self):
        self.inst = 5
    def method(self):
        return "m"
t = Thing()
print(getattr(t, "inst"), getattr(t, "cls_attr"), getattr(t, "base_attr"), getattr(t, "nope", None))
setattr(t, "dyn", [1])
print(hasattr(t, "dyn"), hasattr(t, "method"), hasattr(Thing, "inst"), hasattr(t, "__init__"))
delattr(t, "dyn")
print(hasattr(t, "dyn"), vars(t), sorted(vars(Thing)) [:3])
print([n for n in dir(t) if not n.startswith("_")])
print([n for n in dir(Thing) if not n.startswith("_")])
print("__init__" in dir(t), "__class__" in dir(t), "inst" in dir(Thing))
print(callable(t), callable(t.method), callable(Thing), callable(len), callable("s"), callable(lambda: 0))
print(isinstance(t, Thing), isinstance(t, Base), isinstance(t, (int, Base)), isinstance(1, bool), isinstance(True, int))
print(issubclass(Thing, Base), issubclass(Thing, (str, object)), issubclass(Base, Thing), issubclass(int, object))
print(type(t) is Thing, t.__class__ is Thing, Thing.__name__, Thing.__bases__ == (Base,), type(t).__mro__[-1].__name__)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, id(a) == id(b), id(a) != id(c))
g = globals()
print(g["__name__"], "Thing" in g, type(g).__name__)
def f(x, y=2):
    z = x + y
    return sorted(locals())
print(f(1))
print(vars(Thing)["cls_attr"], "method" in vars(Thing), "base_attr" in vars(Thing))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
module_level = 10
print(globals()["module_level"], locals()["module_level"], locals() is globals())
print(sorted(set(dir([])) & {"append", "pop", "sort", "zzz"}), "upper" in dir("s"), len(dir(object)) > 10)
