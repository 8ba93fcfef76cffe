x = [True False]
