a < b < c
a == b != c <= d >= e > f
a is b is not c
a in b not in c
(a < b) < c
a < (b < c)
not a < b
a < b and b < c
a < b or c < d < e
x = a == (b == c)
