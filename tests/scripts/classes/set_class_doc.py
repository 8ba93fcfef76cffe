# Bug: type.__doc__ was read-only, so `Cls.__doc__ = text` (as dataclasses
# does) raised AttributeError; heap types accept it, built-in types refuse.
class A:
    "old"
class B:
    pass
A.__doc__ = 'new'
B.__doc__ = 'made'
print(A.__doc__, B.__doc__, A().__doc__)
for target in (int, A):
    try:
        if target is int:
            int.__doc__ = 'x'
        else:
            del A.__doc__
    except TypeError as e:
        print(e)
