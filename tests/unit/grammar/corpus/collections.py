[]
[1]
[1, 2, 3,]
[*a, *b, c]
()
(1,)
(1, 2)
1, 2
1,
(*a, b)
*a, b
{}
{1: 2}
{1: 2, **d, 3: 4,}
{**a, **b}
{1}
{1, 2,}
{*a, b}
[x for x in y]
[x for x in y if x if not x]
[x for x in y for z in x]
[(x, y) for x, y in z]
[x for x, in y]
[x for (x, y) in z]
[x for [x, y] in z]
[x for *x, y in z]
{x for x in y}
{k: v for k, v in d.items() if v}
(x for x in y)
[x := 1, y := 2]
{x := 1}
[lambda: 1, lambda x: x]
[a if b else c for d in e]
[x for x in lambda_]
[[y for y in x] for x in z]
((x, y) for x in a for y in b if x != y)
