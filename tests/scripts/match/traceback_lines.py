# Tracebacks point at the line of the pattern, guard or subject that
# raised, also when a pattern spans several lines.
def lines(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        out = []
        while tb is not None:
            out.append(tb.tb_lineno)
            tb = tb.tb_next
        print(f.__name__, type(e).__name__, out[1:])

class NoArgs:
    pass

def bad_class():
    match NoArgs():
        case 1:
            pass
        case NoArgs(
                1):
            pass

def nested_bad_class():
    match [1, NoArgs()]:
        case [1,
              NoArgs(1)]:
            pass

def bad_guard():
    match 1:
        case 1 if (
                1 / 0):
            pass

def bad_subject():
    match (
        1 / 0):
        case _:
            pass

def bad_value():
    class Eq:
        def __eq__(self, other):
            raise ValueError
    match Eq():
        case [1]:
            pass
        case {"a": 1}:
            pass
        case 2:
            pass

def bad_body():
    match 1:
        case 1:
            x = 1
            raise KeyError(x)

def bad_mapping():
    class K:
        a = "a"
    match {"a": 1, "b": 2}:
        case {"c": 1}:
            pass
        case {K.a: 1,
              "a": 2}:
            pass

def bad_in_or():
    match NoArgs():
        case (1
              | NoArgs(1)):
            pass

for f in [bad_class, nested_bad_class, bad_guard, bad_subject, bad_value, bad_body,
          bad_mapping, bad_in_or]:
    lines(f)
