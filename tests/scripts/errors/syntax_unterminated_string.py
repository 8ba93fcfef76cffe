# SyntaxError for a string literal missing its closing quote.
print("never printed")
message = "hello
print(message)
