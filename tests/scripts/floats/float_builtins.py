# Floats with builtins: sum, min/max, sorted with mixed ints, abs, pow,
# divmod, hash consistency with ints, float() of strings, math-free stats.
data = [3.5, -1.25, 10, 0.1, 2 ** 0.5, 7]
print(sum(data), min(data), max(data), sorted(data))
print(sorted(data, reverse=True), sorted(data, key=abs))
print(pow(2.0, 3), pow(2, 0.5), pow(9, -0.5), divmod(10.5, 3))
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0), hash(2.5) == hash(2.5))
print({1: "int", 1.0: "float"}, {1.5: "a"}[1.5])
mean = sum(data) / len(data)
var = sum((v - mean) ** 2 for v in data) / len(data)
print(round(mean, 6), round(var, 6))
print(float.__name__, type(1.0) is float, isinstance(1, float), isinstance(1.0, (int, float)))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(sum([0.5, 0.25], 1), sum([], 0.0))
cels = [-40, 0, 37, 100]
print([c * 9 / 5 + 32 for c in cels])
print(1e-3 * 1000 == 1, 3 * 0.1 == 0.3, 0.5 + 0.25 == 0.75)
print([i / 10 for i in range(11)])
print(7 / 2, -7 / 2, 7 // 2.0, -7 // 2.0)
