# types.UnionType (PEP 604): flattening, repeats, None, aliases, isinstance/issubclass, errors
import types
print(type(int|str), types.__dict__.get('UnionType'))
print(int | list[int] | list[int], (int|str).__parameters__, hash(int|str) == hash(str|int))
try: int | 3
except TypeError as e: print(e)
try: isinstance(1, int | list[int])
except TypeError as e: print(e)
print(issubclass(int, int | str), int | str | None == int | None | str)
class M(type): pass
class A(metaclass=M): pass
print(A | None, None | None if False else 1)
print((int | str) | (float | int))
