# Matrix operations with lists of lists: multiplication, transpose,
# determinant by Laplace expansion and by Gaussian elimination with
# fractions-free integer arithmetic, identity, powers (Fibonacci by matrix
# power), and pretty printing with aligned columns.
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_pow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        p >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total
def det_bareiss(m):
    m = [row[:] for row in m]
    n = len(m)
    sign = 1
    prev = 1
    for k in range(n - 1):
        if m[k][k] == 0:
            for r in range(k + 1, n):
                if m[r][k]:
                    m[k], m[r] = m[r], m[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) // prev
        prev = m[k][k]
    return sign * m[-1][-1]
def show(m, title):
    print(title)
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(a, b), "a x b")
show(mat_mul(b, a), "b x a")
show(transpose(a), "transpose(a)")
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det:", det(m), det_bareiss(m))
big = [[(i * 7 + j * 3) % 11 - 5 for j in range(5)] for i in range(5)]
show(big, "5x5")
print("det 5x5:", det(big), det_bareiss(big))
print("singular:", det([[1, 2], [2, 4]]), det_bareiss([[0, 1], [0, 2]]))
fib = mat_pow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
show(mat_pow([[1, 1], [0, 1]], 5), "shear^5")
print(mat_mul(identity(3), m) == m, transpose(transpose(a)) == a)
