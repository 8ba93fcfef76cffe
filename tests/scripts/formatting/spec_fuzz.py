# Random format specs (seeded: mini's Mersenne Twister matches CPython's, so the
# same cases are drawn) applied to ints and floats with format().
import random
random.seed(2024)
fills = ['', '', '', '*', '0', ' ', 'é']
aligns = ['', '', '<', '>', '^', '=']
signs = ['', '', '+', '-', ' ']
types_i = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'E', 'G', 'F']
types_f = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']
def spec(types):
    s = ''
    a = random.choice(aligns)
    if a:
        s += random.choice(fills) + a
    s += random.choice(signs)
    if random.random() < 0.2: s += '#'
    if random.random() < 0.2: s += '0'
    if random.random() < 0.5: s += str(random.randint(0, 25))
    if random.random() < 0.2: s += random.choice([',', '_'])
    if random.random() < 0.5: s += '.' + str(random.randint(0, 20))
    s += random.choice(types)
    return s
def val_i():
    return random.choice([0, 1, -1, random.randint(-10**6, 10**6), random.randint(-2**70, 2**70), 255, True])
def val_f():
    return random.choice([0.0, -0.0, 0.5, 1.5, 2.5, -2.5, float('inf'), float('-inf'), float('nan'),
                          random.random(), random.uniform(-1e6, 1e6), random.random() * 10 ** random.randint(-320, 308),
                          1e16, 123456789.987654321, 0.1, 1/3, 9.5, 0.05, 0.005, 1e-5, 99.99999])
for _ in range(1500):
    if random.random() < 0.4:
        v, sp = val_i(), spec(types_i)
    else:
        v, sp = val_f(), spec(types_f)
    try:
        r = format(v, sp)
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    print(repr(v), repr(sp), repr(r))
