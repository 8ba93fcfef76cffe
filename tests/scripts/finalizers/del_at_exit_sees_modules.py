# one object finalized at exit: its __del__ can still use imported modules, classes and functions
import sys, math
def helper(x): return f"helper({x})"
LIMIT = 10
class Logger:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("closing", self.name, sys is not None, math.sqrt(16), helper(LIMIT), type(self).__name__)
log = Logger("main-log")
print("end of script")
