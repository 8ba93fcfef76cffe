# An exception raised by a module's body while it is imported propagates to
# the importer like any exception; here it is caught, and the module is not
# left in sys.modules, so a second import runs the body again.
import sys
for attempt in range(2):
    try:
        import broken_helper
    except RuntimeError as e:
        print("attempt", attempt, "failed:", e)
print("broken_helper" in sys.modules)
