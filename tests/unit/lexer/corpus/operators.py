a + b - c * d / e // f % g @ h ** i
a << b >> c & d | e ^ f ~ g
a < b > c <= d >= e == f != g
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a @= 1; a **= 1
a <<= 1; a >>= 1; a &= 1; a |= 1; a ^= 1
(a, [b, {c: d}]) . e ; f -> g := h ...
x=y==z;w=-1;v=~-+1
