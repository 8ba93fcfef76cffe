# Uncaught RuntimeError from changing a dict's size while iterating it.
ages = {"a": 1, "b": 2}
for name in ages:
    print(name)
    ages[name + "2"] = 0
