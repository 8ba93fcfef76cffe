# Bug: a class whose metaclass subclasses type got an instance-__dict__
# descriptor on the metaclass, so Cls.__dict__ was an empty dict instead of
# the class namespace (and Enum's reassignment check never fired).
class Meta(type):
    pass
class A(metaclass=Meta):
    x = 1
print(type(A.__dict__).__name__, 'x' in A.__dict__, A.__dict__['x'])
A.y = 2
print('y' in A.__dict__, sorted(k for k in vars(A) if not k.startswith('__')))
class Meta2(Meta):
    @property
    def shout(cls):
        return cls.__name__.upper()
class B(metaclass=Meta2):
    z = 3
print(B.shout, 'z' in B.__dict__, type(B.__dict__).__name__)
