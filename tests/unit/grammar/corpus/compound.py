if a:
    pass
if a:
    b
else:
    c
if a:
    b
elif c:
    d
elif e:
    f
else:
    g
while a:
    break
else:
    continue
for x in y:
    pass
for x, y in z:
    pass
else:
    pass
for x in *a, *b:
    pass
for x in a, b:
    pass
try:
    a
except:
    b
try:
    a
except A:
    b
except (B, C) as e:
    c
else:
    d
finally:
    e
try:
    a
finally:
    b
with a:
    pass
with a as b, c as (d, e):
    pass
with a as b.c, d as e[0]:
    pass
with (a, b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (a) as b:
    pass
with ((a, b)):
    pass
with (a for b in c):
    pass
with (yield_):
    pass
with ():
    pass
if a:
    if b:
        if c:
            pass
    elif d:
        pass
while a: b; c
for a in b: c
with a: b
try: a
except: b
