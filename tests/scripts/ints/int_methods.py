# Methods and attributes of int: bit_length, to_bytes/from_bytes, conjugate,
# numerator/denominator, real/imag, as_integer_ratio, __index__ use.
n = 1000
print(n.bit_length(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print((-37).as_integer_ratio(), (5).bit_count() if hasattr(int, "bit_count") else 2)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(isinstance(True, int), issubclass(bool, int), type(5) is int)
print([10, 20, 30][True], "abc"[False])
print(int.__name__, (7).__class__.__name__)
print(list(range(10))[2:8:True + 1])
class Idx:
    def __index__(self):
        return 2
print([1, 2, 3, 4][Idx()], hex(Idx()), bin(Idx()), "xyz"[Idx()])
print(divmod(-7, 3), divmod(7, -3), pow(2, 10), pow(-2, 3), pow(2, -2))
print(sum(range(101)), sum([1, 2, 3], 10))
print(max(range(-5, 5), key=abs), min(range(-5, 5), key=lambda v: (v * v, v)))
