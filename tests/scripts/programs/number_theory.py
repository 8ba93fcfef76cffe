# Number theory with big integers: sieve of Eratosthenes, Miller-Rabin
# with fixed bases, extended Euclid and modular inverse, a toy RSA round
# trip, perfect numbers, digit sums of huge powers, and Collatz records.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(200)
print(len(primes), primes[:10], primes[-3:])
def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print(all(is_prime(p) for p in primes), sum(is_prime(n) for n in range(201)) == len(primes))
print(is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1), is_prime(1000000007), is_prime(561))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(egcd(240, 46), egcd(17, 3120))
p, q = 1000003, 1000033
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = egcd(e, phi)[1] % phi
print("d == pow(e, -1, phi):", d == pow(e, -1, phi))
message = "Hi!"
m = int.from_bytes(message.encode(), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print(m, c, back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
perfect = [k for k in range(2, 1000) if sum(i for i in range(1, k // 2 + 1) if k % i == 0) == k]
print(perfect)
print(sum(int(ch) for ch in str(2 ** 1000)), sum(int(ch) for ch in str(3 ** 500)))
best, arg = 0, 0
for start in range(1, 3000):
    n, steps = start, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    if steps > best:
        best, arg = steps, start
print("longest Collatz chain below 3000:", arg, best)
print(pow(2, 10 ** 18, 10 ** 9 + 7), (10 ** 50 + 7) % 97, divmod(-(10 ** 30), 7))
