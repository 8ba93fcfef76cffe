# f-string basics: expressions, method calls, nested quotes, conversions
# !r !s !a, the = specifier, doubled braces, multi-line and raw f-strings.
name = "World"
n = 7
items = ["a", "b"]
d = {"key": "value", 1: "one"}
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}; half is {n / 2}; {n // 2=}")
print(f"{name.upper()} {name[::-1]} {len(name)} {items[-1]} {d['key']} {d[1]}")
print(f'{"nested double"} {"x" if n > 5 else "y"} {[i * 2 for i in range(3)]}')
print(f"{name!r} {name!s} {'é'!a} {items!r}")
print(f"{n=} {name=} {n + 1 = } {items=!s}")
print(f"{{literal}} {{{n}}} {{}}")
print(f"{'multi'}"
      f"{'part'}")
print(fr"raw\n{n}", rf"\d{{{n}}}")
x = 10
print(f"{x if x > 5 else 0} {(lambda v: v * 2)(x)} {x:>{n}}")
print(f"{3.14159:.2f} {1000000:,} {255:#x} {'left':<6}| {0.25:.0%}")
class Named:
    def __repr__(self):
        return "<Named>"
    def __str__(self):
        return "named"
obj = Named()
print(f"{obj} {obj!r} {obj!s}")
print(f"{None} {True} {3 + 4 if False else 7} {b'bytes'} {(1, 2)}")
def greet(who, punct="!"):
    return f"hi {who}{punct}"
print(f"{greet('ann')} {greet('bob', punct='?')}")
print(f"{'a' 'b'}", f"{1}{2}{3}", f"", f"{''}", len(f"{'x' * 5}"))
print(f"""triple {n}
second line {name}""")
