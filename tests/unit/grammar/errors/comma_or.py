x = [a or b c]
