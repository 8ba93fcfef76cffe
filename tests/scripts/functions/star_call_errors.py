# errors of f(*x) and f(**m) name the callable as module.qualname()
def f(*a,**k): pass
for c in ['f(**1)','print(**1)','f(*1)','len(*1)','f(**{"a":1},**{"a":2})','[].append(**{"a":1},**{"a":2})', 'int.from_bytes(*1)']:
    try: eval(c)
    except TypeError as e: print(e)
