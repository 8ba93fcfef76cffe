# Default equality is identity; __eq__ changes == but not `is`; __ne__
# derives from __eq__; comparing with other types returns NotImplemented
# then falls back; instances in lists use == for `in`, index and count.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, a is b)
class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Val):
            return NotImplemented
        return self.v == other.v
    __hash__ = None
x, y, z = Val(1), Val(1), Val(2)
print(x == y, x != y, x == z, x != z, x is y, x == 1, 1 == x, x != "s")
lst = [Val(3), x, Val(1)]
print(x in lst, Val(1) in lst, lst.index(y), lst.count(Val(1)), Val(9) in lst)
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called")
        return True
print(Eq() == 5, 5 == Eq())
class Both:
    def __eq__(self, other):
        return "custom result"
print(Both() == 1, Both() != 1)
class Ne:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return True
print(Ne() == 1, Ne() != 1)
none_val = None
print(none_val is None, none_val == None, [] is [], () == ())
