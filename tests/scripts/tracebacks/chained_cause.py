# An uncaught exception raised `from` another: stderr shows the cause
# first, then "The above exception was the direct cause...", and the last
# line is the final exception.
def read_config(text):
    try:
        return dict(line.split("=") for line in text.splitlines())
    except ValueError as e:
        raise RuntimeError("bad config line") from e
print(read_config("a=1\nb=2"))
read_config("a=1\nbroken")
