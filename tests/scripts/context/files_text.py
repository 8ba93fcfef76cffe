# open() for text: writing, appending, reading whole/lines/iterating,
# readline at EOF, with closing the file, the closed attribute, writing
# numbers requires str, and FileNotFoundError.  Uses a scratch file next to
# the test (*.tmp files are ignored by git).
name = "files_text_scratch.tmp"
with open(name, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    print("wrote", n, "chars; closed inside with:", f.closed)
print("closed after with:", f.closed)
with open(name, "a") as f:
    f.write("third line, no newline")
with open(name) as f:
    print(repr(f.read()))
with open(name, "r") as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open(name) as f:
    print([len(line) for line in f])
f = open(name, "w")
f.write("x")
f.close()
print(open(name).read(), f.closed)
try:
    f.write("closed")
except ValueError as e:
    print("ValueError:", e)
with open(name, "w") as f:
    try:
        f.write(42)
    except TypeError as e:
        print("TypeError:", e)
    print(1, 2, 3, sep=",", file=f)
    print("unicode é😀", file=f)
with open(name, encoding="utf-8") as f:
    print(f.read().splitlines())
try:
    open("no_such_file_here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.filename)
    print(e)
try:
    open("no_such_dir/x.txt", "w")
except OSError as e:
    print(type(e).__name__, e.errno)
with open(name, "w") as f:
    pass
print(repr(open(name).read()))
