# An exception raised while handling another: stderr shows both, joined by
# "During handling of the above exception, another exception occurred:".
data = {"a": 1}
try:
    print(data["b"])
except KeyError:
    print("handling missing key")
    print(undefined_variable)
