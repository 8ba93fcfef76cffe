# Forms of import: import m, import m as alias, from m import names, from m
# import name as alias, import *, module attributes, the module body running
# once (cached in sys.modules), and module-level state shared by all names.
import sys
import geometry_helpers
import geometry_helpers as gh
from geometry_helpers import area, Circle as C
from geometry_helpers import *
print(geometry_helpers is gh, gh.__name__, gh.loaded_as, type(gh).__name__)
print(area(1), C(2).area(), scale(5), PI_ISH, Circle is C)
print(gh.bump(), geometry_helpers.bump(), gh.counter)
print("geometry_helpers" in sys.modules, sys.modules["geometry_helpers"] is gh)
try:
    _private
except NameError as e:
    print("NameError:", e)
print(gh._private[:10])
print(sorted(n for n in dir(gh) if not n.startswith("__")))
gh.PI_ISH = 3
print(area(1), PI_ISH)
import geometry_helpers
print("second import does not rerun the module body")
print(repr(C(1)), __name__)
