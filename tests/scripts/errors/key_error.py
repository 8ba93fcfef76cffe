# Uncaught KeyError: the last line shows the repr of the missing key.
stock = {"apple": 3, "pear": 0}
for fruit in ["apple", "pear", "kiwi"]:
    print(fruit, stock[fruit])
