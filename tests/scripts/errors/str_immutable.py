# Uncaught TypeError from assigning to a string index.
word = "hello"
print(word[0])
word[0] = "H"
