# An exception raised inside a key function during sorted(): a KeyError
# with a string key shows the key in quotes on the last line.
records = [{"name": "b", "age": 3}, {"name": "a"}]
print(sorted(records[:1], key=lambda r: r["age"]))
print(sorted(records, key=lambda r: r["age"]))
