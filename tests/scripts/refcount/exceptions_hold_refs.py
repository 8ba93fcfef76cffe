# An exception keeps its args alive, and the `as` name is deleted at the end
# of the except block; a saved exception keeps its traceback frames' locals.
import sys

payload = ["error payload"]
print("payload:", sys.getrefcount(payload))
try:
    raise ValueError(payload)
except ValueError as exc:
    print("inside except:", sys.getrefcount(payload))
print("after except:", sys.getrefcount(payload))
try:
    exc
except NameError:
    print("the name exc was deleted")

saved = None
try:
    raise KeyError(payload)
except KeyError as e:
    saved = e
print("saved exception keeps args:", sys.getrefcount(payload))
print(saved.args[0] is payload)
saved = None
print("saved dropped:", sys.getrefcount(payload))

def fails(arg):
    local = arg
    raise RuntimeError("boom")

thing = ["local"]
try:
    fails(thing)
except RuntimeError as e:
    kept = e
print("frame locals alive via traceback:", sys.getrefcount(thing))
kept = None
print("traceback released:", sys.getrefcount(thing))
