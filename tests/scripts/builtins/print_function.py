# print(): multiple arguments, sep and end (including empty and None),
# file=sys.stdout explicitly, flush, printing objects with __str__, nested
# containers, and no arguments (an empty line).
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <end>\n")
print("no newline", end="")
print(" ...continued")
print()
print(1, 2.5, None, True, [1, "x"], (2,), {"k": "v"}, {3}, sep=";")
print("x", sep=None, end=None)
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep="-")
print(*[], sep="never shown")
print("multi\nline")
print("tab\tseparated", "\\n stays")
class Item:
    def __str__(self):
        return "Item!"
print(Item(), [Item()] == [], "%s" % Item())
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("", end="")
print("last")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=1)
except TypeError as e:
    print("TypeError:", e)
