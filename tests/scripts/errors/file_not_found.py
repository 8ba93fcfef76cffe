# Uncaught FileNotFoundError from opening a missing file for reading.
print("opening")
with open("this_file_does_not_exist.txt") as f:
    print(f.read())
