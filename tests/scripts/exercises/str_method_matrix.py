# every str method called with many argument combinations; prints result or exception
samples = ["", "a", "Hello World", "  padded  ", "a,b,,c", "MiXeD cAsE 123", "tab\there", "x\ny\r\nz", "ß", "ǅungla", "12", "٣", "½", "aaa"]
args_for = {
    "capitalize": [()], "casefold": [()], "lower": [()], "upper": [()], "swapcase": [()], "title": [()],
    "center": [(0,), (7,), (8, "*"), (3, "ab")], "ljust": [(6,), (6, "-")], "rjust": [(6,), (6, ".")], "zfill": [(5,), (0,)],
    "count": [("a",), ("",), ("l", 3), ("l", 3, 5), ("a", -3)], "find": [("l",), ("o", 5), ("", 20), ("z",), ("l", -3, -1)],
    "rfind": [("l",), ("o", 0, 5), ("",)], "index": [("l",), ("H",)], "rindex": [("l",)],
    "startswith": [("He",), (("x", "a"),), ("", 0), ("l", 2, 4)], "endswith": [("d",), (("x", "e"),), ("", 100)],
    "split": [(), (",",), (None, 1), (",", 1), (" ",), ("a",), (",", 0)], "rsplit": [(), (",", 1), (None, 1)],
    "splitlines": [(), (True,)], "partition": [(",",), (" ",), ("zz",)], "rpartition": [(",",), ("l",)],
    "strip": [(), ("a",), (" ad",)], "lstrip": [(), ("Ha",)], "rstrip": [(), ("dl",)],
    "replace": [("a", "X"), ("", "-"), ("l", "L", 1), ("a", "", -1)], "expandtabs": [(), (2,), (0,)],
    "isalnum": [()], "isalpha": [()], "isdigit": [()], "isdecimal": [()], "isnumeric": [()], "isspace": [()],
    "islower": [()], "isupper": [()], "istitle": [()], "isidentifier": [()], "isprintable": [()], "isascii": [()],
    "join": [(["x", "y"],), ("",), ("ab",)], "removeprefix": [("He",), ("",)], "removesuffix": [("ld",), ("z",)],
    "encode": [(), ("ascii", "replace"), ("utf-8",)], "format": [(), (1, 2)],
    "translate": [({97: "A", 108: None},)], "__len__": [()], "__contains__": [("l",), ("",)],
    "__getitem__": [(0,), (-1,), (slice(1, 3),), (slice(None, None, -2),)], "__mul__": [(2,), (0,), (-1,)],
    "__add__": [("!",)], "__mod__": [(()),], "__lt__": [("b",)], "__eq__": [("a",)],
}
for meth in sorted(args_for):
    for s in samples:
        for a in args_for[meth]:
            try:
                r = getattr(s, meth)(*a)
                out = repr(r)
            except Exception as e:
                out = f"{type(e).__name__}: {e}"
            print(f"{s!r}.{meth}{a!r} -> {out}")
