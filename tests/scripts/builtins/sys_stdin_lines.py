# Reading standard input with sys.stdin: iterating over lines, readline,
# and read() for the rest; counting words like a tiny wc.
import sys
first = sys.stdin.readline()
print(repr(first))
second = sys.stdin.readline().rstrip("\n")
print(second.upper())
lines = 0
words = 0
chars = 0
for line in sys.stdin:
    lines += 1
    words += len(line.split())
    chars += len(line)
print(lines, words, chars)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
