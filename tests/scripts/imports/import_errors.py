# Failed imports: ModuleNotFoundError for a missing module (with its name
# attribute), ImportError for a missing name, and that a failed import
# leaves no half-defined name behind.
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from geometry_helpers import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print("does_not_exist" in globals(), "no_such_module_anywhere" in globals())
try:
    import geometry_helpers.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
import math, sys as system, random as rnd
print(math.floor(2.5), system.getrecursionlimit() > 0, rnd.__name__)
