# Expressions allowed inside f-strings: calls, comprehensions, conditional
# expressions, attribute chains, subscripts with strings, dict literals in
# parentheses, walrus in parentheses, and evaluation order of fields.
order = []
def mark(v):
    order.append(v)
    return v
print(f"{mark(1)} {mark(2)} {mark(3)}", order)
data = {"users": [{"name": "ann", "tags": ["x", "y"]}, {"name": "bo", "tags": []}]}
print(f"{data['users'][0]['name'].title()} has {len(data['users'][0]['tags'])} tags")
print(f"{', '.join(u['name'] for u in data['users'])}")
print(f"{({'a': 1})['a']} {(y := 5) * 2} {y}")
print(f"{sum(x * x for x in range(5))} {max([3, 9, 2])} {sorted('cab')}")
print(f"{'yes' if data else 'no'} {'even' if 4 % 2 == 0 else 'odd'}")
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Pt(3, 4)
print(f"{p} {p!r} {p.x} {p.dist():.1f} {[p, p]}")
nums = [1, 2, 3]
print(f"{nums[0] + nums[-1]} {nums[1:]} {nums * 2} {-nums[0]} {not nums}")
print(f"{'%s-%d' % ('a', 1)} {'{}'.format('fmt')} {f'{1 + 1}'}")
a = 3
print(f"{a}{a}{a}", f"{a!r:>3}", f"{a:{a}}", f"{'{'}{'}'}")
print(f"{1 < 2 < 3} {2 ** 10} {7 // 2} {7 % 3} {~5} {1 if True else 2}")
def fmt_row(*cols):
    return " | ".join(f"{c!s:^5}" for c in cols)
print(fmt_row(1, "b", None, 2.5))
