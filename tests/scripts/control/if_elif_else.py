# if/elif/else chains, truthiness of many values, conditional expressions,
# nested conditions, and/or returning operands, short-circuit evaluation.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 99)])
for v in [0, 1, -1, 0.0, 0.1, "", "a", " ", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]:
    print(repr(v), "truthy" if v else "falsy")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or 0 or [] or "last", [] and 1)
print(not 0, not 1, not "", not None, not not [1])
calls = []
def t(v):
    calls.append(v)
    return v
t(0) and t(1)
t(1) or t(2)
t(1) and t(0) and t(3)
t(0) or t("") or t("x") or t("y")
print(calls)
x = 7
size = "big" if x > 5 else "small"
parity = "even" if x % 2 == 0 else "odd" if x % 3 else "odd multiple of 3"
print(size, parity)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
if x:
    if x > 100:
        print("huge")
    elif x > 5:
        print("nested elif")
else:
    print("never")
if []:
    pass
elif {}:
    pass
else:
    print("both empty")
a = b = None
if a is b is None:
    print("chained is")
if 0 < x <= 7 != 8:
    print("chained comparison")
value = 0
result = value or "fallback"
print(result, (value is not None) and "set")
