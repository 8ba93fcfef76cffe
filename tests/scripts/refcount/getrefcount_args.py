# sys.getrefcount and its argument: the temporary reference of the call,
# counting through different call shapes, and errors.
import sys

obj = {}
print(sys.getrefcount(obj))
f = sys.getrefcount
print(f(obj))
print(sys.getrefcount(*[obj]) >= 2)
holder = [obj]
print(sys.getrefcount(holder[0]))
print(type(sys.getrefcount(obj)).__name__)

try:
    sys.getrefcount()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.getrefcount(obj, obj)
except TypeError as e:
    print("TypeError:", e)

# the difference made by an extra name is exactly one, for shared objects too
for value in (7, "word", None, True, (1, 2)):
    before = sys.getrefcount(value)
    extra = value
    after = sys.getrefcount(value)
    del extra
    print(repr(value), after - before, sys.getrefcount(value) - before)
