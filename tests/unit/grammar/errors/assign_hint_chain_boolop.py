x = a or b = 3
