# gc.is_tracked: containers that can form cycles are tracked, atoms are not:
# lists, sets, instances, functions and classes are tracked; ints, floats,
# strings, bytes, None are not.  (CPython's lazy untracking of tuples and
# dicts of atoms is covered in is_tracked_untracking.py.)
import gc
class C:
    pass
def f():
    pass
for label, obj in [("int", 1), ("big int", 2 ** 100), ("float", 1.5), ("str", "text"), ("bytes", b"b"),
                   ("None", None), ("True", True), ("list", []), ("list of ints", [1, 2]),
                   ("set", set()), ("instance", C()), ("class", C), ("function", f),
                   ("lambda", lambda: 0), ("bytearray", bytearray()), ("frozenset", frozenset([1]))]:
    print(f"{label:14} {gc.is_tracked(obj)}")
print(gc.is_tracked(gc.is_tracked), gc.is_tracked(gc))
