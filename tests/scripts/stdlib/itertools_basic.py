import itertools as it
from itertools import *

print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), list(islice(count(1.5, 0.5), 3)))
c = count(5); next(c); print(repr(c), repr(count(2, 3)), repr(count(0.5)))
r = repeat('x', 3); next(r); print(repr(r), repr(repeat(1)), list(r), list(repeat(7, 2)))
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)),
      list(accumulate([1, 2], initial=100)))
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 7], key=lambda x: x // 2)])
groups = groupby('aabbc')
k1, g1 = next(groups); k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)))
print(list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee([1, 2, 3])
print(list(a), list(b), len(tee('ab', 3)))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()))
print(list(product('AB', repeat=2)), list(product('ab', range(2))), list(product()))
print(list(permutations(range(3))), list(permutations('ABC', 2)), list(permutations('AB', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('A', 2)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(pairwise('ABCDE')), list(pairwise('A')))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))))
for f, args in [(islice, ('abc', -1)), (islice, ('abc', 1, 'x')), (islice, ('abc', 0, 2, 0)),
                (combinations, ('abc', -1)), (permutations, ('abc', -2)), (repeat, (1, 'a')),
                (count, ('a',)), (islice, ('abc',))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
