# Or-pattern alternatives binding the same names in every order: the
# values reach the right names (the compiler rotates the captures).
def permutations(items):
    if not items:
        return [()]
    return [(x,) + rest for i, x in enumerate(items)
            for rest in permutations(items[:i] + items[i + 1:])]

names = ["a", "b", "c", "d"]
perms = permutations(names)
alts = " | ".join(f"[{', '.join(p)}, {i}]" for i, p in enumerate(perms))
src = f"""
def f(x):
    match x:
        case [pre, ({alts})] | [({alts}), pre]:
            return pre, a, b, c, d
"""
ns = {}
exec(src, ns)
f = ns["f"]
bad = 0
for i, p in enumerate(perms):
    values = {n: n.upper() + str(i) for n in names}
    item = [values[n] for n in p] + [i]
    for x in (["P", item], [item, "P"]):
        got = f(x)
        want = ("P", values["a"], values["b"], values["c"], values["d"])
        if got != want:
            bad += 1
            print("wrong", x, got)
print(len(perms), "alternatives,", bad, "wrong")

# nested or-patterns with captures outside and inside
src2 = """
def g(x):
    match x:
        case [p, ([q, ([r] | r)] | [[r], q]), s] | [s, r, q, p, "rev"]:
            return p, q, r, s
"""
exec(src2, ns)
g = ns["g"]
for x in [[1, [2, 3], 4], [1, [2, [3]], 4], [1, [[3], 2], 4], [4, 3, 2, 1, "rev"], [0]]:
    print(x, g(x))
