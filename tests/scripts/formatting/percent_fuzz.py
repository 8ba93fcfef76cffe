# Random %-format specs on str and bytes, and random format specs on complex
# and str values (seeded, so CPython draws the same cases).  Bug fixed: bytes %
# reports failed float conversions and %i as CPython's bytes formatter.
import random
random.seed(77)
def pspec():
    s = '%'
    for f in '-+ #0':
        if random.random() < 0.15: s += f
    if random.random() < 0.5: s += str(random.randint(0, 20))
    if random.random() < 0.5: s += '.' + str(random.randint(0, 15))
    s += random.choice('diouxXeEfFgGcrsa%')
    return s
vals = [0, 1, -1, 42, -123456, 2**70, 0.0, -0.0, 1.5, -2.5, 1e100, 1e-100, float('inf'), float('nan'), 'abc', 'é', '', None, True, [1, 2], 3.14159, 65, 0x10FFFF]
for _ in range(1200):
    sp = pspec()
    v = random.choice(vals)
    try:
        r = sp % v if '%' != sp[-1] else sp % ()
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    print(repr(sp), repr(v), repr(r))
    try:
        r = sp.encode() % (v.encode() if isinstance(v, str) else v) if sp[-1] not in 'r%' else b''
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    print(repr(r))
cvals = [1j, -1j, 1+2j, complex(1.5, -2.25), complex(-0.0, 0.0), complex(1e20, 1e-20), complex(float('inf'), float('nan')), 0j]
for _ in range(600):
    s = ''
    if random.random() < 0.5: s += random.choice(['', '*', 'x']) + random.choice('<>^')
    s += random.choice(['', '+', '-', ' '])
    if random.random() < 0.2: s += '#'
    if random.random() < 0.5: s += str(random.randint(0, 30))
    if random.random() < 0.5: s += '.' + str(random.randint(0, 12))
    s += random.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd'])
    v = random.choice(cvals)
    try:
        r = format(v, s)
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    print(repr(v), repr(s), repr(r))
svals = ['', 'a', 'hello', 'héllo wörld', '😀x', 'x' * 30]
for _ in range(600):
    s = ''
    if random.random() < 0.6: s += random.choice(['', '*', ' ', '0', 'é']) + random.choice('<>^=')
    if random.random() < 0.1: s += random.choice(['+', '-', ' ', '#', ','])
    if random.random() < 0.6: s += str(random.randint(0, 20))
    if random.random() < 0.5: s += '.' + str(random.randint(0, 8))
    s += random.choice(['', 's', 's', 'd'])
    v = random.choice(svals)
    try:
        r = format(v, s)
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    print(repr(v), repr(s), repr(r))
