# Numeric builtins: abs, round (banker's rounding), divmod, pow with three
# arguments, min/max with several args/iterables/key/default, sum with start,
# hex/oct/bin/chr/ord, and their TypeErrors.
print(abs(-7), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(5, 1), round(12345, -3))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(0, 3))
print(pow(2, 8), pow(2, -2), pow(3, 4, 5), pow(-2, 3, 7), pow(10, 20, 7), pow(2, 0.5))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1, 2), max("b", "a", "c"), min([4, 2, 8]), max((1, 9), (2, 0)), min("hello"), max([3, 1], default=0))
print(max([], default=None), min("xyz", key=ord), max(["a", "bbb", "cc"], key=len), min([-3, 2, -1], key=abs))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2, 0.3]), sum([[1], [2]], []), sum(()), sum(range(5), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(hex(255), hex(-1), oct(64), bin(10), bin(-10), hex(0), chr(97), chr(8364), ord("A"), ord("€"))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    min([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(int("0b101", 0), float("1e-3"), int(7.9), int("-15"), round(7.45, 1), round(-7.45, 1))
print(max(1, 2.0), max(2.0, 1), max(True, 1), max(1, True), min(0, False), min(False, 0))
