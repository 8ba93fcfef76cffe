# Random bytearray mutations (slice assignment, extended slices, del, insert,
# pop, remove, *=) checked against CPython (seeded).  Bugs fixed: assigning no
# bytes to an extended slice deletes it; ba[i] = v checks v before i.
import random
random.seed(606)
def rb():
    return bytes(random.choice(b'ab \x00\xff.') for _ in range(random.randint(0, 8)))
def ri():
    return random.choice([None, 0, 1, 2, -1, -3, 5, 100, -100])
for step in range(1200):
    ba = bytearray(rb())
    x = rb()
    a, b, c = ri(), ri(), random.choice([None, 1, 2, -1, -2, 3])
    op = random.randrange(14)
    try:
        if op == 0: ba[a:b] = x
        elif op == 1: ba[a:b:c] = x
        elif op == 2: del ba[a:b:c]
        elif op == 3: ba.insert(a or 0, random.randrange(256))
        elif op == 4: ba.extend(x); ba += x[:2]
        elif op == 5: ba.pop(a if a is not None else -1)
        elif op == 6: ba.remove(x[0] if x else 0)
        elif op == 7: ba[a or 0] = random.randrange(-1, 257)
        elif op == 8: ba *= (a or 0)
        elif op == 9: ba.reverse(); ba.append(random.randrange(256))
        elif op == 10: r = (ba.find(x, a, b), ba.count(x, a, b), ba.index(x) if x in ba else None)
        elif op == 11: ba = ba.replace(x, b'-') + ba.strip(x or None)
        elif op == 12: ba = bytearray(ba.hex(':', 2) if ba else '', 'ascii')
        else: del ba[a or 0]
        r = ba
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    print(step, op, a, b, c, x, r)
