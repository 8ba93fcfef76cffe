# bytearray is the mutable bytes: item and slice assignment, append, extend,
# pop, insert, remove, reverse, del, +=, and conversion back to bytes.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EEE"
print(ba)
del ba[1:4]
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba)
ba += b"!!"
print(ba, bytes(ba), ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray("ü", "utf-8"))
try:
    ba.append(300)
except ValueError as e:
    print("ValueError:", e)
try:
    ba.remove(0)
except ValueError as e:
    print("ValueError:", e)
c = bytearray(b"abc")
d = c
d[0] = ord("z")
print(c, c == b"zbc", c is d)
print(bytearray(b"x") + b"y", type(bytearray(b"x") + b"y").__name__, b"y" + bytearray(b"x"))
print(bytearray(b"mixed Case").upper(), bytearray(b"a b").split())
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print("TypeError:", e)
