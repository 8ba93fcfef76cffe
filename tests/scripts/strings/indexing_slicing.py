# Indexing and slicing strings: negative indexes, steps, out-of-range slices,
# reversal, IndexError, and immutability (TypeError on assignment).
s = "abcdefghij"
print(s[0], s[-1], s[5], s[-10], len(s))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[::2], s[1::3], s[::-1], s[-2::-2])
print(repr(s[5:2]), repr(s[20:]), s[-100:3], s[3:100], s[::-3], s[8:2:-2], repr(s[2:8:-1]))
print(s[slice(1, 4)], s[slice(None, None, -1)], s[slice(3)])
for i in [10, -11]:
    try:
        s[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
u = "héllo wörld 😀!"
print(len(u), u[1], u[-2], u[::-1], u[6:11].upper())
word = "racecar"
print(word == word[::-1], "python"[::-1])
print([s[i:i + 3] for i in range(0, len(s), 3)])
for ch in "hey":
    print(ch, ord(ch), end="; ")
print()
print(list(enumerate("ab")), "".join(reversed("stressed")))
