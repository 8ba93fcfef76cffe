from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def f(self): ...
    @property
    @abstractmethod
    def p(self): ...
try: Base()
except TypeError as e: print(e)
class Half(Base):
    def f(self): return 1
try: Half()
except TypeError as e: print(e)
class Full(Half):
    p = 3
print(Full().f(), Full().p, Full.__abstractmethods__, sorted(Base.__abstractmethods__))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(1, Reg), issubclass(bool, Reg), isinstance('a', Reg), issubclass(Full, ABC))
class Hook(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook))
try: Reg.register(1)
except TypeError as e: print(e)
print(type(Base), Base.__mro__)
