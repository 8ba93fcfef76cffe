# Random str (and bytes) method calls on short random ASCII/Unicode strings with
# random indices and arguments (seeded: CPython draws the same cases).
import random
random.seed(99)
alpha = ['a', 'b', ' ', 'é', '😀', '\n', 'A', 'ab', '\t', '.']
def rs(n=None):
    return ''.join(random.choice(alpha) for _ in range(random.randint(0, 8) if n is None else n))
def ri():
    return random.choice([None, 0, 1, 2, -1, -3, 5, 100, -100])
def call(label, f):
    try:
        r = f()
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    print(label, repr(r))
for _ in range(1500):
    s, t, u = rs(), rs(random.randint(0, 2)), rs(random.randint(0, 2))
    a, b = ri(), ri()
    m = random.randrange(22)
    if m == 0: call(('find', s, t, a, b), lambda: (s.find(t, a, b), s.rfind(t, a, b), s.count(t, a, b)))
    elif m == 1: call(('index', s, t, a), lambda: (s.index(t, a), s.rindex(t, a)))
    elif m == 2: call(('split', s, t, a), lambda: s.split(t or None, a if a is not None else -1))
    elif m == 3: call(('rsplit', s, t, a), lambda: s.rsplit(t or None, a if a is not None else -1))
    elif m == 4: call(('replace', s, t, u, a), lambda: s.replace(t, u, a if a is not None else -1))
    elif m == 5: call(('strip', s, t), lambda: (s.strip(t or None), s.lstrip(t), s.rstrip(t)))
    elif m == 6: call(('center', s, a, u), lambda: (s.center(a or 0, u or ' '), s.ljust(a or 0, u or ' '), s.rjust(a or 0, u or ' ')))
    elif m == 7: call(('partition', s, t), lambda: (s.partition(t), s.rpartition(t)))
    elif m == 8: call(('startswith', s, t, a, b), lambda: (s.startswith(t, a, b), s.endswith(t, a, b)))
    elif m == 9: call(('slice', s, a, b), lambda: (s[a:b], s[a:b:-1], s[::a or 1]))
    elif m == 10: call(('splitlines', s), lambda: (s.splitlines(), s.splitlines(True)))
    elif m == 11: call(('expandtabs', s, a), lambda: s.expandtabs(a if a is not None else 8))
    elif m == 12: call(('zfill', s, a), lambda: ('-' + s).zfill(a or 0))
    elif m == 13: call(('case', s), lambda: (s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()))
    elif m == 14: call(('join', t, s), lambda: t.join(s.split()))
    elif m == 15: call(('encode', s), lambda: (s.encode(), s.encode('ascii', 'replace'), s.encode('latin-1', 'xmlcharrefreplace')))
    elif m == 16: call(('cmp', s, t), lambda: (s < t, s == t, s >= t, t in s))
    elif m == 17: call(('mul', s, a), lambda: s * (a or 0))
    elif m == 18: call(('removeaffix', s, t), lambda: (s.removeprefix(t), s.removesuffix(t)))
    elif m == 19: call(('pred', s), lambda: (s.isalpha(), s.isspace(), s.istitle(), s.islower(), s.isupper(), s.isalnum(), s.isprintable(), s.isidentifier()))
    elif m == 20: call(('bytes', s, t, a, b), lambda: (lambda x, y: (x.find(y, a, b), x.count(y, a, b), x.split(y or None), x.replace(y, b'-'), x.strip(y or None), x.partition(y or b'.'), x[a:b], x.center(a or 0)))(s.encode(), t.encode()))
    else: call(('translate', s), lambda: s.translate({ord('a'): 'xy', ord(' '): None, ord('é'): 0x41}))
