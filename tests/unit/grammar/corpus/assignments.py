a = 1
a = b = c = 1
a, b = b, a
a, b = c, d = e
[a, b] = c
(a, b) = c
a, *b = c
*a, b = c
[*a, b] = c
a, (b, c), [d, *e] = f
a.b = c
a[b] = c
a[b:c] = d
a.b.c[d].e = f
a = yield_
x = *a, *b
a += 1
a -= 1
a *= 1
a @= 1
a /= 1
a //= 1
a %= 1
a **= 1
a >>= 1
a <<= 1
a &= 1
a ^= 1
a |= 1
a.b += 1
a[b] += 1
a += 1, 2
x: int
x: int = 1
(x): int = 1
a.b: int
a[b]: int = c
x: list[int] = *a, b
x = (y := 1)
(a) = 1
((a)) = 1
[a] = [b]
a, = b
