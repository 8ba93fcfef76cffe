# Integer comparison, chained comparisons, mixing int/float/bool, and the
# identity of equal values produced by different expressions.
print(1 < 2, 2 < 1, 2 <= 2, 3 >= 4, 5 == 5, 5 != 5)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
none = None
print(1 == 1.0, none is not None, 0 == False, 2 == True)
print(10 ** 20 == 1e20, 10 ** 30 == 1e30, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(-1 < 0 <= 0 < 1, 5 > 3 == 3, (5 > 3) == 3)
print(max(3, 7, -1), min(3, 7, -1), sorted([3, -1, 10, 0, -7]))
x = 5
print(0 < x < 10, 0 < x > 4, x < 10 > 11)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(2), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
print(float("inf") > 10 ** 300, float("-inf") < -10 ** 300)
print((1).__lt__(2), (1).__eq__(1.0), (1).__eq__("1"))
print(int.__eq__(1, 1), 3 .__ge__(3))
try:
    print(1 < "2")
except TypeError as e:
    print("TypeError:", e)
try:
    print(None > 0)
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", 1 != "1", [] == 0)
