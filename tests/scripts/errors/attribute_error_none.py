# Uncaught AttributeError from calling a method on None (list.sort returns
# None).
words = ["b", "a"]
result = words.sort()
print(words)
print(result.upper())
