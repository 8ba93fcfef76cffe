# Helper module for import_raises_error.py (no .out file): its body raises
# while being imported.
print("broken_helper: starting")
VALUE = 1
raise RuntimeError("broken_helper cannot be imported")
