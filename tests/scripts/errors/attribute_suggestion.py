# Uncaught AttributeError for a misspelled method: CPython 3.10 appends a
# "Did you mean" suggestion to the message.
name = "ada"
print(name.upper())
print(name.uper())
