del [a, *b]
