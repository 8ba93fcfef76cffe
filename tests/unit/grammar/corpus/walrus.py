if (n := len(a)) > 10:
    pass
while chunk := f.read(8192):
    pass
[y := f(x), y ** 2]
{y := 1}
f(x := 1)
a[b := 1]
print((x := 1) + 2)
if x := 1:
    pass
[z for x in y if (z := x)]
def f(a=(b := 1)):
    pass
x = (y := (z := 1))
